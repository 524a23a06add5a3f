/**
 * The 借鉴要点 content (content/lessons/) and its checks: one lesson per case, a problem vocabulary
 * that the cases' own statements actually use, every quote field seen by the verbatim-quote test
 * (tests/unit/content.test.ts; the copy check in copy-check.test.ts reads the lessons' prose),
 * and cross-checks that name the file and field of a planted defect.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadContent, repoRoot } from '../helpers/content';
import { checkLessons, lessonQuotes, type LessonCheckInput } from '../../src/domain/lesson-checks';
import { LessonSchema, PREREQUISITE_CODES, PROBLEM_CODES } from '../../src/schemas/lesson';
import { lessonProblems } from '../../src/i18n/lesson-messages';
import { datesView, lessonRow, lessonView } from '../../src/i18n/lesson-format';
import type { Source } from '../../src/schemas/source';
import { compareLessons as lessonsForCompare } from '../../src/views/compare';
import { LESSON_ROWS } from '../../src/domain/comparability';

const content = loadContent();
const lessonOf = (id: string) => content.lessons.find((l) => l.id === id)!.data;
const caseOf = (id: string) => content.cases.find((c) => c.id === id)!;

describe('the lessons content', () => {
  test('every case has exactly one lesson, named by its id', () => {
    expect(content.lessons.map((l) => l.id).sort()).toEqual(content.cases.map((c) => c.id).sort());
    expect(content.cases.length).toBe(8);
  });

  test('every problem code is carried by a statement of some case (the vocabulary is derived)', () => {
    const used = new Set(
      content.lessons.flatMap((l) => l.data.problem.statements.flatMap((s) => s.codes)),
    );
    expect(PROBLEM_CODES.filter((code) => !used.has(code))).toEqual([]);
  });

  test('every prerequisite code is used by some case', () => {
    const used = new Set(content.lessons.flatMap((l) => l.data.fit.prerequisites));
    expect(PREREQUISITE_CODES.filter((code) => !used.has(code))).toEqual([]);
  });

  test('the quote test sees every quote field written in the files', () => {
    for (const lesson of content.lessons) {
      const text = readFileSync(join(repoRoot, lesson.file), 'utf8');
      const written = text.match(/^\s*(?:- )?quote:/gm) ?? [];
      expect(lessonQuotes(lesson.data), lesson.file).toHaveLength(written.length);
    }
  });
});

describe('lesson cross-checks name the file and field', () => {
  const base = (): LessonCheckInput => ({
    cases: [{ id: 'luxi', file: 'content/cases/luxi.mdx', data: caseOf('luxi').data }],
    lessons: [{ id: 'luxi', file: 'content/lessons/luxi.yaml', data: lessonOf('luxi') }],
    lessonDir: 'content/lessons',
  });

  test('the real pair passes', () => {
    expect(checkLessons(base())).toEqual([]);
  });

  test('a case without a lesson', () => {
    const input = { ...base(), lessons: [] };
    const [problem] = lessonProblems(checkLessons(input));
    expect(problem!.file).toBe('content/cases/luxi.mdx');
    expect(problem!.message).toContain('content/lessons/luxi.yaml');
  });

  test('a lesson whose file name is no case', () => {
    const input = base();
    input.lessons.push({ id: 'lu-xi', file: 'content/lessons/lu-xi.yaml', data: lessonOf('luxi') });
    const problems = lessonProblems(checkLessons(input));
    expect(problems.map((p) => p.file)).toEqual(['content/lessons/lu-xi.yaml']);
    expect(problems[0]!.message).toMatch(/没有 id 为「lu-xi」的案例/);
  });

  test('an input linked to a figure the case does not report', () => {
    const data = structuredClone(lessonOf('luxi'));
    const money = data.inputs.money;
    if (money === 'not-reported') throw new Error('luxi reports money');
    money[0]!.metric = 'platform_investment';
    const problems = lessonProblems(
      checkLessons({ ...base(), lessons: [{ id: 'luxi', file: 'l.yaml', data }] }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('inputs.money.0.metric');
    expect(problems[0]!.message).toMatch(/指标「platform_investment」不是本案例/);
  });

  test('a lesson period that contradicts the case file', () => {
    const fengxian = {
      cases: [{ id: 'fengxian', file: 'c.mdx', data: caseOf('fengxian').data }],
      lessonDir: 'content/lessons',
    };
    const data = structuredClone(lessonOf('fengxian'));
    data.period = { kind: 'not-stated', clues: [] };
    const problems = checkLessons({
      ...fengxian,
      lessons: [{ id: 'fengxian', file: 'l.yaml', data }],
    });
    expect(problems.map((p) => p.path)).toEqual(['period']);
  });
});

describe('the lesson schema', () => {
  const raw = () =>
    parse(readFileSync(join(repoRoot, 'content', 'lessons', 'fengxian.yaml'), 'utf8')) as Record<
      string,
      any
    >;

  test('a period label must be the words of its first quote', () => {
    const data = raw();
    data.period.label = '2016年以来';
    const result = LessonSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('period.label');
  });

  test('an empty input list must be written not-reported', () => {
    const data = raw();
    data.inputs.money = [];
    expect(LessonSchema.safeParse(data).success).toBe(false);
  });

  test('an outcome figure must name its metric', () => {
    const data = raw();
    data.results = [{ kind: 'outcome', quote: '为社区捐赠图书200余套' }];
    const result = LessonSchema.safeParse(data);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain('results.0.metric');
  });
});

describe('dates on every case', () => {
  const source = (published?: string): Source => ({
    id: 's',
    title: 't',
    titleEnglish: 'T',
    type: 'online-article',
    author: 'a',
    publisher: 'p',
    contributors: [],
    cites: [],
    ...(published === undefined ? {} : { published, dateBasis: 'url-path' as const }),
  });

  test('丰县 shows the period the source states, with the clause as evidence', () => {
    const dates = datesView(lessonOf('fengxian'), [source()]);
    expect(dates.from).toBe(2017);
    expect(dates.period).toContain('2017年以来');
    expect(dates.evidence[0]!.quote).toContain('2017年以来');
  });

  test('a case whose source gives no time says so', () => {
    const dates = datesView(lessonOf('xundian'), [source()]);
    expect(dates.from).toBeNull();
    expect(dates.period).toMatch(/原文未交代/);
  });

  test('the as-of line follows the source record: its date and basis, or that it has none', () => {
    const dated = datesView(lessonOf('luxi'), [source('2019-06-04')]);
    expect(dated.asOf).toMatch(/^2019-06-04/);
    expect(dated.asOf).toContain('网址');
    expect(dated.asOfShort).toContain('2019-06-04');
    expect(datesView(lessonOf('luxi'), [source()]).asOf).toMatch(/未标注发布日期/);
  });
});

describe('the lesson view', () => {
  test('a linked input shows the case’s own figure with its qualifier and scope', () => {
    const entry = caseOf('jiangan');
    const view = lessonView(lessonOf('jiangan'), entry.data, []);
    const money = view.inputs.find((i) => i.kind === 'money')!.items!;
    expect(money[0]!.figure!.text).toMatch(/≥300\s*万元/);
    expect(money[0]!.figure!.text).toContain('全县');
  });

  test('inputs the source is silent on read 原文未提及, a case without results 原文未报告成效', () => {
    const entry = caseOf('dayu');
    const row = lessonRow(lessonOf('dayu'), entry.data, []);
    expect(row.time).toBe('原文未提及');
    expect(row.results).toBe('原文未报告成效。');
  });
});

describe('the lessons as the comparison’s row group', () => {
  test('every case fills every row; quotes are the lesson’s own; the reading is marked', () => {
    for (const entry of content.cases) {
      const lesson = lessonOf(entry.id);
      const rows = lessonsForCompare(lessonView(lesson, entry.data, []));
      for (const key of LESSON_ROWS)
        expect(rows[key]?.length ?? 0, `${entry.id} ${key}`).toBeGreaterThan(0);
      const quotes = Object.values(rows).flatMap((items) => items.flatMap((i) => i.quote ?? []));
      for (const q of quotes) expect(lessonQuotes(lesson).map((x) => x.quote)).toContain(q);
      expect((rows.conditions ?? []).every((i) => i.reading)).toBe(true);
      expect(rows.conditions ?? []).toHaveLength(
        lesson.reading.conditions.length + lesson.reading.risks.length,
      );
    }
    const dayu = lessonsForCompare(lessonView(lessonOf('dayu'), caseOf('dayu').data, []));
    expect((dayu.results ?? []).map((i) => i.text)).toEqual(['原文未报告成效']);
  });
});
