// Builds a synthetic casebook site for the browser tests at scale (playwright.synthetic.config.ts):
// the real cases plus N synthetic ones (scripts/synthetic-cases.mjs), built and indexed into a
// folder outside the repository. Reuses the folder when it already holds a build of that size.
//
//   node scripts/synthetic-site.mjs [--cases 1000] [--dir /tmp/casebook-synthetic-1000]
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeSyntheticContent } from './synthetic-cases.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const value = (flag, fallback) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : fallback;
};
const count = Number(value('--cases', process.env.SYNTHETIC_CASES ?? '1000'));
const dir = value(
  '--dir',
  process.env.SYNTHETIC_DIR ?? join(tmpdir(), `casebook-synthetic-${count}`),
);
const content = join(dir, 'content');
const dist = join(dir, 'dist');
const built = () =>
  existsSync(join(dist, 'index.html')) &&
  existsSync(join(dist, 'pagefind')) &&
  readdirSync(join(content, 'cases')).length >= count;

if (built()) {
  console.log(`synthetic-site: ${dir} already holds a build of ${count} synthetic cases`);
} else {
  rmSync(dir, { recursive: true, force: true });
  writeSyntheticContent({ from: join(root, 'content'), to: content, count });
  const env = {
    ...process.env,
    CASEBOOK_CONTENT: content,
    CASEBOOK_DIST: dist,
    CASEBOOK_CACHE_DIR: join(dir, 'cache'),
    BASE_PATH: '',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  for (const step of [[astro, 'build'], [join(root, 'scripts', 'index-search.mjs')]]) {
    const result = spawnSync(process.execPath, step, { cwd: root, env, stdio: 'inherit' });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}
console.log(`CASEBOOK_CONTENT=${content} CASEBOOK_DIST=${dist}`);
