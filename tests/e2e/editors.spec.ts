/**
 * /about/editors/ lists every message the content check can give, each with its example, in the
 * words the build prints; /about/ links to it.
 */
import { test, expect } from './fixtures';
import { EDITOR_MESSAGES, problemMessage, type EditorCode } from '../../src/i18n/editor';

const codes = Object.keys(EDITOR_MESSAGES) as EditorCode[];

test('every message is listed once, with the situation and the example the build would print', async ({
  page,
}) => {
  await page.goto('about/editors/');
  await expect(page.locator('tr[data-code]')).toHaveCount(codes.length);
  for (const code of codes) {
    const row = page.locator(`tr[data-code="${code}"]`);
    await expect(row.locator('th')).toContainText(EDITOR_MESSAGES[code].when);
    await expect(row.locator('td')).toHaveText(
      problemMessage({ code, params: EDITOR_MESSAGES[code].example }),
    );
  }
  await expect(page.locator('[data-report-example]')).toContainText('第 133 行 metrics.0.quote：');
});

test('the About page links to it', async ({ page }) => {
  await page.goto('about/');
  await page.locator('#add-case a[href$="about/editors/"]').click();
  await expect(page.locator('h1')).toHaveText('编辑须知：内容检查的提示');
});
