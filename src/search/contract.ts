/**
 * The contract between the pages and the search index (Pagefind). docs/search.md explains it
 * with figures; this file is what the code relies on.
 *
 * What each page type contributes (and nothing else)
 * - Case page `/cases/<id>/`: its own text, from the case file: the county and model (h1), the
 *   tagline and summary, each part's name and summary, each tier chain's name, note and levels,
 *   the narrative, each programme's name and description, each mechanism's evidence and quote
 *   (not the mechanism's name, which belongs to the mechanism), each figure's note and quote
 *   (once), and the teaching questions. Its names (county, short name, prefecture, province,
 *   model, parts, tiers, programmes, places of figures, keywords) are the `names` metadata.
 *   Not indexed: the breadcrumb, the contents list, the key-facts box, section headings and
 *   intros, mechanism tags and labels, metric labels, values and qualifier text, the legend,
 *   citations, the source list, keyword chips, buttons, compare links and the pager; the county
 *   profile (statistics about the county, not the case; it has its own source record) and the
 *   lessons block (借鉴要点: the casebook's reading of the case, which repeats the case's quotes and
 *   would make a term look used by a county whose case text never says it; /match/ is its finder).
 * - Mechanism page `/mechanisms/<id>/`: its name, English name and definition; its aliases are
 *   names. Not indexed: the cases that use it (their evidence is case text and is found on the
 *   case), the coding rules (inclusion, exclusion, invented example: method text whose words,
 *   such as 网格党小组 in an exclusion rule, would make the page an exact match for terms it
 *   excludes), related terms, sibling links, buttons.
 * - Glossary term (one document per term, `/glossary/#<id>`): term, pinyin, English, definition;
 *   term and aliases are names.
 * Pages mark what is not indexed with SEARCH_ATTR.ignore on the element (attribute only); the
 * header, footer and every list or tool page are outside the index (INDEXED_PAGE_GLOBS).
 *
 * Filters and metadata
 * - Inside the `data-pagefind-body` element, render `<SearchRecord record={…} />`
 *   (src/components/search/SearchRecord.astro) with the record from src/search/records.ts.
 *   Filter values are stable codes (SEARCH_FILTERS below); the search page shows labels.
 * - Pages never write filter or meta attributes by hand.
 *
 * Tokens. The index step cuts the text of every indexed document into tokens
 * (src/search/tokens.ts, src/search/index-html.ts) so that a quoted Pagefind search is an
 * exact match of the query; the search page cuts the query the same way.
 */
/** HTML attributes Pagefind reads. */
export const SEARCH_ATTR = {
  /** Marks the main content of an indexed page. */
  body: 'data-pagefind-body',
  /** Excludes an element and its text (`"all"` also drops filters and metadata inside it). */
  ignore: 'data-pagefind-ignore',
  /** Element whose text is a filter value: `data-pagefind-filter="province"`. */
  filter: 'data-pagefind-filter',
  /** Element whose text is a metadata value: `data-pagefind-meta="county"`. */
  meta: 'data-pagefind-meta',
  /** Ranking weight of an element's words (Pagefind default 1; headings are weighted higher). */
  weight: 'data-pagefind-weight',
  /**
   * The casebook's own: an inline element whose text is a separate field (a county name beside
   * its model, a tier chain's note beside its name). The index step ends a phrase at its start
   * and end, as it does for block elements, so a match cannot run from one field into the next.
   */
  break: 'data-search-break',
} as const;

/** Filter names, in the order the search page shows them. */
export const SEARCH_FILTERS = ['type', 'region', 'province', 'mechanism'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** The three kinds of document; each is the value of the `type` filter and meta. */
export const RESULT_KINDS = ['case', 'mechanism', 'term'] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

/** Codes of the `region` filter, in the order of REGIONS in the case schema (records.ts). */
export const REGION_CODES = ['east', 'central', 'west'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

/**
 * Metadata of a result. `title` is Pagefind's own; `county`, `model` and `province` describe a
 * case (all case text), `category` is a mechanism family's code (its label comes from the
 * page). `names` holds the names the page is looked up by (phrase breaks between them).
 * Pagefind searches metadata as well as the text and ranks by SEARCH_RANKING, so metadata
 * holds only the document's own words or Latin codes, never labels. A result's kind is read
 * from its URL (resultKind).
 */
export const SEARCH_META = ['title', 'county', 'model', 'province', 'category', 'names'] as const;

/** The kind of document a result URL (with or without the base path) points to. */
export function resultKind(url: string): ResultKind {
  if (/\/mechanisms\/[^/]+\/$/u.test(url)) return 'mechanism';
  if (/\/glossary\/#/u.test(url)) return 'term';
  return 'case';
}

/** Pagefind ranking options of the search page (measured in tests/e2e/search-queries.spec.ts). */
export const SEARCH_RANKING = {
  metaWeights: { names: 8, title: 4 },
} as const;

/** Routes whose pages are read from the built HTML (relative to dist/). */
export const INDEXED_PAGE_GLOBS = ['cases/*/index.html', 'mechanisms/*/index.html'] as const;

/** File the build writes with one record per glossary term; the index step reads and removes it. */
export const GLOSSARY_RECORDS_FILE = 'glossary-records.json';

/**
 * Language Pagefind indexes with: `zxx` (no linguistic content) makes it split on whitespace
 * only, with no stemming and no dictionary, because the index step has already cut the text.
 */
export const SEARCH_LANGUAGE = 'zxx';

/** Folder of the Pagefind bundle under the site's base path. */
export const SEARCH_BUNDLE_DIR = 'pagefind/';

/** What a page hands to <SearchRecord>: filters, metadata and the names it is found by. */
export interface SearchRecord {
  kind: ResultKind;
  /** Metadata, one value per name; `type` is filled from `kind`. */
  meta: Partial<Record<'title' | 'county' | 'model' | 'province' | 'category', string>>;
  /** Filter codes, several values per name allowed; `type` is filled from `kind`. */
  filters: Partial<Record<Exclude<SearchFilter, 'type'>, string[]>>;
  /** Names a reader may type that the page is found by, as the content writes them. */
  names: string[];
}
