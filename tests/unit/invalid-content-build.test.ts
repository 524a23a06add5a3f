/**
 * The wiring, end to end: `astro build` pointed at an invalid fixture (CASEBOOK_CONTENT) must
 * fail and print the file, the field path and the same message the schemas give. One fixture per
 * route a problem takes (zod through Astro's collection schema; our cross-checks in query.ts),
 * marked `build` in invalid-cases.ts; the others are covered by invalid-content.test.ts. The
 * builds run one after another, each with a content cache of its own.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent, repoRoot } from '../helpers/content';
import { INVALID_FIXTURES } from '../fixtures/invalid-cases';

const astro = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
const plain = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

function build(contentDir: string) {
  const outDir = mkdtempSync(join(tmpdir(), 'casebook-invalid-'));
  // Each build gets its own content cache: a shared one keeps entries of the previous fixture.
  const cacheDir = mkdtempSync(join(tmpdir(), 'casebook-invalid-cache-'));
  try {
    const run = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: repoRoot,
      env: {
        ...process.env,
        CASEBOOK_CONTENT: contentDir,
        CASEBOOK_CACHE_DIR: cacheDir,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: run.status, output: plain(`${run.stdout}\n${run.stderr}`) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

describe('npm run build fails on invalid content and says where and why', () => {
  const built = INVALID_FIXTURES.filter((fixture) => fixture.build);

  test('one fixture of each route is built', () => {
    expect(new Set(built.map((fixture) => fixture.stage))).toEqual(
      new Set(['schema', 'cross-check']),
    );
  });

  for (const fixture of built) {
    test(fixture.dir, { timeout: 120_000 }, () => {
      const dir = `tests/fixtures/${fixture.dir}`;
      const [problem] = loadContent(join(repoRoot, dir)).problems;
      const { status, output } = build(dir);

      expect(status, output).not.toBe(0);
      expect(output).toContain(fixture.file);
      // The line the build prints is the one the schemas give: field path, then the message.
      expect(output).toContain(`${problem!.path}: ${problem!.message}`);
      expect(output).toMatch(fixture.words);
      if (fixture.stage === 'schema') {
        expect(output).toContain('cases → ceshi data does not match collection schema');
      } else {
        expect(output).toContain('内容检查发现 1 个问题');
        expect(output).toContain(`${fixture.file} → ${fixture.path}:`);
      }
    });
  }
});
