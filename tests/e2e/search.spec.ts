/**
 * The search page as a reader uses it: from the header of any page, exact matches before
 * partial ones, direct answers, filters that narrow, a URL that survives a reload and can be
 * shared, keyboard use (results before filters, focus and scroll kept on the way back), an
 * empty state, clear notices, a strict CSP, and no JavaScript on the reading pages.
 */
import type { Page } from '@playwright/test';
import { test, expect, seriousViolations } from './fixtures';
import { loadContent } from '../helpers/content';
import { testContentRoot } from '../helpers/search-truth';

const content = loadContent(testContentRoot());
const jiangan = content.cases.find((c) => c.data.programmes.some((p) => p.name === '民声茶馆'));

/** The search box of the search page (the header has one too). */
const searchBox = (page: Page) => page.getByRole('search', { name: '搜索' }).getByRole('searchbox');
const results = (page: Page) => page.locator('[data-groups] .result');
const resultLinks = (page: Page) => page.locator('.search-results a[data-result]');
const status = (page: Page) => page.locator('.search-results [role="status"]').first();

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

/** The number of pages the status line reports. */
async function count(page: Page): Promise<number> {
  const text = (await status(page).textContent()) ?? '';
  const match = /找到 (\d+) 个|共 (\d+) 个页面/.exec(text);
  if (!match) throw new Error(`no result count in “${text}”`);
  return Number(match[1] ?? match[2]);
}

