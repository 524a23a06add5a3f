/**
 * Weight budgets per page type, in gzip bytes (level 6). The yardstick is what a careful person
 * would hand-write for the same content: semantic HTML with short class names, one small
 * stylesheet, and no JavaScript unless the page is a tool.
 *
 * HTML. The shared shell (header, navigation, footer) is about 1.2 KB. Chinese text is 3 bytes a
 * character before compression; the longest case page carries about 34 KB of text, which
 * hand-written markup would bring to about 50 KB, or 13–14 KB gzipped. Each figure is the
 * heaviest page of its type when the figure was set plus about a quarter, rounded: a longer case
 * fits, markup that bloats does not. Pages that list every case (home, case index, mechanism
 * index, compare, mechanism pages) get a fixed part for the page plus an allowance per case, so
 * adding a case is never a budget failure but heavier cards or rows are.
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
  /** HTML of one page, gzipped: this much for the page… */
  html: number;
  /** …plus this much for every case in the casebook, for pages that list them all. */
  htmlPerCase?: number;
  /** JavaScript (and WebAssembly) fetched or run on first view, gzipped. */
  js: number;
}

const KB = 1024;

export const BUDGETS: Record<PageType, Budget> = {
  // Introduction, tile map, one card per model. 6.1 KB at 8 cases.
  home: { html: 4 * KB, htmlPerCase: 0.7 * KB, js: 0 },
  // One card per case with headline figures and a compare checkbox. 7.2 KB at 8 cases.
  // JavaScript: the filters must follow the URL (?mechanism=…), which a static page cannot read
  // without script; without JavaScript the full list shows. Under the strict CSP the script is
  // one file: filter, the notice for a bad parameter and the compare bar's count, 1.1 KB
  // gzipped since the compare bar joined (0.7 KB before). Nothing else is fetched.
  'case-index': { html: 3 * KB, htmlPerCase: 0.8 * KB, js: 1.5 * KB },
  // County profile, lessons (借鉴要点), narrative, parts, tier diagrams, mechanisms with evidence,
  // every figure with its quote and scope, citations. 15–22.6 KB once the profile (about 1.5 KB)
  // and the lessons block (about 2.5 KB) joined the top of the page (寻甸县 the longest); the
  // figure is that plus a quarter, as for every type.
  // JavaScript: the print button's one-line script file (window.print; the CSP allows no inline
  // handler), about 0.2 KB; without it the button stays hidden and the handout link remains.
  case: { html: 28 * KB, js: 0.5 * KB },
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
  match: { html: 4 * KB, htmlPerCase: 0.6 * KB, js: 12 * KB },
  // Six families of mechanisms with definitions and the case-by-mechanism matrix. 19.1 KB.
  'mechanism-index': { html: 16 * KB, htmlPerCase: 1 * KB, js: 0 },
  // Definition, aliases and every case using it with its evidence. 4.1 KB at most.
  mechanism: { html: 3 * KB, htmlPerCase: 0.4 * KB, js: 0 },
  // 103 terms with pinyin, English and a definition each. 22.4 KB.
  glossary: { html: 28 * KB, js: 0 },
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

/** The HTML budget of a page type for a casebook of `cases` cases. */
export function htmlBudget(budget: Budget, cases: number): number {
  return budget.html + (budget.htmlPerCase ?? 0) * cases;
}

/**
 * Every stylesheet of the site together (Pagefind's own excluded), gzipped. 12.3 KB when set;
 * 17.9 KB once the county profile, 借鉴要点, the finder, the case contents and the phone tables
 * brought their own component styles; 20.1 KB with the teaching pages (handout, teaching notes,
 * print links, the downloads list) and the print rules of the case components.
 */
export const TOTAL_CSS_BUDGET = 22 * KB;
