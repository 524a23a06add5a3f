/**
 * What each page tells the search index: filters, metadata and the names it must be found by.
 *
 * Why names and terms. Pagefind segments Chinese twice: at build time with jieba (through
 * charabia), and in the browser with Intl.Segmenter (ICU's dictionary). A query word is found
 * when it is a prefix of an indexed word of the page. The two dictionaries cut the same names
 * differently (ICU: 网|格, 一|轴|四|网, 党|群|服务|中心; jieba keeps 江安县 whole while ICU sends
 * 江安|县), so a named programme is found only through unrelated words that start with the same
 * character, and its own page can rank below pages that merely mention it. Each page therefore
 * carries, as metadata, its names (`names`) and the browser's own cut of every name and of every
 * part of a name (`terms`). Every word of a query for a name, or for two or more characters of
 * one, is then a whole indexed word of that page, and Pagefind's metadata boost lifts it. Node's
 * Intl.Segmenter uses the same ICU data as browsers, so the build-time cut matches the query's.
 */
import type { CaseData } from '../schemas/case';
import type { GlossaryTerm } from '../schemas/glossary';
import { MECHANISM_CATEGORIES, type Mechanism } from '../schemas/mechanism';
import { RESULT_TYPES, type SearchRecord } from './contract';

/** Longest run of characters whose substrings are all segmented (longer names are cut first). */
const MAX_SUBSTRING = 12;

const HAN = /\p{Script=Han}/u;

/**
 * The searchable phrases in a name as content writes it. List punctuation and the gap between
 * adjacent quotations separate phrases; quotes and brackets inside a phrase are dropped; `+` and
 * letters stay. “机关+社区”“机关+服务队” → 机关+社区, 机关+服务队; “楼栋长”制 → 楼栋长制;
 * 社区“两委” → 社区两委.
 */
