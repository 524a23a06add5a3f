import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, seriousViolations, watchScripts, linksOutsideBase } from './fixtures';
import { loadContent, repoRoot } from '../helpers/content';

const { glossary, mechanisms, cases } = loadContent();
const byOrder = [...cases].sort((a, b) => a.data.order - b.data.order);

/** Pinyin as plain letters: tone marks dropped, lower case (independent of the site's code). */
const plain = (pinyin: string) =>
  pinyin
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

test('every term has its own anchor, in pinyin order, with its English, definition and aliases', async ({
  page,
  watch,
  baseURL,
}) => {
  const scripts = watchScripts(page);
  await page.goto('glossary/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('术语表');

  for (const term of glossary) {
    const entry = page.locator(`[id="${term.id}"]`);
    await expect(entry, term.id).toHaveCount(1);
    await expect(entry.locator('dfn')).toHaveText(term.term);
    await expect(entry).toContainText(term.english);
    await expect(entry).toContainText(term.definition);
    for (const alias of term.aliases) await expect(entry).toContainText(alias);
  }

  // Entries in page order: exactly the glossary, sorted by pinyin.
  const shown = await page
    .locator('.glossary [id]')
    .evaluateAll((els) =>
      els.filter((el) => el.querySelector('dfn')).map((el) => el.getAttribute('id')!),
    );
  expect([...shown].sort()).toEqual(glossary.map((t) => t.id).sort());
  const pinyinOf = new Map(glossary.map((t) => [t.id, plain(t.pinyin)]));
  for (let i = 1; i < shown.length; i++) {
    const [a, b] = [pinyinOf.get(shown[i - 1]!)!, pinyinOf.get(shown[i]!)!];
    expect(a <= b, `${shown[i - 1]} (${a}) before ${shown[i]} (${b})`).toBe(true);
  }

  await page.waitForLoadState('networkidle');
  expect(await page.locator('script').count()).toBe(0);
  expect(scripts).toEqual([]);
  expect(await linksOutsideBase(page, baseURL!)).toEqual([]);
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the letter index jumps to a heading per initial, each holding the terms of that letter', async ({
  page,
}) => {
  await page.goto('glossary/');
  const index = page.getByRole('navigation', { name: '按拼音首字母跳转' });
  const letters = await index.getByRole('link').allTextContents();
  const expected = [...new Set(glossary.map((t) => plain(t.pinyin).charAt(0).toUpperCase()))];
  expect(letters).toEqual(expected.sort());
  for (const letter of letters) {
    const href = await index.getByRole('link', { name: letter, exact: true }).getAttribute('href');
    const section = page.locator('section', { has: page.locator(href!) });
    await expect(section.getByRole('heading', { level: 2 })).toHaveText(letter);
    const ids = await section
      .locator('dfn')
      .evaluateAll((dfns) => dfns.map((d) => d.closest('[id]')!.id));
    expect(ids.sort()).toEqual(
      glossary
        .filter((t) => plain(t.pinyin).charAt(0).toUpperCase() === letter)
        .map((t) => t.id)
        .sort(),
    );
  }
  await index.getByRole('link', { name: letters.at(-1)!, exact: true }).click();
  await expect(page).toHaveURL(/#letter-/);
});

test('related mechanisms and the cases that use each term are linked', async ({
  page,
  request,
}) => {
  await page.goto('glossary/');
  // Independent of the site's code: a case uses a term when its file on disk contains it.
  const raw = new Map(
    byOrder.map((c) => [c.id, readFileSync(join(repoRoot, c.file), 'utf8')] as const),
  );
  const mechanismPages = new Set<string>();
  for (const term of glossary) {
    const entry = page.locator(`[id="${term.id}"]`);
    const mechanismLinks = await entry
      .locator('a[href*="/mechanisms/"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(mechanismLinks.map((h) => h.split('/mechanisms/')[1]!.replace(/\/$/, ''))).toEqual(
      term.mechanisms,
    );
    mechanismLinks.forEach((h) => mechanismPages.add(h));

    const caseLinks = await entry
      .locator('a[href*="/cases/"]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    const users = byOrder.filter((c) =>
      [term.term, ...term.aliases].some((form) => raw.get(c.id)!.includes(form)),
    );
    expect(
      caseLinks.map((h) => h.split('/cases/')[1]!.replace(/\/$/, '')),
      term.id,
    ).toEqual(users.map((c) => c.id));
  }
  for (const href of mechanismPages) expect((await request.get(href)).status(), href).toBe(200);
  expect(mechanismPages.size).toBeLessThanOrEqual(mechanisms.length);
});

test('terms marked up in case narratives link to entries that exist', async ({ page }) => {
  await page.goto('glossary/');
  const ids = new Set(
    await page.locator('.glossary [id]').evaluateAll((els) => els.map((el) => el.id)),
  );
  const glossaryPath = new URL(page.url()).pathname;
  let marked = 0;
  for (const entry of byOrder) {
    await page.goto(`cases/${entry.id}/`);
    const hrefs = await page
      .locator('a[data-glossary]')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      expect(url.pathname).toBe(glossaryPath);
      expect(ids.has(decodeURIComponent(url.hash.slice(1))), href).toBe(true);
    }
    marked += hrefs.length;
  }
  expect(marked).toBeGreaterThan(0);
});

test('the glossary is marked for search as terms and reads on a 375 px phone', async ({ page }) => {
  await page.goto('glossary/');
  const body = page.locator('[data-pagefind-body]');
  await expect(body).toHaveCount(1);
  await expect(body.locator('[data-pagefind-filter="type"]')).toHaveText('术语');
  // The whole list is inside the indexed region.
  await expect(body.locator('dfn')).toHaveCount(glossary.length);

  await page.setViewportSize({ width: 375, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  // A link from a case page lands on the entry, not hidden under the sticky letter bar.
  const term = glossary[Math.floor(glossary.length / 2)]!;
  await page.goto(`glossary/#${term.id}`);
  const entry = page.locator(`[id="${term.id}"]`);
  await expect(entry).toBeInViewport();
  const bar = await page.getByRole('navigation', { name: '按拼音首字母跳转' }).boundingBox();
  const box = await entry.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
  expect(await seriousViolations(page)).toEqual([]);
});

test('in print the glossary has no navigation or letter bar', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('glossary/');
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: '按拼音首字母跳转' })).toBeHidden();
  await expect(page.locator('dfn').first()).toBeVisible();
});
