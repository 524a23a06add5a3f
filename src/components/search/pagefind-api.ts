/**
 * The part of Pagefind's browser API the search page uses (pagefind.js in the built bundle).
 * Loaded at run time from `<base>pagefind/pagefind.js`, so it has no TypeScript types of its own.
 */
export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
  totalFilters: FilterCounts;
}

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<FilterCounts>;
  search: (
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ) => Promise<PagefindResponse | null>;
}

/** Loads the bundle; rejects when it is missing or broken. */
export async function loadPagefind(bundleUrl: string, baseUrl: string, ranking: object) {
  const pagefind = (await import(/* @vite-ignore */ `${bundleUrl}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl, excerptLength: 40, ranking });
  await pagefind.init();
  return pagefind;
}
