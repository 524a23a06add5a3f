/**
 * Every page type in Chromium: no serious or critical axe-core violation; on first view no more
 * JavaScript than its budget (tests/gates/budgets.ts), no request to another host, no uncaught
 * error. Pages are discovered from dist/; per type the first page and the heaviest one are
 * visited, so a new page type is covered as soon as it is built.
 */
import { statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { test, expect, seriousViolations } from './fixtures';
import { BUDGETS } from '../gates/budgets';
import { distDir, listPages, samplePages } from '../gates/site';

const pages = samplePages(listPages(distDir), (page) => statSync(page.file).size);
const url = (route: string) => `./${route}`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Code the browser fetches: scripts, workers, WebAssembly (Pagefind names its wasm `*.pagefind`). */
function isCode(response: Response): boolean {
  const type = response.request().resourceType();
  const path = new URL(response.url()).pathname;
  const contentType = response.headers()['content-type'] ?? '';
  return (
    type === 'script' ||
    /\.(m?js|wasm)$/.test(path) ||
    /\/wasm\.[^/]+\.pagefind$/.test(path) ||
    /javascript|wasm/.test(contentType)
  );
}

/** Gzipped bytes of every script fetched and inline script run until the network is idle. */
async function firstViewScripts(page: Page, route: string) {
  const fetched: Array<Promise<[string, number]>> = [];
  page.context().on('response', (response) => {
    if (response.ok() && isCode(response)) {
      fetched.push(response.body().then((body) => [response.url(), gzipSync(body).length]));
    }
  });
  await page.goto(url(route));
  await page.waitForLoadState('networkidle');
  const inline = await page.evaluate(() =>
    [...document.scripts]
      .filter((s) => !s.src && ['', 'module', 'text/javascript'].includes(s.type))
      .map((s) => s.textContent ?? ''),
  );
  const files = new Map(await Promise.all(fetched));
  const items = [
    ...[...files].map(([name, bytes]) => ({ name: new URL(name).pathname, bytes })),
    ...inline.map((text, i) => ({ name: `inline script ${i + 1}`, bytes: gzipSync(text).length })),
  ];
  return { total: items.reduce((sum, item) => sum + item.bytes, 0), items };
}

for (const built of pages) {
  const label = `${built.type} /${built.route}`;

  test(`accessibility: ${label} has no serious or critical axe violation`, async ({ page }) => {
    await page.goto(url(built.route));
    await page.waitForLoadState('networkidle');
    expect(await seriousViolations(page)).toEqual([]);
  });

  const budget = BUDGETS[built.type].js;
  const limit = budget === 0 ? 'no JavaScript' : `≤ ${kb(budget)} of JavaScript (gzipped)`;
  test(`first view: ${label} runs ${limit}, fetches nothing from another host, throws nothing`, async ({
    page,
    watch,
  }) => {
    const { total, items } = await firstViewScripts(page, built.route);
    const detail = items.map((item) => `${item.name} ${kb(item.bytes)}`).join(', ') || 'none';
    if (budget > 0) console.log(`${label}: first-view JavaScript ${kb(total)} (${detail})`);
    expect(total, `loads ${kb(total)}: ${detail}`).toBeLessThanOrEqual(budget);
    expect(watch.external, 'requests to other hosts').toEqual([]);
    expect(watch.errors, 'uncaught errors').toEqual([]);
  });
}
