/**
 * The comparability rules on the real cases. Expectations come from the content files as loaded
 * by tests/helpers/content.ts (and from the metric vocabulary), never from the module's output.
 */
import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { loadContent, type LoadedCase } from '../helpers/content';
import {
  alignMetrics,
  categoryCharts,
  exportRows,
  mechanismMatrix,
  metricCharts,
  WIDE_RANGE_RATIO,
} from '../../src/domain/comparability';
import { toCompareCase } from '../../src/views/compare';
import { ROW_LABELS } from '../../src/i18n/format';
import { metricDefinition } from '../../src/schemas/metric-vocabulary';
import { toCsv, METRIC_COLUMNS } from '../../src/exports/csv';
import type { Metric } from '../../src/schemas/metric';

const content = loadContent();
const loaded = content.cases;
const view = (c: LoadedCase) => toCompareCase(c.id, c.data, content.mechanisms, content.sources);
const all = loaded.map(view);

/** Every key with the cases that report it, straight from the files. */
const reporters = new Map<string, LoadedCase[]>();
for (const c of loaded) {
  for (const m of c.data.metrics) {
    const list = reporters.get(m.key) ?? [];
    if (!list.includes(c)) list.push(c);
    reporters.set(m.key, list);
  }
}
const figuresOf = (c: LoadedCase, key: string) => c.data.metrics.filter((m) => m.key === key);
/** The sole figure a case gives for a key, when it gives exactly one. */
const sole = (c: LoadedCase, key: string): Metric | undefined => {
  const figures = figuresOf(c, key);
  return figures.length === 1 ? figures[0] : undefined;
};
/** Pairs of cases that both report a key with one figure each. */
const pairs = [...reporters].flatMap(([key, list]) =>
  list.flatMap((a, i) =>
    list.slice(i + 1).flatMap((b) => {
      const fa = sole(a, key);
      const fb = sole(b, key);
      return fa && fb ? [{ key, a, b, fa, fb }] : [];
    }),
  ),
);
const compare = (...cases: LoadedCase[]) => cases.map(view);
const sameScope = (x: Metric, y: Metric) =>
  x.scope.level === y.scope.level && (x.scope.level !== 'sector' || x.scope.name === y.scope.name);

test('the content has cases that share metrics, so these rules are exercised', () => {
  expect(loaded.length).toBeGreaterThanOrEqual(2);
  expect(pairs.length).toBeGreaterThan(0);
});

