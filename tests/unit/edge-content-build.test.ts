/**
 * Valid but unusual content builds and reads honestly: a case whose source gives no figure at
 * all (`metrics: []`) says 原文未给出数据 where the table would be, instead of an empty table.
 */
import { afterAll, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/content';
import { plant } from '../helpers/plant';
import { CASE } from '../fixtures/planted';

const work = mkdtempSync(join(tmpdir(), 'casebook-edge-'));

/**
 * A copy of the project around the planted content: Astro writes its content manifest into
 * <root>/.astro/, so building other content in this checkout would leave the checkout's own
 * manifest pointing at the fixture.
 */
function projectCopy(dir: string): string {
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(join(repoRoot, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}
afterAll(() => rmSync(work, { recursive: true, force: true }));

test('a case without figures builds and says the source gives none', { timeout: 180_000 }, () => {
  const root = plant(
    {
      name: 'no figures',
      edits: { [CASE]: (t) => t.replace(/metrics:\n(?: {2}[- ] .*\n|    .*\n)+/, 'metrics: []\n') },
      expect: [],
    },
    work,
  );
  expect(readFileSync(join(root, CASE), 'utf8')).toContain('metrics: []\n');
  const project = projectCopy(work);
  const outDir = join(work, 'out');
  const run = spawnSync(
    process.execPath,
    [join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: project,
      env: {
        ...process.env,
        CASEBOOK_CONTENT: root,
        CASEBOOK_CACHE_DIR: join(work, 'cache'),
        NO_COLOR: '1',
      },
      encoding: 'utf8',
    },
  );
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  const html = readFileSync(join(outDir, 'cases', 'ceshi', 'index.html'), 'utf8');
  const section = html.slice(
    html.indexOf('id="metrics-title"'),
    html.indexOf('</section>', html.indexOf('id="metrics-title"')),
  );
  expect(section).toContain('原文未给出数据');
  expect(section).not.toContain('<table');
});
