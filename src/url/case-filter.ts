/**
 * Filters on the case index as URL state: /cases/?region=西部&mechanism=time-bank. Pure: parse
 * the query, say which values were not understood, and decide whether a case matches.
 */
export const FILTER_KEYS = ['region', 'province', 'setting', 'mechanism'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type CaseFilter = Partial<Record<FilterKey, string>>;

/** What a case offers to the filters. */
export interface FilterableCase {
  region: string;
  province: string;
  setting: string;
  mechanisms: string[];
}

export interface ParsedFilter {
  filter: CaseFilter;
  /** Parameters that were present but not valid, as [key, value]. */
  rejected: Array<[FilterKey, string]>;
}

/** Reads the filter from a query string; values outside `allowed` are rejected, not applied. */
export function parseCaseFilter(
  search: string,
  allowed: Record<FilterKey, readonly string[]>,
): ParsedFilter {
  const params = new URLSearchParams(search);
  const filter: CaseFilter = {};
  const rejected: Array<[FilterKey, string]> = [];
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (allowed[key].includes(value)) filter[key] = value;
    else rejected.push([key, value]);
  }
  return { filter, rejected };
}

export function matchesFilter(item: FilterableCase, filter: CaseFilter): boolean {
  return (
    (!filter.region || item.region === filter.region) &&
    (!filter.province || item.province === filter.province) &&
    (!filter.setting || item.setting === filter.setting) &&
    (!filter.mechanism || item.mechanisms.includes(filter.mechanism))
  );
}

/** The query string for a filter, keys in a fixed order, empty values left out. */
export function serializeCaseFilter(filter: CaseFilter): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) params.set(key, filter[key]!);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Longest rejected value a notice repeats, in characters: enough to recognise it. */
export const NOTICE_VALUE_MAX = 40;

export interface NoticeItem {
  key: FilterKey;
  /** The value as typed, cut to NOTICE_VALUE_MAX characters. */
  value: string;
  /** True when the value was longer and has been cut. */
  cut: boolean;
}

/**
 * What the notice repeats of each rejected parameter: at most a few dozen characters of it, so
 * a 100 KB value cannot fill the page. Callers render the value in a <bdi>, so a right-to-left
 * control character in the URL cannot reverse the sentence around it.
 */
export function noticeItems(
  rejected: ParsedFilter['rejected'],
  max = NOTICE_VALUE_MAX,
): NoticeItem[] {
  return rejected.map(([key, value]) => {
    const chars = [...value];
    return { key, value: chars.slice(0, max).join(''), cut: chars.length > max };
  });
}