/** Count in a filter option's label: “案例（4）”. */
async function optionCount(page: Page, name: string, code: string): Promise<number> {
  const label = page.locator(`.search-filters label:has(input[name="${name}"][value="${code}"])`);
  return Number(/（(\d+)）/.exec((await label.textContent()) ?? '')![1]);
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
  // The whole term is marked, not its characters one by one.
  await expect(first.locator('mark').first()).toHaveText('民声茶馆');
  await expect(first).toContainText(jiangan!.data.county);

  const link = resultLinks(page).filter({ hasText: jiangan!.data.shortName }).first();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/cases/${jiangan!.id}/$`));
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
});

test('exact matches come first, grouped by type with counts; pieces only as related', async ({
  page,
}) => {
  await page.goto('search/?q=网格');
  await settled(page, '网格');
  const caseGroup = page.locator('[data-group="case"]');
  await expect(caseGroup.locator('h3')).toHaveText(/^案例（\d+）$/);
  const shown = Number(/（(\d+)）/.exec((await caseGroup.locator('h3').textContent())!)![1]);
  expect(shown).toBe(await optionCount(page, 'type', 'case'));
  // Every excerpt of an exact match marks the whole term.
  for (const mark of await page.locator('[data-groups] mark').allTextContents())
    expect(mark).toBe('网格');
  // A two-character term has no smaller pieces: nothing related.
  await expect(page.locator('[data-related] .related')).toHaveCount(0);

  // A term no page holds whole: said plainly, pieces under their own heading.
  await searchBox(page).fill('乡村振兴');
  await settled(page, '乡村振兴');
  await expect(status(page)).toHaveText(
    '没有页面含有完整的“乡村振兴”。下面是只含其中一部分的页面。',
  );
  await expect(page.locator('[data-groups] .result')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: /^相关结果（\d+）$/ })).toBeVisible();
  for (const mark of await page.locator('[data-related] mark').allTextContents())
    expect(mark.length).toBeGreaterThanOrEqual(2);
});

test('a mechanism or term named by the query is a direct answer above the list', async ({
  page,
}) => {
  const uses = new Map<string, string[]>();
  for (const c of content.cases)
    for (const m of c.data.mechanisms)
      uses.set(m.id, [...(uses.get(m.id) ?? []), c.data.shortName]);
  const mechanism = content.mechanisms.find((m) => (uses.get(m.id) ?? []).length >= 2)!;
  await page.goto(`search/?q=${encodeURIComponent(mechanism.name)}`);
  await settled(page, mechanism.name);
  const card = page.locator('[data-answers] .answer').first();
  await expect(card.getByRole('link', { name: new RegExp(mechanism.name) })).toHaveAttribute(
    'href',
    new RegExp(`/mechanisms/${mechanism.id}/$`),
  );
  await expect(card).toContainText(mechanism.definition.split('。')[0]!);
  for (const county of uses.get(mechanism.id)!.slice(0, 6))
    await expect(card.getByRole('link', { name: county, exact: true })).toBeVisible();
  // The card is short: the first case result is still on the first screen.
  const box = await results(page).first().boundingBox();
  expect(box!.y).toBeLessThan(page.viewportSize()!.height);
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

  // Type: only cases. The URL carries the code, the label is in Chinese.
  const caseCount = await optionCount(page, 'type', 'case');
  await page.getByRole('group', { name: '类型' }).getByRole('checkbox', { name: /^案例/ }).check();
  await expect(page).toHaveURL(/type=case/);
  await settled(page, '网格', { type: ['case'] });
  const cases = await count(page);
  expect(cases).toBeLessThan(all);
  expect(cases).toBe(caseCount);
  await expect(page.locator('[data-group]')).toHaveCount(1);

  // Region narrows further: the label's count is what the results then show.
  const regionBoxes = page.getByRole('group', { name: '地区' }).getByRole('checkbox');
  let region = '';
  let regionCount = 0;
  for (const box of await regionBoxes.all()) {
    const code = (await box.getAttribute('value'))!;
    const n = await optionCount(page, 'region', code);
    if (n > 0 && n < cases) {
      region = code;
      regionCount = n;
      await box.check();
      break;
    }
  }
  expect(region).not.toBe('');
  await settled(page, '网格', { type: ['case'], region: [region] });
  expect(await count(page)).toBe(regionCount);
  const narrowed = await resultLinks(page).allTextContents();

  // Reload: same query, same filters, same results.
  const shared = page.url();
  await page.reload();
  await settled(page, '网格', { type: ['case'], region: [region] });
  await expect(searchBox(page)).toHaveValue('网格');
  await expect(page.locator(`input[name="region"][value="${region}"]`)).toBeChecked();
  expect(await resultLinks(page).allTextContents()).toEqual(narrowed);

  // A shared link opened in a fresh browser context shows the same.
  const other = await browser.newContext();
  const second = await other.newPage();
  await second.goto(shared);
  await settled(second, '网格', { type: ['case'], region: [region] });
  expect(await resultLinks(second).allTextContents()).toEqual(narrowed);
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
  await page.goto(`search/?type=case&mechanism=${id}`);
  await settled(page, '', { type: ['case'], mechanism: [id] });
  expect(await count(page)).toBe(caseIds.length);
  while (await page.locator('[data-groups] button.more').count())
    await page.locator('[data-groups] button.more').click();
  await expect(results(page)).toHaveCount(caseIds.length);
  const hrefs = await resultLinks(page).evaluateAll((links) =>
    links.map((a) => (a as HTMLAnchorElement).pathname),
  );
  expect(hrefs.map((h) => h.split('/').at(-2)).sort()).toEqual([...caseIds].sort());
});

test('an old link with labels instead of codes still works', async ({ page }) => {
  await page.goto('search/?q=网格&type=案例');
  await settled(page, '网格', { type: ['case'] });
  await expect(page.locator('.search-notices .notice')).toHaveCount(0);
  await expect(page.locator('input[name="type"][value="case"]')).toBeChecked();
});

test('keyboard: results come before the filters; arrows move, Escape returns, Enter opens', async ({
  page,
}) => {
  await page.goto('search/?q=党群服务中心');
  await settled(page, '党群服务中心');
  const links = resultLinks(page);
  expect(await links.count()).toBeGreaterThan(2);
  // Tab from the box: the submit button, then the skip link, then the first result.
  await searchBox(page).focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到筛选条件' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(links.nth(0)).toBeFocused();

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

test('coming back from a result restores focus and scroll position', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto('search/?q=社区');
  await settled(page, '社区');
  const links = resultLinks(page);
  const pick = links.nth(Math.min(6, (await links.count()) - 1));
  await pick.scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, 120);
  const href = (await pick.getAttribute('href'))!;
  const y = await page.evaluate(() => window.scrollY);
  expect(y).toBeGreaterThan(200);
  await pick.click();
  await expect(page).not.toHaveURL(/\/search\//);
  await page.goBack();
  await settled(page, '社区');
  await expect(page.locator(`.search-results a[data-result][href="${href}"]`)).toBeFocused();
  expect(Math.abs((await page.evaluate(() => window.scrollY)) - y)).toBeLessThan(40);
});

test('no match: says so and offers terms that do find something', async ({ page }) => {
  await page.goto('search/?q=量子纠缠');
  await settled(page, '量子纠缠');
  await expect(status(page)).toHaveText('没有找到与“量子纠缠”相符的内容。');
  const suggestion = page.locator('[data-suggestions] button').first();
  const word = (await suggestion.textContent())!.trim();
  await suggestion.click();
  await settled(page, word);
  expect(await count(page)).toBeGreaterThan(0);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(word)}`));
});

