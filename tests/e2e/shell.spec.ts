import { test, expect, seriousViolations } from './fixtures';

test('home page: title, navigation, search entry, nothing leaves localhost, accessible', async ({
  page,
  watch,
}) => {
  await page.goto('./');
  await expect(page).toHaveTitle(/区域化党建县域案例库/);
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');

  const nav = page.getByRole('navigation', { name: '主导航' });
  for (const label of ['首页', '案例', '对比', '机制', '术语', '数据', '关于']) {
    await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: '首页', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('search').getByRole('searchbox')).toBeVisible();

  // Every navigation link stays under the base path the site was built for.
  const base = new URL(page.url()).pathname;
  for (const href of await nav
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href?.startsWith(base), `${href} is outside ${base}`).toBe(true);
  }

  await page.waitForLoadState('networkidle');
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
});

test('skip link moves focus to the main content', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
