import { test, expect, seriousViolations } from './fixtures';
import { loadContent } from '../helpers/content';
import { formatMetricValue, formatScope } from '../../src/i18n/format';
import { CASES_PER_PAGE } from '../../src/views/paging';

const { cases } = loadContent();
/** Cards on one page of the case index: every case while the casebook fits on one. */
const firstPage = Math.min(cases.length, CASES_PER_PAGE);
/** Case pages to open: all of the real casebook, a sample of a synthetic one (the same kinds). */
const casePages = process.env.CASEBOOK_CONTENT ? [...cases.slice(0, 8), ...cases.slice(-2)] : cases;

test.describe('case pages', () => {
  for (const entry of casePages) {
    test(`${entry.id}: every figure shows its value, qualifier and scope as the data says`, async ({
      page,
      watch,
    }) => {
      await page.goto(`cases/${entry.id}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(entry.data.county);
      const rows = page.locator('tr[data-metric-key]');
      await expect(rows).toHaveCount(entry.data.metrics.length);
      for (const metric of entry.data.metrics) {
        const row = page.locator(
          `tr[data-metric-key="${metric.key}"][data-scope-level="${metric.scope.level}"][data-value="${metric.value}"]`,
        );
        await expect(row.locator('.metric-value')).toHaveText(formatMetricValue(metric));
        if (metric.qualifier === 'at_least')
          await expect(row.locator('.metric-value')).toContainText('≥');
        await expect(row.locator('td.scope')).toHaveText(formatScope(metric.scope));
        if (metric.scope.name)
          await expect(row.locator('td.scope')).toContainText(metric.scope.name);
      }
      // Each figure opens its own source quote, without JavaScript.
      const first = rows.first();
      const key = await first.getAttribute('data-metric-key');
      const value = Number(await first.getAttribute('data-value'));
      const level = await first.getAttribute('data-scope-level');
      const shown = entry.data.metrics.find(
        (m) => m.key === key && m.value === value && m.scope.level === level,
      )!;
      await first.locator('summary').click();
      await expect(first.locator('blockquote')).toBeVisible();
      await expect(first.locator('blockquote')).toContainText(shown.quote);
      expect(watch.errors).toEqual([]);
      expect(watch.external).toEqual([]);
    });
  }

  test('a case page draws every tier chain with a text alternative and lists its questions', async ({
    page,
  }) => {
    const entry = cases[0]!;
    await page.goto(`cases/${entry.id}/`);
    const diagrams = page.getByRole('img');
    for (const chain of entry.data.tiers) {
      await expect(page.getByRole('img', { name: chain.name })).toBeVisible();
    }
    expect(await diagrams.count()).toBeGreaterThanOrEqual(entry.data.tiers.length);
    await expect(page.locator('.questions li')).toHaveCount(entry.data.questions.length);
  });

  test('a case page links every mechanism it uses to an existing mechanism page', async ({
    page,
  }) => {
    const entry = cases[1]!;
    await page.goto(`cases/${entry.id}/`);
    const hrefs = await page
      .locator('.mechanism-list dt a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(hrefs).toHaveLength(entry.data.mechanisms.length);
  });

  test('glossary terms in the narrative are marked once each, with a definition on focus', async ({
    page,
  }) => {
    await page.goto(`cases/${cases[0]!.id}/`);
    const marks = page.locator('.narrative a[data-glossary]');
    const ids = await marks.evaluateAll((as) => as.map((a) => a.getAttribute('data-glossary')));
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    await marks.first().focus();
    await expect(page.locator('.narrative .term:focus-within .term-tip')).toBeVisible();
  });

  test('printing a case hides navigation and shows quotes and the page URL', async ({ page }) => {
    await page.goto(`cases/${cases[0]!.id}/`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.compare-links')).toBeHidden();
    await expect(page.locator('.print-quote').first()).toBeVisible();
    await expect(page.locator('.print-url')).toBeVisible();
    await expect(page.locator('.questions')).toBeVisible();
  });

  test('case page is accessible and loads no JavaScript', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto(`cases/${cases[0]!.id}/`);
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    expect(await page.locator('script:not([type="application/json"])').count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test.describe('case index', () => {
  test('lists a page of cases and filters the whole casebook by region through the URL', async ({
    page,
  }) => {
    await page.goto('cases/');
    await expect(page.locator('.case-card')).toHaveCount(firstPage);
    const region = cases[0]!.data.region;
    await page.getByLabel('地带').selectOption(region);
    await expect(page).toHaveURL(new RegExp(`region=${encodeURIComponent(region)}`));
    const all = cases.filter((c) => c.data.region === region).map((c) => c.id);
    // The matches of the whole casebook, a page at a time.
    const expected = all.slice(0, CASES_PER_PAGE);
    await expect(page.locator('.case-card:visible')).toHaveCount(expected.length);
    expect(
      await page
        .locator('.case-card:visible')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-case'))),
    ).toEqual(expected);
    await expect(page.locator('#result-count')).toContainText(String(all.length));
    await page.reload();
    await expect(page.locator('.case-card:visible')).toHaveCount(expected.length);
  });

  test('each card says its mechanism count is what the source describes, not a score', async ({
    page,
  }) => {
    await page.goto('cases/');
    for (const entry of cases) {
      await expect(page.locator(`.case-card[data-case="${entry.id}"] .card-foot`)).toContainText(
        `原文写到 ${entry.data.mechanisms.length} 项机制`,
      );
    }
  });

  test('a shared ?mechanism= link shows the cases that use it', async ({ page }) => {
    const mechanism = cases[0]!.data.mechanisms[0]!.id;
    await page.goto(`cases/?mechanism=${mechanism}`);
    const expected = cases
      .filter((c) => c.data.mechanisms.some((m) => m.id === mechanism))
      .map((c) => c.id)
      .slice(0, CASES_PER_PAGE);
    await expect(page.locator('.case-card:visible')).toHaveCount(expected.length);
    await expect(page.getByLabel('机制')).toHaveValue(mechanism);
  });

  test('an unknown filter value shows a notice and the full list', async ({ page, watch }) => {
    await page.goto('cases/?region=北部');
    await expect(page.locator('#filter-notice')).toBeVisible();
    await expect(page.locator('#filter-notice')).toContainText('北部');
    await expect(page.locator('.case-card:visible')).toHaveCount(firstPage);
    expect(watch.errors).toEqual([]);
  });

  test('without JavaScript the full list shows', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const base = test.info().project.use.baseURL!;
    await page.goto(`${base}cases/?region=东部`);
    await expect(page.locator('.case-card:visible')).toHaveCount(firstPage);
    await context.close();
  });

  test('a casebook over one page is split into static pages that link to each other', async ({
    page,
  }) => {
    await page.goto('cases/');
    const pager = page.getByRole('navigation', { name: '案例索引分页' });
    if (cases.length <= CASES_PER_PAGE) {
      await expect(pager).toHaveCount(0);
      return;
    }
    await pager.getByRole('link', { name: '下一页 →' }).click();
    await expect(page).toHaveURL(/cases\/page\/2\/$/);
    expect(
      await page
        .locator('.case-card')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-case'))),
    ).toEqual(cases.slice(CASES_PER_PAGE, 2 * CASES_PER_PAGE).map((c) => c.id));
  });

  test('selected cases go to the comparison tool', async ({ page }) => {
    await page.goto('cases/');
    await page.getByLabel(`加入对比：${cases[0]!.data.county}`).check();
    await page.getByLabel(`加入对比：${cases[1]!.data.county}`).check();
    await page.getByRole('button', { name: '对比所选案例' }).click();
    // The form submits cases=a&cases=b; the comparison then writes its own short form, cases=a,b.
    await expect(page).toHaveURL(
      new RegExp(`compare/\\?cases=${cases[0]!.id}(&cases=|,)${cases[1]!.id}`),
    );
  });

  test('case index is accessible and fetches only its filter script', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('cases/');
    await page.waitForLoadState('networkidle');
    // The filter is a file, not inline script, so the page runs under a CSP without 'unsafe-inline'.
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/\/_astro\/[^/]+\.js$/);
    expect(await seriousViolations(page)).toEqual([]);
  });
});
