/**
 * A case's 借鉴要点 and dates in words: every code labelled, every linked metric resolved to the
 * case's figure (value, scope, its category). Pure. The case page renders `lessonView`; the
 * comparison and the exports read `lessonRow`, one flat record of strings per case, so every
 * place says the same thing in the same words. Lives in i18n because views and exports share it.
 */
import type { CaseData } from '../schemas/case';
import { SETTINGS } from '../schemas/case';
import type { Metric } from '../schemas/metric';
import type { Source } from '../schemas/source';
import { metricDefinition } from '../schemas/metric-vocabulary';
import {
  INPUT_KINDS,
  NOT_REPORTED,
  type InputKind,
  type Lesson,
  type PracticePeriod,
} from '../schemas/lesson';
import { formatMetricValue, formatScope, metricLabel } from './format';
import { t, type UiKey } from './ui';
import { sourceDateLabel } from './citation';

export interface FigureView {
  key: string;
  label: string;
  /** "≥300 万元（全县）": the case's own figure with its qualifier and scope. */
  text: string;
  /** Category of the figure in the metric vocabulary: where the data table lists it. */
  category: string;
}

export interface DatesView {
  /** Period of the practice in words: "2017年以来（2017年起）", or that the source does not say. */
  period: string;
  /** Short form for cards and tables. */
  periodShort: string;
  /** kind of the period: stated, relative or not-stated. */
  periodKind: PracticePeriod['kind'];
  /** First year, when the source states one. */
  from: number | null;
  /** The verbatim clauses dating the practice, or hinting at its time, with our notes. */
  evidence: Array<{ quote: string; note?: string | undefined }>;
  /** As-of line from the source records' publication dates. */
  asOf: string;
  asOfShort: string;
  /** Publication date (YYYY-MM-DD) behind the as-of line; null when no source record gives one. */
  asOfDate: string | null;
}

export interface LessonView {
  dates: DatesView;
  problem: {
    summary: string;
    statements: Array<{ quote: string; kind: string; codes: string[] }>;
  };
  approach: string;
  inputs: Array<{
    kind: InputKind;
    label: string;
    /** null: the source says nothing of this input. */
    items: Array<{ text: string; figure?: FigureView; quote?: string }> | null;
  }>;
  results: {
    /** The source reports nothing at all. */
    none: boolean;
    /** The source reports no outcome figure (outputs or claims only). */
    noOutcome: boolean;
    items: Array<{ kind: string; quote: string; text?: string; figure?: FigureView }>;
  };
  reading: { conditions: string[]; risks: string[] };
  fit: {
    setting: string;
    scale: string;
    scaleNote: string;
    fiscal: string;
    fiscalBasis: string;
    fiscalNote: string;
    prerequisites: string[];
  };
}

/** The practice period and the as-of line of a case. */
export function datesView(lesson: Lesson, sources: readonly Source[]): DatesView {
  const period = lesson.period;
  // The latest dated source; its date carries its basis (printed on the page, or read from the URL).
  const dated = sources
    .filter((s) => s.published !== undefined)
    .sort((a, b) => b.published!.localeCompare(a.published!))[0];
  const asOfDate = dated?.published ?? null;
  const asOf = dated ? t('asOf.dated', { date: sourceDateLabel(dated) }) : t('asOf.none');
  const asOfShort = asOfDate ? t('asOf.short.dated', { date: asOfDate }) : t('asOf.short.none');
  const base = { asOf, asOfShort, asOfDate, periodKind: period.kind };
  if (period.kind === 'stated') {
    return {
      ...base,
      period: t('period.stated', { label: period.label, from: period.from }),
      periodShort: period.label,
      from: period.from,
      evidence: period.evidence,
    };
  }
  if (period.kind === 'relative') {
    return {
      ...base,
      period: t('period.relative', { label: period.label }),
      periodShort: period.label,
      from: null,
      evidence: period.evidence,
    };
  }
  return {
    ...base,
    period: t('period.notStated'),
    periodShort: t('period.short.notStated'),
    from: null,
    evidence: period.clues,
  };
}

function figure(metrics: readonly Metric[], key: string | undefined): FigureView | undefined {
  if (key === undefined) return undefined;
  const found = metrics.filter((m) => m.key === key);
  if (found.length === 0) return undefined;
  return {
    key,
    label: metricLabel(key),
    text: found
      .map((m) => t('lesson.figure', { value: formatMetricValue(m), scope: formatScope(m.scope) }))
      .join(t('list.separator')),
    category: metricDefinition(key)?.category ?? '',
  };
}

const label = (key: string) => t(key as UiKey);

