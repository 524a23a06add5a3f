import { describe, expect, test } from 'vitest';
import {
  definitionSpread,
  lowerBoundExample,
  scopeContrast,
  tally,
  unitContrast,
  type CaseFigures,
} from '../../src/views/caveats';
import { METRIC_KEYS, metricDefinition } from '../../src/schemas/metric-vocabulary';
import type { Metric } from '../../src/schemas/metric';
import { loadContent } from '../helpers/content';

const cases: CaseFigures[] = loadContent().cases.map((c) => ({
  id: c.id,
  county: c.data.shortName,
  metrics: c.data.metrics,
}));

const m = (over: Partial<Metric>): Metric => ({
  key: 'service_centres',
  value: 1,
  qualifier: 'exact',
  unit: '个',
  scope: { level: 'county' },
  source: 's',
  quote: '1个',
  ...over,
});

describe('examples of figures that cannot be compared, drawn from the content', () => {
  test('scope: the same metric for a whole county and for one narrower place elsewhere', () => {
    const found = scopeContrast(cases);
    expect(found).toBeDefined();
    const { key, wide, narrow } = found!;
    expect(wide.metric.key).toBe(key);
    expect(narrow.metric.key).toBe(key);
    expect(wide.metric.scope.level).toBe('county');
    expect(['township', 'subdistrict', 'park', 'community', 'village', 'unit']).toContain(
      narrow.metric.scope.level,
    );
    expect(narrow.caseId).not.toBe(wide.caseId);
  });

  test('lower bound: an at_least figure whose quote says 余, 多 or 以上', () => {
    const found = lowerBoundExample(cases)!;
    expect(found.metric.qualifier).toBe('at_least');
    expect(found.metric.quote).toMatch(/余|多|以上/);
  });

  test('units: two figures of one family, a sum against a rate of the same base', () => {
    const found = unitContrast(cases)!;
    expect(found.a.metric.unit).not.toBe(found.b.metric.unit);
    expect(found.b.metric.unit.startsWith(`${found.a.metric.unit}/`)).toBe(true);
    expect(metricDefinition(found.a.metric.key)?.category).toBe(
      metricDefinition(found.b.metric.key)?.category,
    );
  });

  test('definitions: the metric reported by the most counties, with all its figures', () => {
    const found = definitionSpread(cases)!;
    const counties = (key: string) =>
      new Set(cases.filter((c) => c.metrics.some((x) => x.key === key)).map((c) => c.id)).size;
    const most = Math.max(...cases.flatMap((c) => c.metrics.map((x) => counties(x.key))));
    expect(counties(found.key)).toBe(most);
    expect(found.figures.length).toBe(
      cases.flatMap((c) => c.metrics).filter((x) => x.key === found.key).length,
    );
  });

  test('nothing to show when the content offers no such pair', () => {
    const lone: CaseFigures[] = [{ id: 'a', county: 'A县', metrics: [m({})] }];
    expect(scopeContrast(lone)).toBeUndefined();
    expect(lowerBoundExample(lone)).toBeUndefined();
    expect(unitContrast(lone)).toBeUndefined();
    expect(definitionSpread(lone)).toBeUndefined();
  });

  test('a township figure is matched against a county figure from another county', () => {
    const synthetic: CaseFigures[] = [
      { id: 'a', county: 'A县', metrics: [m({ scope: { level: 'township', name: '甲乡' } })] },
      { id: 'b', county: 'B县', metrics: [m({ value: 9 })] },
    ];
    const found = scopeContrast(synthetic)!;
    expect([found.wide.caseId, found.narrow.caseId]).toEqual(['b', 'a']);
  });

  test('tally counts every figure once by qualifier and by scope', () => {
    const counts = tally(cases);
    const all = cases.flatMap((c) => c.metrics);
    expect(counts.total).toBe(all.length);
    expect(Object.values(counts.qualifiers).reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(Object.values(counts.scopes).reduce((a, b) => a + b, 0)).toBe(all.length);
    expect(counts.qualifiers.at_least).toBe(all.filter((x) => x.qualifier === 'at_least').length);
  });

  test('units: the pair found is the first of an exhaustive search over every two figures', () => {
    // The definition, by brute force: in vocabulary order, the first (a, b) with b's unit a rate
    // of a's (元 → 元/年) in the same family, of two cases if any such pair exists.
    const exhaustive = (input: CaseFigures[]) => {
      const order = Object.keys(METRIC_KEYS);
      const all = input
        .flatMap((c) => c.metrics.map((metric) => ({ caseId: c.id, county: c.county, metric })))
        .sort((x, y) => order.indexOf(x.metric.key) - order.indexOf(y.metric.key));
      const pairs = all.flatMap((a) =>
        all
          .filter(
            (b) =>
              !a.metric.unit.includes('/') &&
              b.metric.unit.startsWith(`${a.metric.unit}/`) &&
              metricDefinition(a.metric.key)?.category === metricDefinition(b.metric.key)?.category,
          )
          .map((b) => ({ a, b })),
      );
      return pairs.find((p) => p.a.caseId !== p.b.caseId) ?? pairs[0];
    };
    // 元 and 元/年 are both funding: a one-off sum and a yearly one.
    const sum = (value: number) =>
      m({ key: 'hardship_fund', unit: '元', value, quote: `${value}元` });
    const yearly = (value: number) =>
      m({ key: 'annual_grassroots_funding', unit: '元/年', value, quote: `${value}元` });
    const inputs: CaseFigures[][] = [
      cases,
      // Only one county has both units: the pair is of one case.
      [
        { id: 'a', county: 'A县', metrics: [sum(1), yearly(1)] },
        { id: 'b', county: 'B县', metrics: [sum(3)] },
      ],
      // The first rate is of the same case as the first sum; a later one is of another case.
      [
        { id: 'a', county: 'A县', metrics: [sum(1), yearly(1)] },
        { id: 'b', county: 'B县', metrics: [yearly(2)] },
      ],
      // A sum of one county, rates of another only.
      [
        { id: 'a', county: 'A县', metrics: [sum(1)] },
        { id: 'b', county: 'B县', metrics: [yearly(2), yearly(3)] },
      ],
      // No sum at all.
      [{ id: 'a', county: 'A县', metrics: [yearly(1)] }],
    ];
    for (const input of inputs) expect(unitContrast(input)).toEqual(exhaustive(input));
    expect(inputs.slice(1, 4).map((input) => unitContrast(input)?.b.caseId)).toEqual([
      'a',
      'b',
      'b',
    ]);
  });
});
