/**
 * The wiring, end to end: `astro build` pointed at each invalid fixture (CASEBOOK_CONTENT) must
 * fail and print the file, the field path and the same message the schemas give. Each build
 * takes a few seconds; they run one after another so they never share Astro's content cache.
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
  try {
    const run = spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
      cwd: repoRoot,
      env: { ...process.env, CASEBOOK_CONTENT: contentDir, NO_COLOR: '1', FORCE_COLOR: '0' },
      encoding: 'utf8',
      timeout: 120_000,
    });
    return { status: run.status, output: plain(`${run.stdout}\n${run.stderr}`) };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

describe('npm run build fails on invalid content and says where and why', () => {
  for (const fixture of INVALID_FIXTURES) {
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
