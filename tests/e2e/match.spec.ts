/**
 * The finder (/match/) in Chromium: the plain GET form writes the profile into the URL, the
 * island ranks every case with reasons and a prefilled comparison, says what the casebook lacks,
 * names bad parameters, and without JavaScript the page still explains and lists every case.
 */
import { test, expect, seriousViolations } from './fixtures';
import { loadContent } from '../helpers/content';

const content = loadContent();
const hasRural = content.cases.some((c) => c.data.setting === 'rural');
const countyOf = (id: string) => content.cases.find((c) => c.id === id)!.data.county;

test('an official fills the form: the URL holds the profile and every case is ranked with reasons', async ({
  page,
  watch,
}) => {
  await page.goto('match/');
  await expect(page.getByRole('heading', { level: 1, name: '找适合我县的模式' })).toBeVisible();
  await expect(page.locator('#match-summary')).toContainText('按案例库顺序');

  await page.getByLabel('场景').selectOption({ label: '农村' });
  await page.getByLabel('地区').selectOption({ label: '西部' });
  await page.getByRole('checkbox', { name: /村集体经济和产业发展/ }).check();
  await page.getByRole('button', { name: '排序' }).click();

  await expect(page).toHaveURL(/[?&]setting=rural(&|$)/);
  await expect(page).toHaveURL(/[?&]region=west(&|$)/);
  await expect(page).toHaveURL(/[?&]problem=rural-economy(&|$)/);

  const items = page.locator('#match-list > li');
  await expect(items).toHaveCount(content.cases.length);
  for (let i = 0; i < content.cases.length; i++) {
    await expect(items.nth(i).locator('.match-rank')).toContainText(`第 ${i + 1} 位`);
    await expect(items.nth(i).locator('.match-reasons dt').first()).toBeVisible();
  }
  if (!hasRural) {
    await expect(page.locator('#match-gaps')).toContainText('本库目前没有农村场景的案例');
  }

  // The first case links to itself, its 借鉴要点 and a comparison with the two next closest.
  const first = items.first();
  const firstId = (await first.getAttribute('data-case'))!;
  const secondId = (await items.nth(1).getAttribute('data-case'))!;
  const thirdId = (await items.nth(2).getAttribute('data-case'))!;
  await expect(first.getByRole('link', { name: '借鉴要点' })).toHaveAttribute(
    'href',
    new RegExp(`cases/${firstId}/#lessons$`),
  );
  const compare = first.locator('a.compare');
  await expect(compare).toHaveAttribute(
    'href',
    new RegExp(`compare/\\?cases=${firstId},${secondId},${thirdId}$`),
  );

  // The state survives a reload: the form is filled back from the URL, the order is the same.
  await page.reload();
  await expect(page.getByLabel('场景')).toHaveValue('rural');
  await expect(page.getByRole('checkbox', { name: /村集体经济和产业发展/ })).toBeChecked();
  await expect(items.first()).toHaveAttribute('data-case', firstId);

  // Following the comparison lands on the three counties side by side.
  await compare.click();
  await expect(page).toHaveURL(/compare\/\?cases=/);
  await expect(page.getByText(countyOf(thirdId)).first()).toBeVisible();

  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('the ranked page is accessible', async ({ page }) => {
  await page.goto('match/?setting=urban-rural&budget=low&problem=mobile-members&autonomy=area');
  await expect(page.locator('#match-list .match-rank').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('bad URL parameters get a short visible notice and the rest still applies', async ({
  page,
}) => {
  await page.goto('match/?pop=huge&utm_source=mail&region=east');
  const notice = page.locator('#match-notice');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('huge');
  await expect(notice).toContainText('utm_source');
  await expect(page.getByLabel('地区')).toHaveValue('east');
  await expect(page.locator('#match-list .match-rank').first()).toContainText('第 1 位');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page explains its rules and lists every case with its links', async ({ page }) => {
    await page.goto('match/?setting=rural');
    // Playwright's text engine skips <noscript>; the paragraph inside it is what readers see.
    await expect(page.locator('noscript p')).toContainText('排序在浏览器中运行');
    await expect(page.locator('noscript p')).toBeVisible();
    await expect(page.getByRole('heading', { name: '排序规则' })).toBeVisible();
    const items = page.locator('#match-list > li');
    await expect(items).toHaveCount(content.cases.length);
    for (const [i, c] of content.cases.entries()) {
      await expect(items.nth(i).getByRole('link', { name: '阅读案例' })).toHaveAttribute(
        'href',
        new RegExp(`cases/${c.id}/$`),
      );
    }
    if (!hasRural) await expect(page.getByText('本库目前没有农村场景的案例')).toBeVisible();
  });
});

test('the case index offers the rural setting and says plainly when it has no case', async ({
  page,
}) => {
  await page.goto('cases/?setting=rural');
  await expect(page.getByLabel('场景')).toHaveValue('rural');
  const rural = content.cases.filter((c) => c.data.setting === 'rural');
  await expect(page.locator('.case-card:visible')).toHaveCount(rural.length);
  const marked = page.getByRole('option', { name: /农村（本库暂无案例）/ });
  if (hasRural) {
    await expect(marked).toHaveCount(0);
  } else {
    await expect(page.locator('#no-results')).toBeVisible();
    await expect(page.getByText('本库目前没有农村场景的案例')).toBeVisible();
    await expect(marked).toBeAttached();
  }
});
