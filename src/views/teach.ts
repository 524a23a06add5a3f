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
 * prints all it has (大余 has two).
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
