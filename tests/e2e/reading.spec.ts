/**
 * Reading on a phone and at a glance (issue 17): every case page has a page contents reaching
 * each h2, headings nest, no fact block appears twice, every figure is on screen at 375 px,
 * no page type scrolls sideways, and the case index's compare bar follows the selection.
 */
import { test, expect } from './fixtures';
import { listPages } from '../gates/site';
import { readingText } from '../../src/i18n/reading';

const built = listPages();
const caseRoutes = built.filter((p) => /^cases\/[^/]+\/$/.test(p.route)).map((p) => p.route);
const oneOfEachType = [...Map.groupBy(built, (p) => p.type).values()].map((g) => g[0]!.route);
const routesToMeasure = [
  ...new Set([...oneOfEachType, ...built.filter((p) => p.type === 'other').map((p) => p.route)]),
];

test('the build has case pages to read', () => {
  expect(caseRoutes.length, 'no case page in dist/: build first').toBeGreaterThan(1);
});

for (const route of caseRoutes) {
  test.describe(route, () => {
    test('page contents reach every h2 and headings nest', async ({ page }) => {
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`./${route}`);
        const toc = page.locator('nav[aria-label]:visible', { has: page.locator('a[href^="#"]') });
        if (width === 375) await page.locator('details.toc summary').click();
        const targets = await toc
          .first()
          .locator('a')
          .evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))));
        const h2s = await page
          .locator('article h2')
          .evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent!.trim() })));
        expect(h2s.length).toBeGreaterThan(5);
        for (const h2 of h2s)
          expect(targets, `${width}px: no contents link to ${h2.text}`).toContain(h2.id);
      }
      // Levels never skip, and no heading is followed at once by another of its own level.
      const outline = await page.locator('main').evaluate((main) => {
        const hs = [...main.querySelectorAll('h1, h2, h3, h4, h5, h6')];
        return hs.map((h) => {
          const next = hs[hs.indexOf(h) + 1];
          const range = document.createRange();
          range.setStartAfter(h);
          if (next) range.setEndBefore(next);
          else range.setEndAfter(main.lastChild!);
          return {
            level: Number(h.tagName[1]),
            text: h.textContent!.trim(),
            body: range.toString().trim().length,
          };
        });
      });
      expect(outline[0]!.level).toBe(1);
      outline.forEach((h, i) => {
        if (i === 0) return;
        const prev = outline[i - 1]!;
        expect(h.level, `${h.text} skips a level after ${prev.text}`).toBeLessThanOrEqual(
          prev.level + 1,
        );
        if (h.level === prev.level)
          expect(prev.body, `${prev.text} is an empty section before ${h.text}`).toBeGreaterThan(0);
      });
    });

    test('no fact block is rendered twice', async ({ page }) => {
      await page.goto(`./${route}`);
      const facts = await page.locator('article').evaluate((article) => {
        const norm = (s: string | null) => (s ?? '').replace(/\s+/g, '');
        // Section and part headings; mechanism-family and figure-category labels are not facts.
        const headings = [...article.querySelectorAll('h2, h3')]
          .filter((h) => !h.closest('.mechanism-group, .metric-group'))
          .map((h) => norm(h.textContent));
        const blocks = [...article.querySelectorAll('[data-fact]')].map((b) =>
          b.getAttribute('data-fact'),
        );
        const summaries = [
          ...article.querySelectorAll('[data-fact^="part:"] .part-summary, [data-fact^="part:"] p'),
        ]
          .map((p) => norm(p.textContent))
          .filter((t) => t.length > 20);
        const text = norm(article.textContent);
        const occurrences = (needle: string) => text.split(needle).length - 1;
        const header = article.querySelector('header')!;
        const place = norm(header.querySelector('h1 .county')!.textContent);
        const keyFacts = [...article.querySelectorAll('.key-facts dd')].map((d) =>
          norm(d.textContent),
        );
        return {
          headings,
          blocks,
          summaries: summaries.map((s) => occurrences(s)),
          place,
          keyFacts,
        };
      });
      const dupes = (xs: Array<string | null>) => xs.filter((x, i) => xs.indexOf(x) !== i);
      expect(dupes(facts.headings), 'a section heading appears twice').toEqual([]);
      expect(dupes(facts.blocks), 'a part or mechanism block appears twice').toEqual([]);
      expect(facts.summaries.length, 'parts are rendered as fact blocks').toBeGreaterThan(0);
      for (const n of facts.summaries) expect(n, 'a part summary appears twice').toBe(1);
      expect(facts.keyFacts, 'the key facts repeat the header').not.toContain(facts.place);
    });

    test('at 375 px every figure is on screen without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`./${route}`);
      const cells = page.locator('tr[data-metric-key] .metric-value, tr[data-metric-key] td.scope');
      expect(await cells.count()).toBeGreaterThan(0);
      const off = await cells.evaluateAll((els) =>
        els
          .map((el) => ({ text: el.textContent!.trim(), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.left < 0 || box.right > window.innerWidth || box.width === 0)
          .map(({ text }) => text),
      );
      expect(off, 'figures outside the 375 px viewport').toEqual([]);
      // Values line up across the stacked tables of one page.
      const lefts = await page
        .locator('tr[data-metric-key] .metric-value')
        .evaluateAll((els) => [
          ...new Set(els.map((el) => Math.round(el.getBoundingClientRect().left))),
        ]);
      expect(lefts.length, `value columns start at ${lefts.join(', ')}`).toBe(1);
    });
  });
}