test('bad URL parameters are named, cut short and direction-isolated; the rest works', async ({
  page,
  watch,
}) => {
  const long = 'x'.repeat(300);
  await page.goto(`search/?q=网格&type=小说&type=constructor&sort=new&region=${long}`);
  await expect(page.getByText('网址中的参数“sort”无法识别，已忽略。')).toBeVisible();
  await expect(page.getByText('筛选条件“类型：小说”不存在，已忽略。')).toBeVisible();
  await expect(page.getByText('筛选条件“类型：constructor”不存在，已忽略。')).toBeVisible();
  const notices = page.locator('.search-notices .notice');
  for (const text of await notices.allTextContents()) expect(text.length).toBeLessThan(80);
  await expect(notices.locator('bdi').first()).toBeAttached();
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

test('without JavaScript only the no-script message shows', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto('search/?q=网格');
  // What is rendered (innerText follows CSS): the heading, the intro and the message only.
  const shown = await page.locator('main').innerText();
  expect(shown).toContain('搜索在浏览器中运行，需要启用 JavaScript');
  expect(shown).not.toContain('筛选');
  await expect(page.locator('[data-search]')).toBeHidden();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await context.close();
});

test('works under a strict script policy: no inline script, no violation', async ({ page }) => {
  const policy = "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'";
  await page.route('**/search/**', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': policy },
    });
  });
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { violations: string[] }).violations.push(
        `${event.effectiveDirective} ${event.blockedURI}`,
      ),
    );
  });
  await page.goto('search/?q=时间银行');
  await settled(page, '时间银行');
  expect(await count(page)).toBeGreaterThan(0);
  expect(await page.locator('script:not([src])').count()).toBe(0);
  expect(
    await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  ).toEqual([]);
});

test('nothing moves while the page loads and the results arrive', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { shift: number }).shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >)
        if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('search/?q=网格');
  await settled(page, '网格');
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBeLessThan(
    0.05,
  );
});

test('the search page is accessible with results on screen', async ({ page, watch }) => {
  await page.goto('search/?q=时间银行');
  await settled(page, '时间银行');
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('search/?q=乡村振兴');
  await settled(page, '乡村振兴');
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
  // No framework: the page's own script is small.
  expect(scripts.some((path) => /react|client\./i.test(path))).toBe(false);
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

test('byte budget: a typical query fetches at most 280 KiB of search files', async ({ page }) => {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (path.includes('/pagefind/') || path.includes('/search/answers/'))
      sizes.set(path, (await response.body()).length);
  });
  await page.goto('search/?q=民声茶馆');
  await settled(page, '民声茶馆');
  await page.waitForLoadState('networkidle');
  // The engine, its worker and WebAssembly, the index chunks and fragments for the query.
  expect([...sizes.keys()].some((path) => path.endsWith('.pf_index'))).toBe(true);
  const total = [...sizes.values()].reduce((sum, n) => sum + n, 0);
  // Uncompressed: the engine is 145 KiB of it (80 KiB when the server gzips JavaScript).
  expect(total / 1024).toBeLessThan(280);
});

test('a glossary result opens the glossary at that term', async ({ page }) => {
  const term = content.glossary.find((g) => g.term === '时间银行') ?? content.glossary[0]!;
  await page.goto(`search/?q=${encodeURIComponent(term.term)}&type=term`);
  await settled(page, term.term, { type: ['term'] });
  await page.locator('[data-groups] a[data-result]').filter({ hasText: term.term }).first().click();
  await expect(page).toHaveURL(new RegExp(`/glossary/#${term.id}$`));
  const entry = page.locator(`[id="${term.id}"]`);
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(term.definition.slice(0, 10));
});
