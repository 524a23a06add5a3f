// Builds the site a second time, under the other base path, into dist-linkcheck/: at /casebook/
// when dist/ was built for the server root, at the root when BASE_PATH is set. The link check
// (tests/site/links.test.ts) reads both builds, so every link is proven with and without a base.
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname, '..');
/** Output folder of the second build, relative to the repository root. */
export const LINKCHECK_DIR = 'dist-linkcheck';
/** Base path used when BASE_PATH names none. */
export const SUB_PATH = '/casebook/';
/**
 * Site address the second build is made with, so one build of `npm run test:site` is always a
 * deployment build with SITE_URL (canonical links and citations carry absolute addresses) while
 * dist/ shows what an unset SITE_URL gives. A reserved example domain, never contacted.
 */
export const LINKCHECK_SITE_URL = 'https://casebook.example.org';

/** The base the second build uses: the sub-path when dist/ is at the root, else the root. */
export function linkcheckBase(basePath = process.env.BASE_PATH) {
  const raw = (basePath ?? '').trim().replace(/^\/+|\/+$/g, '');
  return raw === '' ? SUB_PATH : '/';
}

function run(args, env) {
  return new Promise((done, fail) => {
    const output = [];
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env } });
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code === 0) done();
      else {
        process.stderr.write(Buffer.concat(output));
        fail(new Error(`${args.join(' ')} exited with ${code}`));
      }
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const base = linkcheckBase();
  const outDir = join(root, LINKCHECK_DIR);
  const env = { BASE_PATH: base, CASEBOOK_DIST: outDir, SITE_URL: LINKCHECK_SITE_URL };
  const started = performance.now();
  await run(
    [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
    env,
  );
  await run([join(root, 'scripts', 'index-search.mjs')], env);
  // The nginx smoke suite serves this build, with its precompressed files.
  await run([join(root, 'scripts', 'precompress.mjs')], env);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`build-linkcheck: built for base ${base} into ${LINKCHECK_DIR}/ in ${seconds} s`);
}
