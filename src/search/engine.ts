/**
 * The search itself, over Pagefind's browser API: exact matches first, grouped by type, then
 * pages that contain only pieces of the query. No DOM; the search page renders the outcome.
 *
 * - Exact: a page whose indexed text (or names) contains every phrase of the query, each as a
 *   whole (a quoted Pagefind search over the tokens of src/search/tokens.ts). Grouped by type
 *   (cases first), each group in Pagefind's ranking of the unquoted query, which weighs the
 *   page's names (SEARCH_RANKING), so the page a name belongs to comes first.
 * - Related: pages that contain a piece of a phrase (two tokens or more) or some of the
 *   phrases, but not the whole query; the longest piece first.
 */
import { RESULT_KINDS, type ResultKind, type SearchFilter } from './contract';
import { matchForm, queryPhrases } from './tokens';

export type FilterCounts = Record<string, Record<string, number>>;

export interface PagefindHit<D = unknown> {
  id: string;
  score: number;
  data: () => Promise<D>;
}

export interface PagefindLike<D = unknown> {
  search: (
    term: string | null,
    options?: { filters?: Record<string, unknown> },
  ) => Promise<{ results: PagefindHit<D>[]; filters: FilterCounts } | null>;
}

export interface QueryPlan {
  /** The query as typed, trimmed. */
  query: string;
  /** Phrases of tokens (src/search/tokens.ts). */
  phrases: string[][];
  /** The quoted Pagefind term of each phrase. */
  exactTerms: string[];
  /** All tokens unquoted: Pagefind's ranked search. */
  looseTerm: string;
  /** Pieces to look for when no page has the whole query: longest first. */
  pieces: string[][];
  /** Match forms of the phrases, for excerpts and names (tokens.matchForm). */
  forms: string[];
}

/** Most piece searches run for one query (long queries keep their longest pieces). */
const MAX_PIECE_SEARCHES = 24;

const phraseTerm = (tokens: readonly string[]) => `"${tokens.join(' ')}"`;

/** The searches a query needs, or null when it has nothing to search for. */
export function planQuery(query: string): QueryPlan | null {
  const phrases = queryPhrases(query);
  if (!phrases.length) return null;
  const pieces: string[][] = [];
  const seen = new Set<string>();
  // Sub-phrases of two tokens or more, longest first; whole phrases too when there are several.
  const longest = Math.max(...phrases.map((p) => p.length));
  for (let length = longest; length >= 2 && pieces.length < MAX_PIECE_SEARCHES; length--) {
    for (const phrase of phrases) {
      if (length > phrase.length || (length === phrase.length && phrases.length === 1)) continue;
      for (let at = 0; at + length <= phrase.length; at++) {
        const piece = phrase.slice(at, at + length);
        const key = piece.join(' ');
        if (seen.has(key)) continue;
        seen.add(key);
        pieces.push(piece);
        if (pieces.length >= MAX_PIECE_SEARCHES) break;
      }
    }
  }
  if (phrases.length > 1)
    for (const phrase of phrases)
      if (phrase.length === 1 && !seen.has(phrase[0]!)) pieces.push(phrase);
  return {
    query: query.trim(),
    phrases,
    exactTerms: phrases.map(phraseTerm),
    looseTerm: phrases.flat().join(' '),
    pieces,
    forms: phrases.map((phrase) => matchForm(phrase.join(''))),
  };
}

/** Pagefind's `filters` option for a selection: any of the values within a filter. */
export function pagefindFilters(
  selection: Partial<Record<SearchFilter, readonly string[]>>,
  kind?: ResultKind,
): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(selection)) {
    if (values && values.length) out[name] = { any: [...values] };
  }
  if (kind) {
    const types = out.type?.any;
    out.type = { any: !types || types.includes(kind) ? [kind] : [] };
  }
  return out;
}

export interface SearchGroup<D> {
  kind: ResultKind;
  hits: PagefindHit<D>[];
}

