/**
 * The finder's rules (/match/): how close each case is to a county the reader describes. Pure and
 * small so the page can explain every rule and the island can run it: a profile and the cases'
 * facts in, scores and reason codes out, never words. Unknown facts (a figure no public source
 * gives) earn nothing and are named as unknown, never guessed.
 */
import type { Setting } from '../schemas/case';
import {
  FISCAL_BANDS,
  type FiscalBand,
  type PrerequisiteCode,
  type ProblemCode,
} from '../schemas/lesson-vocabulary';

/** Codes of the three economic belts, in the order of REGIONS in src/schemas/case.ts. */
export const REGION_CODES = ['east', 'central', 'west'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

/** Settings in order from town to country: neighbours in this list are adjacent. */
export const SETTING_ORDER: readonly Setting[] = ['urban-community', 'urban-rural', 'rural'];

/** Resident population bands (the 2020 census), with their upper bounds in people. */
export const POPULATION_BANDS = ['under-20', '20-50', '50-100', 'over-100'] as const;
export type PopulationBand = (typeof POPULATION_BANDS)[number];
const POPULATION_BOUNDS = [200_000, 500_000, 1_000_000];

/** Urbanisation-rate bands, with their upper bounds in percent. */
export const URBAN_BANDS = ['low', 'mid', 'high'] as const;
export type UrbanBand = (typeof URBAN_BANDS)[number];
const URBAN_BOUNDS = [40, 60];

/**
 * Ethnic autonomy: an autonomous county (or banner) itself; an ordinary county inside an
 * autonomous prefecture or region; neither.
 */
export const AUTONOMY_CODES = ['county', 'area', 'none'] as const;
export type AutonomyCode = (typeof AUTONOMY_CODES)[number];

/** What the reader says about their county; every field may be left open. */
export interface CountyProfile {
  setting?: Setting | undefined;
  region?: RegionCode | undefined;
  population?: PopulationBand | undefined;
  autonomy?: AutonomyCode | undefined;
  urban?: UrbanBand | undefined;
  /** Problems the county faces, from the vocabulary of the cases' own problem statements. */
  problems: ProblemCode[];
  /** Fiscal effort the county can afford, on the lessons' scale. */
  budget?: FiscalBand | undefined;
}

/** What the finder knows of a case: its content, its lesson and its county profile. */
export interface CaseFacts {
  id: string;
  setting: Setting;
  region: RegionCode;
  /** null: not known. */
  autonomy: AutonomyCode | null;
  /** Resident population; null when no public source was found. */
  population: number | null;
  /** Urbanisation rate in percent; null when no public source was found. */
  urbanRate: number | null;
  /** Problem codes of the case's problem statements. */
  problems: ProblemCode[];
  fiscal: FiscalBand;
  prerequisites: PrerequisiteCode[];
}

/** Points per rule: shown on the page as they are used here. */
export const WEIGHTS = {
  /** Same setting; a neighbouring one (town and country together next to either) gets half. */
  setting: 4,
  settingAdjacent: 2,
  /** Each problem the reader chose that the case's own statements name. */
  problem: 2,
  /** The case needs no more fiscal effort than the reader can afford… */
  budget: 1,
  /** …otherwise this is taken off for each band it needs more. */
  budgetOverPerBand: -1,
  region: 1,
  /** Same autonomy status; autonomous county next to a county in an autonomous area gets half. */
  autonomy: 1,
  autonomyPartial: 0.5,
  /** Same band; a neighbouring band gets half. */
  population: 1,
  populationAdjacent: 0.5,
  urban: 1,
  urbanAdjacent: 0.5,
} as const;

/** Share of the attainable points from which a case is called close, or partly close. */
export const CLOSENESS = { close: 0.6, partial: 0.35 } as const;
export type Closeness = 'close' | 'partial' | 'far';

export type ReasonKind = 'match' | 'differ' | 'unknown' | 'need';
export type ReasonCode =
  | 'setting_same'
  | 'setting_adjacent'
  | 'setting_far'
  | 'region_same'
  | 'region_differs'
  | 'autonomy_same'
  | 'autonomy_partial'
  | 'autonomy_differs'
  | 'autonomy_unknown'
  | 'population_same'
  | 'population_adjacent'
  | 'population_differs'
  | 'population_unknown'
  | 'urban_same'
  | 'urban_adjacent'
  | 'urban_differs'
  | 'urban_unknown'
  | 'problems_shared'
  | 'problems_not_addressed'
  | 'budget_within'
  | 'budget_over'
  | 'needs_prerequisites';

export interface Reason {
  code: ReasonCode;
  kind: ReasonKind;
  /** Points the rule gave (0 for unknowns and needs). */
  points: number;
  /** Codes the message names: the case's value, the shared problems, the prerequisites. */
  values: string[];
}

export interface Ranked {
  id: string;
  score: number;
  /** Points attainable for this profile: the same for every case, so scores compare. */
  max: number;
  /** null when the profile is empty: nothing to be close to. */
  closeness: Closeness | null;
  reasons: Reason[];
}

export function populationBand(people: number): PopulationBand {
  const index = POPULATION_BOUNDS.findIndex((bound) => people < bound);
  return POPULATION_BANDS[index === -1 ? POPULATION_BANDS.length - 1 : index]!;
}

export function urbanBand(percent: number): UrbanBand {
  const index = URBAN_BOUNDS.findIndex((bound) => percent < bound);
  return URBAN_BANDS[index === -1 ? URBAN_BANDS.length - 1 : index]!;
}

/** Distance of two codes in an ordered list. */
const distance = <T>(order: readonly T[], a: T, b: T) =>
  Math.abs(order.indexOf(a) - order.indexOf(b));

/** Points attainable for a profile: the best a case could score on what the reader filled in. */
export function maxScore(profile: CountyProfile): number {
  return (
    (profile.setting ? WEIGHTS.setting : 0) +
    (profile.region ? WEIGHTS.region : 0) +
    (profile.autonomy ? WEIGHTS.autonomy : 0) +
    (profile.population ? WEIGHTS.population : 0) +
    (profile.urban ? WEIGHTS.urban : 0) +
    profile.problems.length * WEIGHTS.problem +
    (profile.budget ? WEIGHTS.budget : 0)
  );
}

/** One case against a profile: its points and every reason, in the order the page shows them. */
export function scoreCase(profile: CountyProfile, facts: CaseFacts): Ranked {
  const reasons: Reason[] = [];
  const add = (code: ReasonCode, kind: ReasonKind, points: number, values: string[] = []) =>
    reasons.push({ code, kind, points, values });

  if (profile.setting) {
    const d = distance(SETTING_ORDER, profile.setting, facts.setting);
    if (d === 0) add('setting_same', 'match', WEIGHTS.setting, [facts.setting]);
    else if (d === 1) add('setting_adjacent', 'differ', WEIGHTS.settingAdjacent, [facts.setting]);
    else add('setting_far', 'differ', 0, [facts.setting]);
  }

  if (profile.problems.length) {
    const shared = profile.problems.filter((p) => facts.problems.includes(p));
    const missing = profile.problems.filter((p) => !facts.problems.includes(p));
    if (shared.length) add('problems_shared', 'match', shared.length * WEIGHTS.problem, shared);
    if (missing.length) add('problems_not_addressed', 'differ', 0, missing);
  }

  if (profile.budget) {
    const over = FISCAL_BANDS.indexOf(facts.fiscal) - FISCAL_BANDS.indexOf(profile.budget);
    if (over <= 0) add('budget_within', 'match', WEIGHTS.budget, [facts.fiscal]);
    else add('budget_over', 'differ', over * WEIGHTS.budgetOverPerBand, [facts.fiscal]);
  }

  if (profile.region) {
    if (profile.region === facts.region)
      add('region_same', 'match', WEIGHTS.region, [facts.region]);
    else add('region_differs', 'differ', 0, [facts.region]);
  }

  if (profile.autonomy) {
    if (facts.autonomy === null) add('autonomy_unknown', 'unknown', 0);
    else if (facts.autonomy === profile.autonomy) {
      add('autonomy_same', 'match', WEIGHTS.autonomy, [facts.autonomy]);
    } else if (facts.autonomy !== 'none' && profile.autonomy !== 'none') {
      add('autonomy_partial', 'differ', WEIGHTS.autonomyPartial, [facts.autonomy]);
    } else add('autonomy_differs', 'differ', 0, [facts.autonomy]);
  }

  if (profile.population) {
    if (facts.population === null) add('population_unknown', 'unknown', 0);
    else {
      const band = populationBand(facts.population);
      const d = distance(POPULATION_BANDS, profile.population, band);
      if (d === 0) add('population_same', 'match', WEIGHTS.population, [band]);
      else if (d === 1) add('population_adjacent', 'differ', WEIGHTS.populationAdjacent, [band]);
      else add('population_differs', 'differ', 0, [band]);
    }
  }

  if (profile.urban) {
    if (facts.urbanRate === null) add('urban_unknown', 'unknown', 0);
    else {
      const band = urbanBand(facts.urbanRate);
      const d = distance(URBAN_BANDS, profile.urban, band);
      if (d === 0) add('urban_same', 'match', WEIGHTS.urban, [band]);
      else if (d === 1) add('urban_adjacent', 'differ', WEIGHTS.urbanAdjacent, [band]);
      else add('urban_differs', 'differ', 0, [band]);
    }
  }

  add('needs_prerequisites', 'need', 0, facts.prerequisites);

  const score = reasons.reduce((sum, r) => sum + r.points, 0);
  const max = maxScore(profile);
  const share = max > 0 ? score / max : 0;
  const closeness: Closeness | null =
    max === 0
      ? null
      : share >= CLOSENESS.close
        ? 'close'
        : share >= CLOSENESS.partial
          ? 'partial'
          : 'far';
  return { id: facts.id, score, max, closeness, reasons };
}

/** Every case ranked: highest score first, ties in the casebook's order (the order given). */
export function rankCases(profile: CountyProfile, cases: CaseFacts[]): Ranked[] {
  return cases
    .map((facts, index) => ({ ranked: scoreCase(profile, facts), index }))
    .sort((a, b) => b.ranked.score - a.ranked.score || a.index - b.index)
    .map(({ ranked }) => ranked);
}

/** The cases ranked nearest after `id`, for a prefilled comparison with the closest others. */
export function closestOthers(ranked: Ranked[], id: string, count = 2): string[] {
  return ranked
    .map((r) => r.id)
    .filter((other) => other !== id)
    .slice(0, count);
}

export type GapCode =
  /** No case has the reader's setting (today: no rural case). */
  | 'no_setting'
  /** Cases have the setting, but none in the reader's region. */
  | 'no_setting_in_region'
  | 'no_autonomy'
  /** No case is known to be in the reader's population band (values: how many are unknown). */
  | 'no_population'
  | 'no_urban'
  /** Every case needs more fiscal effort than the reader can afford. */
  | 'no_budget';

export interface Gap {
  code: GapCode;
  /** The reader's value, then for no_population / no_urban the number of cases not known. */
  values: string[];
}

/** What the casebook cannot offer for this profile, to be said plainly above the ranking. */
export function casebookGaps(profile: CountyProfile, cases: CaseFacts[]): Gap[] {
  const gaps: Gap[] = [];
  if (profile.setting && !cases.some((c) => c.setting === profile.setting)) {
    gaps.push({ code: 'no_setting', values: [profile.setting] });
  } else if (
    profile.setting &&
    profile.region &&
    !cases.some((c) => c.setting === profile.setting && c.region === profile.region)
  ) {
    gaps.push({ code: 'no_setting_in_region', values: [profile.setting, profile.region] });
  }
  if (profile.autonomy && !cases.some((c) => c.autonomy === profile.autonomy)) {
    gaps.push({ code: 'no_autonomy', values: [profile.autonomy] });
  }
  const wanted = profile.population;
  if (
    wanted &&
    !cases.some((c) => c.population !== null && populationBand(c.population) === wanted)
  ) {
    const unknown = cases.filter((c) => c.population === null).length;
    gaps.push({ code: 'no_population', values: [wanted, String(unknown)] });
  }
  const urban = profile.urban;
  if (urban && !cases.some((c) => c.urbanRate !== null && urbanBand(c.urbanRate) === urban)) {
    const unknown = cases.filter((c) => c.urbanRate === null).length;
    gaps.push({ code: 'no_urban', values: [urban, String(unknown)] });
  }
  const budget = profile.budget;
  if (
    budget &&
    !cases.some((c) => FISCAL_BANDS.indexOf(c.fiscal) <= FISCAL_BANDS.indexOf(budget))
  ) {
    gaps.push({ code: 'no_budget', values: [budget] });
  }
  return gaps;
}

/**
 * Autonomy status from official names: an autonomous county's name ends in one of
 * `countySuffixes`; an ordinary county inside an autonomous prefecture or region has `areaMark` in
 * the prefecture's or province's name. The markers are language data and come from src/i18n/.
 */
export function autonomyFromNames(
  names: { county: string; prefecture: string; province: string },
  markers: { countySuffixes: readonly string[]; areaMark: string },
): AutonomyCode {
  if (markers.countySuffixes.some((suffix) => names.county.endsWith(suffix))) return 'county';
  if (names.prefecture.includes(markers.areaMark) || names.province.includes(markers.areaMark)) {
    return 'area';
  }
  return 'none';
}
