/**
 * Figures on a common scale: a county-wide count or sum divided by a county-wide context figure
 * (resident population, townships, village-level divisions). Pure; returns numbers and codes,
 * never words. The rule, shown to the reader beside every derived value:
 *
 * 1. The numerator describes the whole county (scope level `county`). A figure about one
 *    township, community, park or sector is never divided by a county total: the two would count
 *    different places.
 * 2. The numerator is a count or a sum of money or floor area: not a share, a standard, a ratio
 *    (a unit with `/`), a position (week N) or a design count (tiers, parts).
 * 3. The denominator is a context figure that was found, is positive and is not a lower bound
 *    (dividing by a lower bound would give an upper bound, which the casebook cannot show).
 * 4. Both figures have a year and the years are at most MAX_YEAR_GAP apart. A case's figures are
 *    dated by its as-of year (the publication year of its source): sources report the state when
 *    they were written. Without an as-of year there is no derived value.
 * 5. Qualifiers carry over: a lower bound divided by an exact figure is still a lower bound; an
 *    approximate numerator or denominator makes the result approximate; a lower bound divided by
 *    an approximate figure has no honest qualifier and is not derived.
 */
import type { Qualifier, Scope } from '../schemas/metric';
import { metricDefinition } from '../schemas/metric-vocabulary';

/** What a figure is divided by. */
export const BASES = ['population', 'townships', 'villages'] as const;
export type Basis = (typeof BASES)[number];

/** Context keys the comparison shows as rows; the first three are also bases. */
export const CONTEXT_KEYS = ['population', 'area', 'townships', 'villages'] as const;
export type ContextKey = (typeof CONTEXT_KEYS)[number];

/** Per 10,000 residents; per one township-level division; per one village-level division. */
export const BASIS_PER: Record<Basis, number> = { population: 10_000, townships: 1, villages: 1 };

/**
 * Most years between a figure and the context figure it is divided by. County populations move
 * by a few per cent in three years and divisions are merged in waves; beyond that the quotient
 * would describe neither year.
 */
export const MAX_YEAR_GAP = 3;

/** Where a figure or context figure comes from, as the reader sees it beside a derived value. */
export interface FigureSource {
  id: string;
  title: string;
  publisher?: string | undefined;
  url?: string | undefined;
  /** Publication date as given (2021-06-09, 2021). */
  date?: string | undefined;
}

/** One context figure of a county (from its profile); value null: no public source was found. */
export interface ContextFigure {
  key: ContextKey;
  value: number | null;
  unit: string;
  qualifier: Qualifier;
  /** The year the figure describes (2020 for the census). */
  year?: number | undefined;
  source?: FigureSource | undefined;
  /** The verbatim clause or table row the figure comes from. */
  quote?: string | undefined;
  note?: string | undefined;
  /** A breakdown shown beside the value (subdistricts, towns, xiang). */
  detail?: string | undefined;
}

/** The parts of a figure the rule reads. */
export interface Numerator {
  key: string;
  value: number;
  qualifier: Qualifier;
  unit: string;
  scope: Scope;
}

export type RefusalCode =
  /** Rule 1: the figure covers less than the whole county. */
  | 'narrower_scope'
  /** Rule 2: a share, ratio, standard, position or design count. */
  | 'not_a_count'
  /** Rule 3: no context figure of that kind for the county. */
  | 'no_denominator'
  /** Rule 3: the context figure is a lower bound, or not positive. */
  | 'bad_denominator'
  /** Rule 4: the case has no as-of year or the context figure no year. */
  | 'year_unknown'
  /** Rule 4: more than MAX_YEAR_GAP years apart. */
  | 'years_apart'
  /** Rule 5: a lower bound over an approximate figure. */
  | 'bound_over_approx';

export type Normalised =
  | {
      ok: true;
      /** numerator / denominator × per. */
      value: number;
      qualifier: Qualifier;
      per: number;
      numerator: Numerator;
      denominator: ContextFigure;
      /** Years between the two figures. */
      gap: number;
    }
  | { ok: false; reason: RefusalCode; denominator?: ContextFigure | undefined };

/** Rule 2: whether a metric key counts or sums something the county has. */
export function isNormalisableKey(key: string): boolean {
  const definition = metricDefinition(key);
  if (!definition || definition.design || definition.category === 'standards') return false;
  const unit = definition.unit;
  return !unit.includes('/') && !unit.includes('%') && !unit.includes('N');
}

function combine(top: Qualifier, bottom: Qualifier): Qualifier | undefined {
  if (bottom === 'at_least') return undefined;
  if (top === 'at_least') return bottom === 'exact' ? 'at_least' : undefined;
  if (top === 'approx' || bottom === 'approx') return 'approx';
  return 'exact';
}

/** Divides one figure by one context figure, or says which rule forbids it. */
export function normalise(
  figure: Numerator,
  basis: Basis,
  context: readonly ContextFigure[],
  asOfYear: number | undefined,
): Normalised {
  if (figure.scope.level !== 'county') return { ok: false, reason: 'narrower_scope' };
  if (!isNormalisableKey(figure.key)) return { ok: false, reason: 'not_a_count' };
  const denominator = context.find((c) => c.key === basis);
  if (!denominator || denominator.value === null) return { ok: false, reason: 'no_denominator' };
  if (!(denominator.value > 0) || !Number.isFinite(denominator.value)) {
    return { ok: false, reason: 'bad_denominator', denominator };
  }
  if (denominator.qualifier === 'at_least') {
    return { ok: false, reason: 'bad_denominator', denominator };
  }
  if (asOfYear === undefined || denominator.year === undefined) {
    return { ok: false, reason: 'year_unknown', denominator };
  }
  const gap = Math.abs(asOfYear - denominator.year);
  if (gap > MAX_YEAR_GAP) return { ok: false, reason: 'years_apart', denominator };
  const qualifier = combine(figure.qualifier, denominator.qualifier);
  if (!qualifier) return { ok: false, reason: 'bound_over_approx', denominator };
  const per = BASIS_PER[basis];
  return {
    ok: true,
    value: (figure.value / denominator.value) * per,
    qualifier,
    per,
    numerator: figure,
    denominator,
    gap,
  };
}

/** The context figure of a key, or undefined. */
export function contextFigure(
  context: readonly ContextFigure[],
  key: ContextKey,
): ContextFigure | undefined {
  return context.find((c) => c.key === key);
}

/** Context keys for which every one of the cases has a found value: the rows they share. */
export function sharedContextKeys(contexts: ReadonlyArray<readonly ContextFigure[]>): ContextKey[] {
  return CONTEXT_KEYS.filter((key) =>
    contexts.every((context) => {
      const figure = contextFigure(context, key);
      return figure !== undefined && figure.value !== null;
    }),
  );
}
