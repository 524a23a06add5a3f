// Measures the search on the built site (dist/) in Chromium: the index size on disk, the bytes
// a typical query fetches, and the time to the first result. `npm run build` first, then
// `node scripts/measure-search.mjs [query …]`. Serves dist/ itself under BASE_PATH (default /),
// with no cache, so every run starts cold. Prints a table; nothing is written.
import { createServer } from 'node:http';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from './find-browser.mjs';

const dist = resolve(process.env.CASEBOOK_DIST ?? 'dist');
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const queries = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['民声茶馆', '网格', '时间银行'];
const runs = Number(process.env.RUNS ?? 5);

if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) {
  console.error('measure-search: no dist/pagefind/; run `npm run build` first.');
  process.exit(1);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
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
  if (!path.startsWith(base)) return res.writeHead(404).end();
  let file = resolve(dist, path.slice(base.length));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!(file === dist || file.startsWith(dist + sep)) || !existsSync(file)) {
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
const size = (list) => list.reduce((sum, f) => sum + statSync(f).size, 0);
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const indexFiles = bundle.filter((f) => /\.pf_(index|fragment|filter|meta)$/.test(f));
console.log(`index on disk: ${kib(size(bundle))} in ${bundle.length} files`);
console.log(`  of which index, filter and fragment data: ${kib(size(indexFiles))}`);
console.log(
  `  of which fragments (one per result): ${kib(size(bundle.filter((f) => f.endsWith('.pf_fragment'))))}`,
);

const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`\nChromium, cold cache, median of ${runs} runs, served from localhost:`);
console.log(
  'query\tfirst result (ms from navigation)\tsearch bytes (files under pagefind/, uncompressed)\trequests',
);
for (const query of queries) {
  const times = [];
  const bytes = [];
  const counts = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Records the moment the first result link is in the DOM, relative to navigation start.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('.result-list a[data-result]')) {
          window.__firstResult = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    served = [];
    await page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`);
    await page.locator('.result-list a[data-result]').first().waitFor();
    times.push(await page.evaluate(() => window.__firstResult));
    await page.waitForLoadState('networkidle');
    const search = served.filter(([path]) => path.startsWith(`${base}pagefind/`));
    bytes.push(search.reduce((sum, [, n]) => sum + n, 0));
    counts.push(search.length);
    if (process.env.VERBOSE && run === 0)
      for (const [path, n] of search) console.log(`  ${path} ${n}`);
    await context.close();
  }
  console.log(`${query}\t${median(times).toFixed(0)}\t${kib(median(bytes))}\t${median(counts)}`);
}
// Typing on a loaded page: from the input event to the first result of the new query, which
// includes the 150 ms pause the page waits for before searching while someone types.
{
  const page = await browser.newPage();
  await page.goto(`${origin}${base}search/`);
  await page.locator('[data-results-for]').waitFor();
  console.log('\nquery typed on a loaded search page\tms from input to its first result');
  for (const query of queries) {
    const ms = await page.evaluate(async (q) => {
      const input = document.querySelector('.search-form input');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const start = performance.now();
      setter.call(input, q);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((done) => {
        const check = () => {
          const key = document
            .querySelector('[data-results-for]')
            ?.getAttribute('data-results-for');
          if (key && new URLSearchParams(key).get('q') === q) done();
          else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - start;
    }, query);
    console.log(`${query}\t${ms.toFixed(0)}`);
  }
  await page.close();
}
await browser.close();
server.close();
