/**
 * Build-time side of the comparison tool: the small picker index and one file per case that the
 * compare page fetches (/data/compare/index.json, /data/compare/<id>.json). Kept apart from
 * comparability.ts because it reads the schema modules (and so zod), which must not reach the
 * browser. Nothing here grows the compare page itself: the page carries only the ids of its
 * example comparison.
 */
import { MECHANISM_CATEGORIES, type Mechanism, type MechanismCategory } from '../schemas/mechanism';
import type { CaseData } from '../schemas/case';
import type { Source } from '../schemas/source';
import type {
  CompareCase,
  ExampleCandidate,
  LessonItem,
  LessonRowKey,
} from '../domain/comparability';
import type { ContextFigure, FigureSource } from '../domain/normalise';
import type { CountyProfile } from '../domain/profile-figures';
import type { NotFound, NumberFigure } from '../schemas/profile';
import { t } from '../i18n/ui';
import { caseName } from '../i18n/scale';
import { lessonView, type LessonView } from '../i18n/lesson-format';
import type { Lesson } from '../schemas/lesson';

/** Version of the two file formats; a reader of an older page sees a notice, not garbage. */
export const COMPARE_DATA_VERSION = 1;

/** Columns of the picker index, one array per case, in this order. */
export const INDEX_FIELDS = ['id', 'county', 'shortName', 'model', 'province', 'setting'] as const;
export type IndexRow = [
  id: string,
  county: string,
  /** Empty when it is the county's name. */
  shortName: string,
  model: string,
  province: string,
  setting: string,
];

export interface CompareIndexFile {
  v: number;
  fields: typeof INDEX_FIELDS;
  rows: IndexRow[];
}

export interface CompareCaseFile {
  v: number;
  case: CompareCase;
}

/**
 * What a county profile contributes to the comparison, however the profile file is shaped: the
 * profiles' own helper maps into this. Kept small so the comparison does not depend on it.
 */
export interface ProfileForCompare {
  figures: ContextFigure[];
}

/** What a case's lessons contribute: items per row (the lessons' helper maps into this). */
export type LessonsForCompare = Partial<Record<LessonRowKey, LessonItem[]>>;

export interface CaseExtras {
  profile?: ProfileForCompare | undefined;
  lessons?: LessonsForCompare | undefined;
  /** The practice period in words (from the lessons), replacing the case's own label. */
  period?: string | undefined;
  /** The case's source publication date (as-of), as given, e.g. "2019-07-15" or "2019". */
  asOf?: string | undefined;
}

const FAMILY_ORDER = Object.keys(MECHANISM_CATEGORIES) as MechanismCategory[];

function figureSource(source: Source): FigureSource {
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher,
    url: source.url,
    date: source.published,
  };
}

/** The first four-digit year in a date as given ("2019-07-15", "2019-07"). */
export function yearOf(date: string | undefined): number | undefined {
  const match = date?.match(/(?:^|\D)(\d{4})(?!\d)/);
  return match ? Number(match[1]) : undefined;
}

/** One case as the compare page fetches it. */
export function toCompareCase(
  id: string,
  data: CaseData,
  mechanisms: readonly Mechanism[],
  sources: readonly Source[],
  extras: CaseExtras = {},
): CompareCase {
  const byId = new Map(mechanisms.map((m, order) => [m.id, { m, order }]));
  const cited = new Set([...data.metrics.map((m) => m.source), ...data.sources]);
  // As of the latest publication date among the case's sources.
  const dates = sources
    .filter((s) => data.sources.includes(s.id))
    .flatMap((s) => s.published ?? []);
  const asOf = extras.asOf ?? [...dates].sort().at(-1);
  const asOfYear = yearOf(asOf);
  return {
    id,
    county: data.county,
    // The column label: which case of the county, when it has several.
    shortName: caseName(data),
    province: data.province,
    prefecture: data.prefecture,
    region: data.region,
    setting: data.setting,
    model: { name: data.model.name, tagline: data.model.tagline },
    period: extras.period ?? data.period?.label,
    asOf: asOf && asOfYear !== undefined ? { date: asOf, year: asOfYear } : undefined,
    parts: data.parts.map((p) => ({ id: p.id, name: p.name })),
    tiers: data.tiers.map((t) => ({ name: t.name, levels: t.levels })),
    mechanisms: data.mechanisms.flatMap((use) => {
      const known = byId.get(use.id);
      if (!known) return [];
      return [
        {
          id: use.id,
          name: known.m.name,
          category: known.m.category,
          categoryOrder: FAMILY_ORDER.indexOf(known.m.category),
          categoryName: MECHANISM_CATEGORIES[known.m.category].zh,
          order: known.order,
          evidence: use.evidence,
        },
      ];
    }),
    metrics: data.metrics.map((m) => ({
      key: m.key,
      value: m.value,
      qualifier: m.qualifier,
      unit: m.unit,
      scope: m.scope,
      period: m.period,
      source: m.source,
      quote: m.quote,
      note: m.note,
    })),
    context: extras.profile?.figures ?? [],
    lessons: extras.lessons ?? {},
    sources: sources.filter((s) => cited.has(s.id)).map(figureSource),
  };
}

