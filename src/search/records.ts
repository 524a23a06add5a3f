/**
 * What each page tells the search index: filter codes, metadata and the names it is found by
 * (see contract.ts). Pure: content in, records and markup out.
 */
import { REGIONS, type CaseData } from '../schemas/case';
import type { GlossaryTerm } from '../schemas/glossary';
import type { Mechanism } from '../schemas/mechanism';
import { REGION_CODES, type RegionCode, type SearchRecord } from './contract';
import { PHRASE_BREAK } from './tokens';

/** Code of the `region` filter for a region of the case schema. */
export function regionCode(region: CaseData['region']): RegionCode {
  return REGION_CODES[REGIONS.indexOf(region)]!;
}

/** Code of the `province` filter: the first two digits of the administrative code. */
export function provinceCode(adminCode: string): string {
  return adminCode.slice(0, 2);
}

function unique(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()).filter(Boolean))];
}

/** County suffixes dropped for the short form a reader types (U+53BF, U+5E02, U+533A, U+65D7). */
const COUNTY_SUFFIX = /[\u53bf\u5e02\u533a\u65d7]$/u;

/** Names a case is looked up by: the county and its places, the model, parts and programmes. */
export function caseSearchNames(data: CaseData): string[] {
  return unique([
    data.county,
    data.shortName,
    data.shortName.replace(COUNTY_SUFFIX, ''),
    data.prefecture,
    data.province,
    data.model.name,
    ...data.parts.map((part) => part.name),
    ...data.tiers.map((tier) => tier.name),
    ...data.programmes.map((programme) => programme.name),
    ...data.metrics.flatMap((metric) => (metric.scope.name ? [metric.scope.name] : [])),
    ...data.keywords,
  ]);
}

/** The title a case result shows: short name and model, as on the case page. */
export function caseTitle(data: Pick<CaseData, 'shortName' | 'model'>): string {
  return `${data.shortName}\uff1a\u201c${data.model.name}\u201d`;
}

/** The record a case page renders with <SearchRecord>. */
export function caseSearchRecord(data: CaseData, _mechanisms?: readonly Mechanism[]): SearchRecord {
  return {
    kind: 'case',
    meta: {
      title: caseTitle(data),
      county: data.county,
      model: data.model.name,
      province: data.province,
    },
    filters: {
      province: [provinceCode(data.adminCode)],
      region: [regionCode(data.region)],
      mechanism: unique(data.mechanisms.map((use) => use.id)),
    },
    names: caseSearchNames(data),
  };
}

/** The record a mechanism page renders with <SearchRecord>. */
export function mechanismSearchRecord(mechanism: Mechanism): SearchRecord {
  return {
    kind: 'mechanism',
    meta: { title: mechanism.name, category: mechanism.category },
    filters: { mechanism: [mechanism.id] },
    names: unique([mechanism.name, ...mechanism.aliases]),
  };
}

/** The record of one glossary term, indexed on its own and linked to its anchor. */
export function termSearchRecord(term: GlossaryTerm): SearchRecord {
  return {
    kind: 'term',
    meta: { title: term.term },
    filters: { mechanism: unique(term.mechanisms) },
    names: unique([term.term, ...term.aliases]),
  };
}

/** Filters of a record with `type` filled from its kind, in a fixed order. */
export function recordFilters(record: SearchRecord): Array<[name: string, value: string]> {
  return [
    ['type', record.kind],
    ...Object.entries(record.filters).flatMap(([name, values]) =>
      (values ?? []).map((value): [string, string] => [name, value]),
    ),
  ];
}

/** Metadata of a record and its names line. */
export function recordMeta(record: SearchRecord): Array<[name: string, value: string]> {
  return [
    ...Object.entries(record.meta).flatMap(([name, value]): Array<[string, string]> =>
      value ? [[name, value]] : [],
    ),
    ['names', record.names.join(` ${PHRASE_BREAK} `)],
  ];
}

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * The markup of <SearchRecord> as a string: hidden elements whose text is a filter or metadata
 * value (text, not the `name:value` attribute form, so commas and colons in values are safe).
 * `data-pagefind-ignore` keeps the values out of the page's body text; Pagefind still reads
 * filters and metadata inside it. Also used for glossary terms, which have no page of their own.
 */
export function searchRecordHtml(record: SearchRecord): string {
  const spans = [
    ...recordFilters(record).map(([name, value]) => ['filter', name, value] as const),
    ...recordMeta(record).map(([name, value]) => ['meta', name, value] as const),
  ].map(
    ([kind, name, value]) => `<span data-pagefind-${kind}="${name}">${escapeHtml(value)}</span>`,
  );
  return `<div hidden data-pagefind-ignore>${spans.join('')}</div>`;
}

/** A glossary term as one searchable document, linked to its anchor on the glossary page. */
export function termSearchDocument(
  term: GlossaryTerm,
  _mechanisms?: readonly Mechanism[],
): { url: string; html: string } {
  const record = termSearchRecord(term);
  const aliases = term.aliases.length
    ? `<ul>${term.aliases.map((alias) => `<li>${escapeHtml(alias)}</li>`).join('')}</ul>`
    : '';
  return {
    url: `/glossary/#${term.id}`,
    html:
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(term.term)}</title></head>` +
      `<body><main data-pagefind-body><h1>${escapeHtml(term.term)}</h1>` +
      `<p>${escapeHtml(term.pinyin)}</p><p lang="en">${escapeHtml(term.english)}</p>` +
      `<p>${escapeHtml(term.definition)}</p>${aliases}${searchRecordHtml(record)}</main></body></html>`,
  };
}
