/**
 * Teaching notes (content/teaching/<caseId>.yaml): 8/8 cases have notes the schema accepts, each
 * with three objectives and plans that fill 45 and 90 minutes; the cross-checks name the file and
 * field of a planted defect in words an editor can act on. The copy check (copy-check.test.ts)
 * reads the teaching prose too.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentRoot, loadContent } from '../helpers/content';
import { TeachingSchema, type Teaching } from '../../src/schemas/teaching';
import { readableError } from '../../src/i18n/editor';
import { formatIssues } from '../../src/schemas/error-map';
import { checkTeaching, type TeachingCheckInput } from '../../src/domain/teaching-checks';
import { teachingProblems } from '../../src/i18n/teach';

const content = loadContent();
const dir = join(contentRoot, 'teaching');
const raw = (id: string) => parse(readFileSync(join(dir, `${id}.yaml`), 'utf8')) as unknown;
const notes = (id: string) => TeachingSchema.parse(raw(id));

describe('the teaching notes content', () => {
  test('8/8 cases have one teaching file, named by the case id, that the schema accepts', () => {
    const files = readdirSync(dir).map((name) => name.replace(/\.yaml$/, ''));
    expect(files.sort()).toEqual(content.cases.map((c) => c.id).sort());
    expect(files).toHaveLength(8);
    for (const id of files) {
      const result = TeachingSchema.safeParse(raw(id), { error: readableError });
      expect(result.success ? [] : formatIssues(result.error), id).toEqual([]);
    }
  });

  test('the real notes pass the cross-checks with the real cases', () => {
    const input: TeachingCheckInput = {
      cases: content.cases.map((c) => ({
        id: c.id,
        file: c.file,
        metricKeys: c.data.metrics.map((m) => m.key),
      })),
      teaching: content.cases.map((c) => ({
        id: c.id,
        file: `content/teaching/${c.id}.yaml`,
        data: notes(c.id),
      })),
      teachingDir: 'content/teaching',
    };
    expect(teachingProblems(checkTeaching(input))).toEqual([]);
  });

  test('every case is set beside at least one other case for the comparison', () => {
    for (const c of content.cases)
      expect(notes(c.id).instructor.comparison.cases, c.id).not.toEqual([]);
  });
});

describe('the schema rejects malformed notes in the editors’ words', () => {
  const messages = (data: unknown) => {
    const result = TeachingSchema.safeParse(data, { error: readableError });
    return result.success ? [] : formatIssues(result.error);
  };

  test('two objectives instead of three', () => {
    const data = raw('luxi') as Teaching;
    data.objectives = data.objectives.slice(0, 2);
    expect(messages(data)).toEqual([expect.stringMatching(/^objectives: .*3.*2/)]);
  });

  test('a question without what a good answer draws on', () => {
    const data = raw('luxi') as { questions: Array<Record<string, unknown>> };
    delete data.questions[1]!.drawsOn;
    expect(messages(data)).toEqual(['questions.1.drawsOn: 缺少必填字段「drawsOn」。']);
  });

  test('a misspelt field is named with its likely spelling', () => {
    const data = raw('luxi') as Record<string, unknown>;
    data.objectivs = data.objectives;
    delete data.objectives;
    expect(messages(data).join('\n')).toMatch(/objectivs[\s\S]*objectives/);
  });
});

describe('cross-checks name the file and field', () => {
  const base = (data: Teaching = notes('luxi')): TeachingCheckInput => ({
    cases: content.cases.map((c) => ({
      id: c.id,
      file: c.file,
      metricKeys: c.data.metrics.map((m) => m.key),
    })),
    teaching: content.cases.map((c) => ({
      id: c.id,
      file: `content/teaching/${c.id}.yaml`,
      data: c.id === 'luxi' ? data : notes(c.id),
    })),
    teachingDir: 'content/teaching',
  });
  const problems = (input: TeachingCheckInput) =>
    teachingProblems(checkTeaching(input)).map((p) => `${p.file} · ${p.path}: ${p.message}`);

  test('a 45-minute plan whose steps add up to 50', () => {
    const data = notes('luxi');
    data.session45[0]!.minutes += 5;
    expect(problems(base(data))).toEqual([
      'content/teaching/luxi.yaml · session45: 各环节的 minutes 合计 50 分钟，应正好是 45 分钟：请调整某个环节的时长',
    ]);
  });

  test('a question naming a figure the case does not have', () => {
    const data = notes('luxi');
    data.questions[0]!.metrics = ['party_members'];
    expect(problems(base(data))).toEqual([
      expect.stringMatching(
        /^content\/teaching\/luxi\.yaml · questions\.0\.metrics\.0: 指标「party_members」不是本案例（luxi）的数据/,
      ),
    ]);
  });

  test('a comparison with itself and with a case that does not exist', () => {
    const data = notes('luxi');
    data.instructor.comparison.cases = ['luxi', 'lushui'];
    expect(problems(base(data))).toEqual([
      expect.stringMatching(/comparison\.cases\.0: 对比案例不能是本案例「luxi」自己/),
      expect.stringMatching(/comparison\.cases\.1: 没有 id 为「lushui」的案例/),
    ]);
  });

  test('a case without notes and notes without a case', () => {
    const input = base();
    input.teaching = input.teaching.filter((t) => t.id !== 'dayu');
    input.teaching.push({
      id: 'dayu-old',
      file: 'content/teaching/dayu-old.yaml',
      data: notes('dayu'),
    });
    expect(problems(input)).toEqual([
      expect.stringMatching(
        /^content\/cases\/dayu\.mdx · \(教学说明\): 案例「dayu」没有教学说明：请新建 content\/teaching\/dayu\.yaml/,
      ),
      expect.stringMatching(
        /^content\/teaching\/dayu-old\.yaml · \(文件名\): 没有 id 为「dayu-old」的案例/,
      ),
    ]);
  });
});
