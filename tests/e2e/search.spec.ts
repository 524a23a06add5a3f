/**
 * The search page as a reader uses it: from the header of any page, with filters that narrow,
 * a URL that survives a reload and can be shared, keyboard navigation, an empty state, a clear
 * message when the index cannot load, and no JavaScript on the reading pages.
 */
import type { Page } from '@playwright/test';
import { test, expect, seriousViolations } from './fixtures';
import { loadContent } from '../helpers/content';

const content = loadContent();
const jiangan = content.cases.find((c) => c.data.programmes.some((p) => p.name === '民声茶馆'));

/** The search box of the search page (the header has one too). */
const searchBox = (page: Page) => page.getByRole('search', { name: '搜索' }).getByRole('searchbox');
const results = (page: Page) => page.locator('.result-list > li');
const status = (page: Page) => page.locator('.search-results [role="status"]');

/**
 * Waits until the results on screen are for exactly this query and these filters (the results
 * section names the URL parameters its results are for).
 */
async function settled(page: Page, query: string, filters: Record<string, string[]> = {}) {
  await page.waitForFunction(
    ({ q, filters }) => {
      const key = document.querySelector('[data-results-for]')?.getAttribute('data-results-for');
      if (key === null || key === undefined) return false;
      const params = new URLSearchParams(key);
      const names = new Set([...params.keys()].filter((name) => name !== 'q'));
      return (
        (params.get('q') ?? '') === q &&
        [...names].every((name) => name in filters) &&
        Object.entries(filters).every(
          ([name, values]) => params.getAll(name).sort().join('|') === [...values].sort().join('|'),
        )
      );
    },
    { q: query, filters },
  );
}

async function count(page: Page): Promise<number> {
  const text = (await status(page).textContent()) ?? '';
  const match = /找到 (\d+) 条结果/.exec(text);
  if (!match) throw new Error(`no result count in “${text}”`);
  return Number(match[1]);
}

test('the header search of a case page opens the search page with results', async ({
  page,
  watch,
}) => {
  expect(jiangan, 'a case should name 民声茶馆').toBeDefined();
  await page.goto(`cases/${jiangan!.id}/`);
  const header = page.locator('header').getByRole('search');
  await header.getByRole('searchbox').fill('民声茶馆');
  await header.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await settled(page, '民声茶馆');
  await expect(searchBox(page)).toHaveValue('民声茶馆');
  const first = results(page).first();
  await expect(first.locator('mark').first()).toBeVisible();
  await expect(page.locator('.result-list')).toContainText(jiangan!.data.county);

  // A result leads to its page, under the base path.
  const link = page
    .locator('.result-list a[data-result]')
    .filter({ hasText: jiangan!.data.shortName });
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/cases/${jiangan!.id}/$`));
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('filters narrow the results, show counts, and survive a reload and a shared link', async ({
  page,
  browser,
  watch,
}) => {
  await page.goto('search/?q=网格');
  await settled(page, '网格');
  const all = await count(page);
  expect(all).toBeGreaterThan(3);

  // Type: only cases.
  const typeGroup = page.getByRole('group', { name: '类型' });
  const caseBox = typeGroup.getByRole('checkbox', { name: /^案例（\d+）$/ });
  const caseCount = Number(/（(\d+)）/.exec((await caseBox.locator('..').textContent()) ?? '')![1]);
  await caseBox.check();
  await expect(page).toHaveURL(/type=%E6%A1%88%E4%BE%8B/);
  await settled(page, '网格', { type: ['案例'] });
  const cases = await count(page);
  expect(cases).toBeLessThan(all);
  expect(cases).toBe(caseCount);
  for (const type of await page.locator('.result-type').allTextContents())
    expect(type).toBe('案例');

  // Region narrows further: the label's count is what the results then show.
  const regionGroup = page.getByRole('group', { name: '地区' });
  const firstRegion = regionGroup.getByRole('checkbox').first();
  const regionLabel = (await firstRegion.locator('..').textContent()) ?? '';
  const [, region, regionCount] = /^(.+)（(\d+)）$/.exec(regionLabel.trim())!;
  await firstRegion.check();
  await settled(page, '网格', { type: ['案例'], region: [region!] });
  expect(await count(page)).toBe(Number(regionCount));
  expect(await count(page)).toBeLessThan(cases);
  const regionCases = content.cases.filter((c) => c.data.region === region).map((c) => c.id);
  for (const href of await page
    .locator('.result-list a[data-result]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))) {
    expect(
      regionCases.some((id) => href.endsWith(`/cases/${id}/`)),
      href,
    ).toBe(true);
  }
  const narrowed = await page.locator('.result-list a[data-result]').allTextContents();

  // Reload: same query, same filters, same results.
  const shared = page.url();
  await page.reload();
  await settled(page, '网格', { type: ['案例'], region: [region!] });
  await expect(searchBox(page)).toHaveValue('网格');
  await expect(typeGroup.getByRole('checkbox', { name: /^案例/ })).toBeChecked();
  expect(await page.locator('.result-list a[data-result]').allTextContents()).toEqual(narrowed);

  // A shared link opened in a fresh browser context shows the same.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(shared);
  await settled(second, '网格', { type: ['案例'], region: [region!] });
  expect(await second.locator('.result-list a[data-result]').allTextContents()).toEqual(narrowed);
  await other.close();

  // Clearing the filters brings every result back.
  await page.getByRole('button', { name: '清除全部筛选' }).click();
  await settled(page, '网格');
  expect(await count(page)).toBe(all);
  await expect(page).not.toHaveURL(/type=/);
  expect(watch.errors).toEqual([]);
});

test('filters alone list pages: every case that uses a mechanism', async ({ page }) => {
  const uses = new Map<string, string[]>();
  for (const c of content.cases) {
    for (const m of c.data.mechanisms) uses.set(m.id, [...(uses.get(m.id) ?? []), c.id]);
  }
  const [id, caseIds] = [...uses].sort((a, b) => b[1].length - a[1].length)[0]!;
  const name = content.mechanisms.find((m) => m.id === id)!.name;
  await page.goto(`search/?type=案例&mechanism=${encodeURIComponent(name)}`);
  await settled(page, '', { type: ['案例'], mechanism: [name] });
  expect(await count(page)).toBe(caseIds.length);
  const hrefs = await page
    .locator('.result-list a[data-result]')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.map((h) => h.split('/').at(-2)).sort()).toEqual([...caseIds].sort());
});

test('keyboard: arrows move through results, Escape returns to the box, Enter opens', async ({
  page,
}) => {
  await page.goto('search/?q=党群服务中心');
  await settled(page, '党群服务中心');
  const links = page.locator('.result-list a[data-result]');
  expect(await links.count()).toBeGreaterThan(2);
  await searchBox(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const target = new URL((await links.nth(1).getAttribute('href'))!, page.url());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(target.href);
});

test('no match: says so and offers terms that do find something', async ({ page }) => {
  await page.goto('search/?q=量子计算');
  await settled(page, '量子计算');
  await expect(page.getByText('没有找到与“量子计算”相符的内容。')).toBeVisible();
  const suggestion = page.locator('.search-empty .search-suggestions button').first();
  const word = (await suggestion.textContent())!;
  await suggestion.click();
  await settled(page, word);
  expect(await count(page)).toBeGreaterThan(0);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`));
});

