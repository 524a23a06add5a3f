/**
 * The contract between the pages and the search index (Pagefind).
 *
 * What gets indexed
 * - Case pages (`/cases/<id>/`) and mechanism pages (`/mechanisms/<id>/`): the element holding the
 *   page's main content carries `data-pagefind-body` (SEARCH_ATTR.body). Nothing outside it is
 *   indexed; the header and footer also carry `data-pagefind-ignore="all"`. Only these two
 *   routes are read from HTML (INDEXED_PAGE_GLOBS), so a list or tool page that forgets the rule
 *   cannot leak into the index.
 * - Glossary entries are indexed one record per term by the index step (scripts/index-search.mjs)
 *   from `glossary-records.json`, which src/pages/glossary-records.json.ts writes from the
 *   content. The glossary page itself carries no `data-pagefind-body`; it only needs an element
 *   with `id="<term id>"` per term, because results link to `/glossary/#<term id>`.
 *
 * Filters and metadata
 * - Inside the `data-pagefind-body` element, render `<SearchRecord record={…} />`
 *   (src/components/search/SearchRecord.astro) with the record from caseSearchRecord() or
 *   mechanismSearchRecord() in src/search/records.ts. It writes hidden elements with
 *   `data-pagefind-filter` / `data-pagefind-meta` (names below), including the `names` and
 *   `terms` metadata that make Chinese terms of art findable whole and by their parts.
 * - Pages never write filter or meta attributes by hand: values go through the component, which
 *   uses element text (not the `name:value` attribute form), so commas and colons in values are safe.
 */

/** HTML attributes Pagefind reads. */
export const SEARCH_ATTR = {
  /** Marks the main content of an indexed page. */
  body: 'data-pagefind-body',
  /** Excludes an element (`"all"` also drops filters and metadata inside it). */
  ignore: 'data-pagefind-ignore',
  /** Element whose text is a filter value: `data-pagefind-filter="province"`. */
  filter: 'data-pagefind-filter',
  /** Element whose text is a metadata value: `data-pagefind-meta="county"`. */
  meta: 'data-pagefind-meta',
  /** Ranking weight of an element's words (Pagefind default 1; headings are weighted higher). */
  weight: 'data-pagefind-weight',
} as const;

/** Filter names, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'province', 'region', 'mechanism'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/**
 * Metadata names shown in the result list. `title` is Pagefind's own; `county`, `model` and
 * `province` describe a case, `category` a mechanism's family.
 */
export const SEARCH_META = ['title', 'type', 'county', 'model', 'province', 'category'] as const;
export type SearchMeta = (typeof SEARCH_META)[number];

/**
 * Metadata used for ranking, not shown: `names` holds the page's names as phrases, `terms` the
 * words a browser cuts them and their parts into (see search-records.ts). Pagefind matches query
 * words against metadata too and adds `SEARCH_RANKING.metaWeights` times the share of the query
 * they cover, so a page named by the query ranks above pages that only mention it.
 */
export const SEARCH_NAME_META = ['names', 'terms'] as const;

/** Pagefind ranking options of the search page (measured in tests/e2e/search-queries.spec.ts). */
export const SEARCH_RANKING = {
  metaWeights: { names: 5, terms: 5 },
} as const;

/** The three kinds of result and the value of the `type` filter and meta for each. */
export const RESULT_TYPES = {
  case: '案例',
  mechanism: '机制',
  term: '术语',
} as const;
export type ResultKind = keyof typeof RESULT_TYPES;

/** Routes whose pages are read from the built HTML (relative to dist/). */
export const INDEXED_PAGE_GLOBS = ['cases/*/index.html', 'mechanisms/*/index.html'] as const;

/** File the build writes with one record per glossary term; the index step reads and removes it. */
export const GLOSSARY_RECORDS_FILE = 'glossary-records.json';

/** Language of the whole index (the site is Simplified Chinese only). */
export const SEARCH_LANGUAGE = 'zh-cn';

/** Folder of the Pagefind bundle under the site's base path. */
export const SEARCH_BUNDLE_DIR = 'pagefind/';

/** What a page hands to <SearchRecord>: filters, metadata and extra words to index. */
export interface SearchRecord {
  kind: ResultKind;
  /** Metadata, one value per name; `type` is filled from `kind`. */
  meta: Partial<Record<Exclude<SearchMeta, 'type'>, string>>;
  /** Filters, several values per name allowed; `type` is filled from `kind`. */
  filters: Partial<Record<Exclude<SearchFilter, 'type'>, string[]>>;
  /**
   * Names a reader may type that the page must be found by (programmes, places, aliases), split
   * into phrases. Written to the `names` meta; their browser segmentation goes to `terms`.
   */
  names: string[];
}
