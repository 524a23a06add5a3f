/**
 * Fetches what the compare page shows: one file per chosen case and, only when the reader opens
 * the picker, the small index of every case. Each file is fetched once per page view.
 */
import type { CompareCase } from '../../domain/comparability';
import type { CompareCaseFile, CompareIndexFile, IndexRow } from '../../views/compare';

/** One option of the picker. */
export interface IndexEntry {
  id: string;
  county: string;
  shortName: string;
  model: string;
  province: string;
  setting: string;
}

export class MissingCase extends Error {
  constructor(readonly id: string) {
    super(id);
  }
}

const cases = new Map<string, Promise<CompareCase>>();
let index: Promise<IndexEntry[]> | undefined;

async function getJson<T>(url: string): Promise<T | undefined> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (response.status === 404) return undefined;
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return (await response.json()) as T;
}

/** The case's file; rejects with MissingCase when the casebook has no such case. */
export function loadCase(dataBase: string, id: string): Promise<CompareCase> {
  let pending = cases.get(id);
  if (!pending) {
    pending = getJson<CompareCaseFile>(`${dataBase}${encodeURIComponent(id)}.json`).then((file) => {
      if (!file?.case) throw new MissingCase(id);
      return file.case;
    });
    // A network failure may pass: let the next view try again.
    pending.catch((error) => {
      if (!(error instanceof MissingCase)) cases.delete(id);
    });
    cases.set(id, pending);
  }
  return pending;
}

function entry([id, county, shortName, model, province, setting]: IndexRow): IndexEntry {
  return { id, county, shortName: shortName || county, model, province, setting };
}

/** Every case, for the picker, fetched the first time it is asked for. */
export function loadIndex(dataBase: string): Promise<IndexEntry[]> {
  index ??= getJson<CompareIndexFile>(`${dataBase}index.json`).then((file) =>
    (file?.rows ?? []).map(entry),
  );
  index.catch(() => (index = undefined));
  return index;
}
