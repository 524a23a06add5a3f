import { test, expect } from './fixtures';
import { expectStaticAccessiblePage } from './static-page';
import { loadContent } from '../helpers/content';

const { cases } = loadContent();
/** Provinces with cases and the case ids in each, straight from the content files. */
const byProvince = new Map<string, string[]>();
for (const c of cases)
  byProvince.set(c.data.province, [...(byProvince.get(c.data.province) ?? []), c.id]);

test.describe('home page', () => {
  test('the tile map has one square per provincial-level division and highlights exactly the case provinces', async ({
    page,
    request,
  }) => {
    await page.goto('./');
    const map = page.locator('figure.tile-map svg');
    await expect(map).toBeVisible();
    // 34 provincial-level divisions, each drawn once.
    const names = await map
      .locator('[data-province]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-province')));
    expect(names).toHaveLength(34);
    expect(new Set(names).size).toBe(34);
    // No boundary lines: the map is squares and text, nothing else.
    expect(await map.locator('path, line, polyline, polygon').count()).toBe(0);

    const linked = map.locator('a[data-province]');
    const highlighted = await linked.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-province')),
    );
    expect(new Set(highlighted)).toEqual(new Set(byProvince.keys()));
    expect(highlighted).toHaveLength(byProvince.size);

    const base = new URL(page.url()).pathname;
    for (const [province, ids] of byProvince) {
      const tile = map.locator(`a[data-province="${province}"]`);
      const href = (await tile.getAttribute('href'))!;
      expect(href.startsWith(base), `${href} is under ${base}`).toBe(true);
      if (ids.length === 1) expect(href).toBe(`${base}cases/${ids[0]}/`);
      else expect(decodeURIComponent(href)).toBe(`${base}cases/?province=${province}`);
      const response = await request.get(new URL(href, page.url()).href);
      expect(response.status(), href).toBe(200);
      // The tile names its counties for screen readers.
      for (const id of ids) {
        const county = cases.find((c) => c.id === id)!.data.shortName;
        await expect(tile).toHaveAttribute('aria-label', new RegExp(county));
      }
    }
  });

  test('the text alternative lists every case province with links to its cases', async ({
    page,
  }) => {
    await page.goto('./');
    const list = page.locator('#case-provinces');
    await expect(list.locator('> li')).toHaveCount(byProvince.size);
    for (const [province, ids] of byProvince) {
      const item = list.locator(`> li[data-province="${province}"]`);
      await expect(item).toContainText(province);
      for (const id of ids) await expect(item.locator(`a[href$="cases/${id}/"]`)).toHaveCount(1);
    }
    await expect(page.locator('figure.tile-map figcaption')).toContainText('边界');
  });

  test('every case card links to its existing case page and shows its figures with the right sign', async ({
    page,
    request,
  }) => {
    await page.goto('./');
    const cards = page.locator('.case-card');
    await expect(cards).toHaveCount(cases.length);
    for (const entry of cases) {
      const card = page.locator(`.case-card[data-case="${entry.id}"]`);
      await expect(card.getByRole('heading', { level: 3 })).toHaveText(entry.data.county);
      await expect(card).toContainText(entry.data.province);
      await expect(card).toContainText(entry.data.model.name);
      await expect(card).toContainText(entry.data.model.tagline);
      const href = (await card.getByRole('heading').getByRole('link').getAttribute('href'))!;
      expect(href.endsWith(`cases/${entry.id}/`)).toBe(true);
      const response = await request.get(new URL(href, page.url()).href);
      expect(response.status(), href).toBe(200);
      expect(await response.text()).toContain(entry.data.county);

      const figures = card.locator('[data-metric-key]');
      const count = await figures.count();
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(3);
      for (let i = 0; i < count; i++) {
        const key = (await figures.nth(i).getAttribute('data-metric-key'))!;
        const ofKey = entry.data.metrics.filter((m) => m.key === key);
        expect(ofKey.length, `${entry.id} has a figure for ${key}`).toBeGreaterThan(0);
        const value = (await figures.nth(i).locator('dd').textContent())!.trim();
        if (ofKey.every((m) => m.qualifier === 'at_least'))
          expect(value.startsWith('≥')).toBe(true);
        if (ofKey.every((m) => m.qualifier === 'exact')) expect(value).not.toMatch(/[≥≈]/);
      }
    }
  });

  test('three entry points: study a model, compare counties, teach a course', async ({ page }) => {
    await page.goto('./');
    const base = new URL(page.url()).pathname;
    const entries = page.getByRole('navigation', { name: '从这里开始' }).getByRole('link');
    await expect(entries).toHaveCount(3);
    const hrefs = await entries.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([`${base}cases/`, `${base}compare/`, `${base}about/#teaching`]);
    await entries.nth(2).click();
    await expect(page.locator('#teaching')).toBeInViewport();
  });

  test('ships no JavaScript, loads nothing from elsewhere and has no serious accessibility problem', async ({
    page,
    watch,
  }) => {
    await expectStaticAccessiblePage(page, watch, './');
  });

  test('on a phone the map and the cards fit the screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('./');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const box = (await page.locator('figure.tile-map svg').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(375);
  });
});