export interface SearchOutcome<D> {
  plan: QueryPlan | null;
  /** Exact matches by type, in RESULT_KINDS order; empty groups left out. */
  groups: SearchGroup<D>[];
  exactCount: number;
  /** Filter counts of the exact matches; null when they cannot be counted (several phrases). */
  counts: FilterCounts | null;
  /** Pages with a piece of the query but not the whole of it, longest piece first. */
  related: Array<PagefindHit<D> & { piece: string[] }>;
}

/** Hits found by every search, in the order of the first. */
function intersect<D>(lists: PagefindHit<D>[][]): PagefindHit<D>[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const sets = rest.map((list) => new Set(list.map((hit) => hit.id)));
  return first.filter((hit) => sets.every((set) => set.has(hit.id)));
}

type Search<D> = (
  term: string | null,
  kind?: ResultKind,
) => Promise<{ results: PagefindHit<D>[]; filters: FilterCounts }>;

function searcher<D>(
  pagefind: PagefindLike<D>,
  selection: Partial<Record<SearchFilter, readonly string[]>>,
): Search<D> {
  return async (term, kind) => {
    const response = await pagefind.search(term, { filters: pagefindFilters(selection, kind) });
    return response ?? { results: [], filters: {} };
  };
}

function kindsOf(selection: Partial<Record<SearchFilter, readonly string[]>>): ResultKind[] {
  return RESULT_KINDS.filter((kind) => !selection.type?.length || selection.type.includes(kind));
}

/**
 * Exact matches of the query, grouped by type (or, with no query, every page the filters
 * select). Each group keeps Pagefind's ranking of the unquoted query within that type.
 */
export async function searchExact<D>(
  pagefind: PagefindLike<D>,
  query: string,
  selection: Partial<Record<SearchFilter, readonly string[]>>,
): Promise<SearchOutcome<D>> {
  const plan = planQuery(query);
  const search = searcher(pagefind, selection);
  const kinds = kindsOf(selection);
  const [whole, perKind] = await Promise.all([
    Promise.all(plan ? plan.exactTerms.map((term) => search(term)) : [search(null)]),
    Promise.all(kinds.map((kind) => search(plan ? plan.looseTerm : null, kind))),
  ]);
  const exact = new Set(intersect(whole.map((r) => r.results)).map((hit) => hit.id));
  const groups = kinds
    .map((kind, i) => ({ kind, hits: perKind[i]!.results.filter((hit) => exact.has(hit.id)) }))
    .filter((group) => group.hits.length);
  return {
    plan,
    groups,
    exactCount: exact.size,
    counts: whole.length === 1 ? whole[0]!.filters : null,
    related: [],
  };
}

/**
 * Pages with a piece of the query (two tokens or more), or some of its phrases, that are not
 * exact matches: longest piece first, then in Pagefind's ranking of the unquoted query.
 */
export async function searchRelated<D>(
  pagefind: PagefindLike<D>,
  outcome: SearchOutcome<D>,
  selection: Partial<Record<SearchFilter, readonly string[]>>,
): Promise<SearchOutcome<D>['related']> {
  const plan = outcome.plan;
  if (!plan || !plan.pieces.length) return [];
  const search = searcher(pagefind, selection);
  const [loose, ...found] = await Promise.all([
    search(plan.looseTerm),
    ...plan.pieces.map((piece) => search(phraseTerm(piece))),
  ]);
  const rank = new Map(loose!.results.map((hit, i) => [hit.id, i]));
  const taken = new Set(outcome.groups.flatMap((group) => group.hits.map((hit) => hit.id)));
  const related: SearchOutcome<D>['related'] = [];
  plan.pieces.forEach((piece, i) => {
    const hits = [...found[i]!.results].sort(
      (a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity),
    );
    for (const hit of hits) {
      if (taken.has(hit.id)) continue;
      taken.add(hit.id);
      related.push({ ...hit, piece });
    }
  });
  return related;
}