test('no page type scrolls sideways at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  const wide: string[] = [];
  // Pages without a type of their own (editors, changelog) are each a template of their own, and
  // an unknown address shows the 404 page.
  for (const route of [...routesToMeasure, 'no-such-page/']) {
    await page.goto(`./${route}`);
    const found = await page.evaluate(() => {
      const width = document.documentElement.scrollWidth;
      // Only a table or a code sample may scroll inside its own box; a strip of links that
      // scrolls hides its last links from a phone reader.
      const strips = [...document.querySelectorAll('body *')]
        .filter((el) => {
          const style = getComputedStyle(el);
          return (
            /auto|scroll/.test(style.overflowX) &&
            el.scrollWidth > el.clientWidth + 1 &&
            el.getClientRects().length > 0 &&
            !el.querySelector('table') &&
            el.tagName !== 'PRE'
          );
        })
        .map((el) => `${el.parentElement!.className} > ${el.tagName.toLowerCase()}`);
      return { width, strips };
    });
    if (found.width > 375) wide.push(`${route || '/'}: document ${found.width} px`);
    for (const strip of found.strips) wide.push(`${route || '/'}: ${strip} scrolls sideways`);
  }
  expect(wide).toEqual([]);
});

test.describe('case index compare bar', () => {
  test('counts the selection, refuses one case with a reason, then compares', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('./cases/');
    const bar = page.locator('#compare-form');
    const button = bar.getByRole('button');
    const boxes = page.locator('input[name=cases]');
    await expect(button).toBeDisabled();
    await boxes.nth(0).check();
    await expect(bar).toContainText(readingText('reading.compareCount', { n: 1 }));
    await expect(button).toBeDisabled();
    await expect(page.locator('#compare-status')).toContainText(readingText('reading.compareOne'));
    // The bar follows the selection: on screen next to the last card's checkbox.
    await boxes.last().scrollIntoViewIfNeeded();
    await boxes.last().check();
    await expect(button).toBeEnabled();
    await expect(bar).toContainText(readingText('reading.compareCount', { n: 2 }));
    const box = await bar.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(800 + 1);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    const first = await boxes.nth(0).getAttribute('value');
    const last = await boxes.last().getAttribute('value');
    await button.click();
    // The script sends the comparison's short form; the plain form sends cases=…&cases=….
    await expect(page).toHaveURL(new RegExp(`compare/\\?cases=${first}(,|&cases=)${last}$`));
  });

  test('works without JavaScript as a plain GET form', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('./cases/');
    const boxes = page.locator('input[name=cases]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    const ids = [
      await boxes.nth(0).getAttribute('value'),
      await boxes.nth(1).getAttribute('value'),
    ];
    await page.locator('#compare-form').getByRole('button').click();
    await expect(page).toHaveURL(new RegExp(`compare/\\?cases=${ids[0]}&cases=${ids[1]}$`));
    await context.close();
  });
});
