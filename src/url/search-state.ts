/**
 * The search page's state lives in its URL, so a query survives a reload and can be shared:
 * `?q=网格&type=案例&province=福建省`. Within one filter the values are alternatives (any of);
 * different filters narrow together. Pure: parses and writes URLSearchParams only.
 */
import { SEARCH_FILTERS, type SearchFilter } from '../search/contract';
import { t } from '../i18n/ui';

export type FilterSelection = Record<SearchFilter, string[]>;

export interface SearchState {
  q: string;
  filters: FilterSelection;
}

/** Longest query kept; longer ones are cut with a notice. */
export const MAX_QUERY_LENGTH = 60;

export function emptyFilters(): FilterSelection {
  return Object.fromEntries(SEARCH_FILTERS.map((name) => [name, []])) as unknown as FilterSelection;
}

function isFilter(name: string): name is SearchFilter {
  return (SEARCH_FILTERS as readonly string[]).includes(name);
}

/** Reads the state from a URL's parameters; anything it cannot use is named in `notices`. */
export function parseSearchParams(params: URLSearchParams): {
  state: SearchState;
  notices: string[];
} {
  const notices: string[] = [];
  const filters = emptyFilters();
  let q = '';
  const unknown = new Set<string>();
  for (const [name, raw] of params) {
    const value = raw.trim();
    if (name === 'q') {
      q = q ? `${q} ${value}`.trim() : value;
    } else if (isFilter(name)) {
      if (value && !filters[name].includes(value)) filters[name].push(value);
    } else {
      unknown.add(name);
    }
  }
  if (unknown.size)
    notices.push(t('search.notice.unknownParam', { names: [...unknown].join('、') }));
  const chars = [...q];
  if (chars.length > MAX_QUERY_LENGTH) {
    q = chars.slice(0, MAX_QUERY_LENGTH).join('');
    notices.push(t('search.notice.longQuery', { max: MAX_QUERY_LENGTH }));
  }
  return { state: { q, filters }, notices };
}

/** The URL query string of a state (without `?`), filters in their fixed order. */
export function toSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  const q = state.q.trim();
  if (q) params.set('q', q);
  for (const name of SEARCH_FILTERS)
    for (const value of state.filters[name]) params.append(name, value);
  return params.toString();
}

/**
 * Drops selected filter values the index does not have (a stale or mistyped link), with a
 * notice naming them. `available` is Pagefind's filter list: name → value → page count.
 */
export function keepKnownFilters(
  state: SearchState,
  available: Record<string, Record<string, number>>,
): { state: SearchState; notices: string[] } {
  const notices: string[] = [];
  const filters = emptyFilters();
  for (const name of SEARCH_FILTERS) {
    for (const value of state.filters[name]) {
      if (available[name]?.[value] !== undefined) filters[name].push(value);
      else
        notices.push(
          t('search.notice.unknownFilter', { filter: t(`search.filter.${name}`), value }),
        );
    }
  }
  return { state: { ...state, filters }, notices };
}

/** Pagefind's `filters` option for a selection: any of the values within a filter. */
export function pagefindFilters(filters: FilterSelection): Record<string, { any: string[] }> {
  return Object.fromEntries(
    SEARCH_FILTERS.filter((name) => filters[name].length).map((name) => [
      name,
      { any: filters[name] },
    ]),
  );
}

/** Whether anything is asked for: a query or at least one filter value. */
export function hasCriteria(state: SearchState): boolean {
  return state.q.trim() !== '' || SEARCH_FILTERS.some((name) => state.filters[name].length > 0);
}

/** A filter's values for display: selected ones first, then by count, then by name. */
export function filterOptions(
  counts: Record<string, number> | undefined,
  selected: readonly string[],
): Array<{ value: string; count: number; selected: boolean }> {
  const values = new Set([...Object.keys(counts ?? {}), ...selected]);
  const collator = new Intl.Collator('zh-CN');
  return [...values]
    .map((value) => ({ value, count: counts?.[value] ?? 0, selected: selected.includes(value) }))
    .sort(
      (a, b) =>
        Number(b.selected) - Number(a.selected) ||
        b.count - a.count ||
        collator.compare(a.value, b.value),
    );
}
