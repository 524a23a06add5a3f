/**
 * Sizes that keep every page independent of the number of cases (issue 16), and the paging
 * arithmetic the list pages share. Pure.
 */

/** Cases the home page shows as cards: the first in casebook order. */
export const FEATURED_CASES = 8;
/** Cases per page of the case index (/cases/, /cases/page/2/, …). */
export const CASES_PER_PAGE = 24;
/** Cases a mechanism page, a glossary term or a home map province lists before linking on. */
export const LIST_CAP = 24;
/** Case columns per view of the case × mechanism matrix. */
export const MATRIX_COLUMNS = 12;

export interface Page<T> {
  /** 1-based page number. */
  page: number;
  pages: number;
  items: T[];
  /** 1-based position of the first and last item on this page. */
  from: number;
  to: number;
  total: number;
}

/** Every page of `items`, `size` a page; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const pages = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: pages }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      page: i + 1,
      pages,
      items: slice,
      from: slice.length ? i * size + 1 : 0,
      to: i * size + slice.length,
      total: items.length,
    };
  });
}

/**
 * Page numbers to link from page `page` of `pages`: the first, the last and two either side,
 * with `null` where numbers are left out. Bounded, whatever the number of pages.
 */
export function pageLinks(page: number, pages: number): Array<number | null> {
  const wanted = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2]);
  const list = [...wanted].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const out: Array<number | null> = [];
  list.forEach((n, i) => {
    if (i > 0 && n - list[i - 1]! > 1) out.push(null);
    out.push(n);
  });
  return out;
}
