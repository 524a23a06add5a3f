/**
 * Figures on a common scale (issue 11): what may be divided by a county's population or its
 * divisions, and what the result says. Each rule of src/domain/normalise.ts is planted here with
 * a figure that breaks it, beside one that passes.
 */
import { describe, expect, test } from 'vitest';
import {
  isNormalisableKey,
  MAX_YEAR_GAP,
  normalise,
  sharedContextKeys,
  type ContextFigure,
  type Numerator,
} from '../../src/domain/normalise';
import { METRIC_KEYS, metricDefinition } from '../../src/schemas/metric-vocabulary';

const population: ContextFigure = {
  key: 'population',
  value: 400_000,
  unit: '人',
  qualifier: 'exact',
  year: 2020,
};
const townships: ContextFigure = {
  key: 'townships',
  value: 20,
  unit: '个',
  qualifier: 'exact',
  year: 2021,
};
const villages: ContextFigure = {
  key: 'villages',
  value: 250,
  unit: '个',
  qualifier: 'exact',
  year: 2021,
};
const context = [population, townships, villages];

/** A county-wide count of Party members (a plain count in the vocabulary). */
const members: Numerator = {
  key: 'party_members',
  value: 20_000,
  qualifier: 'exact',
  unit: metricDefinition('party_members')?.unit ?? '',
  scope: { level: 'county' },
};

test('the fixture keys exist in the vocabulary', () => {
  expect(metricDefinition('party_members')).toBeDefined();
});

describe('what is divided', () => {
  test('a county-wide count per 10,000 residents, per township and per village-level division', () => {
    const perPop = normalise(members, 'population', context, 2019);
    expect(perPop).toMatchObject({ ok: true, value: 500, qualifier: 'exact', per: 10_000 });
    expect(normalise(members, 'townships', context, 2019)).toMatchObject({ ok: true, value: 1000 });
    expect(normalise(members, 'villages', context, 2019)).toMatchObject({ ok: true, value: 80 });
  });

  test('a township-, community- or sector-scoped figure is never divided by a county total', () => {
    for (const scope of [
      { level: 'township', name: 'A' },
      { level: 'community', name: 'B' },
      { level: 'sector', name: 'C' },
      { level: 'village', name: 'D' },
    ] as const) {
      expect(normalise({ ...members, scope }, 'population', context, 2019)).toEqual({
        ok: false,
        reason: 'narrower_scope',
      });
    }
  });

  test('shares, ratios, positions, standards and design counts are not divided', () => {
    for (const [key, def] of Object.entries(METRIC_KEYS)) {
      const d = def as { unit: string; category: string; design?: boolean };
      const plainCount =
        !d.design &&
        d.category !== 'standards' &&
        !d.unit.includes('/') &&
        d.unit !== '%' &&
        !d.unit.startsWith('第');
      expect(isNormalisableKey(key), key).toBe(plainCount);
      if (!plainCount) {
        const result = normalise({ ...members, key, unit: d.unit }, 'population', context, 2019);
        expect(result, key).toEqual({ ok: false, reason: 'not_a_count' });
      }
    }
    expect(isNormalisableKey('no_such_key')).toBe(false);
  });
});

describe('years', () => {
  test(`figures at most ${MAX_YEAR_GAP} years apart are divided, further apart are not`, () => {
    expect(normalise(members, 'population', context, 2020 + MAX_YEAR_GAP)).toMatchObject({
      ok: true,
      gap: MAX_YEAR_GAP,
    });
    expect(normalise(members, 'population', context, 2020 - MAX_YEAR_GAP - 1)).toMatchObject({
      ok: false,
      reason: 'years_apart',
    });
  });

  test('without the case’s as-of year or the context figure’s year there is no derived value', () => {
    expect(normalise(members, 'population', context, undefined)).toMatchObject({
      ok: false,
      reason: 'year_unknown',
    });
    const undated = [{ ...population, year: undefined }];
    expect(normalise(members, 'population', undated, 2020)).toMatchObject({
      ok: false,
      reason: 'year_unknown',
    });
  });
});

describe('qualifiers and denominators', () => {
  test('a lower bound divided by an exact figure stays a lower bound', () => {
    const result = normalise({ ...members, qualifier: 'at_least' }, 'population', context, 2020);
    expect(result).toMatchObject({ ok: true, qualifier: 'at_least', value: 500 });
  });

  test('an approximate numerator or denominator gives an approximate result', () => {
    expect(
      normalise({ ...members, qualifier: 'approx' }, 'population', context, 2020),
    ).toMatchObject({ ok: true, qualifier: 'approx' });
    const rough = [{ ...population, qualifier: 'approx' as const }];
    expect(normalise(members, 'population', rough, 2020)).toMatchObject({
      ok: true,
      qualifier: 'approx',
    });
  });

  test('a lower bound over an approximate figure has no honest qualifier and is refused', () => {
    const rough = [{ ...population, qualifier: 'approx' as const }];
    expect(
      normalise({ ...members, qualifier: 'at_least' }, 'population', rough, 2020),
    ).toMatchObject({ ok: false, reason: 'bound_over_approx' });
  });

  test('a missing, not-found, zero or lower-bound denominator is refused', () => {
    expect(normalise(members, 'population', [], 2020)).toMatchObject({
      ok: false,
      reason: 'no_denominator',
    });
    expect(normalise(members, 'population', [{ ...population, value: null }], 2020)).toMatchObject({
      ok: false,
      reason: 'no_denominator',
    });
    expect(normalise(members, 'population', [{ ...population, value: 0 }], 2020)).toMatchObject({
      ok: false,
      reason: 'bad_denominator',
    });
    expect(
      normalise(members, 'population', [{ ...population, qualifier: 'at_least' }], 2020),
    ).toMatchObject({ ok: false, reason: 'bad_denominator' });
  });

  test('a derived value carries both figures for the formula', () => {
    const result = normalise(members, 'townships', context, 2020);
    expect(result.ok && result.numerator).toBe(members);
    expect(result.ok && result.denominator).toBe(townships);
  });
});

test('shared context rows are the keys every county has a found figure for', () => {
  const a = context;
  const b = [population, { ...townships, value: null }, villages];
  expect(sharedContextKeys([a, b])).toEqual(['population', 'villages']);
  expect(sharedContextKeys([a, []])).toEqual([]);
});
