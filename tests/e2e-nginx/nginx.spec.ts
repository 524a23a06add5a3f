/**
 * What only the real server does (deploy/nginx.conf): precompressed files, caching, redirects,
 * the 404 status and nothing outside the site.
 */
import { test, expect } from '../e2e/fixtures';
import { MIN_BYTES } from '../../scripts/precompress.mjs';

test('HTML, CSS and JavaScript come precompressed, Brotli first, gzip otherwise', async ({
  request,
  page,
}) => {
  await page.goto('compare/');
  const assets = await page.evaluate(() => [
    ...[...document.querySelectorAll<HTMLLinkElement>('link[rel=stylesheet]')].map((l) => l.href),
    ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
  ]);
  expect(assets.length).toBeGreaterThan(1);
  let checked = 0;
  for (const url of ['compare/', ...assets]) {
    // Files too small to be worth compressing have no compressed copy, by design.
    const plain = await request.get(url, { headers: { 'Accept-Encoding': 'identity' } });
    if ((await plain.body()).length < MIN_BYTES) continue;
    checked += 1;
    const br = await request.get(url, { headers: { 'Accept-Encoding': 'br' } });
    expect(br.headers()['content-encoding'], url).toBe('br');
    const gz = await request.get(url, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers()['content-encoding'], url).toBe('gzip');
    expect(gz.headers()['vary'], url).toMatch(/Accept-Encoding/i);
  }
  expect(checked).toBeGreaterThan(2);
});

test('hashed assets are cached for a year; pages and the search entry are revalidated', async ({
  request,
  page,
}) => {
  await page.goto('search/');
  const script = await page.evaluate(
    () => document.querySelector<HTMLScriptElement>('script[src]')!.src,
  );
  expect(script).toMatch(/\/_astro\//);
  expect((await request.get(script)).headers()['cache-control']).toBe(
    'public, max-age=31536000, immutable',
  );
  for (const path of ['', 'search/', 'pagefind/pagefind.js', 'data/cases.json'])
    expect((await request.get(path)).headers()['cache-control'], path).toBe('no-cache');
});

test('CSV downloads are text/csv in UTF-8', async ({ request }) => {
  const response = await request.get('data/metrics.csv');
  expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
});

test('an address without its slash redirects to the page, relative to the host asked', async ({
  request,
}) => {
  const response = await request.get('cases', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/casebook/cases/');
});

test('unknown addresses and dotfiles are 404; only GET and HEAD are allowed', async ({
  request,
}) => {
  const missing = await request.get('nothing-here.html');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('页面不存在');
  expect(missing.headers()['content-security-policy']).toBeTruthy();
  expect((await request.get('.git/config')).status()).toBe(404);
  expect((await request.post('', { data: 'x' })).status()).toBe(403);
});