export function searchPhrases(text: string): string[] {
  return text
    .split(/[”"』」]\s*[“"『「]|[\s、，,。；;：:！!？?…·—–/|]+/u)
    .map((phrase) => phrase.replace(/[“”"'‘’「」『』《》〈〉（）()【】\[\]]/gu, '').trim())
    .filter((phrase) => phrase.length >= 2 || (phrase.length === 1 && !HAN.test(phrase)));
}

let segmenter: Intl.Segmenter | undefined;

/** Words of a phrase as a browser cuts a Chinese query (Intl.Segmenter, word granularity). */
export function browserWords(phrase: string): string[] {
  segmenter ??= new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(phrase)]
    .map((part) => part.segment.trim())
    .filter((word) => word.length > 0 && /[\p{L}\p{N}]/u.test(word));
}

/**
 * Every word the browser cuts a query into when the query is one of `names` or two or more
 * consecutive characters of one. Deduplicated, in first-seen order.
 */
export function searchTokens(names: Iterable<string>): string[] {
  const tokens = new Set<string>();
  for (const name of names) for (const token of nameTokens(name)) tokens.add(token);
  return [...tokens];
}

/**
 * Tokens of one name, memoised: names repeat across thousands of pages (mechanisms, provinces,
 * model names), and cutting every substring of one costs milliseconds.
 */
const tokenCache = new Map<string, string[]>();
function nameTokens(name: string): string[] {
  const cached = tokenCache.get(name);
  if (cached) return cached;
  const tokens = new Set<string>();
  for (const phrase of searchPhrases(name)) {
    const chars = [...phrase];
    if (!chars.some((c) => HAN.test(c))) {
      for (const word of browserWords(phrase)) tokens.add(word);
      continue;
    }
    for (let start = 0; start < chars.length; start += MAX_SUBSTRING) {
      const run = chars.slice(start, start + MAX_SUBSTRING);
      for (let i = 0; i < run.length; i++) {
        for (let j = i + 2; j <= run.length; j++) {
          for (const word of browserWords(run.slice(i, j).join(''))) tokens.add(word);
        }
      }
    }
  }
  const list = [...tokens];
  tokenCache.set(name, list);
  return list;
}

function unique(values: Iterable<string>): string[] {
  return [...new Set([...values].map((v) => v.trim()).filter(Boolean))];
}

/** Names a case is looked up by: the county and its places, the model, parts and programmes. */
export function caseSearchNames(data: CaseData): string[] {
  return unique([
    data.county,
    data.shortName,
    data.shortName.replace(/[县市区旗]$/u, ''),
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

/** The record a case page renders with <SearchRecord>. */
export function caseSearchRecord(data: CaseData, mechanisms: readonly Mechanism[]): SearchRecord {
  const names = new Map(mechanisms.map((m) => [m.id, m.name]));
  return record(
    'case',
    {
      title: `${data.shortName}：“${data.model.name}”`,
      county: data.county,
      model: data.model.name,
      province: data.province,
    },
    {
      province: [data.province],
      region: [data.region],
      mechanism: unique(data.mechanisms.map((use) => names.get(use.id) ?? use.id)),
    },
    caseSearchNames(data),
  );
}

/** The record a mechanism page renders with <SearchRecord>. */
export function mechanismSearchRecord(mechanism: Mechanism): SearchRecord {
  return record(
    'mechanism',
    { title: mechanism.name, category: MECHANISM_CATEGORIES[mechanism.category].zh },
    { mechanism: [mechanism.name] },
    [mechanism.name, ...mechanism.aliases],
  );
}

/** The record of one glossary term, indexed on its own and linked to its anchor. */
export function termSearchRecord(
  term: GlossaryTerm,
  mechanisms: readonly Mechanism[],
): SearchRecord {
  const names = new Map(mechanisms.map((m) => [m.id, m.name]));
  return record(
    'term',
    { title: term.term },
    { mechanism: unique(term.mechanisms.map((id) => names.get(id) ?? id)) },
    [term.term, ...term.aliases],
  );
}

/** The record a page renders with <SearchRecord>: metadata, filters and names as phrases. */
function record(
  kind: SearchRecord['kind'],
  meta: SearchRecord['meta'],
  filters: SearchRecord['filters'],
  names: Iterable<string>,
): SearchRecord {
  return { kind, meta, filters, names: unique([...names].flatMap(searchPhrases)) };
}

/** Filters of a record with `type` filled from its kind, in a fixed order. */
export function recordFilters(record: SearchRecord): Array<[name: string, value: string]> {
  return [
    ['type', RESULT_TYPES[record.kind]],
    ...Object.entries(record.filters).flatMap(([name, values]) =>
      (values ?? []).map((value): [string, string] => [name, value]),
    ),
  ];
}

/** Metadata of a record with `type` filled from its kind, and the `names` and `terms` lines. */
export function recordMeta(record: SearchRecord): Array<[name: string, value: string]> {
  return [
    ['type', RESULT_TYPES[record.kind]],
    ...Object.entries(record.meta).flatMap(([name, value]): Array<[string, string]> =>
      value ? [[name, value]] : [],
    ),
    ['names', record.names.join(' ')],
    ['terms', searchTokens(record.names).join(' ')],
  ];
}

function escapeHtml(text: string): string {
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
  mechanisms: readonly Mechanism[],
): { url: string; html: string } {
  const record = termSearchRecord(term, mechanisms);
  const aliases = term.aliases.length ? `<p>${escapeHtml(term.aliases.join('、'))}</p>` : '';
  return {
    url: `/glossary/#${term.id}`,
    html:
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(term.term)}</title></head>` +
      `<body><main data-pagefind-body><h1>${escapeHtml(term.term)}</h1>` +
      `<p>${escapeHtml(term.pinyin)} · ${escapeHtml(term.english)}</p>` +
      `<p>${escapeHtml(term.definition)}</p>${aliases}${searchRecordHtml(record)}</main></body></html>`,
  };
}
