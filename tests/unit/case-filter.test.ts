import { describe, expect, test } from 'vitest';
import {
  matchesFilter,
  noticeItems,
  parseCaseFilter,
  serializeCaseFilter,
} from '../../src/url/case-filter';
import { loadContent } from '../helpers/content';

const { cases, mechanisms } = loadContent();
const items = cases.map((c) => ({
  id: c.id,
  region: c.data.region,
  province: c.data.province,
  setting: c.data.setting,
  mechanisms: c.data.mechanisms.map((m) => m.id),
}));
const allowed = {
  region: ['东部', '中部', '西部'],
  province: [...new Set(items.map((i) => i.province))],
  setting: [...new Set(items.map((i) => i.setting))],
  mechanism: mechanisms.map((m) => m.id),
};

describe('case index filters', () => {
  test('a region filter keeps exactly the cases of that region', () => {
    for (const region of allowed.region) {
      const { filter } = parseCaseFilter(`?region=${encodeURIComponent(region)}`, allowed);
      const kept = items.filter((i) => matchesFilter(i, filter)).map((i) => i.id);
      expect(kept).toEqual(cases.filter((c) => c.data.region === region).map((c) => c.id));
    }
  });

  test('a mechanism filter keeps the cases that list the mechanism', () => {
    const used = mechanisms.find((m) =>
      cases.some((c) => c.data.mechanisms.some((u) => u.id === m.id)),
    )!;
    const { filter } = parseCaseFilter(`?mechanism=${used.id}`, allowed);
    const kept = items.filter((i) => matchesFilter(i, filter)).map((i) => i.id);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept).toEqual(
      cases.filter((c) => c.data.mechanisms.some((u) => u.id === used.id)).map((c) => c.id),
    );
  });

  test('unknown values are rejected and reported, not applied', () => {
    const parsed = parseCaseFilter('?region=北部&mechanism=no-such-thing&province=', allowed);
    expect(parsed.filter).toEqual({});
    expect(parsed.rejected).toEqual([
      ['region', '北部'],
      ['mechanism', 'no-such-thing'],
    ]);
  });

  test('a filter survives a round trip through the URL', () => {
    const filter = { region: '西部', mechanism: allowed.mechanism[0]! };
    expect(parseCaseFilter(serializeCaseFilter(filter), allowed).filter).toEqual(filter);
    expect(serializeCaseFilter({})).toBe('');
  });
});

describe('hostile filter URLs', () => {
  test('inherited object keys are neither filters nor accepted values', () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      const asKey = parseCaseFilter(`?${name}=x&region=${name}`, allowed);
      expect(asKey.filter).toEqual({});
      expect(asKey.rejected).toEqual([['region', name]]);
      for (const key of ['province', 'setting', 'mechanism'] as const) {
        const asValue = parseCaseFilter(`?${key}=${name}`, allowed);
        expect(asValue.filter).toEqual({});
        expect(asValue.rejected).toEqual([[key, name]]);
      }
    }
  });

  test('a notice repeats at most forty characters of a rejected value', () => {
    const long = '长'.repeat(100_000);
    const { rejected } = parseCaseFilter(`?province=${encodeURIComponent(long)}`, allowed);
    expect(noticeItems(rejected)).toEqual([{ key: 'province', value: '长'.repeat(40), cut: true }]);
    const short = noticeItems(parseCaseFilter('?setting=x', allowed).rejected);
    expect(short).toEqual([{ key: 'setting', value: 'x', cut: false }]);
  });

  test('cutting never splits a character outside the Basic Multilingual Plane', () => {
    const { rejected } = parseCaseFilter(`?region=${encodeURIComponent('𠀀'.repeat(50))}`, allowed);
    expect(noticeItems(rejected)[0]!.value).toBe('𠀀'.repeat(40));
  });
});
