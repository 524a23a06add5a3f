/**
 * The compact index the case filter runs over once the casebook spans several pages
 * (/cases/index.json): each case as a short row of strings and small numbers, the vocabularies
 * once. Pure.
 */
export interface CaseIndexInput {
  id: string;
  data: {
    shortName: string;
    variant?: string | undefined;
    model: { name: string };
    province: string;
    region: string;
    setting: string;
    mechanisms: Array<{ id: string }>;
  };
}

/** One row: id, name (with variant), model, province, region, setting, mechanism numbers. */
export type CaseIndexRow = [string, string, string, string, number, number, number[]];

export interface CaseIndexFile {
  regions: string[];
  settings: string[];
  mechanisms: string[];
  cases: CaseIndexRow[];
}

export function caseIndexFile(
  cases: CaseIndexInput[],
  name: (data: CaseIndexInput['data']) => string,
): CaseIndexFile {
  const regions: string[] = [];
  const settings: string[] = [];
  const mechanisms: string[] = [];
  const at = (list: string[], value: string) => {
    let i = list.indexOf(value);
    if (i < 0) i = list.push(value) - 1;
    return i;
  };
  return {
    regions,
    settings,
    mechanisms,
    cases: cases.map(({ id, data }) => [
      id,
      name(data),
      data.model.name,
      data.province,
      at(regions, data.region),
      at(settings, data.setting),
      data.mechanisms.map((m) => at(mechanisms, m.id)),
    ]),
  };
}

/** A row read back into what the filter compares. */
export function caseIndexEntry(file: CaseIndexFile, row: CaseIndexRow) {
  const [id, name, model, province, region, setting, mechanisms] = row;
  return {
    id,
    name,
    model,
    province,
    region: file.regions[region]!,
    setting: file.settings[setting]!,
    mechanisms: mechanisms.map((i) => file.mechanisms[i]!),
  };
}