test('bad URL parameters are named in a notice and the rest still works', async ({
  page,
  watch,
}) => {
  await page.goto('search/?q=网格&type=小说&sort=new');
  await expect(page.getByText('网址中的参数“sort”无法识别，已忽略。')).toBeVisible();
  await expect(page.getByText('筛选条件“类型：小说”不存在，已忽略。')).toBeVisible();
  await settled(page, '网格');
  expect(await count(page)).toBeGreaterThan(0);
  expect(watch.errors).toEqual([]);
});

test('an index that cannot load gives a clear message', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404 }));
  await page.goto('search/?q=网格');
  await expect(page.getByRole('alert')).toContainText('搜索索引无法加载');
  await expect(searchBox(page)).toHaveValue('网格');
});

test('the search page is accessible with results on screen', async ({ page, watch }) => {
  await page.goto('search/?q=时间银行');
  await settled(page, '时间银行');
  expect(await seriousViolations(page)).toEqual([]);
  await page.waitForLoadState('networkidle');
  expect(watch.external).toEqual([]);
});

test('reading pages load no JavaScript; the search page loads the index only there', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  const reading = ['./', ...(jiangan ? [`cases/${jiangan.id}/`] : [])];
  for (const path of reading) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('script[src], script[type="module"]').count(), path).toBe(0);
  }
  expect(scripts).toEqual([]);
  await page.goto('search/?q=网格');
  await settled(page, '网格');
  expect(scripts.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test('what a reader types before the page script has loaded is kept and searched', async ({
  page,
}) => {
  // Hold back the page's own scripts so the reader types into the server-rendered box.
  await page.route('**/_astro/*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 800));
    await route.continue();
  });
  await page.goto('search/', { waitUntil: 'domcontentloaded' });
  await searchBox(page).fill('时间银行');
  await settled(page, '时间银行');
  await expect(searchBox(page)).toHaveValue('时间银行');
  expect(await count(page)).toBeGreaterThan(0);
});

test('byte budget: a typical query fetches at most 320 KiB of search files', async ({ page }) => {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (path.includes('/pagefind/')) sizes.set(path, (await response.body()).length);
  });
  await page.goto('search/?q=民声茶馆');
  await settled(page, '民声茶馆');
  await page.waitForLoadState('networkidle');
  // The engine, its worker and WebAssembly, plus the index chunks and fragments for the query.
  expect([...sizes.keys()].some((path) => path.endsWith('.pf_index'))).toBe(true);
  const total = [...sizes.values()].reduce((sum, n) => sum + n, 0);
  expect(total / 1024).toBeLessThan(320);
});

test('a glossary result opens the glossary at that term', async ({ page }) => {
  const term = content.glossary.find((g) => g.term === '时间银行') ?? content.glossary[0]!;
  await page.goto(`search/?q=${encodeURIComponent(term.term)}&type=术语`);
  await settled(page, term.term, { type: ['术语'] });
  await page.locator('.result-list a[data-result]').filter({ hasText: term.term }).first().click();
  await expect(page).toHaveURL(new RegExp(`/glossary/#${term.id}$`));
  const entry = page.locator(`[id="${term.id}"]`);
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(term.definition.slice(0, 10));
});
