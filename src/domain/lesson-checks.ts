/**
 * Checks between the lessons (content/lessons/<caseId>.yaml) and the cases that zod cannot do on
 * one file: every case has exactly one lesson and every lesson a case, every metric a lesson
 * links to is a figure of that case, and the lesson's period agrees with the case's own. Pure.
 */
import type { CaseData } from '../schemas/case';
import { INPUT_KINDS, NOT_REPORTED, type Lesson } from '../schemas/lesson';

export type LessonIssueCode =
  | 'missing-lesson'
  | 'orphan-lesson'
  | 'unknown-metric'
  | 'input-without-evidence'
  | 'period-contradicts-case'
  | 'period-label-differs';

export interface LessonIssue {
  /** File the issue is in, relative to the repository root. */
  file: string;
  /** Dotted field path, or null for the file as a whole (missing or misnamed). */
  path: string | null;
  code: LessonIssueCode;
  /** What the message names, in the order src/i18n/lesson-messages.ts reads them. */
  values: string[];
}

export interface LessonInput {
  /** Case id the lesson belongs to: its file name. */
  id: string;
  file: string;
  data: Lesson;
}

export interface LessonCheckInput {
  cases: Array<{ id: string; file: string; data: Pick<CaseData, 'metrics' | 'period'> }>;
  lessons: LessonInput[];
  /**
   * Ids of every lesson file present, valid or not (default: the ids of `lessons`): a case whose
   * lesson failed its schema is reported there, not as missing a lesson.
   */
  lessonFileIds?: Iterable<string>;
  /** Folder the lessons live in, for the message about a missing one (content/lessons). */
  lessonDir: string;
}

export function checkLessons(input: LessonCheckInput): LessonIssue[] {
  const problems: LessonIssue[] = [];
  const lessons = new Map(input.lessons.map((lesson) => [lesson.id, lesson]));
  const cases = new Set(input.cases.map((entry) => entry.id));
  const present = new Set(input.lessonFileIds ?? lessons.keys());

  for (const entry of input.cases) {
    if (!present.has(entry.id)) {
      problems.push({
        file: entry.file,
        path: null,
        code: 'missing-lesson',
        values: [entry.id, input.lessonDir],
      });
    }
  }

  for (const lesson of input.lessons) {
    const add = (path: string | null, code: LessonIssueCode, values: string[] = []) =>
      problems.push({ file: lesson.file, path, code, values });
    if (!cases.has(lesson.id)) {
      add(null, 'orphan-lesson', [lesson.id]);
      continue;
    }
    const entry = input.cases.find((c) => c.id === lesson.id)!;
    const keys = new Set(entry.data.metrics.map((m) => m.key));
    const checkMetric = (path: string, key: string | undefined) => {
      if (key !== undefined && !keys.has(key)) {
        add(path, 'unknown-metric', [key, entry.file]);
      }
    };
    for (const kind of INPUT_KINDS) {
      const list = lesson.data.inputs[kind];
      if (list === NOT_REPORTED) continue;
      list.forEach((item, i) => {
        checkMetric(`inputs.${kind}.${i}.metric`, item.metric);
        if (item.metric === undefined && item.quote === undefined) {
          add(`inputs.${kind}.${i}`, 'input-without-evidence');
        }
      });
    }
    if (lesson.data.results !== NOT_REPORTED) {
      lesson.data.results.forEach((item, i) => checkMetric(`results.${i}.metric`, item.metric));
    }

    const stated = entry.data.period;
    const period = lesson.data.period;
    if (stated && (period.kind !== 'stated' || period.from !== stated.from)) {
      add('period', 'period-contradicts-case', [stated.label, String(stated.from)]);
    } else if (stated && period.kind === 'stated' && period.label !== stated.label) {
      add('period.label', 'period-label-differs', [period.label, stated.label]);
    }
  }
  return problems;
}

/** Every verbatim quote of a lesson with its field path, for the test that finds it in the source. */
export function lessonQuotes(lesson: Lesson): Array<{ path: string; quote: string }> {
  const out: Array<{ path: string; quote: string }> = [];
  const period = lesson.period;
  const periodEvidence = period.kind === 'not-stated' ? period.clues : period.evidence;
  const periodField = period.kind === 'not-stated' ? 'clues' : 'evidence';
  periodEvidence.forEach((e, i) =>
    out.push({ path: `period.${periodField}.${i}.quote`, quote: e.quote }),
  );
  lesson.problem.statements.forEach((s, i) =>
    out.push({ path: `problem.statements.${i}.quote`, quote: s.quote }),
  );
  for (const kind of INPUT_KINDS) {
    const list = lesson.inputs[kind];
    if (list === NOT_REPORTED) continue;
    list.forEach((item, i) => {
      if (item.quote) out.push({ path: `inputs.${kind}.${i}.quote`, quote: item.quote });
    });
  }
  if (lesson.results !== NOT_REPORTED) {
    lesson.results.forEach((r, i) => out.push({ path: `results.${i}.quote`, quote: r.quote }));
  }
  return out;
}
