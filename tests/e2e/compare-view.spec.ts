/**
 * /compare/ as a reader meets it (issues 15, 16, 17): the first screen explains the comparison,
 * the first chart is near the top, two counties stand side by side on a phone, Back steps
 * through views, the #fragment survives, and nothing on the page is an inline script. Expected
 * values come from the content files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { loadContent, repoRoot } from '../helpers/content';

const cases = loadContent().cases.sort((a, b) => a.data.order - b.data.order);
const [a, b, c] = cases;
const queryCases = (page: Page) => new URL(page.url()).searchParams.get('cases')?.split(',');
const app = (page: Page) => page.locator('.compare-app');
const heads = (page: Page) =>
  app(page).getByTestId('overview-table').locator('thead th a').allTextContents();
const ready = (page: Page) => expect(app(page)).toHaveAttribute('data-ready', 'true');

test.beforeEach(() => {
  expect(cases.length, 'the tests need three cases').toBeGreaterThanOrEqual(3);
});

test('at 1280 px the first screen says what is compared and why, and the first chart is near the top', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('compare/');
  await ready(page);
  const summary = app(page).getByTestId('compare-summary');
  await expect(summary).toContainText('正在对比');
  await expect(summary).toContainText('示例');
  await expect(summary).toContainText('共同点');
  await expect(summary).toContainText('不同点');
  const top = async (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  expect(await top('.compare-app [data-testid="compare-summary"]')).toBeLessThan(900);
  // The whole first chart, not just its top edge, lies within the first two screens.
  const chartBottom = await page
    .locator('.compare-app figure[data-chart]')
    .first()
    .evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  expect(chartBottom).toBeLessThanOrEqual(1800);
  // The shared-figures switch is in view, not folded away.
  const shared = app(page).getByRole('radio', { name: /只看两个以上案例共有的/ });
  await expect(shared).toBeVisible();
  await shared.check();
  await expect.poll(() => new URL(page.url()).searchParams.get('metrics')).not.toBeNull();
});

test('at 375 px two counties stand side by side and the page does not scroll sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`compare/?cases=${a!.id},${b!.id},${c!.id}`);
  await ready(page);
  const cols = app(page).getByTestId('overview-table').locator('thead th.cmp-case-head');
  const first = (await cols.nth(0).boundingBox())!;
  const second = (await cols.nth(1).boundingBox())!;
  expect(Math.abs(first.y - second.y)).toBeLessThan(2);
  expect(first.x).toBeGreaterThanOrEqual(0);
  expect(second.x + second.width).toBeLessThanOrEqual(375);
  // And a figure of each is readable in the same row.
  const row = app(page).getByTestId('metric-table').locator('tr[data-metric]').first();
  const cells = row.locator('td');
  const c1 = (await cells.nth(0).boundingBox())!;
  const c2 = (await cells.nth(1).boundingBox())!;
  expect(c2.x + c2.width).toBeLessThanOrEqual(375 + 1);
  expect(c1.x).toBeGreaterThan(0);
  const overflow = await page.evaluate(
    () => document.scrollingElement!.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('each figure’s quote is one click away', async ({ page }) => {
  await page.goto(`compare/?cases=${a!.id},${b!.id}`);
  await ready(page);
  const metric = a!.data.metrics[0]!;
  const cell = app(page)
    .getByTestId('metric-table')
    .locator(`tr[data-metric="${metric.key}"] td[data-case="${a!.id}"]`);
  await cell.locator('summary').first().click();
  await expect(cell.locator('blockquote').first()).toContainText(
    a!.data.metrics.filter((m) => m.key === metric.key)[0]!.quote,
  );
});

test('view changes add history entries: Back steps back through them', async ({ page }) => {
  await page.goto(`compare/?cases=${a!.id},${b!.id}`);
  await ready(page);
  const input = page.getByRole('combobox', { name: /选择要对比的案例/ });
  await input.click();
  await page.getByRole('option', { name: new RegExp(c!.data.shortName) }).click();
  await expect.poll(() => queryCases(page)).toEqual([a!.id, b!.id, c!.id]);
  await page.keyboard.press('Escape');
  await app(page).getByRole('radio', { name: '按类别' }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get('chart')).toBe('category');

  await page.goBack();
  await expect.poll(() => new URL(page.url()).searchParams.get('chart')).toBeNull();
  await expect(app(page).getByRole('radio', { name: '按指标' })).toBeChecked();
  await expect.poll(() => queryCases(page)).toEqual([a!.id, b!.id, c!.id]);
  await page.goBack();
  await expect.poll(() => queryCases(page)).toEqual([a!.id, b!.id]);
  await expect.poll(() => heads(page)).toEqual([a!.data.shortName, b!.data.shortName]);
  await page.goForward();
  await expect.poll(() => heads(page)).toEqual([a, b, c].map((x) => x!.data.shortName));
});

test('the #fragment is kept when the view changes, and unknown chart ids leave the link', async ({
  page,
}) => {
  await page.goto(`compare/?cases=${a!.id},${b!.id}&log=people-1#cmp-metrics`);
  await ready(page);
  await expect(page.getByRole('status').filter({ hasText: 'people-1' })).toBeVisible();
  await expect.poll(() => new URL(page.url()).searchParams.get('log')).toBeNull();
  expect(new URL(page.url()).hash).toBe('#cmp-metrics');
  await app(page).getByRole('radio', { name: '每个乡级区划' }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get('per')).toBe('townships');
  expect(new URL(page.url()).hash).toBe('#cmp-metrics');
});

test('no inline script: the page works under script-src self and reports no CSP violation', async ({
  page,
  request,
  watch,
}) => {
  const html = await (await request.get('compare/')).text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs, 'every script is a file').toMatch(/\ssrc=/);
    expect(body!.trim()).toBe('');
  }
  expect(html).not.toMatch(/\son[a-z]+=/i);

  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await page.route('**/compare/**', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'content-security-policy':
          "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'",
      },
    });
  });
  await page.goto(`compare/?cases=${a!.id},${b!.id}`);
  await ready(page);
  const figure = app(page).locator('figure[data-chart]').first();
  if ((await figure.count()) > 0) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-status', 'ready');
  }
  expect(violations).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('figures per 10,000 residents show a derived value with its formula or the rule that forbids it', async ({
  page,
}) => {
  await page.goto(`compare/?cases=${a!.id},${b!.id}&per=population`);
  await ready(page);
  const table = app(page).getByTestId('metric-table');
  await expect(app(page).getByRole('radio', { name: '每万常住人口' })).toBeChecked();
  // Every headline figure says what it is per 10,000 residents, or why it cannot be.
  const rows = table.locator('tr[data-metric]');
  const reported = table.locator('td[data-case]:has(.cmp-figures)');
  await expect(reported.locator('[data-derived]')).toHaveCount(await reported.count());
  expect(await rows.count()).toBeGreaterThan(0);
  for (const value of await table.locator('[data-derived="value"]').all()) {
    await expect(value).toContainText('÷');
    await expect(value).toContainText('人口：');
  }
  // A figure about less than the county is never divided by the county's population.
  for (const x of [a!, b!]) {
    for (const m of x.data.metrics.filter((m) => m.scope.level !== 'county')) {
      const figures = x.data.metrics.filter((f) => f.key === m.key);
      if (figures.some((f) => f.scope.level === 'county')) continue;
      await expect(
        table.locator(`tr[data-metric="${m.key}"] td[data-case="${x.id}"] [data-derived]`),
      ).toHaveAttribute('data-derived', 'none');
    }
  }
});

test('a category chart draws one panel per metric, each on its own axis', async ({ page }) => {
  await page.goto(`compare/?cases=${cases.map((x) => x.id).join(',')}&chart=category`);
  await ready(page);
  const charts = app(page).locator('figure[data-kind="category"]');
  expect(await charts.count()).toBeGreaterThan(0);
  for (const chart of await charts.all()) {
    const panels = chart.locator('[data-panel]');
    const keys = await panels.evaluateAll((els) => els.map((el) => el.getAttribute('data-panel')));
    expect(new Set(keys).size).toBe(keys.length);
    await expect(chart.locator('canvas')).toHaveCount(keys.length);
  }
});

test('every pair of cases shares at least three context rows, each with a year and a source', async ({
  page,
  request,
}) => {
  type Figure = { key: string; value: number | null; year?: number; source?: { title: string } };
  const context = new Map<string, Figure[]>();
  for (const x of cases) {
    const file = (await (await request.get(`data/compare/${x.id}.json`)).json()) as {
      case: { context: Figure[] };
    };
    context.set(x.id, file.case.context);
    for (const f of file.case.context.filter((f) => f.value !== null)) {
      expect(f.source?.title, `${x.id} ${f.key}`).toBeTruthy();
    }
  }
  const found = (id: string) =>
    new Set(
      context
        .get(id)!
        .filter((f) => f.value !== null)
        .map((f) => f.key),
    );
  for (let i = 0; i < cases.length; i++) {
    for (let j = i + 1; j < cases.length; j++) {
      const [x, y] = [found(cases[i]!.id), found(cases[j]!.id)];
      const shared = [...x].filter((key) => y.has(key));
      expect(shared.length, `${cases[i]!.id} + ${cases[j]!.id}`).toBeGreaterThanOrEqual(3);
    }
  }
  // The page shows them: the summary counts them, the table holds a value per county.
  await page.goto(`compare/?cases=${a!.id},${b!.id}`);
  await ready(page);
  const shared = [...found(a!.id)].filter((key) => found(b!.id).has(key));
  await expect(app(page).getByTestId('compare-summary')).toContainText(
    `县情可比 ${shared.length} 项`,
  );
  for (const key of shared) {
    const row = app(page).getByTestId('overview-table').locator(`tr[data-row="${key}"]`);
    await expect(row.locator('td .cmp-value')).toHaveCount(2);
  }
});

test('the lessons row group shows each case’s problem, results and the casebook’s reading', async ({
  page,
}) => {
  const lesson = (id: string) =>
    parse(readFileSync(join(repoRoot, 'content', 'lessons', `${id}.yaml`), 'utf8')) as {
      problem: { summary: string; statements: Array<{ quote: string }> };
      reading: { conditions: string[] };
    };
  await page.goto(`compare/?cases=${a!.id},${b!.id}`);
  await ready(page);
  const table = app(page).getByTestId('lessons-table');
  for (const x of [a!, b!]) {
    const l = lesson(x.id);
    const problem = table.locator(`tr[data-row="problem"] td[data-case="${x.id}"]`);
    await expect(problem).toContainText(l.problem.summary);
    await expect(problem).toContainText(l.problem.statements[0]!.quote);
    const conditions = table.locator(`tr[data-row="conditions"] td[data-case="${x.id}"]`);
    await expect(conditions).toContainText(l.reading.conditions[0]!);
    await expect(conditions).toContainText('本库解读');
  }
  // Every case's dates row says when the practice took place and when its source was published.
  const dates = app(page).getByTestId('overview-table').locator('tr[data-row="dates"] td');
  await expect(dates).toHaveCount(2);
  for (const cell of await dates.all()) await expect(cell).toContainText(/来源/);
});
