/**
 * View models of the teaching features: the one-page handout and the teaching notes page.
 * Pure: it picks and orders what a page shows; words come from src/i18n/.
 */
import type { CaseData } from '../schemas/case';
import type { Metric } from '../schemas/metric';
import type { Lesson } from '../schemas/lesson';
import { NOT_REPORTED } from '../schemas/lesson';
import type { Teaching } from '../schemas/teaching';
import type { ProfileView } from './profile';
import { QUALIFIER_LABELS, formatMetricValue, formatScope, metricLabel } from '../i18n/format';

/** One figure as printed: label, value with its sign, qualifier in words and scope. */
export interface FigureLine {
  key: string;
  label: string;
  value: string;
  qualifier: string;
  scope: string;
}

export function figureLine(metric: Metric): FigureLine {
  return {
    key: metric.key,
    label: metricLabel(metric.key),
    value: formatMetricValue(metric),
    qualifier: QUALIFIER_LABELS[metric.qualifier].zh,
    scope: formatScope(metric.scope),
  };
}

/** Most figures a handout prints; fewer only when the case has fewer. */
export const HANDOUT_FIGURES = 5;

/**
 * The handout's key figures, at most five: first those the teaching questions use, then those the
 * lessons cite as inputs or results, then the rest in the case's order. A case with fewer figures
 * prints all it has (dayu has two).
 */
export function keyFigures(data: Pick<CaseData, 'metrics'>, lesson: Lesson, notes: Teaching) {
  const fromLesson = [
    ...Object.values(lesson.inputs).flatMap((list) =>
      list === NOT_REPORTED ? [] : list.map((item) => item.metric),
    ),
    ...(lesson.results === NOT_REPORTED ? [] : lesson.results.map((r) => r.metric)),
  ];
  const order = [...notes.questions.flatMap((q) => q.metrics), ...fromLesson].filter(
    (key): key is string => typeof key === 'string',
  );
  const byKey = new Map(data.metrics.map((m) => [m.key, m]));
  const keys = [...new Set([...order, ...data.metrics.map((m) => m.key)])].filter((key) =>
    byKey.has(key),
  );
  return keys.slice(0, HANDOUT_FIGURES).map((key) => figureLine(byKey.get(key)!));
}

/** The county profile in one line: the found figures of population, area and divisions. */
export function profileLine(view: ProfileView | undefined): string | undefined {
  if (!view) return undefined;
  const rows = view.rows.filter(
    (row) => !row.notFound && ['population', 'area', 'townships', 'villages'].includes(row.key),
  );
  return rows
    .map((row) => `${row.label} ${row.value}${row.year ? `（${row.year}）` : ''}`)
    .join('；');
}

/** The two questions a student handout carries: the first two of the teaching notes. */
export function handoutQuestions(notes: Teaching): string[] {
  return notes.questions.slice(0, 2).map((q) => q.question);
}

/** Everything a downloaded Word or PowerPoint file of one case holds, in reading order. */
export interface CaseDocument {
  id: string;
  county: string;
  place: string;
  model: string;
  tagline: string;
  summary: string;
  profile: string | undefined;
  parts: Array<{ name: string; summary: string; mechanisms: string[] }>;
  tiers: Array<{ name: string; levels: string[]; note: string | undefined }>;
  keyFigures: FigureLine[];
  figures: Array<FigureLine & { quote: string; unit: string; number: number }>;
  mechanisms: Array<{ name: string; evidence: string; quote: string | undefined }>;
  lessons: { approach: string; conditions: string[]; risks: string[] };
  handoutQuestions: string[];
  questions: string[];
  /** GB/T 7714 citation of the source article and of the case page. */
  sourceCitation: string;
  pageCitation: string;
  /** The case page's address, or its path when the build has no site URL. */
  address: string;
}

export function caseDocument(input: {
  id: string;
  data: CaseData;
  lesson: Lesson;
  notes: Teaching;
  profile: ProfileView | undefined;
  mechanismName: (id: string) => string;
  sourceCitation: string;
  pageCitation: string;
  address: string;
}): CaseDocument {
  const { data, lesson, notes } = input;
  const evidence = new Map(data.mechanisms.map((m) => [m.id, m]));
  return {
    id: input.id,
    county: data.county,
    place: `${data.province}${data.prefecture}`,
    model: data.model.name,
    tagline: data.model.tagline,
    summary: data.summary,
    profile: profileLine(input.profile),
    parts: data.parts.map((part) => ({
      name: part.name,
      summary: part.summary,
      mechanisms: part.mechanisms.map(input.mechanismName),
    })),
    tiers: data.tiers.map((chain) => ({
      name: chain.name,
      levels: chain.levels,
      note: chain.note,
    })),
    keyFigures: keyFigures(data, lesson, notes),
    figures: data.metrics.map((m) => ({
      ...figureLine(m),
      quote: m.quote,
      unit: m.unit,
      number: m.value,
    })),
    mechanisms: [...evidence.values()].map((m) => ({
      name: input.mechanismName(m.id),
      evidence: m.evidence,
      quote: m.quote,
    })),
    lessons: {
      approach: lesson.approach,
      conditions: lesson.reading.conditions,
      risks: lesson.reading.risks,
    },
    handoutQuestions: handoutQuestions(notes),
    questions: data.questions,
    sourceCitation: input.sourceCitation,
    pageCitation: input.pageCitation,
    address: input.address,
  };
}

/**
 * The figures a deck may draw as one bar chart: only figures of one unit, the unit most of the
 * key figures share (bars of different units on one axis would mislead). Empty below two bars.
 */
export function chartFigures(doc: CaseDocument): CaseDocument['figures'] {
  const counts = new Map<string, number>();
  for (const f of doc.figures) counts.set(f.unit, (counts.get(f.unit) ?? 0) + 1);
  const keyUnits = doc.keyFigures.map((k) => doc.figures.find((f) => f.key === k.key)!.unit);
  const unit = [...new Set([...keyUnits, ...counts.keys()])].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0),
  )[0];
  const same = doc.figures.filter((f) => f.unit === unit && !unit?.includes('N'));
  return same.length >= 2 ? same.slice(0, 8) : [];
}