/** A figure read in a public source (population, land area), or its not-found record. */
function readFigure(
  key: ContextFigure['key'],
  figure: NumberFigure | NotFound,
  unit: string,
): ContextFigure {
  if (figure.status === 'not-found') {
    return { key, value: null, unit, qualifier: 'exact', note: figure.note };
  }
  const { source } = figure;
  return {
    key,
    value: figure.value,
    unit: figure.unit,
    qualifier: 'exact',
    year: figure.year,
    quote: source.quote,
    note: source.note,
    source: {
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      url: source.url,
      date: source.published,
    },
  };
}

/**
 * The county context rows of a case from its profile: population and area as read in their
 * sources, township- and village-level divisions as counted from the division registry.
 */
export function compareContext(profile: CountyProfile): ContextFigure[] {
  const { data, counts } = profile;
  const registry: FigureSource = {
    id: 'division-registry',
    title: data.registry.vintage,
    publisher: profile.registryLabel,
    date: data.registry.asOf,
  };
  const year = yearOf(data.registry.asOf);
  const unit = t('compare.context.unitCount');
  return [
    readFigure('population', data.population, t('compare.context.unitPersons')),
    readFigure('area', data.areaKm2, t('compare.context.unitArea')),
    {
      key: 'townships',
      value: counts.townships,
      unit,
      qualifier: 'exact',
      year,
      source: registry,
      detail: t('compare.context.townshipsDetail', {
        subdistricts: counts.subdistricts,
        towns: counts.towns,
        xiang: counts.xiang,
      }),
    },
    {
      key: 'villages',
      value: counts.villageLevel,
      unit,
      qualifier: 'exact',
      year,
      source: registry,
      detail: t('compare.context.villagesDetail', {
        villages: counts.villages,
        communities: counts.communities,
      }),
    },
  ];
}

/**
 * The lessons block of a case as the comparison's rows: the source's words quoted, the
 * casebook's reading marked as such, a missing input or result said plainly.
 */
export function compareLessons(view: LessonView): LessonsForCompare {
  const colon = t('compare.list.colon');
  const withFigure = (text: string, figure: { text: string } | undefined) =>
    figure ? t('compare.lessons.withFigure', { text, figure: figure.text }) : text;
  return {
    problem: [
      { text: view.problem.summary },
      ...view.problem.statements.map((s) => ({ text: s.kind, quote: s.quote })),
    ],
    approach: [{ text: view.approach }],
    inputs: view.inputs.flatMap((input) =>
      input.items === null
        ? [{ text: `${input.label}${colon}${t('compare.lessons.notReported')}` }]
        : input.items.map((item) => ({
            text: `${input.label}${colon}${withFigure(item.text, item.figure)}`,
            quote: item.quote,
          })),
    ),
    results: view.results.none
      ? [{ text: t('compare.lessons.noResults') }]
      : view.results.items.map((r) => ({
          text: r.text ? `${r.kind}${colon}${withFigure(r.text, r.figure)}` : r.kind,
          quote: r.quote,
        })),
    conditions: [
      ...view.reading.conditions.map((text) => ({
        text: t('compare.lessons.condition', { text }),
        reading: true,
      })),
      ...view.reading.risks.map((text) => ({
        text: t('compare.lessons.risk', { text }),
        reading: true,
      })),
    ],
    fit: [
      { text: t('compare.lessons.fitSetting', { setting: view.fit.setting }) },
      { text: t('compare.lessons.fitScale', { scale: view.fit.scale, note: view.fit.scaleNote }) },
      { text: t('compare.lessons.fitFiscal', { fiscal: view.fit.fiscal }) },
      ...view.fit.prerequisites.map((p) => ({ text: t('compare.lessons.fitNeeds', { need: p }) })),
    ],
  };
}

/** The picker index: a row of short strings per case, in casebook order. */
export function compareIndex(
  cases: ReadonlyArray<{ id: string; data: CaseData }>,
): CompareIndexFile {
  return {
    v: COMPARE_DATA_VERSION,
    fields: INDEX_FIELDS,
    rows: cases.map(({ id, data }) => [
      id,
      data.county,
      caseName(data) === data.county ? '' : caseName(data),
      data.model.name,
      data.province,
      data.setting,
    ]),
  };
}

/** What the example choice reads of each case. */
export function exampleCandidates(
  cases: ReadonlyArray<{ id: string; data: CaseData }>,
): ExampleCandidate[] {
  return cases.map(({ id, data }) => ({ id, keys: data.metrics.map((m) => m.key) }));
}

/** Everything the compare files hold of one case, from what the casebook loader returns. */
export function compareCaseOf(
  entry: { id: string; data: CaseData },
  casebook: {
    mechanisms: readonly Mechanism[];
    sources: readonly Source[];
    profile: CountyProfile | undefined;
    lesson: Lesson | undefined;
  },
): CompareCase {
  const own = casebook.sources.filter((s) => entry.data.sources.includes(s.id));
  const view = casebook.lesson && lessonView(casebook.lesson, entry.data, own);
  return toCompareCase(entry.id, entry.data, casebook.mechanisms, casebook.sources, {
    profile: casebook.profile && { figures: compareContext(casebook.profile) },
    lessons: view && compareLessons(view),
    period: view?.dates.period,
  });
}
