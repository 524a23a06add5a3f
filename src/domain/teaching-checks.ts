/**
 * Checks between the teaching notes (content/teaching/<caseId>.yaml) and the cases that zod cannot
 * do on one file: every case has exactly one teaching file and every file a case, each session
 * plan's steps add up to its length, every metric a question names is a figure of that case, and
 * the comparison names other existing cases. Pure: returns codes and values, no words.
 */
import { SESSION_LENGTHS, type SessionKey, type Teaching } from '../schemas/teaching';

export type TeachingIssueCode =
  | 'missing-teaching'
  | 'orphan-teaching'
  | 'session-minutes'
  | 'unknown-metric'
  | 'unknown-case'
  | 'self-comparison';

export interface TeachingIssue {
  /** File the issue is in, relative to the repository root. */
  file: string;
  /** Dotted field path, or null for the file as a whole. */
  path: string | null;
  code: TeachingIssueCode;
  /** What the message names, in the order src/i18n/teach.ts reads them. */
  values: Array<string | number>;
}

export interface TeachingCheckInput {
  cases: Array<{ id: string; file: string; metricKeys: string[] }>;
  teaching: Array<{ id: string; file: string; data: Teaching }>;
  /** Folder of the teaching files, for the message about a missing one. */
  teachingDir: string;
}

export function checkTeaching(input: TeachingCheckInput): TeachingIssue[] {
  const problems: TeachingIssue[] = [];
  const cases = new Map(input.cases.map((entry) => [entry.id, entry]));
  const present = new Set(input.teaching.map((entry) => entry.id));

  for (const entry of input.cases) {
    if (!present.has(entry.id)) {
      problems.push({
        file: entry.file,
        path: null,
        code: 'missing-teaching',
        values: [entry.id, input.teachingDir],
      });
    }
  }
  for (const { id, file, data } of input.teaching) {
    const entry = cases.get(id);
    if (!entry) {
      problems.push({ file, path: null, code: 'orphan-teaching', values: [id] });
      continue;
    }
    for (const key of Object.keys(SESSION_LENGTHS) as SessionKey[]) {
      const total = data[key].reduce((sum, step) => sum + step.minutes, 0);
      if (total !== SESSION_LENGTHS[key]) {
        problems.push({
          file,
          path: key,
          code: 'session-minutes',
          values: [total, SESSION_LENGTHS[key]],
        });
      }
    }
    const metrics = new Set(entry.metricKeys);
    data.questions.forEach((question, i) => {
      question.metrics.forEach((key, j) => {
        if (!metrics.has(key)) {
          problems.push({
            file,
            path: `questions.${i}.metrics.${j}`,
            code: 'unknown-metric',
            values: [key, id],
          });
        }
      });
    });
    data.instructor.comparison.cases.forEach((other, i) => {
      const path = `instructor.comparison.cases.${i}`;
      if (other === id) problems.push({ file, path, code: 'self-comparison', values: [id] });
      else if (!cases.has(other))
        problems.push({ file, path, code: 'unknown-case', values: [other] });
    });
  }
  return problems;
}