/** The whole block for one case. */
export function lessonView(
  lesson: Lesson,
  data: Pick<CaseData, 'metrics' | 'setting'>,
  sources: readonly Source[],
): LessonView {
  const results = lesson.results === NOT_REPORTED ? [] : lesson.results;
  return {
    dates: datesView(lesson, sources),
    problem: {
      summary: lesson.problem.summary,
      statements: lesson.problem.statements.map((s) => ({
        quote: s.quote,
        kind: label(`lesson.statementKind.${s.kind}`),
        codes: s.codes.map((c) => label(`lesson.problemCode.${c}`)),
      })),
    },
    approach: lesson.approach,
    inputs: INPUT_KINDS.map((kind) => {
      const list = lesson.inputs[kind];
      return {
        kind,
        label: label(`lesson.input.${kind}`),
        items:
          list === NOT_REPORTED
            ? null
            : list.map((item) => ({
                text: item.text,
                ...(item.metric ? { figure: figure(data.metrics, item.metric)! } : {}),
                ...(item.quote ? { quote: item.quote } : {}),
              })),
      };
    }),
    results: {
      none: results.length === 0,
      noOutcome: results.length > 0 && !results.some((r) => r.kind === 'outcome'),
      items: results.map((r) => ({
        kind: label(`lesson.resultKind.${r.kind}`),
        quote: r.quote,
        ...(r.text ? { text: r.text } : {}),
        ...(r.metric ? { figure: figure(data.metrics, r.metric)! } : {}),
      })),
    },
    reading: lesson.reading,
    fit: {
      setting: SETTINGS[data.setting].zh,
      scale: label(`lesson.scale.${lesson.fit.scale}`),
      scaleNote: lesson.fit.scaleNote,
      fiscal: `${label(`lesson.fiscal.${lesson.fit.fiscal}`)}${t('list.colon')}${label(`lesson.fiscalText.${lesson.fit.fiscal}`)}`,
      fiscalBasis: label(`lesson.fiscalBasis.${lesson.fit.fiscalBasis}`),
      fiscalNote: lesson.fit.fiscalNote,
      prerequisites: lesson.fit.prerequisites.map((p) => label(`lesson.prerequisite.${p}`)),
    },
  };
}

/**
 * One flat record of strings per case for tables: the comparison's 借鉴要点 rows and lessons.csv.
 * Lists are joined with the locale's separator; quotes keep their 「」 marks.
 */
export interface LessonRow {
  periodKind: PracticePeriod['kind'];
  period: string;
  periodFrom: number | null;
  periodEvidence: string;
  asOf: string;
  problem: string;
  problemQuotes: string;
  problemCodes: string;
  problemLabels: string;
  approach: string;
  money: string;
  staff: string;
  facilities: string;
  time: string;
  results: string;
  conditions: string;
  risks: string;
  setting: string;
  settingLabel: string;
  scale: string;
  scaleLabel: string;
  fiscal: string;
  fiscalLabel: string;
  fiscalBasis: string;
  fiscalBasisLabel: string;
  prerequisites: string;
  prerequisiteLabels: string;
}

export function lessonRow(
  lesson: Lesson,
  data: Pick<CaseData, 'metrics' | 'setting'>,
  sources: readonly Source[],
): LessonRow {
  const view = lessonView(lesson, data, sources);
  const sep = t('list.separator');
  const q = (text: string) => t('lesson.quote', { text });
  const input = (kind: InputKind) => {
    const items = view.inputs.find((i) => i.kind === kind)!.items;
    if (items === null) return t('lesson.notReported');
    return items
      .map((item) =>
        item.figure ? `${item.text}${t('list.colon')}${item.figure.text}` : item.text,
      )
      .join(t('list.semicolon'));
  };
  const problemCodes = [...new Set(lesson.problem.statements.flatMap((s) => s.codes))];
  return {
    periodKind: view.dates.periodKind,
    period: view.dates.period,
    periodFrom: view.dates.from,
    periodEvidence: view.dates.evidence.map((e) => q(e.quote)).join(sep),
    asOf: view.dates.asOf,
    problem: view.problem.summary,
    problemQuotes: view.problem.statements.map((s) => q(s.quote)).join(sep),
    problemCodes: problemCodes.join(' '),
    problemLabels: problemCodes.map((c) => label(`lesson.problemCode.${c}`)).join(sep),
    approach: view.approach,
    money: input('money'),
    staff: input('staff'),
    facilities: input('facilities'),
    time: input('time'),
    results: view.results.none
      ? t('lesson.resultsNone')
      : view.results.items.map((r) => `${r.kind}${t('list.colon')}${q(r.quote)}`).join(sep),
    conditions: view.reading.conditions.join(t('list.semicolon')),
    risks: view.reading.risks.join(t('list.semicolon')),
    setting: data.setting,
    settingLabel: view.fit.setting,
    scale: lesson.fit.scale,
    scaleLabel: view.fit.scale,
    fiscal: lesson.fit.fiscal,
    fiscalLabel: view.fit.fiscal,
    fiscalBasis: lesson.fit.fiscalBasis,
    fiscalBasisLabel: view.fit.fiscalBasis,
    prerequisites: lesson.fit.prerequisites.join(' '),
    prerequisiteLabels: view.fit.prerequisites.join(sep),
  };
}
