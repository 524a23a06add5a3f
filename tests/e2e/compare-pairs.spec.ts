/**
 * Issue 11 over every pair of cases, on the page a reader sees: /compare/ shows at least three
 * context rows both counties have, and in the per-10,000-residents view every county-wide figure
 * carries either a derived value with its formula (both figures) or the rule that stops it. A
 * county whose census population was found gets a value for every county-wide count; a county
 * without one says so instead of showing a number. Expectations come from the content files.
 */
import { test, expect } from './fixtures';
import { loadContent, loadProfiles } from '../helpers/content';

const cases = loadContent().cases;
const { profiles } = loadProfiles();
const hasPopulation = (id: string) =>
  profiles.find((p) => p.data.case === id)?.data.population.status === 'found';

// What the reader is told when a county-wide figure is not divided (src/i18n, as shown).
const NOT_A_COUNT = '不换算：不是数量或金额';
const NARROWER = '不换算：范围小于全县';
const NO_POPULATION = '不能换算：缺少该县的县情数字';

const pairs = cases.flatMap((x, i) => cases.slice(i + 1).map((y) => [x, y] as const));

test('the casebook has eight cases, so 28 pairs', () => {
  expect(cases.length).toBe(8);
  expect(pairs.length).toBe(28);
});

for (const [x, y] of pairs) {
  test(`${x.id} + ${y.id}: three shared context rows; per 10,000 residents with formula or reason`, async ({
    page,
  }) => {
    await page.goto(`compare/?cases=${x.id},${y.id}&per=population`);
    const app = page.locator('.compare-app');
    await expect(app).toHaveAttribute('data-ready', 'true');

    // Context rows in which both counties show a value.
    const both = await app
      .getByTestId('overview-table')
      .locator('tbody tr[data-row]')
      .evaluateAll(
        (rows) =>
          rows.filter(
            (row) =>
              ['population', 'area', 'townships', 'villages'].includes(
                (row as HTMLElement).dataset.row!,
              ) && row.querySelectorAll('td .cmp-value').length === 2,
          ).length,
      );
    expect(both, 'context rows both counties have').toBeGreaterThanOrEqual(3);

    const table = app.getByTestId('metric-table');
    for (const c of [x, y]) {
      const counted = new Set<string>();
      for (const m of c.data.metrics) {
        if (counted.has(m.key)) continue;
        counted.add(m.key);
        const cell = table.locator(`tr[data-metric="${m.key}"] td[data-case="${c.id}"]`);
        if ((await cell.count()) === 0) continue; // not a headline row in this view
        const derived = cell.locator('[data-derived]');
        await expect(derived.first(), `${c.id} ${m.key} says what it is per 10,000`).toBeAttached();
        const texts = await derived.evaluateAll((els) =>
          els.map((el) => ({ kind: el.getAttribute('data-derived'), text: el.textContent ?? '' })),
        );
        const countyWide = c.data.metrics.some(
          (f) => f.key === m.key && f.scope.level === 'county',
        );
        for (const d of texts) {
          if (d.kind === 'value') {
            expect(countyWide, `${c.id} ${m.key}: only county-wide figures are divided`).toBe(true);
            expect(d.text, `${c.id} ${m.key}: formula with both figures`).toMatch(/÷ .*人口/);
            expect(d.text).toContain('10,000');
          } else if (d.text === NARROWER) {
            const narrower = c.data.metrics.some(
              (f) => f.key === m.key && f.scope.level !== 'county',
            );
            expect(narrower, `${c.id} ${m.key}: refused as narrower than the county`).toBe(true);
          } else if (hasPopulation(c.id)) {
            expect(countyWide).toBe(true);
            expect(d.text, `${c.id} ${m.key} is county-wide and the population is known`).toBe(
              NOT_A_COUNT,
            );
          } else {
            expect(countyWide).toBe(true);
            expect([NOT_A_COUNT, NO_POPULATION]).toContain(d.text);
          }
        }
        // A lower bound stays a lower bound after division.
        const bound = c.data.metrics.find(
          (f) => f.key === m.key && f.scope.level === 'county' && f.qualifier === 'at_least',
        );
        if (bound && texts[0]?.kind === 'value') expect(texts[0].text.trim()).toMatch(/^≥/);
      }
    }
  });
}
