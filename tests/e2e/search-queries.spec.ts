/**
 * Chinese queries against the built site: every name in the query table (derived from the
 * content files, see tests/helpers/search-queries.ts) must bring its page into the top three.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { searchQueryTable, type QueryKind } from '../helpers/search-queries';

const table = searchQueryTable();

/** Types the query into the search page and returns the first three result links. */
async function topThree(page: Page, query: string): Promise<string[]> {
  await page.getByRole('searchbox', { name: '搜索', exact: true }).last().fill(query);
  // The results section names the query its results are for once they are on screen.
  await page.waitForFunction(
    (q) =>
      new URLSearchParams(
        document.querySelector('[data-results-for]')?.getAttribute('data-results-for') ?? '',
      ).get('q') === q,
    query.trim(),
  );
  return page.locator('.result-list a[data-result]').evaluateAll((links) =>
    links.slice(0, 3).map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
}

test('the query table covers terms, mechanisms, programmes and places', () => {
  const count = (kind: QueryKind) => table.filter((row) => row.kind === kind).length;
  expect(table.length).toBeGreaterThanOrEqual(25);
  for (const kind of ['glossary', 'mechanism', 'programme', 'place'] as const) {
    expect(count(kind), kind).toBeGreaterThan(0);
  }
});

for (const kind of ['glossary', 'mechanism', 'programme', 'place'] as const) {
  test(`${kind} names bring their page into the top three`, async ({ page, watch, baseURL }) => {
    const rows = table.filter((row) => row.kind === kind);
    test.setTimeout(30_000 + rows.length * 1_000);
    const base = new URL(baseURL!).pathname;
    await page.goto('search/');
    const misses: string[] = [];
    for (const row of rows) {
      const top = await topThree(page, row.query);
      const wanted = row.expected.map((url) => `${base}${url.replace(/^\//, '')}`);
      if (!wanted.some((url) => top.includes(url))) {
        misses.push(
          `「${row.query}」 (${row.why}) → wanted ${wanted.join(' or ')}, got ${top.join(', ')}`,
        );
      }
    }
    expect(misses, `${misses.length} of ${rows.length} ${kind} queries missed`).toEqual([]);
    expect(watch.errors).toEqual([]);
  });
}
