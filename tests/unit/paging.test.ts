/**
 * Pages that do not grow with the casebook (issue 16): paging arithmetic for the case index and
 * the matrix columns, and the compact index the case filter reads on a paginated casebook.
 */
import { describe, expect, test } from 'vitest';
import { CASES_PER_PAGE, pageLinks, paginate } from '../../src/views/paging';
import { caseIndexEntry, caseIndexFile } from '../../src/views/case-index';
import { matchesFilter } from '../../src/url/case-filter';
import { caseName } from '../../src/i18n/scale';
import { loadContent } from '../helpers/content';

describe('paging', () => {
  test('every item lands on exactly one page, none over the page size', () => {
    const items = Array.from({ length: 1003 }, (_, i) => i);
    const pages = paginate(items, CASES_PER_PAGE);
    expect(pages.flatMap((p) => p.items)).toEqual(items);
    expect(Math.max(...pages.map((p) => p.items.length))).toBe(CASES_PER_PAGE);
    expect(pages.at(-1)).toMatchObject({ page: 42, pages: 42, from: 985, to: 1003, total: 1003 });
  });

  test('a small casebook is one page, an empty one still one page', () => {
    expect(paginate([1, 2, 3], CASES_PER_PAGE)).toHaveLength(1);
    expect(paginate([], CASES_PER_PAGE)).toEqual([
      { page: 1, pages: 1, items: [], from: 0, to: 0, total: 0 },
    ]);
  });

  test('page links stay few however many pages: first, last, two either side', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 5)).toEqual([1, 2, 3, null, 5]);
    expect(pageLinks(200, 417)).toEqual([1, null, 198, 199, 200, 201, 202, null, 417]);
    expect(pageLinks(417, 417)).toEqual([1, null, 415, 416, 417]);
  });
});

describe('the compact case index', () => {
  const { cases } = loadContent();
  const file = caseIndexFile(cases, caseName);

  test('filters the same cases as the full data', () => {
    for (const entry of cases) {
      const mechanism = entry.data.mechanisms[0]!.id;
      const expected = cases
        .filter((c) => c.data.mechanisms.some((m) => m.id === mechanism))
        .map((c) => c.id);
      const found = file.cases
        .map((row) => caseIndexEntry(file, row))
        .filter((c) => matchesFilter(c, { mechanism }))
        .map((c) => c.id);
      expect(found).toEqual(expected);
    }
  });

  test('names a county case with its variant when it has one', () => {
    const [first] = cases;
    const twin = { ...first!, data: { ...first!.data, variant: '2021年起·全县推广' } };
    const [row] = caseIndexFile([twin], caseName).cases;
    expect(row![1]).toContain(first!.data.shortName);
    expect(row![1]).toContain('2021年起·全县推广');
  });
});
