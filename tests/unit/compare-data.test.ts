/**
 * The files the compare page fetches (/data/compare/index.json and /data/compare/<id>.json) and
 * the example it shows when no case is chosen, checked against the content files.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../helpers/content';
import { exampleSelection } from '../../src/domain/comparability';
import {
  compareIndex,
  exampleCandidates,
  INDEX_FIELDS,
  toCompareCase,
  yearOf,
} from '../../src/views/compare';

const content = loadContent();
const cases = content.cases.sort((a, b) => a.data.order - b.data.order);

describe('the picker index', () => {
  const index = compareIndex(cases);

  test('one short row per case, in casebook order, with the fields the picker searches', () => {
    expect(index.fields).toEqual(INDEX_FIELDS);
    expect(index.rows.map((r) => r[0])).toEqual(cases.map((c) => c.id));
    for (const [i, row] of index.rows.entries()) {
      const data = cases[i]!.data;
      expect(row).toEqual([
        cases[i]!.id,
        data.county,
        data.shortName === data.county ? '' : data.shortName,
        data.model.name,
        data.province,
        data.setting,
      ]);
    }
  });

  test('stays small per case: no summaries, figures or bodies', () => {
    const perCase = JSON.stringify(index).length / cases.length;
    expect(perCase).toBeLessThan(160);
  });
});

describe('one file per case', () => {
  test('carries every figure with its quote and source, and every mechanism with its evidence', () => {
    for (const c of cases) {
      const file = toCompareCase(c.id, c.data, content.mechanisms, content.sources);
      expect(file.metrics.map((m) => [m.key, m.value, m.quote, m.source])).toEqual(
        c.data.metrics.map((m) => [m.key, m.value, m.quote, m.source]),
      );
      expect(file.mechanisms.map((m) => [m.id, m.evidence])).toEqual(
        c.data.mechanisms.map((m) => [m.id, m.evidence]),
      );
      for (const m of file.mechanisms) {
        const known = content.mechanisms.find((k) => k.id === m.id)!;
        expect(m.name).toBe(known.name);
        expect(m.category).toBe(known.category);
      }
      for (const id of new Set(c.data.metrics.map((m) => m.source))) {
        expect(file.sources.map((s) => s.id)).toContain(id);
      }
      expect(file.period).toBe(c.data.period?.label);
      expect(file.setting).toBe(c.data.setting);
    }
  });

  test('profile figures, lessons and the as-of date pass through when given', () => {
    const c = cases[0]!;
    const file = toCompareCase(c.id, c.data, content.mechanisms, content.sources, {
      asOf: '2019-07-15',
      profile: {
        figures: [{ key: 'population', value: 1, unit: 'x', qualifier: 'exact', year: 2020 }],
      },
      lessons: { problem: [{ text: 'p', quote: 'q' }] },
    });
    expect(file.asOf).toEqual({ date: '2019-07-15', year: 2019 });
    expect(file.context).toHaveLength(1);
    expect(file.lessons.problem).toEqual([{ text: 'p', quote: 'q' }]);
  });

  test('a date is read for its year only when it has a four-digit year', () => {
    expect(yearOf('2021-06-09')).toBe(2021);
    expect(yearOf('2019')).toBe(2019);
    expect(yearOf('n.d.')).toBeUndefined();
    expect(yearOf(undefined)).toBeUndefined();
  });
});

describe('the example comparison', () => {
  /** Keys two or more of the group report, counted straight from the files. */
  const shared = (ids: string[]) => {
    const count = new Map<string, number>();
    for (const id of ids) {
      const c = cases.find((x) => x.id === id)!;
      for (const key of new Set(c.data.metrics.map((m) => m.key))) {
        count.set(key, (count.get(key) ?? 0) + 1);
      }
    }
    return [...count.values()].filter((n) => n >= 2).length;
  };

  test('is three cases sharing as many figures as any three cases of the casebook', () => {
    const example = exampleSelection(exampleCandidates(cases));
    expect(example).toHaveLength(Math.min(3, cases.length));
    let best = 0;
    const ids = cases.map((c) => c.id);
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++)
        for (let k = j + 1; k < ids.length; k++)
          best = Math.max(best, shared([ids[i]!, ids[j]!, ids[k]!]));
    expect(shared(example)).toBe(best);
  });

  test('at any casebook size it is chosen among the few cases reporting the most keys', () => {
    // 20,000 cases: only the 24 with the most keys are tried, so the cost does not grow.
    const many = Array.from({ length: 20_000 }, (_, i) => ({
      id: `c${i}`,
      keys: i % 500 === 0 ? ['a', 'b', 'c', 'd', `x${i}`] : [`k${i}`],
    }));
    const picked = exampleSelection(many);
    expect(picked).toHaveLength(3);
    for (const id of picked) expect(Number(id.slice(1)) % 500).toBe(0);
  });
});
