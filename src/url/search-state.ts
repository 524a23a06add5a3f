/**
 * The search page's state lives in its URL, so a query survives a reload and can be shared:
 * `?q=...&type=case&region=west&mechanism=grid-party-building`. Filter values are the index's
 * stable codes (src/search/contract.ts); a link that still carries a label (an older link, or
 * one typed by hand) is read as the code with that label. Within one filter the values are
 * alternatives (any of); different filters narrow together. Pure: URLSearchParams in and out.
 */
import { SEARCH_FILTERS, type SearchFilter } from '../search/contract';

export type FilterSelection = Record<SearchFilter, string[]>;

export interface SearchState {
  q: string;
  filters: FilterSelection;
}

/** A notice about the URL, rendered from its i18n key; `values` echo what the URL said. */
export interface Notice {
  key: 'search.notice.unknownParam' | 'search.notice.longQuery' | 'search.notice.unknownFilter';
  values: Record<string, string | number>;
  /** Names of the values that echo the URL (shown direction-isolated). */
  echoed: string[];
}

/** Longest query kept; longer ones are cut with a notice. */
export const MAX_QUERY_LENGTH = 60;
/** Longest piece of a URL repeated in a notice. */
export const ECHO_MAX = 32;
/** Most unknown parameter names listed in one notice. */
const MAX_NAMES = 5;

/** A value from the URL as a notice repeats it: at most ECHO_MAX characters. */
export function echo(value: string): string {
  const chars = [...value];
  return chars.length > ECHO_MAX ? `${chars.slice(0, ECHO_MAX).join('')}\u2026` : value;
}

export function emptyFilters(): FilterSelection {
  return Object.fromEntries(SEARCH_FILTERS.map((name) => [name, []])) as unknown as FilterSelection;
}

function isFilter(name: string): name is SearchFilter {
  return (SEARCH_FILTERS as readonly string[]).includes(name);
}

/** Own keys only: `constructor` or `toString` in a URL is never taken from the prototype. */
function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Reads the state from a URL's parameters; anything it cannot use is named in `notices`. */
export function parseSearchParams(params: URLSearchParams): {
  state: SearchState;
  notices: Notice[];
} {
  const notices: Notice[] = [];
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
  if (unknown.size) {
    const names = [...unknown].slice(0, MAX_NAMES).map(echo);
    if (unknown.size > MAX_NAMES) names.push('\u2026');
    notices.push({
      key: 'search.notice.unknownParam',
      values: { names: names.join('\u3001') },
      echoed: ['names'],
    });
  }
  const chars = [...q];
  if (chars.length > MAX_QUERY_LENGTH) {
    q = chars.slice(0, MAX_QUERY_LENGTH).join('');
    notices.push({ key: 'search.notice.longQuery', values: { max: MAX_QUERY_LENGTH }, echoed: [] });
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

/** Labels of the filter values: filter → code → label. */
export type FilterLabels = Partial<Record<SearchFilter, Record<string, string>>>;

/**
 * Keeps the selected filter values the index has. A value that is a label rather than a code
 * is read as its code; anything else is dropped with a notice naming it (cut to ECHO_MAX).
 * `available` is Pagefind's filter list (filter → code → page count), `filterNames` the label
 * of each filter.
 */
export function keepKnownFilters(
  state: SearchState,
  available: Record<string, Record<string, number>>,
  labels: FilterLabels,
  filterNames: Record<SearchFilter, string>,
): { state: SearchState; notices: Notice[] } {
  const notices: Notice[] = [];
  const filters = emptyFilters();
  for (const name of SEARCH_FILTERS) {
    const codes = own(available, name);
    for (const value of state.filters[name]) {
      let code: string | undefined = own(codes, value) !== undefined ? value : undefined;
      if (code === undefined) {
        const byLabel = Object.entries(own(labels, name) ?? {}).find(
          ([, label]) => label === value,
        );
        if (byLabel && own(codes, byLabel[0]) !== undefined) code = byLabel[0];
      }
      if (code !== undefined) {
        if (!filters[name].includes(code)) filters[name].push(code);
      } else {
        notices.push({
          key: 'search.notice.unknownFilter',
          values: { filter: filterNames[name], value: echo(value) },
          echoed: ['value'],
        });
      }
    }
  }
  return { state: { ...state, filters }, notices };
}

/** Whether anything is asked for: a query or at least one filter value. */
export function hasCriteria(state: SearchState): boolean {
  return state.q.trim() !== '' || SEARCH_FILTERS.some((name) => state.filters[name].length > 0);
}

/** A notice's template split into text and the values it echoes, for direction isolation. */
export function noticeParts(
  template: string,
  notice: Pick<Notice, 'values' | 'echoed'>,
): Array<{ text: string; echoed?: boolean }> {
  const parts: Array<{ text: string; echoed?: boolean }> = [];
  let at = 0;
  for (const match of template.matchAll(/\{(\w+)\}/gu)) {
    if (match.index > at) parts.push({ text: template.slice(at, match.index) });
    const name = match[1]!;
    const value = own(notice.values, name);
    parts.push(
      value === undefined
        ? { text: match[0] }
        : { text: String(value), echoed: notice.echoed.includes(name) },
    );
    at = match.index + match[0].length;
  }
  if (at < template.length) parts.push({ text: template.slice(at) });
  return parts;
}
