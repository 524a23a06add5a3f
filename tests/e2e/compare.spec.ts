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

// CASEBOOK_CONTENT: the content a synthetic build was made from, so expectations follow it.
const cases = loadContent(process.env.CASEBOOK_CONTENT).cases.sort(
  (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
);
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

/** Keys two or more of the group report. */
function sharedCount(group: typeof cases): number {
  return [...sharedKeys(group)].length;
}
function sharedKeys(group: typeof cases): Set<string> {
  const count = new Map<string, number>();
  for (const c of group)
    for (const key of new Set(c.data.metrics.map((m) => m.key)))
      count.set(key, (count.get(key) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n >= 2).map(([key]) => key));
}
/** The first three cases (casebook order) sharing the most keys: the example, when checkable. */
function bestThree(): typeof cases {
  let best: typeof cases = cases.slice(0, 3);
  for (let i = 0; i < cases.length; i++)
    for (let j = i + 1; j < cases.length; j++)
      for (let k = j + 1; k < cases.length; k++) {
        const group = [cases[i]!, cases[j]!, cases[k]!];
        if (sharedCount(group) > sharedCount(best)) best = group;
      }
  return best;
}

/**
 * The example the page declares. On the real casebook it must be the best three (checked by
 * brute force); on a large synthetic build the unit tests check the rule and this reads it.
 */
async function exampleOf(page: Page): Promise<typeof cases> {
  const ids = (await page.locator('[data-default-cases]').getAttribute('data-default-cases'))!;
  const shown = ids.split(',').map((id) => cases.find((c) => c.id === id)!);
  if (cases.length <= 12) expect(shown.map((c) => c.id)).toEqual(bestThree().map((c) => c.id));
  return shown;
}
const namesOf = (group: typeof cases) => group.map((c) => c.data.shortName);

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
  const example = await exampleOf(page);
  // Without a query the example comparison is shown, and says it is one.
  await expect.poll(() => caseHeads(page)).toEqual(namesOf(example));
  await expect(page.getByTestId('compare-summary').first()).toContainText('示例');
  const extra = cases.find((c) => !example.includes(c))!;
  const position = cases.indexOf(extra);
  const input = picker(page);
  await input.focus();
  // Arrow down opens the list on the first case; further steps walk the list in casebook order.
  await page.keyboard.press('ArrowDown');
  await expect(input).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('option')).toHaveCount(Math.min(50, cases.length));
  expect(position, 'the case to add is among the first options').toBeLessThan(50);
  for (let i = 0; i < position; i++) await page.keyboard.press('ArrowDown');
  const active = await input.getAttribute('aria-activedescendant');
  await expect(page.locator(`[id="${active}"]`)).toContainText(extra.data.shortName);
  await page.keyboard.press('Enter');
  const chosen = [...example, extra].map((c) => c.id);
  await expect.poll(() => queryCases(page)).toEqual(chosen);
  await expect(
    page.getByRole('option', { name: new RegExp(extra.data.shortName) }),
  ).toHaveAttribute('aria-selected', 'true');

  // Typing filters; Enter on the match toggles it off again; Escape closes the list.
  const gone = example[0]!;
  await page.keyboard.type(gone.data.shortName);
  await expect(page.getByRole('option')).toHaveCount(
    Math.min(
      50,
      cases.filter((c) =>
        [c.data.county, c.data.shortName].some((n) => n.includes(gone.data.shortName)),
      ).length,
    ),
  );
  await page.keyboard.press('Enter');
  const left = chosen.filter((id) => id !== gone.id);
  await expect.poll(() => queryCases(page)).toEqual(left);
  await page.keyboard.press('Escape');
  await expect(input).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('[aria-live="polite"]')).toContainText('已移除');

  await page.reload();
  await expect
    .poll(() => caseHeads(page))
    .toEqual(left.map((id) => cases.find((c) => c.id === id)!.data.shortName));
  expect(watch.errors).toEqual([]);
});

