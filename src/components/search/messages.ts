/**
 * The UI strings the search page's script needs. The page passes them in a data attribute, so
 * the script carries no dictionary of its own.
 */
import type { UiKey } from '../../i18n/ui';

export const SEARCH_MESSAGE_KEYS = [
  'search.loadError',
  'search.searching',
  'search.none',
  'search.exactCount',
  'search.exactCountFiltered',
  'search.exactNone',
  'search.listed',
  'search.noneFiltered',
  'search.group',
  'search.groupMore',
  'search.related',
  'search.relatedIntro',
  'search.relatedMore',
  'search.answer.users',
  'search.answer.mentions',
  'search.answer.more',
  'search.answer.noUsers',
  'search.matchedNames',
  'search.filter.count',
  'search.filter.type',
  'search.filter.province',
  'search.filter.region',
  'search.filter.mechanism',
  'search.type.case',
  'search.type.mechanism',
  'search.type.term',
  'search.notice.unknownParam',
  'search.notice.longQuery',
  'search.notice.unknownFilter',
] as const satisfies readonly UiKey[];

export type SearchMessageKey = (typeof SEARCH_MESSAGE_KEYS)[number];
export type SearchMessages = Record<SearchMessageKey, string>;
