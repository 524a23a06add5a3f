/**
 * Weight budgets per page type, in gzip bytes (level 6). The yardstick is what a careful person
 * would hand-write for the same content: semantic HTML with short class names, one small
 * stylesheet, and no JavaScript unless the page is a tool.
 *
 * - HTML: the shared shell (header, navigation, footer) weighs about 1.2 KB. A reading page adds
 *   its text, which in Chinese is about 3 bytes a character before compression, plus markup.
 *   Figures leave roughly a third of headroom over the heaviest page of each type at the time they
 *   were set, so a longer case fits but a page whose markup doubles does not.
 * - JavaScript on first view: zero for every page that is read rather than used. Compare (a React
 *   island: React's runtime alone is about 60 KB) and search (Pagefind's script and its
 *   WebAssembly) are the only tools; their figures belong to their owners and are set near what
 *   they ship, so that growth is a decision, not a drift.
 *
 * A change that needs more raises the figure here, in the same commit, saying why.
 */
import type { PageType } from './site';

export interface Budget {
  /** HTML of one page, gzipped. */
  html: number;
  /** JavaScript (and WebAssembly) the browser fetches or runs on first view, gzipped. */
  js: number;
}

const KB = 1024;

export const BUDGETS: Record<PageType, Budget> = {
  // Introduction, entry points and a short list of cases.
  home: { html: 12 * KB, js: 0 },
  // One card per case (name, model, summary, facets): grows with the casebook.
  'case-index': { html: 16 * KB, js: 0 },
  // The longest reading pages: narrative, parts, tiers, mechanisms, every figure with its quote.
  case: { html: 18 * KB, js: 0 },
  // 46 mechanisms in six families, each with its definition.
  'mechanism-index': { html: 16 * KB, js: 0 },
  // Definition, aliases and the cases using it with their evidence.
  mechanism: { html: 10 * KB, js: 0 },
  // About a hundred terms with pinyin, English and a definition each.
  glossary: { html: 24 * KB, js: 0 },
  // Downloads and the data dictionary.
  data: { html: 16 * KB, js: 0 },
  // Method and sources: a short text page.
  about: { html: 12 * KB, js: 0 },
  // The compare tool: its shell and the island's serialised props.
  compare: { html: 24 * KB, js: 150 * KB },
  // The search page: a form and a results region filled by Pagefind.
  search: { html: 8 * KB, js: 120 * KB },
  'not-found': { html: 6 * KB, js: 0 },
  // Any page no type covers yet: a plain text page, no JavaScript.
  other: { html: 10 * KB, js: 0 },
};

/** Every stylesheet of the site together (Pagefind's own excluded), gzipped. */
export const TOTAL_CSS_BUDGET = 12 * KB;
