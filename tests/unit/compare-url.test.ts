/**
 * The URL contract of /compare/: what a link says is what the reader sees, and a bad link gives
 * notices and a sensible default, never an exception. Case ids come from the content files.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../helpers/content';
import {
  compareHref,
  parseCompareQuery,
  serialiseCompareQuery,
  type CompareState,
} from '../../src/url/compare-url';
import { MAX_CASES } from '../../src/domain/comparability';
import { METRIC_KEYS } from '../../src/schemas/metric-vocabulary';

const ids = loadContent()
  .cases.sort((a, b) => a.data.order - b.data.order)
  .map((c) => c.id);
const metricKeys = Object.keys(METRIC_KEYS);
const known = { caseIds: ids, metricKeys, defaultCases: ids.slice(0, 2) };
const parse = (search: string) => parseCompareQuery(search, known);

test('the content has at least two cases to compare', () => {
  expect(ids.length).toBeGreaterThanOrEqual(2);
});

describe('reading a link', () => {
  test('/compare/?cases=a,b picks those cases, in that order, without notices', () => {
    const [a, b] = [ids[1]!, ids[0]!];
    const { state, notices } = parse(`?cases=${a},${b}`);
    expect(state.cases).toEqual([a, b]);
    expect(state.metrics).toBeNull();
    expect(state.chart).toBe('metric');
    expect(notices).toEqual([]);
  });

  test('a single case is kept, so "compare with…" can open the tool with one case picked', () => {
    expect(parse(`?cases=${ids[0]}`)).toEqual({
      state: { cases: [ids[0]], metrics: null, chart: 'metric', log: [], per: null },
      notices: [],
    });
  });

  test('no query shows the first two cases of the casebook without a notice', () => {
    expect(parse('')).toEqual({
      state: { cases: ids.slice(0, 2), metrics: null, chart: 'metric', log: [], per: null },
      notices: [],
    });
  });

  test('the encoded comma, repeated parameters, spaces and capitals are understood', () => {
    const [a, b] = ids;
    expect(parse(`?cases=${a}%2C${b}`).state.cases).toEqual([a, b]);
    expect(parse(`?cases=${a}&cases=${b}`).state.cases).toEqual([a, b]);
    expect(parse(`?cases=%20${a!.toUpperCase()}%20,,${b}`).state.cases).toEqual([a, b]);
  });
});

describe('bad links give notices and a sensible default', () => {
  test('unknown ids are named in a notice and the known ones are kept', () => {
    const { state, notices } = parse(`?cases=${ids[0]},atlantis`);
    expect(state.cases).toEqual([ids[0]]);
    expect(notices).toEqual([{ code: 'unknown_cases', values: ['atlantis'] }]);
  });

  test('only unknown ids: a notice, and the default pair', () => {
    const { state, notices } = parse('?cases=atlantis,eldorado');
    expect(state.cases).toEqual(ids.slice(0, 2));
    expect(notices.map((n) => n.code)).toEqual(['unknown_cases', 'no_valid_cases']);
  });

  test('an empty cases parameter: a notice, and the default pair', () => {
    const { state, notices } = parse('?cases=');
    expect(state.cases).toEqual(ids.slice(0, 2));
    expect(notices.map((n) => n.code)).toEqual(['no_valid_cases']);
  });

  test('duplicates are dropped with a notice', () => {
    const { state, notices } = parse(`?cases=${ids[0]},${ids[1]},${ids[0]}`);
    expect(state.cases).toEqual(ids.slice(0, 2));
    expect(notices).toEqual([{ code: 'duplicate_cases', values: [ids[0]] }]);
  });

  test(`more than ${MAX_CASES} cases: the first ${MAX_CASES} stay, the rest are named`, () => {
    // The casebook may hold fewer than nine cases, so the limit is tested on a longer id list.
    const many = [...ids, ...Array.from({ length: MAX_CASES + 1 }, (_, i) => `extra-${i}`)];
    const { state, notices } = parseCompareQuery(`?cases=${many.join(',')}`, {
      ...known,
      caseIds: many,
    });
    expect(state.cases).toEqual(many.slice(0, MAX_CASES));
    expect(notices).toEqual([{ code: 'too_many_cases', values: many.slice(MAX_CASES) }]);
  });

  test('unknown metric keys are named and dropped; none left means every metric', () => {
    const key = metricKeys[0]!;
    const some = parse(`?cases=${ids[0]},${ids[1]}&metrics=${key},gdp_growth`);
    expect(some.state.metrics).toEqual([key]);
    expect(some.notices).toEqual([{ code: 'unknown_metrics', values: ['gdp_growth'] }]);
    const none = parse(`?cases=${ids[0]},${ids[1]}&metrics=gdp_growth`);
    expect(none.state.metrics).toBeNull();
  });

  test('a bad chart mode, a bad log id and unknown parameters are named', () => {
    const { state, notices } = parse(
      `?cases=${ids[0]},${ids[1]}&chart=pie&log=<script>&utm_source=x`,
    );
    expect(state.chart).toBe('metric');
    expect(state.log).toEqual([]);
    expect(notices).toEqual([
      { code: 'bad_chart', values: ['pie'] },
      { code: 'bad_log', values: ['<script>'] },
      { code: 'unknown_params', values: ['utm_source'] },
    ]);
  });

  test('a very long bad value is shortened in the notice', () => {
    const junk = 'x'.repeat(500);
    const { notices } = parse(`?cases=${junk}`);
    expect(notices[0]!.values[0]!.length).toBeLessThan(50);
  });

  test('malformed percent-encoding and arbitrary junk never throw', () => {
    const inputs = [
      '?cases=%E0%A4%A',
      '?cases=%',
      '?%%%=%%%',
      '?cases=,,,&metrics=,,&chart=&log=,',
      '??cases=a',
      '?cases[]=x&cases[]=y',
      `?cases=${'%F0%9F%92%A9'.repeat(20)}`,
      '#cases=a',
    ];
    // And some deterministic pseudo-random strings over URL-ish characters.
    let seed = 7;
    const chars = 'abc,=&?%2CF0-_ 案例%';
    for (let n = 0; n < 200; n++) {
      let s = '?';
      for (let i = 0; i < 30; i++) {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        s += chars[seed % chars.length];
      }
      inputs.push(s);
    }
    for (const input of inputs) {
      const { state } = parse(input);
      expect(state.cases.length).toBeGreaterThan(0);
      expect(state.cases.length).toBeLessThanOrEqual(MAX_CASES);
      for (const id of state.cases) expect(ids).toContain(id);
    }
  });
});

describe('chart ids, scale and the fragment (issue 15)', () => {
  test('log keeps metric keys only: unknown chart ids are dropped and named', () => {
    const [key] = metricKeys;
    const { state, notices } = parse(`?cases=${ids[0]},${ids[1]}&log=${key},people-1,atlantis`);
    expect(state.log).toEqual([key]);
    expect(notices).toEqual([{ code: 'bad_log', values: ['people-1', 'atlantis'] }]);
  });

  test('per takes one of the three bases; anything else is named and ignored', () => {
    expect(parse(`?cases=${ids[0]},${ids[1]}&per=townships`).state.per).toBe('townships');
    const bad = parse(`?cases=${ids[0]},${ids[1]}&per=gdp`);
    expect(bad.state.per).toBeNull();
    expect(bad.notices).toEqual([{ code: 'bad_per', values: ['gdp'] }]);
  });

  test('the address of a view keeps the fragment it was given', () => {
    const state = parse(`?cases=${ids[0]},${ids[1]}`).state;
    expect(compareHref('/casebook/compare/', state, '#cmp-charts')).toBe(
      `/casebook/compare/?cases=${ids[0]},${ids[1]}#cmp-charts`,
    );
    expect(compareHref('/compare/', { ...state, cases: [] }, '')).toBe('/compare/');
  });

  test('without the list of case ids, well-formed ids are kept and junk is named', () => {
    const { state, notices } = parseCompareQuery('?cases=some-case,Other,<b>', {
      metricKeys,
      defaultCases: [],
    });
    expect(state.cases).toEqual(['some-case', 'other']);
    expect(notices).toEqual([{ code: 'unknown_cases', values: ['<b>'] }]);
  });
});

describe('writing a link', () => {
  test('a state survives serialising and parsing unchanged', () => {
    const states: CompareState[] = [
      { cases: ids.slice(0, 2), metrics: null, chart: 'metric', log: [], per: null },
      {
        cases: [...ids].reverse().slice(0, Math.min(MAX_CASES, ids.length)),
        metrics: metricKeys.slice(0, 3),
        chart: 'category',
        log: [metricKeys[1]!, metricKeys[0]!],
        per: 'population',
      },
    ];
    for (const state of states) {
      const query = serialiseCompareQuery(state);
      const back = parse(query);
      expect(back.notices).toEqual([]);
      expect(back.state).toEqual({ ...state, log: [...state.log].sort() });
    }
  });

  test('the canonical form keeps commas readable and leaves defaults out', () => {
    const [a, b] = ids;
    expect(
      serialiseCompareQuery({
        cases: [a!, b!],
        metrics: null,
        chart: 'metric',
        log: [],
        per: null,
      }),
    ).toBe(`?cases=${a},${b}`);
  });
});
