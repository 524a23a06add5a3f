import { parse } from 'yaml';
import { test, expect } from './fixtures';
import { expectStaticAccessiblePage } from './static-page';
import { loadContent } from '../helpers/content';
import { SCOPE_LEVELS } from '../../src/schemas/metric';
import { MECHANISM_CATEGORIES, type MechanismCategory } from '../../src/schemas/mechanism';
import { t } from '../../src/i18n/ui';

const { cases, sources, mechanisms } = loadContent();
const metrics = cases.flatMap((c) => c.data.metrics);
const quotes = new Set(metrics.map((m) => m.quote));

test.describe('about page', () => {
  test('qualifiers and scopes are explained, with counts that match the content', async ({
    page,
  }) => {
    await page.goto('about/');
    for (const [qualifier, sign] of [
      ['exact', ''],
      ['at_least', '≥'],
      ['approx', '≈'],
    ] as const) {
      const row = page.locator(`#qualifiers tr[data-qualifier="${qualifier}"]`);
      await expect(row).toHaveCount(1);
      if (sign) await expect(row.locator('td').first()).toHaveText(sign);
      await expect(row.locator('td.num')).toHaveText(
        String(metrics.filter((m) => m.qualifier === qualifier).length),
      );
    }
    const rows = page.locator('#scopes tr[data-scope-level]');
    await expect(rows).toHaveCount(SCOPE_LEVELS.length);
    for (const level of SCOPE_LEVELS) {
      const row = page.locator(`#scopes tr[data-scope-level="${level}"]`);
      await expect(row).toContainText(level);
      await expect(row.locator('td.num')).toHaveText(
        String(metrics.filter((m) => m.scope.level === level).length),
      );
    }
  });

  test('the comparability examples quote real figures of real cases', async ({ page, request }) => {
    await page.goto('about/');
    const section = page.locator('#comparability');
    for (const kind of ['scope', 'lower-bound', 'unit', 'definition']) {
      await expect(section.locator(`[data-caveat="${kind}"]`)).toHaveCount(1);
    }
    const shown = await section.locator('q').allTextContents();
    expect(shown.length).toBeGreaterThanOrEqual(2);
    for (const quote of shown)
      expect(quotes.has(quote), `「${quote}」 is a quote in the content`).toBe(true);
    // The scope example sets a county-wide figure against a narrower one from another county.
    const scope = section.locator('[data-caveat="scope"]');
    const counties = cases.map((c) => c.data.shortName).filter((name) => name);
    const named = [];
    for (const county of counties)
      if ((await scope.textContent())!.includes(county)) named.push(county);
    expect(named.length).toBeGreaterThanOrEqual(2);
    await expect(scope).toContainText('全县');
    // The lower-bound example shows the ≥ sign and the source's 余/多/以上.
    await expect(section.locator('[data-caveat="lower-bound"]')).toContainText('≥');
    await expect(section.locator('[data-caveat="lower-bound"]')).toContainText(/余|多|以上/);
    for (const href of await section
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect((await request.get(new URL(href, page.url()).href)).status(), href).toBe(200);
    }
  });

  test('sources are listed with GB/T 7714 and APA citations, and the mechanism families with their counts', async ({
    page,
  }) => {
    await page.goto('about/');
    for (const source of sources) {
      const block = page.locator(`#sources [data-source="${source.id}"]`);
      await expect(block.getByRole('heading')).toContainText(source.title);
      const [gbt, apa] = await block.locator('.citation-text').allTextContents();
      expect(gbt).toContain(source.author);
      expect(gbt).toContain(`${source.title}[EB/OL]`);
      expect(apa).toContain(source.author);
      expect(apa).toContain(`[${source.titleEnglish}]`);
      if (source.url) {
        expect(gbt).toContain(source.url);
        expect(apa).toContain(source.url);
      }
      if (source.published) {
        expect(gbt).toContain(`(${source.published})[`);
        // The date's basis is said beside it: the article page itself prints no date.
        await expect(block.locator('.source-facts')).toContainText(source.published);
      }
    }
    const families = page.locator('#mechanism-families tr[data-category]');
    await expect(families).toHaveCount(Object.keys(MECHANISM_CATEGORIES).length);
    for (const [category, names] of Object.entries(MECHANISM_CATEGORIES)) {
      const row = page.locator(`#mechanism-families tr[data-category="${category}"]`);
      await expect(row).toContainText(names.zh);
      await expect(row).toContainText(t(`mechanisms.family.${category as MechanismCategory}`));
      await expect(row.locator('td.num')).toHaveText(
        String(mechanisms.filter((m) => m.category === category).length),
      );
    }
  });

  test('the teaching section links each case’s discussion questions', async ({ page }) => {
    await page.goto('about/');
    const rows = page.locator('#teaching tr[data-case]');
    await expect(rows).toHaveCount(cases.length);
    for (const entry of cases) {
      const row = page.locator(`#teaching tr[data-case="${entry.id}"]`);
      await expect(row.locator('[data-questions]')).toContainText(
        String(entry.data.questions.length),
      );
    }
    const last = cases.at(-1)!;
    await page.locator(`#teaching tr[data-case="${last.id}"] a`).click();
    await expect(page).toHaveURL(new RegExp(`cases/${last.id}/#questions-title$`));
    await expect(page.locator('#questions-title')).toBeInViewport();
    await expect(page.locator('.questions li')).toHaveCount(last.data.questions.length);
  });

  test('the worked example is a real metric and the build error the schema gives for it', async ({
    page,
  }) => {
    await page.goto('about/');
    const yamlText = await page.locator('#add-case pre').first().textContent();
    const parsed = parse(yamlText!) as { metrics: unknown[] };
    expect(parsed.metrics).toHaveLength(1);
    expect(metrics).toContainEqual(parsed.metrics[0]);
    const metric = parsed.metrics[0] as (typeof metrics)[number];

    const error = (await page.locator('#add-case [data-build-error]').textContent())!.trim();
    const match = /^metrics\.(\d+)\.quote：引文「(.+?)」中找不到数值 ([^\s（]+)（(.+?)）/.exec(
      error,
    );
    expect(match, error).not.toBeNull();
    const [, index, broken, value, unit] = match!;
    expect(metric.quote.startsWith(broken!)).toBe(true);
    expect(broken!.includes(String(metric.value))).toBe(false);
    expect([value, unit]).toEqual([String(metric.value), metric.unit]);
    // The path names the metric's real position in a case file.
    expect(cases.some((c) => c.data.metrics[Number(index)]?.quote === metric.quote)).toBe(true);
  });

  test('ships no JavaScript, loads nothing from elsewhere and has no serious accessibility problem', async ({
    page,
    watch,
  }) => {
    await expectStaticAccessiblePage(page, watch, 'about/');
  });
});