describe('alignment by metric key', () => {
  const rows = alignMetrics(all);

  test('every figure of every case lands in its own row and column, once', () => {
    for (const c of loaded) {
      const placed = rows.flatMap(
        (row) => row.cells.find((cell) => cell.caseId === c.id)?.figures ?? [],
      );
      expect(placed).toHaveLength(c.data.metrics.length);
      for (const m of c.data.metrics) {
        const row = rows.find((r) => r.key === m.key)!;
        expect(row.cells.find((cell) => cell.caseId === c.id)!.figures).toContainEqual(
          expect.objectContaining({ value: m.value, quote: m.quote }),
        );
      }
    }
  });

  test('a case that does not report a key has an empty cell (未报告), never a zero', () => {
    let checked = 0;
    for (const row of rows) {
      const expected = reporters.get(row.key)!.map((c) => c.id);
      expect(row.reported).toBe(expected.length);
      for (const cell of row.cells) {
        if (expected.includes(cell.caseId)) continue;
        expect(cell.figures).toEqual([]);
        expect(cell.headline).toBeUndefined();
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('a key only one case reports is "single"; none of the picked cases: "none"', () => {
    for (const row of rows) {
      if (reporters.get(row.key)!.length === 1) expect(row.verdict).toBe('single');
    }
    const [a, b] = loaded;
    const onlyA = [...reporters].find(([, list]) => list.length === 1 && list[0] === a)?.[0];
    if (onlyA) {
      const row = alignMetrics(compare(b!), [onlyA])[0]!;
      expect(row.verdict).toBe('none');
      expect(row.reported).toBe(0);
    }
  });

  test('unknown keys are dropped and rows follow the vocabulary order', () => {
    const keys = [...reporters.keys()];
    const aligned = alignMetrics(all, ['no_such_metric', ...keys.reverse()]);
    expect(aligned.map((r) => r.key)).not.toContain('no_such_metric');
    expect(new Set(aligned.map((r) => r.key))).toEqual(new Set(keys));
  });
});

describe('scope: a part is not set beside a whole without a flag', () => {
  test('for every pair sharing a key, the row is flagged exactly when the scopes differ', () => {
    for (const { key, a, b, fa, fb } of pairs) {
      const row = alignMetrics(compare(a, b), [key])[0]!;
      const differs = !sameScope(fa, fb);
      expect(row.flags.includes('scope_mismatch'), `${key}: ${a.id} / ${b.id}`).toBe(differs);
      expect(row.cells.map((cell) => cell.scopeDiffers)).toEqual([differs, differs]);
      expect(row.cells.map((cell) => cell.narrower)).toEqual([
        fa.scope.level !== 'county',
        fb.scope.level !== 'county',
      ]);
      if (differs) expect(row.verdict).not.toBe('comparable');
    }
  });

  test('a county total beside a narrower figure in the real content is flagged', () => {
    const mixed = pairs.filter(
      ({ fa, fb }) => (fa.scope.level === 'county') !== (fb.scope.level === 'county'),
    );
    expect(mixed.length, 'the content should hold such a pair').toBeGreaterThan(0);
    for (const { key, a, b, fa } of mixed) {
      const row = alignMetrics(compare(a, b), [key])[0]!;
      const narrow = row.cells[fa.scope.level === 'county' ? 1 : 0]!;
      expect(narrow.narrower).toBe(true);
      expect(narrow.scopeDiffers).toBe(true);
      expect(row.verdict).toBe('caution');
    }
  });

  test('when a case gives several figures, the widest scope stands for it in charts', () => {
    for (const c of loaded) {
      for (const key of new Set(c.data.metrics.map((m) => m.key))) {
        const figures = figuresOf(c, key);
        if (figures.length < 2) continue;
        const row = alignMetrics(compare(c), [key])[0]!;
        expect(row.flags).toContain('several_figures');
        const county = figures.find((m) => m.scope.level === 'county');
        if (county) expect(row.cells[0]!.headline!.scope.level).toBe('county');
        expect(row.cells[0]!.figures).toHaveLength(figures.length);
      }
    }
  });
});

describe('qualifiers and periods', () => {
  test('a lower bound is flagged, and the order is uncertain only when it sits below another figure', () => {
    for (const { key, a, b, fa, fb } of pairs) {
      const row = alignMetrics(compare(a, b), [key])[0]!;
      const anyLower = fa.qualifier === 'at_least' || fb.qualifier === 'at_least';
      expect(row.flags.includes('lower_bound')).toBe(anyLower);
      const open =
        (fa.qualifier === 'at_least' && fb.value > fa.value) ||
        (fb.qualifier === 'at_least' && fa.value > fb.value);
      expect(row.flags.includes('order_uncertain'), `${key}: ${a.id} / ${b.id}`).toBe(open);
    }
    expect(
      pairs.some(({ fa, fb }) => fa.qualifier === 'at_least' || fb.qualifier === 'at_least'),
      'the content should hold a lower bound shared with another case',
    ).toBe(true);
  });

  test('different periods are flagged', () => {
    for (const { key, a, b, fa, fb } of pairs) {
      const row = alignMetrics(compare(a, b), [key])[0]!;
      expect(row.flags.includes('period_mismatch')).toBe((fa.period ?? '') !== (fb.period ?? ''));
    }
  });
});

describe('charts', () => {
  const rows = alignMetrics(all);

  test('one chart per metric reported by two or more cases, one bar per reporting case', () => {
    const charts = metricCharts(all, rows);
    const expected = [...reporters]
      .filter(([key, list]) => list.length >= 2 && !metricDefinition(key)!.unit.startsWith('第'))
      .map(([key]) => key);
    expect(new Set(charts.map((c) => c.id))).toEqual(new Set(expected));
    for (const chart of charts) {
      expect(chart.bars).toBe(reporters.get(chart.id)!.length);
      expect(chart.caseIds).toEqual(loaded.map((c) => c.id));
      expect(chart.panels).toHaveLength(1);
      const values = chart.panels[0]!.points.map((p) => p.value);
      loaded.forEach((c, i) => {
        if (!reporters.get(chart.id)!.includes(c)) expect(values[i]).toBeNull();
      });
    }
  });

  test('each panel is one metric on its own axis, and positions (第N…) are never drawn', () => {
    const charts = [...metricCharts(all, rows), ...categoryCharts(all, rows)];
    for (const chart of charts) {
      for (const panel of chart.panels) {
        expect(panel.unit).toBe(metricDefinition(panel.key)!.unit);
        expect(panel.unit.startsWith('第')).toBe(false);
        expect(new Set(panel.points.map((p) => p.key))).toEqual(new Set([panel.key]));
      }
    }
    // A category chart never puts two metrics on one value axis: one panel per metric.
    for (const chart of categoryCharts(all, rows)) {
      const keys = chart.panels.map((p) => p.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(metricDefinition(key)!.category).toBe(chart.category);
    }
    // Every quantity figure reported by two or more cases is drawn in exactly one category chart.
    const drawn = categoryCharts(all, rows).flatMap((chart) => chart.panels.map((p) => p.key));
    const quantities = [...reporters]
      .filter(([key, list]) => list.length >= 2 && !metricDefinition(key)!.unit.startsWith('第'))
      .map(([key]) => key);
    expect(drawn.sort()).toEqual(quantities.sort());
  });

  test('category charts have a slot per case in every panel and as many bars as figures reported', () => {
    for (const chart of categoryCharts(all, rows)) {
      for (const panel of chart.panels) {
        expect(panel.points.map((p) => p.caseId)).toEqual(loaded.map((c) => c.id));
      }
      const expected = chart.panels.reduce((n, p) => n + reporters.get(p.key)!.length, 0);
      expect(chart.bars).toBe(expected);
    }
  });

  test('a log axis is offered exactly when a panel’s values span two orders of magnitude', () => {
    for (const chart of categoryCharts(all, rows)) {
      for (const panel of chart.panels) {
        const values = reporters.get(panel.key)!.map((c) => {
          const figures = figuresOf(c, panel.key);
          return (figures.find((m) => m.scope.level === 'county') ?? figures[0]!).value;
        });
        const positive = values.every((v) => v > 0);
        expect(panel.logPossible).toBe(positive);
        expect(panel.wide).toBe(positive && Math.max(...values) / Math.min(...values) >= 100);
      }
    }
    expect(WIDE_RANGE_RATIO).toBe(100);
  });

  test('with a derived value per case, a panel draws those values and marks the rest', () => {
    const chart = metricCharts(all, rows)[0]!;
    const [first] = chart.panels[0]!.points.filter((p) => p.value !== null);
    const derived = metricCharts(all, rows, (key, caseId) =>
      key === chart.id && caseId !== first!.caseId ? { value: 1, qualifier: 'exact' } : null,
    ).find((c) => c.id === chart.id);
    const reporting = reporters.get(chart.id)!.length;
    if (reporting - 1 < 2) expect(derived).toBeUndefined();
    else {
      const point = derived!.panels[0]!.points.find((p) => p.caseId === first!.caseId)!;
      expect(point.value).toBeNull();
      expect(point.missing).toBe('not_derived');
    }
  });
});

describe('export', () => {
  test('the CSV of a view holds exactly the figures shown, with the metrics.csv columns', () => {
    const [a, b] = loaded;
    const keys = [...reporters.keys()].filter((key) =>
      reporters.get(key)!.some((c) => c === a || c === b),
    );
    const view = compare(a!, b!);
    const csv = toCsv(
      METRIC_COLUMNS,
      exportRows(view, alignMetrics(view, keys), ROW_LABELS, '9.9.9'),
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([
      'case_id',
      'county',
      'province',
      'metric_key',
      'metric_label',
      'value',
      'qualifier',
      'qualifier_label',
      'unit',
      'scope_level',
      'scope_level_label',
      'scope_name',
      'period',
      'quote',
      'note',
      'source_id',
      'dataset_version',
    ]);
    expect(new Set(parsed.data.map((r) => r.dataset_version))).toEqual(new Set(['9.9.9']));
    const expected = [a!, b!].flatMap((c) =>
      c.data.metrics.map((m) => `${c.id}|${m.key}|${m.value}|${m.qualifier}|${m.quote}`),
    );
    const got = parsed.data.map(
      (r) => `${r.case_id}|${r.metric_key}|${r.value}|${r.qualifier}|${r.quote}`,
    );
    expect(got.sort()).toEqual(expected.sort());
  });

  test('a view narrowed to some metrics exports only those', () => {
    const key = pairs[0]!.key;
    const view = compare(pairs[0]!.a, pairs[0]!.b);
    const rows = exportRows(view, alignMetrics(view, [key]), ROW_LABELS, '9.9.9');
    expect(rows.map((r) => r.metric_key)).toEqual(rows.map(() => key));
    expect(rows).toHaveLength(
      figuresOf(pairs[0]!.a, key).length + figuresOf(pairs[0]!.b, key).length,
    );
  });
});

describe('mechanism matrix', () => {
  test('every mechanism a picked case uses appears once, with that case’s evidence; others absent', () => {
    const [a, b] = loaded;
    const view = compare(a!, b!);
    const groups = mechanismMatrix(view);
    const rows = groups.flatMap((g) => g.rows);
    const used = new Set([...a!.data.mechanisms, ...b!.data.mechanisms].map((m) => m.id));
    expect(new Set(rows.map((r) => r.id))).toEqual(used);
    expect(rows).toHaveLength(used.size);
    for (const row of rows) {
      [a!, b!].forEach((c, i) => {
        expect(row.cells[i]!.evidence).toBe(
          c.data.mechanisms.find((m) => m.id === row.id)?.evidence,
        );
      });
    }
    for (const group of groups)
      expect(group.rows.every((r) => r.category === group.category)).toBe(true);
  });
});
