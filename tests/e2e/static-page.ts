/**
 * The checks every reading page shares: no script is fetched or inlined, nothing leaves this
 * machine, no uncaught error, and axe-core finds no serious or critical violation.
 */
import type { Page } from '@playwright/test';
import { expect, seriousViolations, type Watch } from './fixtures';

export async function expectStaticAccessiblePage(page: Page, watch: Watch, path: string) {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  const inline = page.locator(
    'script:not([type="application/json"]):not([type="application/ld+json"])',
  );
  expect(await inline.count()).toBe(0);
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
}
