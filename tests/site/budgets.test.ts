/**
 * Weight budgets on the real build (figures and reasons: tests/gates/budgets.ts). HTML and CSS are
 * measured here from the files; JavaScript bytes are measured in Chromium on first view
 * (tests/e2e/page-types.spec.ts), and this file proves the zero-JavaScript pages reference none.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { BUDGETS, TOTAL_CSS_BUDGET, htmlBudget } from '../gates/budgets';
import { distDir, listPages, readPageFile } from '../gates/site';
import { cssOf, gzipSize, kb, scriptsOf } from '../gates/weight';

const pages = await Promise.all(
  listPages(distDir).map(async (page) => ({
    ...page,
    doc: await readPageFile(page.file),
    html: gzipSize(readFileSync(page.file)),
  })),
);
const byType = Map.groupBy(pages, (page) => page.type);
const caseCount = byType.get('case')?.length ?? 0;

describe('weight budgets', () => {
  for (const [type, group] of byType) {
    const budget = BUDGETS[type];
    const limit = htmlBudget(budget);

    test(`${type}: HTML of every page ≤ ${kb(limit)} gzipped (${caseCount} cases)`, () => {
      const over = group
        .filter((page) => page.html > limit)
        .map((page) => `/${page.route} is ${kb(page.html)}`);
      expect(over).toEqual([]);
    });

    if (budget.js === 0) {
      test(`${type}: no page loads or runs any JavaScript`, () => {
        const scripts = group.flatMap((page) =>
          scriptsOf(page.doc).map((script) => `/${page.route}: ${script}`),
        );
        expect(scripts).toEqual([]);
      });
    }
  }

  test(`all CSS together ≤ ${kb(TOTAL_CSS_BUDGET)} gzipped`, () => {
    const css = cssOf(
      distDir,
      pages.map((page) => page.doc),
    );
    expect(
      css.gzip,
      `${css.files.length} stylesheets and inline styles: ${kb(css.raw)} raw, ${kb(css.gzip)} gzipped`,
    ).toBeLessThanOrEqual(TOTAL_CSS_BUDGET);
  });
});
