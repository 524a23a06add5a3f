/**
 * CSV as spreadsheet users need it: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte-order
 * mark so Excel opens Chinese text correctly, and no cell a spreadsheet would run as a formula.
 * One implementation for /data/ and the compare export: every CSV the site writes goes through it.
 */
export const BOM = '\uFEFF';

/**
 * First characters that make a spreadsheet read a cell as a formula (OWASP, CSV Injection;
 * ASVS 1.2.10 adds NUL): = + - @, TAB and CR.
 */
const FORMULA_START = /^[=+\-@\t\r\0]/;
/** A plain decimal number, which a spreadsheet reads as a number, not as a formula. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * A text cell a spreadsheet would execute is neutralised the way OWASP advises: a leading single
 * quote, which Excel and LibreOffice read as "this is text" and do not show. Numbers (and text
 * that is only a plain number such as "-5") are left as they are, so figures stay figures.
 */
export function neutralise(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  const text = String(value);
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function field(value: unknown): string {
  const text = neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text; `columns` fixes the header and the order of fields. */
export function toCsv<Row extends Record<string, unknown>>(
  columns: readonly (keyof Row & string)[],
  rows: Row[],
): string {
  const lines = [
    columns.join(','),
    ...rows.map((row) => columns.map((c) => field(row[c])).join(',')),
  ];
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/**
 * The columns of metrics.csv, in order; the compare export uses the same. Each code column is
 * followed by its Chinese label, and every row carries the dataset version it was exported from.
 */
export const METRIC_COLUMNS = [
  'case_id',
  'county',
  'province',
  'metric_key',
  'metric_label',
  'value',
  'qualifier',
  'qualifier_label',
  'unit',
  'scope_level',
  'scope_level_label',
  'scope_name',
  'period',
  'quote',
  'note',
  'source_id',
  'dataset_version',
] as const;
export type MetricRow = Record<(typeof METRIC_COLUMNS)[number], string | number>;

export interface CaseForRows {
  id: string;
  data: {
    county: string;
    province: string;
    metrics: Array<{
      key: string;
      value: number;
      qualifier: string;
      unit: string;
      scope: { level: string; name?: string | undefined };
      period?: string | undefined;
      quote: string;
      note?: string | undefined;
      source: string;
    }>;
  };
}

/** Labels for the code columns, from src/i18n/ (this module holds no words). */
export interface RowLabels {
  metric: (key: string) => string;
  qualifier: (qualifier: string) => string;
  scopeLevel: (level: string) => string;
}

/** One row per metric of each case, in the case's own order. */
export function metricRows(
  cases: CaseForRows[],
  labels: RowLabels,
  datasetVersion: string,
): MetricRow[] {
  return cases.flatMap(({ id, data }) =>
    data.metrics.map((m) => ({
      case_id: id,
      county: data.county,
      province: data.province,
      metric_key: m.key,
      metric_label: labels.metric(m.key),
      value: m.value,
      qualifier: m.qualifier,
      qualifier_label: labels.qualifier(m.qualifier),
      unit: m.unit,
      scope_level: m.scope.level,
      scope_level_label: labels.scopeLevel(m.scope.level),
      scope_name: m.scope.name ?? '',
      period: m.period ?? '',
      quote: m.quote,
      note: m.note ?? '',
      source_id: m.source,
      dataset_version: datasetVersion,
    })),
  );
}

/** The columns of mechanisms.csv, in order: one row per case × mechanism it uses. */
export const MECHANISM_COLUMNS = [
  'case_id',
  'county',
  'province',
  'mechanism_id',
  'mechanism_name',
  'mechanism_name_en',
  'category',
  'category_name',
  'evidence',
  'quote',
  'dataset_version',
] as const;
export type MechanismRow = Record<(typeof MECHANISM_COLUMNS)[number], string>;

export interface CaseForMechanismRows {
  id: string;
  data: {
    county: string;
    province: string;
    mechanisms: Array<{ id: string; evidence: string; quote?: string | undefined }>;
  };
}

export interface MechanismForRows {
  id: string;
  name: string;
  nameEn: string;
  category: string;
}

/**
 * One row per mechanism each case uses, in the case's own order, with the mechanism's names and
 * family. `categoryName` gives the family's Chinese name; an unknown mechanism id throws, since
 * the build's cross-checks have already rejected one.
 */
export function mechanismRows(
  cases: CaseForMechanismRows[],
  mechanisms: MechanismForRows[],
  categoryName: (category: string) => string,
  datasetVersion: string,
): MechanismRow[] {
  const byId = new Map(mechanisms.map((m) => [m.id, m]));
  return cases.flatMap(({ id, data }) =>
    data.mechanisms.map((use) => {
      const mechanism = byId.get(use.id);
      if (!mechanism) throw new Error(`${id}: 机制「${use.id}」不存在`);
      return {
        case_id: id,
        county: data.county,
        province: data.province,
        mechanism_id: use.id,
        mechanism_name: mechanism.name,
        mechanism_name_en: mechanism.nameEn,
        category: mechanism.category,
        category_name: categoryName(mechanism.category),
        evidence: use.evidence,
        quote: use.quote ?? '',
        dataset_version: datasetVersion,
      };
    }),
  );
}
