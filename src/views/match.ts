/**
 * The finder page's data (/match/): the form's options with labels, each case's facts for the
 * scoring rules, the static list shown without JavaScript, the rules in words, and the config the
 * island reads (facts plus every label a reason or notice needs). Pure.
 */
import { REGIONS, SETTINGS, type CaseData, type Setting } from '../schemas/case';
import { FISCAL_BANDS, PREREQUISITE_CODES, PROBLEM_CODES, type Lesson } from '../schemas/lesson';
import {
  AUTONOMY_CODES,
  CLOSENESS,
  POPULATION_BANDS,
  REGION_CODES,
  SETTING_ORDER,
  URBAN_BANDS,
  WEIGHTS,
  autonomyFromNames,
  type CaseFacts,
  type ReasonCode,
  type RegionCode,
} from '../domain/match';
import { profileFigures, type CountyProfile } from '../domain/profile-figures';
import type { SingleParam } from '../url/match-state';
import { withBase } from '../url/routes';
import { AUTONOMY_MARKERS } from '../i18n/place-names';
import { t, type UiKey } from '../i18n/ui';

const label = (key: string) => t(key as UiKey);

export interface MatchCaseInput {
  id: string;
  data: CaseData;
  lesson: Lesson;
  /** The county profile, when the build has one: population, urbanisation, autonomy. */
  profile?: CountyProfile | undefined;
}

export function regionCode(region: CaseData['region']): RegionCode {
  return REGION_CODES[REGIONS.indexOf(region)]!;
}

/** What the scoring rules know of a case. */
export function caseFacts({ id, data, lesson, profile }: MatchCaseInput): CaseFacts {
  const byName = autonomyFromNames(data, AUTONOMY_MARKERS);
  // The profile's recorded status (checked against the official name) wins over the reading of
  // names; a county it says is not autonomous may still lie in an autonomous prefecture.
  const autonomy =
    profile?.data.autonomous === true ? 'county' : profile && byName === 'county' ? 'none' : byName;
  const figures = profile ? profileFigures(profile) : undefined;
  return {
    id,
    setting: data.setting,
    region: regionCode(data.region),
    autonomy,
    population: figures?.population.value ?? null,
    urbanRate: figures?.urbanisationRate.value ?? null,
    problems: [...new Set(lesson.problem.statements.flatMap((s) => s.codes))],
    fiscal: lesson.fit.fiscal,
    prerequisites: lesson.fit.prerequisites,
  };
}

const options = <T extends string>(codes: readonly T[], prefix: string) =>
  codes.map((code) => ({ code, label: label(`${prefix}.${code}`) }));

/** Labels for the codes a reason names, by reason code. */
const REASON_VALUES: Record<ReasonCode, keyof ValueLabels> = {
  setting_same: 'setting',
  setting_adjacent: 'setting',
  setting_far: 'setting',
  region_same: 'region',
  region_differs: 'region',
  autonomy_same: 'autonomy',
  autonomy_partial: 'autonomy',
  autonomy_differs: 'autonomy',
  autonomy_unknown: 'autonomy',
  population_same: 'pop',
  population_adjacent: 'pop',
  population_differs: 'pop',
  population_unknown: 'pop',
  urban_same: 'urban',
  urban_adjacent: 'urban',
  urban_differs: 'urban',
  urban_unknown: 'urban',
  problems_shared: 'problem',
  problems_not_addressed: 'problem',
  budget_within: 'fiscal',
  budget_over: 'fiscal',
  needs_prerequisites: 'prerequisite',
};

export interface ValueLabels {
  setting: Record<string, string>;
  region: Record<string, string>;
  autonomy: Record<string, string>;
  /** The form's words for the reader's own autonomy status, for the gap messages. */
  autonomyOption: Record<string, string>;
  pop: Record<string, string>;
  urban: Record<string, string>;
  problem: Record<string, string>;
  fiscal: Record<string, string>;
  prerequisite: Record<string, string>;
}

/** What the island reads from the page: facts and every word it writes. */
export interface MatchConfig {
  facts: CaseFacts[];
  names: Record<string, string>;
  values: ValueLabels;
  reasonValues: Record<ReasonCode, keyof ValueLabels>;
  /** Reason and notice templates, closeness words and the other lines the island fills. */
  text: Record<string, string>;
  /** Form-field names of the URL parameters, for notices. */
  params: Record<SingleParam | 'problem', string>;
}

const dict = (entries: Array<{ code: string; label: string }>) =>
  Object.fromEntries(entries.map((e) => [e.code, e.label]));

