/**
 * The comparison tool in Chromium, against the built site. What a reader should see is derived
 * from the content files (tests/helpers/content.ts), never from the tool's own code.
 */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { test, expect, seriousViolations } from './fixtures';
import { loadContent } from '../helpers/content';
import { metricDefinition } from '../../src/schemas/metric-vocabulary';

const cases = loadContent().cases.sort((a, b) => a.data.order - b.data.order);
const ids = cases.map((c) => c.id);
const [first, second, third] = cases;

/** Keys reported by two or more of the given cases in a quantity unit: one chart each. */
function sharedQuantityKeys(selection: typeof cases): Map<string, number> {
  const count = new Map<string, number>();
  for (const c of selection) {
    for (const key of new Set(c.data.metrics.map((m) => m.key))) {
      count.set(key, (count.get(key) ?? 0) + 1);
    }
  }
  return new Map(
    [...count].filter(([key, n]) => n >= 2 && !metricDefinition(key)!.unit.startsWith('第')),
  );
}

const picker = (page: Page) => page.getByRole('combobox', { name: /选择要对比的案例/ });
/** Column heads of the island's overview (not of the static fallback it replaces). */
const overview = (page: Page) =>
  page.locator('.compare-app').getByRole('region', { name: '模式与基本情况' });
const caseHeads = (page: Page) => overview(page).locator('thead th a').allTextContents();
const queryCases = (page: Page) => new URL(page.url()).searchParams.get('cases')?.split(',');

test.beforeEach(() => {
  expect(cases.length, 'the tests need three cases').toBeGreaterThanOrEqual(3);
});

test('pick a case with the mouse: the URL updates and a reload restores the view', async ({
  page,
  watch,
}) => {
  await page.goto(`compare/?cases=${first!.id}`);
  await expect(page.getByText('再选一个案例即可开始对比')).toBeVisible();
  await picker(page).click();
  await page.getByRole('option', { name: new RegExp(second!.data.shortName) }).click();
  await expect.poll(() => queryCases(page)).toEqual([first!.id, second!.id]);
  await expect.poll(() => caseHeads(page)).toEqual([first!.data.shortName, second!.data.shortName]);

  // Remove the first again with its chip's button, then add it back: it becomes the second column.
  await page.getByRole('button', { name: `移除 ${first!.data.shortName}` }).click();
  await expect.poll(() => queryCases(page)).toEqual([second!.id]);
  await picker(page).click();
  await page.getByRole('option', { name: new RegExp(first!.data.shortName) }).click();
  await expect.poll(() => queryCases(page)).toEqual([second!.id, first!.id]);

  await page.reload();
  await expect(page.locator('.compare-app')).toBeVisible();
  await expect.poll(() => caseHeads(page)).toEqual([second!.data.shortName, first!.data.shortName]);
  // Column heads link to the case pages under the site's base path.
  const base = new URL(page.url()).pathname.replace(/compare\/$/, '');
  await expect(overview(page).locator('thead th a').first()).toHaveAttribute(
    'href',
    `${base}cases/${second!.id}/`,
  );
  expect(watch.errors).toEqual([]);
  expect(watch.external).toEqual([]);
});

test('pick cases with the keyboard only', async ({ page, watch }) => {
  await page.goto('compare/');
  // Without a query the first two cases of the casebook are shown.
  await expect.poll(() => caseHeads(page)).toEqual([first!.data.shortName, second!.data.shortName]);
  const input = picker(page);
  await input.focus();
  // Arrow down opens the list on the first case; two more steps reach the third.
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const active = await input.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toContainText(third!.data.shortName);
  await page.keyboard.press('Enter');
  await expect.poll(() => queryCases(page)).toEqual([first!.id, second!.id, third!.id]);
  await expect(
    page.getByRole('option', { name: new RegExp(third!.data.shortName) }),
  ).toHaveAttribute('aria-selected', 'true');

  // Typing filters; Enter on the match toggles it off again; Escape closes the list.
  await page.keyboard.type(first!.data.shortName);
  await expect(page.getByRole('option')).toHaveCount(
    cases.filter((c) =>
      [c.data.county, c.data.shortName].some((n) => n.includes(first!.data.shortName)),
    ).length,
  );
  await page.keyboard.press('Enter');
  await expect.poll(() => queryCases(page)).toEqual([second!.id, third!.id]);
  await page.keyboard.press('Escape');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[aria-live="polite"]')).toContainText('已移除');

  await page.reload();
  await expect.poll(() => caseHeads(page)).toEqual([second!.data.shortName, third!.data.shortName]);
  expect(watch.errors).toEqual([]);
});

