/**
 * Weight budgets per page type, in gzip bytes (level 6). The yardstick is what a careful person
 * would hand-write for the same content: semantic HTML with short class names, one small
 * stylesheet, and no JavaScript unless the page is a tool.
 *
 * HTML. The shared shell (header, navigation, footer) is about 1.2 KB. Chinese text is 3 bytes a
 * character before compression; the longest case page carries about 34 KB of text, which
 * hand-written markup would bring to about 50 KB, or 13–14 KB gzipped. Each figure is the
 * heaviest page of its type when the figure was set plus about a quarter, rounded: a longer case
 * fits, markup that bloats does not. No budget grows with the number of cases (issue 16): a page
 * that lists cases lists a bounded number (the home page's featured cases, one page of the case
 * index, a group of matrix columns, a capped list on a mechanism page), so the same figures hold
 * for 8 cases and for 10,000, on the real build and on the bench's synthetic one.
 *
 * JavaScript on first view: zero for every page that is read rather than used. Compare (a React
 * island) and search (Pagefind) are the tools; their figures belong to their owners and sit near
 * what they ship, so that growth is a decision, not a drift.
 *
 * CSS: all stylesheets together, about what one hand-written stylesheet for a site of this size
 * weighs (40–50 KB raw).
 *
 * A change that needs more raises the figure here, in the same commit, saying why.
 */
import type { PageType } from './site';

export interface Budget {
  /** HTML of one page, gzipped, whatever the size of the casebook (lists: one page of it). */
  html: number;
  /** JavaScript (and WebAssembly) fetched or run on first view, gzipped. */
  js: number;
}

const KB = 1024;

export const BUDGETS: Record<PageType, Budget> = {
  // Introduction, tile map (three cases a province at most), eight featured cards and the
  // counts. 6.5 KB at 8 cases; 9.8 KB at 1,008 (the map's lists fill up, names carry their
  // variant), and no more at any size: 34 provinces × 3 names.
  home: { html: 12 * KB, js: 0 },
  // One card per case of the page with headline figures and a compare checkbox.
  // JavaScript: the filters must follow the URL (?mechanism=…), which a static page cannot read
  // without script; without JavaScript the page's own list shows. Under the strict CSP the script
  // is one file: filter, the notice for a bad parameter and the compare bar's count, 1.1 KB
  // gzipped since the compare bar joined (0.7 KB before), plus the paged filter's result list.
  // It fetches /cases/index.json only when the casebook spans several pages.
  // HTML: paginated (src/views/paging.ts, CASES_PER_PAGE), one page holds at most 24 cards,
  // 6.2 KB with 8.
  'case-index': { html: 22 * KB, js: 2 * KB },
  // County profile, lessons (借鉴要点), narrative, parts, tier diagrams, mechanisms with evidence,
  // every figure with its quote and scope, citations. 15–22.6 KB once the profile (about 1.5 KB)
  // and the lessons block (about 2.5 KB) joined the top of the page (寻甸县 the longest); the
  // figure is that plus a quarter, as for every type.
  // JavaScript: none. A reading page stays script-free; the full case prints with the browser's
  // own command (the handout page carries the one print button).
  case: { html: 28 * KB, js: 0 },
  // The one-page handout: one A4 page of text and a QR code. 3–4 KB. JavaScript: the same
  // print button file as the case page.
  handout: { html: 6 * KB, js: 0.5 * KB },
  // Teaching notes: objectives, two plans, questions, instructor notes. 3–4 KB.
  teaching: { html: 8 * KB, js: 0 },
  // The finder: its form, one item per case (fit, prerequisites, links) and the island's config
  // (each case's facts and every label a reason needs). 7.5 KB at 8 cases.
  // JavaScript: a plain-TypeScript island (no framework) over the scoring rules, loaded from a
  // file through a dynamic import: 3.9 KB of its own plus the 6 KB chunk it shares with the
  // compare island (compare-url.ts, whose MAX_CASES import pulls the metric vocabulary along).
  // 10.2 KB measured.
  // The finder still lists every case (not paginated yet): 7.6 KB at 8 cases; the bench's
  // synthetic build shows it over this figure, which is the truth until it is paged.
  match: { html: 10 * KB, js: 12 * KB },
  // Six families of mechanisms with counts and drill-down links, and the matrix for one group
  // of at most MATRIX_COLUMNS (12) case columns. 17.7 KB with 8 columns.
  'mechanism-index': { html: 26 * KB, js: 0 },
  // Definition, aliases and at most LIST_CAP (24) cases with their evidence, then a link to
  // the rest. 4.6 KB with 8 cases.
  mechanism: { html: 16 * KB, js: 0 },
  // 103 terms with pinyin, English and a definition each. 22.4 KB.
  // Each term lists at most 8 cases (src/pages/glossary/index.astro): 30 KB at 1,008 cases with
  // variant labels, bounded at any size.
  glossary: { html: 34 * KB, js: 0 },
  // Downloads and the data dictionary. 5.7 KB; 8.1 KB once the lessons CSV, the codebook and
  // the changelog joined the list.
  data: { html: 10 * KB, js: 0 },
  // Method, sources, citing, teaching. 7.4 KB; 12.5 KB with the coding method and the agreement
  // table (39 mechanisms, one row each), which does not grow with the number of cases.
  about: { html: 15 * KB, js: 0 },
  // The codebook: 39 mechanisms, each with definition, inclusion and exclusion rules, an example
  // and its agreement figures. 16.1 KB; grows with the codebook, not with the cases.
  codebook: { html: 20 * KB, js: 0 },
  // The tool's shell and the no-JavaScript example (the three cases sharing the most figures),
  // whatever the size of the casebook: the page carries no case list, the island fetches one
  // file per chosen case. 13.2 KB with the example at 8 cases. JavaScript: the tool and React's
  // client on first view; chart code comes when a chart scrolls into view
  // (tests/e2e/compare-budget.spec.ts also caps a whole three-case view at 150 KB).
  compare: { html: 16 * KB, js: 150 * KB },
  // The form, the results region and the filter panel (every filter value, rendered so nothing
  // moves when the script wakes), filled by a plain-TypeScript script over Pagefind: the script
  // (6.8 KB) and Vite's preload helper (0.9 KB), Pagefind's script, worker and WebAssembly
  // (79 KB). 87.1 KB measured when the React island was replaced (React alone was 64 KB).
  search: { html: 8 * KB, js: 95 * KB },
  'not-found': { html: 6 * KB, js: 0 },
  // Any page no type covers yet: a plain text page, no JavaScript.
  other: { html: 10 * KB, js: 0 },
};

/** The HTML budget of a page type: absolute, the same for every size of casebook. */
export function htmlBudget(budget: Budget): number {
  return budget.html;
}

/**
 * Every stylesheet of the site together (Pagefind's own excluded), gzipped. 12.3 KB when set;
 * 17.9 KB once the county profile, 借鉴要点, the finder, the case contents and the phone tables
 * brought their own component styles; 20.1 KB with the teaching pages (handout, teaching notes,
 * print links, the downloads list) and the print rules of the case components.
 */
export const TOTAL_CSS_BUDGET = 22 * KB;
