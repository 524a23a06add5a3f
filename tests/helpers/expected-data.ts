/**
 * What the open data must hold, derived straight from the content files (loaded with the site's
 * schemas), not from the code that writes the files; and the CSV parser the tests read them with.
 */
import Papa from 'papaparse';
import type { LoadedContent } from './content';
import { METRIC_KEYS } from '../../src/schemas/metric-vocabulary';
import { MECHANISM_CATEGORIES } from '../../src/schemas/mechanism';
import { QUALIFIER_LABELS, SCOPE_LEVEL_LABELS } from '../../src/i18n/format';

/**
 * The columns of metrics.csv as the issues specify them: the original thirteen, with a Chinese
 * label beside the qualifier and scope-level codes, the metric's note, and the dataset version.
 */
export const METRICS_HEADER =
  'case_id,county,province,metric_key,metric_label,value,qualifier,qualifier_label,unit,scope_level,scope_level_label,scope_name,period,quote,note,source_id,dataset_version';

/** The dataset version the files must carry: the newest release in the changelog. */
export function datasetVersion(content: LoadedContent): string {
  const versions = content.releases.map((r) => r.id.split('.').map(Number));
  versions.sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]! || b[2]! - a[2]!);
  return versions[0]!.join('.');
}

/** Cases in casebook order (the `order` field), as the site and the data files list them. */
export function casesInOrder(content: LoadedContent) {
  return [...content.cases].sort((a, b) => a.data.order - b.data.order);
}

/** metrics.csv rows after its header, every field as text. */
export function expectedMetricRows(content: LoadedContent): string[][] {
  return casesInOrder(content).flatMap(({ id, data }) =>
    data.metrics.map((m) => [
      id,
      data.county,
      data.province,
      m.key,
      METRIC_KEYS[m.key as keyof typeof METRIC_KEYS].zh,
      String(m.value),
      m.qualifier,
      QUALIFIER_LABELS[m.qualifier].zh,
      m.unit,
      m.scope.level,
      SCOPE_LEVEL_LABELS[m.scope.level],
      m.scope.name ?? '',
      m.period ?? '',
      m.quote,
      m.note ?? '',
      m.source,
      datasetVersion(content),
    ]),
  );
}

/** mechanisms.csv records, keyed by column name. */
export function expectedMechanismRecords(content: LoadedContent): Array<Record<string, string>> {
  return casesInOrder(content).flatMap(({ id, data }) =>
    data.mechanisms.map((use) => {
      const mechanism = content.mechanisms.find((m) => m.id === use.id)!;
      return {
        case_id: id,
        county: data.county,
        province: data.province,
        mechanism_id: use.id,
        mechanism_name: mechanism.name,
        mechanism_name_en: mechanism.nameEn,
        category: mechanism.category,
        category_name: MECHANISM_CATEGORIES[mechanism.category].zh,
        evidence: use.evidence,
        quote: use.quote ?? '',
        dataset_version: datasetVersion(content),
      };
    }),
  );
}

/** Parses CSV text (BOM removed first) with papaparse into header, rows and records. */
export function parseCsv(text: string) {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header = [], ...rows] = parsed.data;
  const records = rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
  return { errors: parsed.errors, linebreak: parsed.meta.linebreak, header, rows, records };
}