export function matchPage(input: MatchCaseInput[]) {
  const facts = input.map(caseFacts);
  const settingLabel = (s: Setting) => SETTINGS[s].zh;
  const problemCounts = new Map(
    PROBLEM_CODES.map((code) => [code, facts.filter((f) => f.problems.includes(code)).length]),
  );
  const form = {
    setting: SETTING_ORDER.map((code) => ({ code, label: settingLabel(code) })),
    region: options(REGION_CODES, 'match.region'),
    pop: options(POPULATION_BANDS, 'match.pop'),
    autonomy: options(AUTONOMY_CODES, 'match.autonomy'),
    urban: options(URBAN_BANDS, 'match.urban'),
    budget: FISCAL_BANDS.map((code) => ({
      code,
      label: t('match.budgetOption', {
        band: label(`lesson.fiscal.${code}`),
        text: label(`lesson.fiscalText.${code}`),
      }),
    })),
    problems: PROBLEM_CODES.map((code) => ({
      code,
      label: t('match.problemCount', {
        label: label(`lesson.problemCode.${code}`),
        count: problemCounts.get(code) ?? 0,
      }),
    })),
  };

  const values: ValueLabels = {
    setting: dict(form.setting),
    region: dict(form.region),
    autonomy: dict(options(AUTONOMY_CODES, 'match.autonomyCase')),
    autonomyOption: dict(form.autonomy),
    pop: dict(form.pop),
    urban: dict(form.urban),
    problem: dict(options(PROBLEM_CODES, 'lesson.problemCode')),
    fiscal: dict(options(FISCAL_BANDS, 'lesson.fiscal')),
    prerequisite: dict(options(PREREQUISITE_CODES, 'lesson.prerequisite')),
  };

  const items = input.map(({ id, data, lesson }) => ({
    id,
    county: data.county,
    place: `${data.province} · ${data.prefecture} · ${data.region}`,
    model: data.model.name,
    approach: lesson.approach,
    fit: t('match.fitLine', {
      setting: settingLabel(data.setting),
      scale: label(`lesson.scale.${lesson.fit.scale}`),
      fiscal: label(`lesson.fiscal.${lesson.fit.fiscal}`),
    }),
    prerequisites: lesson.fit.prerequisites.map((p) => values.prerequisite[p]!),
    href: withBase(`cases/${id}/`),
    lessonsHref: withBase(`cases/${id}/#lessons`),
  }));

  const settingCounts = Object.fromEntries(
    SETTING_ORDER.map((s) => [s, facts.filter((f) => f.setting === s).length]),
  ) as Record<Setting, number>;
  const sep = t('list.separator');
  const regionLine = t('match.coverageRegions', {
    list: REGION_CODES.map((r) =>
      t('match.coverageCount', {
        label: values.region[r]!,
        count: facts.filter((f) => f.region === r).length,
      }),
    ).join(sep),
  });

  const rules = [
    t('match.rule.setting', { same: WEIGHTS.setting, adjacent: WEIGHTS.settingAdjacent }),
    t('match.rule.problem', { points: WEIGHTS.problem }),
    t('match.rule.budget', { within: WEIGHTS.budget, over: WEIGHTS.budgetOverPerBand }),
    t('match.rule.region', { points: WEIGHTS.region }),
    t('match.rule.autonomy', { same: WEIGHTS.autonomy, partial: WEIGHTS.autonomyPartial }),
    t('match.rule.population', { same: WEIGHTS.population, adjacent: WEIGHTS.populationAdjacent }),
    t('match.rule.urban', { same: WEIGHTS.urban, adjacent: WEIGHTS.urbanAdjacent }),
    t('match.rule.closeness', {
      close: Math.round(CLOSENESS.close * 100),
      partial: Math.round(CLOSENESS.partial * 100),
    }),
    t('match.rule.reading'),
    t('match.rule.data', {
      population: facts.filter((f) => f.population !== null).length,
      urban: facts.filter((f) => f.urbanRate !== null).length,
    }),
  ];

  const textKeys = [
    'match.unranked',
    'match.ranked',
    'match.rank',
    'match.score',
    'match.closeness.close',
    'match.closeness.partial',
    'match.closeness.far',
    'match.matches',
    'match.differences',
    'match.unknowns',
    'match.needs',
    'match.compare',
    'match.gap.no_setting',
    'match.gap.no_setting_in_region',
    'match.gap.no_autonomy',
    'match.gap.no_population',
    'match.gap.no_urban',
    'match.gap.no_budget',
    'match.notice.bad_value',
    'match.notice.repeated',
    'match.notice.unknown_params',
    'list.separator',
    ...(Object.keys(REASON_VALUES) as ReasonCode[]).map((code) => `match.reason.${code}`),
  ];
  const config: MatchConfig = {
    facts,
    names: Object.fromEntries(input.map(({ id, data }) => [id, data.shortName])),
    values,
    reasonValues: REASON_VALUES,
    text: Object.fromEntries(textKeys.map((key) => [key, label(key)])),
    params: {
      setting: t('match.setting'),
      region: t('match.region'),
      pop: t('match.population'),
      autonomy: t('match.autonomy'),
      urban: t('match.urban'),
      budget: t('match.budget'),
      problem: t('match.problems'),
    },
  };

  return { form, items, settingCounts, regionLine, rules, config, count: input.length };
}
export type MatchPage = ReturnType<typeof matchPage>;
