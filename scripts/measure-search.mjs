// Measures the search on the built site (dist/) in Chromium and prints a table; nothing is
// written. `npm run build` first, then `npm run measure:search [-- query …]`.
//   - index size on disk;
//   - bytes each query fetches (files under pagefind/ and search/answers/, as served) and the
//     time from navigation to the first result on screen, cold cache, median of RUNS (5);
//   - precision and recall of the exact matches on the precision table
//     (tests/helpers/search-queries.ts, expectations from the content files), for the search
//     page and for Pagefind alone: its own Chinese index (zh-cn) over the same pages and its
//     own result list for the query as typed. SKIP_QUALITY=1 leaves this part out; ALONE_ONLY=1
//     measures Pagefind alone only (for a build of another version of the site).
// Serves dist/ itself under BASE_PATH (default /) with caching off; CASEBOOK_DIST and
// CASEBOOK_CONTENT point it at another build and its content.
import { createServer } from 'node:http';
import { register } from 'node:module';
import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { chromium } from '@playwright/test';
import { findChromium } from './find-browser.mjs';

register('./ts-resolve.mjs', import.meta.url);

const dist = resolve(process.env.CASEBOOK_DIST ?? 'dist');
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const queries = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['民声茶馆', '网格', '时间银行', '乡村振兴', '寻甸县'];
const runs = Number(process.env.RUNS ?? 5);

if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error(`measure-search: no ${dist}/pagefind/; run \`npm run build\` first.`);
  process.exit(1);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const size = (list) => list.reduce((sum, f) => sum + statSync(f).size, 0);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// Pagefind alone: its zh-cn index over the same built pages, untouched, in a folder of its own.
const alone = mkdtempSync(join(tmpdir(), 'pagefind-alone-'));
if (!process.env.SKIP_QUALITY) {
  const { index } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  await index.addDirectory({ path: dist, glob: '{cases/*/index.html,mechanisms/*/index.html}' });
  await index.writeFiles({ outputPath: join(alone, 'pagefind') });
  await pagefind.close();
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
/** Files served since the last reset: path → bytes (the server sees the worker's requests too). */
let served = [];
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const root = path.startsWith('/pagefind-alone/') ? alone : dist;
  const rest = path.startsWith('/pagefind-alone/')
    ? path.slice('/pagefind-alone/'.length)
    : path.startsWith(base)
      ? path.slice(base.length)
      : null;
  if (rest === null) return res.writeHead(404).end();
  let file = resolve(root, rest);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!(file === root || file.startsWith(root + sep)) || !existsSync(file)) {
    return res.writeHead(404).end();
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-store',
  });
  served.push([path, statSync(file).size]);
  createReadStream(file).pipe(res);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const bundle = files(join(dist, 'pagefind'));
console.log(`index on disk: ${kib(size(bundle))} in ${bundle.length} files`);
for (const [label, pattern] of [
  ['word index', /\.pf_index$/],
  ['fragments (one per document)', /\.pf_fragment$/],
  ['filters and metadata', /\.pf_(filter|meta)$/],
  ['engine (script, worker, WebAssembly)', /(pagefind(-worker)?\.js|\.pagefind)$/],
]) {
  const list = bundle.filter((f) => pattern.test(f));
  console.log(`  ${label}: ${kib(size(list))} in ${list.length} files`);
}
const answers = join(dist, 'search', 'answers');
if (existsSync(answers))
  console.log(`direct answers: ${kib(size(files(answers)))} in ${files(answers).length} files`);

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
console.log(`\nChromium, cold cache, median of ${runs} runs, served from localhost:`);
console.log('query\tfirst result (ms from navigation)\tsearch bytes (as served)\trequests');
for (const query of queries) {
  const times = [];
  const bytes = [];
  const counts = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // The moment the first result (or the no-match message) is on screen.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (
          document.querySelector('.search-results .result:not(.pending) a[data-result], .answer') ||
          document.querySelector('[data-results-for]')
        ) {
          window.__firstResult = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    served = [];
    await page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-results-for]').waitFor({ state: 'attached' });
    times.push(await page.evaluate(() => window.__firstResult));
    await page.waitForLoadState('networkidle');
    const search = served.filter(
      ([path]) => path.startsWith(`${base}pagefind/`) || path.startsWith(`${base}search/answers/`),
    );
    bytes.push(search.reduce((sum, [, n]) => sum + n, 0));
    counts.push(search.length);
    if (process.env.VERBOSE && run === 0)
      for (const [path, n] of search) console.log(`  ${path} ${n}`);
    await context.close();
  }
  console.log(`${query}\t${median(times).toFixed(0)}\t${kib(median(bytes))}\t${median(counts)}`);
}

if (!process.env.SKIP_QUALITY) {
  const { precisionQueries } = await import('../tests/helpers/search-queries.ts');
  const rows = precisionQueries();
  const page = await browser.newPage();
  const tally = () => ({ shown: 0, right: 0, wanted: 0, perfect: 0 });
  const score = { alone: tally(), site: tally() };
  const add = (t, shown, wanted) => {
    const right = shown.filter((url) => wanted.includes(url)).length;
    t.shown += shown.length;
    t.right += right;
    t.wanted += wanted.length;
    if (right === shown.length && right === wanted.length) t.perfect += 1;
  };
  await page.goto(`${origin}${base}search/`);
  await page.locator('[data-results-for]').waitFor({ state: 'attached' });
  for (const row of rows) {
    const wanted = row.containing.filter((url) => url.startsWith('/cases/'));
    const aloneUrls = await page.evaluate(async (q) => {
      if (!window.__alone) {
        window.__alone = await import('/pagefind-alone/pagefind/pagefind.js');
        await window.__alone.options({ baseUrl: '/' });
      }
      const response = await window.__alone.search(q);
      const data = await Promise.all(response.results.map((r) => r.data()));
      return data.map((d) => d.url);
    }, row.query);
    add(
      score.alone,
      aloneUrls.filter((url) => url.startsWith('/cases/')),
      wanted,
    );
    if (process.env.ALONE_ONLY) continue;
    await page.locator('#search-q').fill(row.query);
    await page.waitForFunction(
      (q) =>
        new URLSearchParams(
          document.querySelector('[data-results-for]')?.getAttribute('data-results-for') ?? '',
        ).get('q') === q,
      row.query,
    );
    while (await page.locator('[data-group="case"] button.more').count()) {
      await page.locator('[data-group="case"] button.more').click();
      await page.waitForFunction(() => !document.querySelector('[data-group="case"] .pending'));
    }
    const siteUrls = await page.evaluate(
      (b) =>
        [...document.querySelectorAll('[data-group="case"] a[data-result]')].map(
          (a) => `/${new URL(a.href).pathname.slice(b.length)}`,
        ),
      base,
    );
    add(score.site, siteUrls, wanted);
  }
  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
  console.log(
    `\nPrecision and recall over cases, ${rows.length} terms (tests/helpers/search-queries.ts):`,
  );
  console.log('variant\tprecision\trecall\tterms exactly right');
  for (const [label, t] of [
    ['Pagefind alone (zh-cn index, query as typed)', score.alone],
    ...(process.env.ALONE_ONLY ? [] : [['search page, exact matches', score.site]]),
  ])
    console.log(
      `${label}\t${pct(t.right, t.shown)}\t${pct(t.right, t.wanted)}\t${t.perfect} of ${rows.length}`,
    );
  await page.close();
}

await browser.close();
server.close();
rmSync(alone, { recursive: true, force: true });
