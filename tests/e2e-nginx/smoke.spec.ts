/**
 * The smoke suite: the pages that run code work under the site's Content-Security-Policy, and
 * the server sends that policy. Runs against `astro preview` (playwright.config.ts) and against
 * nginx with deploy/nginx.conf (playwright.nginx.config.ts). Every test also fails on any CSP
 * violation (the shared fixture listens for them).
 */
import { test, expect } from '../e2e/fixtures';
import { loadContent } from '../helpers/content';
import { SECURITY_HEADERS } from '../../src/integrations/security-headers';

const cases = loadContent().cases;
const west = cases.filter((c) => c.data.region === '西部');
const [first, second] = cases;

test('every page type is served with the security headers', async ({ request }) => {
  for (const path of [
    '',
    'cases/',
    'compare/',
    'search/',
    `cases/${first!.id}/`,
    'data/metrics.csv',
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    for (const [name, value] of Object.entries(SECURITY_HEADERS))
      expect(response.headers()[name.toLowerCase()], `${name} on /${path}`).toBe(value);
  }
});

test('the case filter applies the URL, says what it ignored, and filters on change', async ({
  page,
}) => {
  expect(west.length, 'the content needs a western case').toBeGreaterThan(0);
  await page.goto('cases/?region=西部&province=toString');
  await expect(page.locator('.case-card:visible')).toHaveCount(west.length);
  await expect(page.locator('#filter-notice')).toBeVisible();
  await expect(page.locator('#filter-notice bdi')).toHaveText('toString');
  // A long value is repeated only in part, and direction-isolated.
  await page.goto(`cases/?province=${encodeURIComponent('\u202e' + '长'.repeat(200))}`);
  await expect(page.locator('#filter-notice bdi')).toHaveText('\u202e' + '长'.repeat(39));
  expect((await page.locator('#filter-notice').boundingBox())!.height).toBeLessThan(120);
  await expect(page.locator('#filter-notice')).toContainText(/^网址中的筛选条件无法识别/);
  await page.goto('cases/?region=西部');
  await page.locator('#case-filters select[name=region]').selectOption('');
  await expect(page.locator('.case-card:visible')).toHaveCount(cases.length);
  expect(new URL(page.url()).search).toBe('');
});

test('compare hydrates and shows the chosen cases side by side', async ({ page }) => {
  await page.goto(`compare/?cases=${first!.id},${second!.id}`);
  const overview = page.locator('.compare-app').getByRole('region', { name: '模式与基本情况' });
  await expect(overview.locator('thead th a')).toHaveText([
    first!.data.shortName,
    second!.data.shortName,
  ]);
  await expect(page.locator('.compare-app canvas').first()).toBeVisible();
});

test('search loads its index and finds a county by name', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent(first!.data.shortName)}`);
  await expect(page.locator('.result-list > li').first()).toBeVisible();
  await expect(page.locator('.result-list')).toContainText(first!.data.shortName);
  await expect(page.getByText('正在加载搜索索引…')).toBeHidden();
});

test('an unknown address gets the 404 page, in the site layout, with the way back', async ({
  page,
  baseURL,
}) => {
  const response = await page.goto('no-such-page/');
  expect(response!.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('页面不存在');
  await expect(page.locator('.site-header')).toBeVisible();
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page).toHaveURL(baseURL!);
});

test('the CSP listener itself works: an injected inline script is reported', async ({
  page,
  cspViolations,
}) => {
  await page.goto('');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThan(0);
  expect(
    await page.evaluate(() => (window as { __injected?: boolean }).__injected),
  ).toBeUndefined();
  // Seen and proven: clear it so the fixture's own check passes.
  cspViolations.length = 0;
});
