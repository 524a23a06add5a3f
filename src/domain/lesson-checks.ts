/**
 * Checks between the lessons (content/lessons/<caseId>.yaml) and the cases that zod cannot do on
 * one file: every case has exactly one lesson and every lesson a case, every metric a lesson
 * links to is a figure of that case, and the lesson's period agrees with the case's own. Pure.
 */
import type { CaseData } from '../schemas/case';
import { INPUT_KINDS, NOT_REPORTED, type Lesson } from '../schemas/lesson';
import type { ContentProblem } from './content-checks';

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

export function checkLessons(input: LessonCheckInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lessons = new Map(input.lessons.map((lesson) => [lesson.id, lesson]));
  const cases = new Set(input.cases.map((entry) => entry.id));
  const present = new Set(input.lessonFileIds ?? lessons.keys());

  for (const entry of input.cases) {
    if (!present.has(entry.id)) {
      problems.push({
        file: entry.file,
        path: '(借鉴要点)',
        message: `案例「${entry.id}」没有借鉴要点：请新建 ${input.lessonDir}/${entry.id}.yaml（可复制一个现有文件改写）`,
      });
    }
  }

  for (const lesson of input.lessons) {
    const add = (path: string, message: string) =>
      problems.push({ file: lesson.file, path, message });
    if (!cases.has(lesson.id)) {
      add(
        '(文件名)',
        `没有 id 为「${lesson.id}」的案例：借鉴要点的文件名必须与 content/cases/ 中的案例文件名相同`,
      );
      continue;
    }
    const entry = input.cases.find((c) => c.id === lesson.id)!;
    const keys = new Set(entry.data.metrics.map((m) => m.key));
    const checkMetric = (path: string, key: string | undefined) => {
      if (key !== undefined && !keys.has(key)) {
        add(
          path,
          `指标「${key}」不是本案例（${entry.file}）的数据：请改用该案例 metrics 中已有的键，或删去 metric 改写 quote`,
        );
      }
    };
    for (const kind of INPUT_KINDS) {
      const list = lesson.data.inputs[kind];
      if (list === NOT_REPORTED) continue;
      list.forEach((item, i) => {
        checkMetric(`inputs.${kind}.${i}.metric`, item.metric);
        if (item.metric === undefined && item.quote === undefined) {
          add(
            `inputs.${kind}.${i}`,
            '投入条目需要出处：用 metric 指向本案例的指标，或用 quote 逐字摘录原文',
          );
        }
      });
    }
    if (lesson.data.results !== NOT_REPORTED) {
      lesson.data.results.forEach((item, i) => checkMetric(`results.${i}.metric`, item.metric));
    }

    const stated = entry.data.period;
    const period = lesson.data.period;
    if (stated && (period.kind !== 'stated' || period.from !== stated.from)) {
      add(
        'period',
        `案例文件写明时期 ${stated.label}（from: ${stated.from}），借鉴要点的 period 应为 kind: stated、from: ${stated.from}`,
      );
    } else if (stated && period.kind === 'stated' && period.label !== stated.label) {
      add(
        'period.label',
        `时间表述「${period.label}」与案例文件的「${stated.label}」不一致：两处应写同一句原话`,
      );
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

/** Every text of a lesson written in the casebook's own words, with its field path. */
export function lessonOwnWords(lesson: Lesson): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  const add = (path: string, text: string | undefined) => {
    if (text) out.push({ path, text });
  };
  const period = lesson.period;
  (period.kind === 'not-stated' ? period.clues : period.evidence).forEach((e, i) =>
    add(`period.${period.kind === 'not-stated' ? 'clues' : 'evidence'}.${i}.note`, e.note),
  );
  add('problem.summary', lesson.problem.summary);
  add('approach', lesson.approach);
  for (const kind of INPUT_KINDS) {
    const list = lesson.inputs[kind];
    if (list !== NOT_REPORTED)
      list.forEach((item, i) => add(`inputs.${kind}.${i}.text`, item.text));
  }
  if (lesson.results !== NOT_REPORTED) {
    lesson.results.forEach((r, i) => add(`results.${i}.text`, r.text));
  }
  lesson.reading.conditions.forEach((text, i) => add(`reading.conditions.${i}`, text));
  lesson.reading.risks.forEach((text, i) => add(`reading.risks.${i}`, text));
  add('fit.scaleNote', lesson.fit.scaleNote);
  add('fit.fiscalNote', lesson.fit.fiscalNote);
  return out;
}
