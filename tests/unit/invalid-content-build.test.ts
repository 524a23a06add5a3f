/**
 * The wiring, end to end: `astro build` pointed at a planted fixture (CASEBOOK_CONTENT) must fail
 * before anything is compiled, print the lint's report (file, line, field, message in Chinese,
 * no stack trace), and never evaluate what the content holds: a fixture whose body imports a
 * module that writes a file, and evaluates an expression that writes another, leaves neither.
 * One fixture per route a problem takes (schema, cross-check, duplicate file, body), marked
 * `build` in tests/fixtures/planted.ts. The builds run one after another.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { loadContent, repoRoot } from '../helpers/content';
import { INVALID_FIXTURES } from '../fixtures/invalid-cases';
import { plant } from '../helpers/plant';
import { PLANTED } from '../fixtures/planted';
import { EDITOR_MESSAGES } from '../../src/i18n/editor';

const astro = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');
const work = mkdtempSync(join(tmpdir(), 'casebook-invalid-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(contentDir: string, cwd: string) {
  const outDir = join(cwd, 'out');
  const run = spawnSync(
    process.execPath,
    [astro, 'build', '--root', repoRoot, '--outDir', outDir],
    {
      cwd,
      // Each build gets its own content cache: a shared one keeps entries of the previous fixture.
      env: {
        ...process.env,
        CASEBOOK_CONTENT: contentDir,
        CASEBOOK_CACHE_DIR: join(cwd, 'cache'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return { status: run.status, output: plain(`${run.stdout}\n${run.stderr}`), outDir };
}

describe('npm run build fails on planted content and says where and why', () => {
  const built = PLANTED.filter((fixture) => fixture.build);

  test('fixtures cover a schema error, a cross-check, a duplicate file and code in a body', () => {
    const codes = new Set(built.flatMap((f) => f.expect.map((e) => e.code)));
    for (const code of ['metric.quote', 'reference.mechanism', 'duplicate.caseFile', 'body.esm'])
      expect(codes).toContain(code);
  });

  built.forEach((fixture, index) => {
    test(fixture.name, { timeout: 120_000 }, () => {
      const dir = join(work, String(index));
      const root = plant(fixture, dir);
      const { status, output, outDir } = build(root, dir);

      expect(status, output).not.toBe(0);
      expect(output).toContain(`内容检查发现 ${fixture.expect.length} 个问题，构建已停止`);
      for (const expected of fixture.expect) {
        const file = relative(repoRoot, join(root, expected.file));
        const text = existsSync(join(root, expected.file))
          ? readFileSync(join(root, expected.file), 'utf8')
          : '';
        const where =
          expected.at === undefined
            ? file
            : `${file} 第 ${text.slice(0, text.indexOf(expected.at)).split('\n').length} 行`;
        const line = output.split('\n').find((l) => l.includes(where));
        expect(line, `${where} in:\n${output}`).toBeDefined();
        // The message template's fixed words, up to its first placeholder, are on that line.
        const fixed = EDITOR_MESSAGES[expected.code].text.split('{')[0]!.slice(0, 12);
        expect(line).toContain(fixed);
        if (expected.words) expect(line).toMatch(expected.words);
      }
      expect(output).not.toMatch(/Stack trace|\n\s+at \S+ \(/);
      // Nothing the content holds ran: no module it imports, no expression it contains.
      expect(existsSync(join(root, 'cases', 'imported.txt'))).toBe(false);
      expect(existsSync(join(dir, 'evaluated.txt'))).toBe(false);
      expect(existsSync(join(repoRoot, 'evaluated.txt'))).toBe(false);
      expect(existsSync(join(outDir, 'index.html'))).toBe(false);
    });
  });
});

describe('the invalid-* fixtures marked build fail the build the same way', () => {
  for (const fixture of INVALID_FIXTURES.filter((f) => f.build)) {
    test(fixture.dir, { timeout: 120_000 }, () => {
      const dir = join(repoRoot, 'tests', 'fixtures', fixture.dir);
      const [problem] = loadContent(dir).problems;
      const out = mkdtempSync(join(tmpdir(), 'casebook-invalid-out-'));
      try {
        const { status, output } = build(dir, out);
        expect(status, output).not.toBe(0);
        expect(output).toContain('内容检查发现 1 个问题，构建已停止');
        expect(output).toContain(fixture.file);
        expect(output).toContain(`${problem!.path}：${problem!.message}`);
        expect(output).toMatch(fixture.words);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  }
});