/** Bars in a chart's canvas: runs of pixel rows holding a coloured (non-grey) pixel. */
async function countBars(page: Page, chartId: string): Promise<number> {
  return page.locator(`figure[data-chart="${chartId}"] canvas`).evaluate((canvas) => {
    const c = canvas as HTMLCanvasElement;
    const { data, width, height } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    let runs = 0;
    let inRun = false;
    for (let y = 0; y < height; y++) {
      let coloured = false;
      for (let x = 0; x < width && !coloured; x++) {
        const i = (y * width + x) * 4;
        const r = data[i]!;
        const g = data[i + 1]!;
        const b = data[i + 2]!;
        coloured = Math.max(r, g, b) - Math.min(r, g, b) > 25;
      }
      if (coloured && !inRun) runs++;
      inRun = coloured;
    }
    return runs;
  });
}

test('one chart per shared metric, with one bar per case that reports it', async ({
  page,
  watch,
}) => {
  const shared = sharedQuantityKeys(cases);
  expect(shared.size, 'the content should have metrics shared by two cases').toBeGreaterThan(0);
  await page.goto(`compare/?cases=${ids.slice(0, 8).join(',')}`);
  const selection = cases.slice(0, 8);
  const expected = sharedQuantityKeys(selection);
  const figures = page.locator('figure[data-chart]');
  await expect(figures).toHaveCount(expected.size);
  for (const [key, n] of expected) {
    const figure = page.locator(`figure[data-chart="${key}"]`);
    await expect(figure.getByRole('button', { name: /PNG/ })).toBeEnabled();
    expect(await countBars(page, key), key).toBe(n);
    // The table beside the chart lists every case; the ones without the key say 未报告.
    const table = figure.getByRole('table');
    await expect(table.locator('tbody tr')).toHaveCount(selection.length);
    await expect(table.locator('tbody tr', { hasText: '未报告' })).toHaveCount(
      selection.length - n,
    );
  }
  expect(watch.errors).toEqual([]);
});

test('lower bounds show ≥ and a narrower scope is flagged beside a county total', async ({
  page,
}) => {
  await page.goto(`compare/?cases=${ids.join(',')}`);
  const table = page.getByTestId('metric-table');
  for (const c of cases) {
    for (const m of c.data.metrics.filter((m) => m.qualifier === 'at_least')) {
      await expect(
        table.locator(`tr[data-metric="${m.key}"] td[data-case="${c.id}"]`),
      ).toContainText('≥');
    }
  }
  // A key that one case gives for the whole county and another only for part of it.
  const mixed = [...sharedQuantityKeys(cases).keys()].find((key) => {
    const levels = cases.flatMap((c) => c.data.metrics.filter((m) => m.key === key));
    return (
      levels.some((m) => m.scope.level === 'county') &&
      levels.some((m) => m.scope.level !== 'county')
    );
  });
  if (mixed) {
    const row = table.locator(`tr[data-metric="${mixed}"]`);
    await expect(row.getByRole('rowheader')).toContainText('范围不同');
    await expect(row.getByRole('rowheader')).toContainText('需谨慎');
  }
});

test('an unknown case id shows a notice and the known cases', async ({ page, watch }) => {
  await page.goto(`compare/?cases=${first!.id},atlantis`);
  const notice = page.getByRole('status').filter({ hasText: '链接中有无法使用的内容' });
  await expect(notice).toContainText('atlantis');
  await expect.poll(() => caseHeads(page)).toEqual([first!.data.shortName]);

  // Nothing usable at all: the notice says so and the default pair is shown.
  await page.goto('compare/?cases=%E0%A4%A,&chart=pie');
  await expect(page.getByRole('status').filter({ hasText: '默认对比' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'pie' })).toBeVisible();
  await expect.poll(() => caseHeads(page)).toEqual([first!.data.shortName, second!.data.shortName]);
  await expect.poll(() => queryCases(page)).toEqual([first!.id, second!.id]);
  expect(watch.errors).toEqual([]);
});

