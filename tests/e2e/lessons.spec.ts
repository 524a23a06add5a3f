/**
 * The 借鉴要点 block on every case page, as a reader meets it: before the narrative, the source's
 * own words in 「」, the dates, results or the plain statement that none are reported, and the
 * casebook's reading marked as its own.
 */
import { test, expect } from './fixtures';
import { loadContent } from '../helpers/content';

const content = loadContent();

test.describe('借鉴要点 on the case pages', () => {
  for (const entry of content.cases) {
    const lesson = content.lessons.find((l) => l.id === entry.id)!.data;

    test(`${entry.id}: the block comes before the narrative and quotes the source`, async ({
      page,
    }) => {
      await page.goto(`cases/${entry.id}/`);
      const block = page.locator('#lessons');
      await expect(block.getByRole('heading', { level: 2, name: '借鉴要点' })).toBeVisible();
      // The narrative starts at the case body's first heading, as the content file writes it.
      const firstHeading = /^## (.+)$/m.exec(entry.body)![1]!.trim();
      const before = await page.evaluate((heading) => {
        const lessons = document.getElementById('lessons')!;
        const narrative = [...document.querySelectorAll('h2')].find(
          (h) => h.textContent?.trim() === heading,
        )!;
        return Boolean(
          lessons.compareDocumentPosition(narrative) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
      }, firstHeading);
      expect(before).toBe(true);

      for (const s of lesson.problem.statements) {
        await expect(block.getByText(`「${s.quote}」`, { exact: false }).first()).toBeVisible();
      }
      await expect(block).toContainText(lesson.approach);
      await expect(block).toContainText('资料截至');
      if (lesson.period.kind === 'stated') await expect(block).toContainText(lesson.period.label);
      else if (lesson.period.kind === 'not-stated') await expect(block).toContainText('原文未交代');
      if (lesson.results === 'not-reported') await expect(block).toContainText('原文未报告成效');
      await expect(block.getByRole('heading', { name: '本案例库的解读' })).toBeVisible();
      await expect(block).toContainText('不是原文的说法');
    });
  }

  test('at 375 px the block fits the screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`cases/${content.cases[0]!.id}/`);
    const box = await page.locator('#lessons').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(375);
  });
});