/** Bars in a chart's canvas: runs of pixel rows holding a coloured (non-grey) pixel. */
async function countBars(page: Page, chartId: string): Promise<number> {
  // Charts are drawn when they come near the viewport.
  const figure = page.locator(`figure[data-chart="${chartId}"]`);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-status', 'ready');
  return figure.locator('canvas').evaluate((canvas) => {
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

  await expect.poll(() => queryCases(page)).toEqual([first!.id]);

  // Nothing usable at all: the notice says so and the example is shown; the link drops the junk.
  await page.goto('compare/?cases=%E0%A4%A,&chart=pie');
  const exampleNames = namesOf(await exampleOf(page));
  await expect(page.getByRole('status').filter({ hasText: '默认对比' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'pie' })).toBeVisible();
  await expect.poll(() => caseHeads(page)).toEqual(exampleNames);
  await expect.poll(() => queryCases(page)).toBeUndefined();
  await expect.poll(() => new URL(page.url()).searchParams.get('chart')).toBeNull();
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
    'case_id,county,province,metric_key,metric_label,value,qualifier,qualifier_label,unit,scope_level,scope_level_label,scope_name,period,quote,note,source_id,dataset_version'.split(
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
  test.setTimeout(240_000);
  await page.goto(`compare/?cases=${ids.slice(0, 3).join(',')}&chart=category`);
  const chart = page.locator('figure[data-chart]').first();
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute('data-status', 'ready');
  expect(await seriousViolations(page)).toEqual([]);
  // And with a figure's quote open and the figures per 10,000 residents.
  await page.getByTestId('metric-table').locator('details summary').first().click();
  await page.getByRole('radio', { name: '每万常住人口' }).check();
  expect(await seriousViolations(page)).toEqual([]);
  // And with the case list open.
  await picker(page).click();
  await expect(page.getByRole('listbox')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('without JavaScript the page explains itself and shows the example comparison', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('compare/');
  const example = await exampleOf(page);
  const exampleNames = namesOf(example);
  const fallback = page.getByTestId('static-compare');
  await expect(fallback.locator('.notice')).toContainText('JavaScript');
  await expect(fallback.getByTestId('compare-summary')).toContainText('示例');
  const table = fallback.getByTestId('metric-table');
  // The example's counties only, not the whole casebook.
  await expect(table.locator('thead th a')).toHaveText(exampleNames);
  const keys = new Set(example.flatMap((c) => c.data.metrics.map((m) => m.key)));
  await expect(table.locator('tr[data-metric]')).toHaveCount(keys.size);
  // Each figure's quote opens with one click, without script.
  const c = example[0]!;
  const m = c.data.metrics[0]!;
  const cell = table.locator(`tr[data-metric="${m.key}"] td[data-case="${c.id}"]`);
  await cell.locator('summary').first().click();
  await expect(cell.locator('blockquote').first()).toBeVisible();
  await expect(fallback.getByRole('link', { name: '打开案例索引' })).toBeVisible();
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
  await figure.scrollIntoViewIfNeeded();
  await figure.getByRole('radio', { name: '对数' }).check();
  await expect.poll(() => new URL(page.url()).searchParams.get('log')).toBe(key);
  await page.reload();
  await expect(figure.getByRole('radio', { name: '对数' })).toBeChecked();
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

test('a chart downloads as a PNG image with its title, counties, warnings, source and address', async ({
  page,
}) => {
  const [key] = [...sharedQuantityKeys(cases.slice(0, 8)).keys()];
  await page.goto(`compare/?cases=${ids.slice(0, 8).join(',')}`);
  const figure = page.locator(`figure[data-chart="${key}"]`);
  const button = figure.getByRole('button', { name: /PNG/ });
  // The button's accessible name starts with its visible text (WCAG 2.5.3) and names the chart.
  await expect(button).toHaveAccessibleName(/^下载 PNG 图片\s*：.+/);
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toMatch(/\.png$/);
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  // Text is drawn above and below the chart: the image is taller than the chart itself.
  const height = bytes.readUInt32BE(20);
  const canvasHeight = await figure
    .locator('canvas')
    .evaluate((c) => (c as HTMLCanvasElement).height);
  expect(height).toBeGreaterThan(canvasHeight + 100);
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