test('CSV export downloads exactly the rows shown', async ({ page }) => {
  const selection = [third!, first!];
  await page.goto(`compare/?cases=${selection.map((c) => c.id).join(',')}`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /下载 CSV/ }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual(
    'case_id,county,province,metric_key,metric_label,value,qualifier,unit,scope_level,scope_name,period,quote,source_id'.split(
      ',',
    ),
  );
  const expected = selection.flatMap((c) =>
    c.data.metrics.map((m) =>
      [c.id, m.key, String(m.value), m.qualifier, m.scope.name ?? '', m.quote].join('|'),
    ),
  );
  const got = parsed.data.map((r) =>
    [r.case_id, r.metric_key, r.value, r.qualifier, r.scope_name, r.quote].join('|'),
  );
  expect(got.sort()).toEqual(expected.sort());

  // Narrow the view to the metrics both cases report: the export follows.
  const both = [...sharedQuantityKeys(selection).keys()];
  if (both.length) {
    await page.goto(
      `compare/?cases=${selection.map((c) => c.id).join(',')}&metrics=${both.join(',')}`,
    );
    const [narrow] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载 CSV/ }).click(),
    ]);
    const rows = Papa.parse<Record<string, string>>(
      readFileSync((await narrow.path())!, 'utf8').slice(1),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(new Set(rows.map((r) => r.metric_key))).toEqual(new Set(both));
  }
});

test('the view is accessible: no serious or critical axe violations', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(`compare/?cases=${ids.slice(0, 3).join(',')}&chart=category`);
  await expect(page.locator('figure[data-chart] button').first()).toBeEnabled();
  expect(await seriousViolations(page)).toEqual([]);
  // And with the case list open.
  await picker(page).click();
  await expect(page.getByRole('listbox')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('without JavaScript the page shows every case and every metric', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('compare/');
  const table = page.getByTestId('static-compare').getByTestId('metric-table');
  await expect(table.locator('thead th a')).toHaveText(cases.map((c) => c.data.shortName));
  const keys = new Set(cases.flatMap((c) => c.data.metrics.map((m) => m.key)));
  await expect(table.locator('tr[data-metric]')).toHaveCount(keys.size);
  await context.close();
});

test('a chart whose values span two orders of magnitude offers a log axis that the URL keeps', async ({
  page,
}) => {
  // From the content: a shared metric whose largest figure is 100 times its smallest.
  const headline = (c: (typeof cases)[number], key: string) => {
    const figures = c.data.metrics.filter((m) => m.key === key);
    return (figures.find((m) => m.scope.level === 'county') ?? figures[0])?.value;
  };
  const wide = [...sharedQuantityKeys(cases)].find(([key]) => {
    const values = cases.flatMap((c) => headline(c, key) ?? []);
    return values.every((v) => v > 0) && Math.max(...values) / Math.min(...values) >= 100;
  });
  expect(
    wide,
    'the content should hold a shared metric spanning two orders of magnitude',
  ).toBeDefined();
  const [key, n] = wide!;
  await page.goto(`compare/?cases=${ids.join(',')}`);
  const figure = page.locator(`figure[data-chart="${key}"]`);
  await figure.getByRole('radio', { name: '对数' }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get('log')).toBe(key);
  await page.reload();
  await expect(figure.getByRole('radio', { name: '对数' })).toBeChecked();
  await expect(figure.getByRole('button', { name: /PNG/ })).toBeEnabled();
  expect(await countBars(page, key)).toBe(n);
  // A chart whose range is narrow has no switch.
  const narrow = [...sharedQuantityKeys(cases).keys()].find((k) => k !== key);
  if (narrow && !page.url().includes(narrow)) {
    const values = cases.flatMap((c) => headline(c, narrow) ?? []);
    if (Math.max(...values) / Math.min(...values) < 100) {
      await expect(
        page.locator(`figure[data-chart="${narrow}"]`).getByRole('radio', { name: '对数' }),
      ).toHaveCount(0);
    }
  }
});

test('a chart downloads as a PNG image', async ({ page }) => {
  const [key] = [...sharedQuantityKeys(cases.slice(0, 8)).keys()];
  await page.goto(`compare/?cases=${ids.slice(0, 8).join(',')}`);
  const button = page.locator(`figure[data-chart="${key}"]`).getByRole('button', { name: /PNG/ });
  await expect(button).toBeEnabled();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
});

test('entry points: the case index form and a "compare with" link open the view they name', async ({
  page,
}) => {
  // The case index submits one `cases` parameter per ticked case; the tool reads them in order.
  await page.goto(`compare/?cases=${third!.id}&cases=${first!.id}`);
  await expect.poll(() => caseHeads(page)).toEqual([third!.data.shortName, first!.data.shortName]);
  await expect.poll(() => queryCases(page)).toEqual([third!.id, first!.id]);
  await expect(page.getByText('链接中有无法使用的内容')).toHaveCount(0);
});
