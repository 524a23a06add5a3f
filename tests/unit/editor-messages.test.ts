/**
 * Every message an editor can meet, planted: each fixture of tests/fixtures/planted.ts is the
 * valid tiny casebook with one thing changed, written to a temporary folder and read by the
 * content lint the build runs first. Each must give exactly the problems it lists, at the line
 * where the planted text is; and every message code is planted at least once.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { lintContent } from '../../src/integrations/content-lint';
import { EDITOR_MESSAGES, problemMessage, type EditorCode } from '../../src/i18n/editor';
import { readableError } from '../../src/i18n/editor';
import { MechanismSchema } from '../../src/schemas/mechanism';
import { GlossaryTermSchema } from '../../src/schemas/glossary';
import { SourceSchema } from '../../src/schemas/source';
import { ModelPartSchema } from '../../src/schemas/case';
import { PLANTED, type Planted } from '../fixtures/planted';
import { plant, BASE } from '../helpers/plant';

const work = mkdtempSync(join(tmpdir(), 'casebook-planted-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Line (1-based) of the first occurrence of `at` in a file of the planted folder. */
function lineOf(root: string, file: string, at: string): number {
  const text = readFileSync(join(root, file), 'utf8');
  const index = text.indexOf(at);
  if (index === -1) throw new Error(`fixture: "${at}" not found in ${file}`);
  return text.slice(0, index).split('\n').length;
}

test('the base fixture is valid', () => {
  const { problems, cases } = lintContent(BASE, dirname(BASE));
  expect(problems.map((p) => `${p.file}:${p.line} ${problemMessage(p)}`)).toEqual([]);
  expect(cases.map((c) => c.id)).toEqual(['ceshi']);
});

describe('each planted problem is reported with its file, line and message', () => {
  PLANTED.forEach((fixture: Planted, index) => {
    test(fixture.name, () => {
      const root = plant(fixture, join(work, String(index)));
      const { problems } = lintContent(root, dirname(root));
      const got = problems.map((p) => ({
        code: p.code,
        file: p.file,
        line: p.line,
        message: problemMessage(p),
      }));
      const want = fixture.expect.map((e) => ({
        code: e.code,
        file: `content/${e.file}`,
        line: e.at === undefined ? undefined : lineOf(root, e.file, e.at),
      }));
      expect(got.map(({ code, file, line }) => ({ code, file, line }))).toEqual(
        expect.arrayContaining(want),
      );
      expect(got, got.map((g) => `${g.file}:${g.line} ${g.message}`).join('\n')).toHaveLength(
        want.length,
      );
      for (const e of fixture.expect) {
        if (!e.words) continue;
        const message = got.find((g) => g.code === e.code)!.message;
        expect(message).toMatch(e.words);
      }
    });
  });
});

test('every message an editor can meet is planted by a fixture', () => {
  const planted = new Set(PLANTED.flatMap((f) => f.expect.map((e) => e.code)));
  const unplanted = (Object.keys(EDITOR_MESSAGES) as EditorCode[]).filter(
    (code) => !planted.has(code) && !('fallback' in EDITOR_MESSAGES[code]),
  );
  expect(unplanted).toEqual([]);
});

test('every id field gives the id message, wherever its pattern is written', () => {
  // mechanism.ts writes the pattern out (a plain-Node script imports it); it must not drift.
  const expected = problemMessage({ code: 'field.id', params: { value: 'Bad_Id' } });
  for (const schema of [MechanismSchema, GlossaryTermSchema, SourceSchema, ModelPartSchema]) {
    const result = schema.shape.id.safeParse('Bad_Id', { error: readableError });
    expect(result.error?.issues[0]?.message).toBe(expected);
  }
});

test('no message uses Markdown link or bold syntax, which the build log would print mangled', () => {
  // Astro's error printer turns [text](url) into "text url": an editor would lose the example.
  for (const [code, entry] of Object.entries(EDITOR_MESSAGES))
    expect(entry.text, code).not.toMatch(/\[[^\]]*\]\([^)]*\)|\*\*[^*]+\*\*/);
});
