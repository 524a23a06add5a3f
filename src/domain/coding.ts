/**
 * The two-coder coding of the eight cases: CSV parsing, agreement per mechanism and overall, and
 * the resolved coding. Pure; returns numbers and codes only.
 */
import { agreement, type Agreement, type CodedPair } from './agreement';
import { CodingRowSchema, type CodingRow, type Resolution } from '../schemas/coding';

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/u, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell !== ''));
}

/** A coder's CSV as validated rows; throws naming the line when a row is malformed. */
export function parseCoding(text: string, file: string): CodingRow[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error(`${file}: empty`);
  return rows.map((cells, i) => {
    const record = Object.fromEntries(header.map((key, j) => [key, cells[j] ?? '']));
    const parsed = CodingRowSchema.safeParse(record);
    if (!parsed.success) throw new Error(`${file}:${i + 2}: ${parsed.error.message}`);
    return parsed.data;
  });
}

const unitKey = (county: string, mechanism: string) => `${county}\u0000${mechanism}`;

export interface CodingAgreement {
  overall: Agreement;
  perMechanism: Array<{ mechanism: string; agreement: Agreement }>;
  /** Units the coders coded differently. */
  disagreements: Array<{ county: string; mechanism: string; a: 0 | 1; b: 0 | 1 }>;
}

/**
 * Pairs the two codings unit by unit. Both must code exactly the same (county, mechanism)
 * units, each once: a missing or repeated unit throws, since kappa over unequal sets is wrong.
 */
export function codingAgreement(
  a: readonly CodingRow[],
  b: readonly CodingRow[],
  mechanismOrder: readonly string[] = [],
): CodingAgreement {
  const index = (rows: readonly CodingRow[], who: string) => {
    const map = new Map<string, CodingRow>();
    for (const row of rows) {
      const key = unitKey(row.county, row.mechanism_id);
      if (map.has(key)) throw new Error(`${who}: ${row.county} ${row.mechanism_id} twice`);
      map.set(key, row);
    }
    return map;
  };
  const byA = index(a, 'A');
  const byB = index(b, 'B');
  if (byA.size !== byB.size) throw new Error(`unit counts differ: ${byA.size} vs ${byB.size}`);
  const pairs: Array<CodedPair & { county: string; mechanism: string }> = [];
  for (const [key, rowA] of byA) {
    const rowB = byB.get(key);
    if (!rowB) throw new Error(`B lacks ${rowA.county} ${rowA.mechanism_id}`);
    pairs.push({
      county: rowA.county,
      mechanism: rowA.mechanism_id,
      a: rowA.code === '1' ? 1 : 0,
      b: rowB.code === '1' ? 1 : 0,
    });
  }
  const mechanisms = [...new Set(pairs.map((p) => p.mechanism))].sort((x, y) => {
    const ix = mechanismOrder.indexOf(x);
    const iy = mechanismOrder.indexOf(y);
    return (ix < 0 ? Infinity : ix) - (iy < 0 ? Infinity : iy) || x.localeCompare(y);
  });
  return {
    overall: agreement(pairs),
    perMechanism: mechanisms.map((mechanism) => ({
      mechanism,
      agreement: agreement(pairs.filter((p) => p.mechanism === mechanism)),
    })),
    disagreements: pairs
      .filter((p) => p.a !== p.b)
      .map(({ county, mechanism, a: codeA, b: codeB }) => ({
        county,
        mechanism,
        a: codeA,
        b: codeB,
      })),
  };
}

/**
 * The resolved coding: the coders' code where they agree, the recorded resolution where they
 * do not, then any case-file resolution. Returns, per county, the mechanisms coded 1. Throws
 * when a disagreement has no resolution, so an unresolved unit cannot reach the site.
 */
export function resolvedCoding(
  a: readonly CodingRow[],
  b: readonly CodingRow[],
  resolutions: readonly Resolution[],
): Map<string, Set<string>> {
  const settled = new Map(resolutions.map((r) => [unitKey(r.county, r.mechanism), r]));
  const codeB = new Map(b.map((row) => [unitKey(row.county, row.mechanism_id), row.code]));
  const result = new Map<string, Set<string>>();
  for (const row of a) {
    const key = unitKey(row.county, row.mechanism_id);
    const resolution = settled.get(key);
    let code: '0' | '1' = row.code;
    if (row.code !== codeB.get(key)) {
      if (!resolution || resolution.kind !== 'disagreement')
        throw new Error(`unresolved disagreement: ${row.county} ${row.mechanism_id}`);
      code = resolution.resolved === 1 ? '1' : '0';
    } else if (resolution && String(resolution.resolved) !== row.code) {
      throw new Error(`resolution contradicts both coders: ${row.county} ${row.mechanism_id}`);
    }
    const set = result.get(row.county) ?? new Set<string>();
    if (code === '1') set.add(row.mechanism_id);
    result.set(row.county, set);
  }
  return result;
}
