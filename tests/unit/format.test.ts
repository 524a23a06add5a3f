import { describe, expect, test } from 'vitest';
import { formatMetricValue, formatScope } from '../../src/i18n/format';
import { compareSuggestions, headlineMetrics } from '../../src/views/case';
import { metricDefinition } from '../../src/schemas/metric-vocabulary';
import { loadContent } from '../helpers/content';

describe('how figures read', () => {
  test('a lower bound carries ≥ and money of ten thousand or more reads in 万元', () => {
    expect(formatMetricValue({ value: 3_000_000, unit: '元', qualifier: 'at_least' })).toBe(
      '≥300 万元',
    );
    expect(formatMetricValue({ value: 6_000_000, unit: '元/年', qualifier: 'at_least' })).toBe(
      '≥600 万元/年',
    );
  });

  test('an approximate figure carries ≈, an exact one no sign, percentages no space', () => {
    expect(formatMetricValue({ value: 2175, unit: '名', qualifier: 'exact' })).toBe('2,175 名');
    expect(formatMetricValue({ value: 100, unit: '%', qualifier: 'approx' })).toBe('≈100%');
  });

  test('ordinal units put the number inside', () => {
    expect(formatMetricValue({ value: 4, unit: '第N周', qualifier: 'exact' })).toBe('第4周');
  });

  test('scopes name the place when narrower than the county', () => {
    expect(formatScope({ level: 'county' })).toBe('全县');
    expect(formatScope({ level: 'township', name: '桃林乡' })).toBe('乡镇 · 桃林乡');
    expect(formatScope({ level: 'sector', name: '全县城市社区' })).toBe('全县城市社区');
  });

  test('every figure in the casebook formats with its own number', () => {
    for (const entry of loadContent().cases) {
      for (const metric of entry.data.metrics) {
        const text = formatMetricValue(metric);
        const digits = text.replace(/[^\d.]/g, '');
        expect(digits.length, `${entry.id} ${metric.key}`).toBeGreaterThan(0);
        if (metric.qualifier === 'at_least') expect(text.startsWith('≥')).toBe(true);
      }
    }
  });

  test('headline figures are figures of scale, never design counts', () => {
    for (const entry of loadContent().cases) {
      const picked = headlineMetrics(entry.data.metrics);
      const scale = entry.data.metrics.filter((m) => !metricDefinition(m.key)?.design);
      expect(picked.length).toBe(Math.min(3, scale.length));
      for (const m of picked) expect(metricDefinition(m.key)?.design).not.toBe(true);
    }
  });

  test('headline figures show different kinds of figure before a second of one kind', () => {
    for (const entry of loadContent().cases) {
      const picked = headlineMetrics(entry.data.metrics);
      const kinds = (ms: typeof picked) =>
        new Set(ms.map((m) => metricDefinition(m.key)?.category).filter((c) => c !== 'standards'));
      const scale = entry.data.metrics.filter((m) => !metricDefinition(m.key)?.design);
      // As many kinds of total as the case's figures of scale offer, up to the number shown;
      // standards and rates (per community, per day) only when totals run out.
      expect(kinds(picked).size, entry.file).toBe(Math.min(picked.length, kinds(scale).size));
    }
  });
});

describe('compare suggestions on a case page', () => {
  const { cases } = loadContent();
  const ids = (list: Array<{ id: string }>) => list.map((c) => c.id);

  test('at most seven other cases, never the case itself, most shared mechanisms first', () => {
    for (const entry of cases) {
      const picked = compareSuggestions(cases, entry.id);
      expect(picked.length).toBe(Math.min(7, cases.length - 1));
      expect(ids(picked)).not.toContain(entry.id);
      const mine = new Set(entry.data.mechanisms.map((m) => m.id));
      const shared = picked.map((c) => c.data.mechanisms.filter((m) => mine.has(m.id)).length);
      expect(shared).toEqual([...shared].sort((a, b) => b - a));
    }
  });

  test('with thousands of cases the list stays short', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      ...cases[i % cases.length]!,
      id: `c${i}`,
    }));
    expect(compareSuggestions(many, 'c0')).toHaveLength(7);
  });

  test('among thousands, the one case sharing its only mechanism comes first, however far', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      ...cases[i % cases.length]!,
      id: `c${i}`,
    }));
    const rare = { id: 'rare-mechanism', evidence: '', quote: '' };
    const withRare = (c: (typeof many)[number]) => ({
      ...c,
      data: { ...c.data, mechanisms: [rare] },
    });
    many[10] = withRare(many[10]!);
    many[4321] = withRare(many[4321]!);
    expect(ids(compareSuggestions(many, 'c10'))[0]).toBe('c4321');
    expect(ids(compareSuggestions(many, 'c4321'))[0]).toBe('c10');
  });
});
