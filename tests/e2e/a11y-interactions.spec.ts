/**
 * The accessibility gate after a reader has used the tools, not only on first view: on /compare/
 * after picking cases, choosing metrics, switching the chart mode and the axis, and with the
 * case list open; on /search/ after a query, a filter, more results and keyboard navigation.
 * axe-core is the version the project pins (fixtures.ts injects its own source and checks the
 * version that ran).
 */
import type { Page } from '@playwright/test';
import { test, expect, seriousViolations, AXE_SOURCE, AXE_VERSION } from './fixtures';
import { loadContent } from '../helpers/content';
import pinned from 'axe-core/package.json' with { type: 'json' };

const ids = loadContent()
  .cases.sort((a, b) => a.data.order - b.data.order)
  .map((c) => c.id);

async function expectAccessible(page: Page, after: string) {
  expect(await seriousViolations(page), `after ${after}`).toEqual([]);
}

test('the gate runs the axe-core the project pins', async ({ page }) => {
  expect(AXE_VERSION).toBe(pinned.version);
  await page.goto('');
  await page.evaluate(AXE_SOURCE);
  expect(
    await page.evaluate(() => (window as unknown as { axe: { version: string } }).axe.version),
  ).toBe(pinned.version);
});

test('compare stays accessible through a reading session', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(`compare/?cases=${ids.slice(0, 4).join(',')}`);
  const charts = page.locator('figure[data-chart]');
  await expect(charts.first().getByRole('button', { name: /PNG/ })).toBeEnabled({
    timeout: 20_000,
  });
  await expectAccessible(page, 'picking four cases');

  await page.locator('.cmp-chooser summary').click();
  await page.locator('.cmp-chooser input[type=checkbox]').first().uncheck();
  await expectAccessible(page, 'choosing metrics');

  await page.getByRole('radio', { name: '按类别' }).check();
  await expect(charts.first().getByRole('button', { name: /PNG/ })).toBeEnabled({
    timeout: 20_000,
  });
  await expectAccessible(page, 'switching to charts by category');

  const log = page.getByRole('radio', { name: '对数' }).first();
  if (await log.count()) {
    await log.check();
    await expectAccessible(page, 'switching an axis to log');
  }

  await page.getByRole('combobox', { name: /选择要对比的案例/ }).click();
  await expect(page.getByRole('listbox')).toBeVisible();
  await expectAccessible(page, 'opening the case list');
});

test('search stays accessible through a query, filters and keyboard use', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('search/');
  const box = page.getByRole('search', { name: '搜索' }).getByRole('searchbox');
  await box.fill('网格');
  await expect(page.locator('.result-list > li').first()).toBeVisible({ timeout: 20_000 });
  await expectAccessible(page, 'a query');

  await page.getByRole('group', { name: '类型' }).getByRole('checkbox').first().check();
  await expect(page.locator('.result-list > li').first()).toBeVisible();
  await expectAccessible(page, 'a filter');

  await page.getByRole('group', { name: '类型' }).getByRole('checkbox').first().uncheck();
  const more = page.getByRole('button', { name: '显示更多结果' });
  if (await more.count()) {
    await more.click();
    await expectAccessible(page, 'more results');
  }

  await box.focus();
  await page.keyboard.press('ArrowDown');
  await expectAccessible(page, 'moving into the results with the keyboard');

  // No character pair of it is in the casebook: search now shows partial matches, and 计算 of
  // the earlier 量子计算 is in a glossary entry.
  await page.goto(`search/?q=${encodeURIComponent('量子纠缠')}`);
  await expect(page.locator('.search-results')).toContainText('没有找到', { timeout: 20_000 });
  await expectAccessible(page, 'a query without results');
});
