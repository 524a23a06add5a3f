/**
 * What each page tells the search index: filters, metadata and the names it must be found by.
 *
 * Why the keyword line exists. Pagefind segments Chinese twice: at build time with jieba (through
 * charabia), and in the browser with Intl.Segmenter (ICU's dictionary). A query word is found
 * when it is a prefix of an indexed word on the page. The two dictionaries cut the same names
 * differently (ICU: 网|格, 一|轴|四|网, 党|群|服务|中心), so a named programme can be missed, or
 * found only through unrelated words that happen to start with the same character. For every
 * name a page must be found by, the keyword line therefore also carries the browser's own cut of
 * the name and of every substring of it, so each word of a query for the name or a part of it
 * is indexed as a whole word on that page. Node's Intl.Segmenter uses the same ICU data as the
 * browsers, which is what makes the build-time cut match the query-time cut.
 */
import type { CaseData } from '../schemas/case';
import type { GlossaryTerm } from '../schemas/glossary';
import { MECHANISM_CATEGORIES, type Mechanism } from '../schemas/mechanism';
import { RESULT_TYPES, type SearchRecord } from './search-contract';

/** Longest run of characters whose substrings are all segmented (longer names are cut first). */
const MAX_SUBSTRING = 12;

const HAN = /\p{Script=Han}/u;

/**
 * The searchable phrases in a name as content writes it: quotes, brackets and list punctuation
 * separate phrases; `+` and letters stay (1+X, 3+, QQ). “机关+社区”“机关+服务队” → 机关+社区, 机关+服务队.
 */
export function searchPhrases(text: string): string[] {
  return text
    .split(/[\s“”"'‘’「」『』《》〈〉（）()【】\[\]、，,。；;：:！!？?…·—–\-/|]+/u)
    .map((phrase) => phrase.trim())
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
 * Every word a query for one of `names`, or for a part of one (two characters or more), is cut
 * into by the browser, plus the names themselves. Deduplicated, in first-seen order.
 */
export function searchTokens(names: Iterable<string>): string[] {
  const tokens = new Set<string>();
  for (const name of names) {
    for (const phrase of searchPhrases(name)) {
      tokens.add(phrase);
      const chars = [...phrase];
      if (!chars.some((c) => HAN.test(c))) continue;
      for (let start = 0; start < chars.length; start += MAX_SUBSTRING) {
        const run = chars.slice(start, start + MAX_SUBSTRING);
        for (let i = 0; i < run.length; i++) {
          for (let j = i + 2; j <= run.length; j++) {
            for (const word of browserWords(run.slice(i, j).join(''))) tokens.add(word);
          }
        }
      }
    }
  }
  return [...tokens];
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
  return {
    kind: 'case',
    meta: {
      title: `${data.shortName}：${data.model.name}`,
      county: data.county,
      model: data.model.name,
      province: data.province,
    },
    filters: {
      province: [data.province],
      region: [data.region],
      mechanism: unique(data.mechanisms.map((use) => names.get(use.id) ?? use.id)),
    },
    keywords: searchTokens(caseSearchNames(data)),
  };
}

/** The record a mechanism page renders with <SearchRecord>. */
export function mechanismSearchRecord(mechanism: Mechanism): SearchRecord {
  return {
    kind: 'mechanism',
    meta: {
      title: mechanism.name,
      model: MECHANISM_CATEGORIES[mechanism.category].zh,
    },
    filters: { mechanism: [mechanism.name] },
    keywords: searchTokens([mechanism.name, ...mechanism.aliases]),
  };
}

/** The record of one glossary term, indexed on its own and linked to its anchor. */
export function termSearchRecord(term: GlossaryTerm, mechanisms: readonly Mechanism[]): SearchRecord {
  const names = new Map(mechanisms.map((m) => [m.id, m.name]));
  return {
    kind: 'term',
    meta: { title: term.term },
    filters: { mechanism: unique(term.mechanisms.map((id) => names.get(id) ?? id)) },
    keywords: searchTokens([term.term, ...term.aliases]),
  };
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

/** Metadata of a record with `type` filled from its kind. */
export function recordMeta(record: SearchRecord): Array<[name: string, value: string]> {
  return [
    ['type', RESULT_TYPES[record.kind]],
    ...Object.entries(record.meta).flatMap(([name, value]): Array<[string, string]> =>
      value ? [[name, value]] : [],
    ),
  ];
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * The HTML the markup of <SearchRecord> stands for, as a string: hidden filter and meta
 * elements and the keyword line. Used for glossary terms, which have no page of their own.
 */
export function searchRecordHtml(record: SearchRecord): string {
  const hidden = [...recordFilters(record).map(([n, v]) => ['filter', n, v] as const)]
    .concat(recordMeta(record).map(([n, v]) => ['meta', n, v] as const))
    .map(([kind, name, value]) => `<span data-pagefind-${kind}="${name}">${escapeHtml(value)}</span>`)
    .join('');
  return (
    `<div hidden data-pagefind-ignore>${hidden}</div>` +
    `<p hidden data-pagefind-weight="${KEYWORD_WEIGHT}">${escapeHtml(record.keywords.join(' '))}</p>`
  );
}

/** Ranking weight of the keyword line: above body text (1), below a page title (h1 = 7). */
export const KEYWORD_WEIGHT = 2;

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
