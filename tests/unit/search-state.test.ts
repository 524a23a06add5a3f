import { describe, expect, test } from 'vitest';
import {
  echo,
  ECHO_MAX,
  hasCriteria,
  keepKnownFilters,
  MAX_QUERY_LENGTH,
  noticeParts,
  parseSearchParams,
  toSearchParams,
} from '../../src/url/search-state';
import { pagefindFilters } from '../../src/search/engine';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));
const names = { type: '类型', region: '地区', province: '省份', mechanism: '机制' };
const labels = {
  type: { case: '案例', mechanism: '机制', term: '术语' },
  region: { east: '东部', central: '中部', west: '西部' },
};

describe('search state in the URL', () => {
  test('reads the query and repeated filter values', () => {
    const { state, notices } = parse('q=%E7%BD%91%E6%A0%BC&type=case&province=35&province=53');
    expect(notices).toEqual([]);
    expect(state.q).toBe('网格');
    expect(state.filters.type).toEqual(['case']);
    expect(state.filters.province).toEqual(['35', '53']);
    expect(state.filters.mechanism).toEqual([]);
  });

  test('round-trips through toSearchParams', () => {
    const { state } = parse('province=53&q= 时间银行 &type=mechanism');
    expect(parse(toSearchParams(state)).state).toEqual({ ...state, q: '时间银行' });
    expect(toSearchParams({ ...state, q: '' })).not.toContain('q=');
  });

  test('names unknown parameters (cut) and cuts an over-long query', () => {
    const long = '网'.repeat(MAX_QUERY_LENGTH + 5);
    const { state, notices } = parse(`q=${long}&sort=new&${'x'.repeat(200)}=1`);
    expect([...state.q]).toHaveLength(MAX_QUERY_LENGTH);
    expect(notices.map((n) => n.key)).toEqual([
      'search.notice.unknownParam',
      'search.notice.longQuery',
    ]);
    const listed = String(notices[0]!.values.names);
    expect(listed.startsWith('sort、')).toBe(true);
    expect([...listed].length).toBeLessThan(ECHO_MAX + 10);
    expect(notices[0]!.echoed).toEqual(['names']);
  });

  test('drops filter values the index does not have; reads labels as their codes', () => {
    const { state } = parse('type=小说&type=案例&region=east&region=toString&province=constructor');
    const known = keepKnownFilters(
      state,
      { type: { case: 8, mechanism: 47 }, region: { east: 2 }, province: { '35': 1 } },
      labels,
      names,
    );
    expect(known.state.filters.type).toEqual(['case']);
    expect(known.state.filters.region).toEqual(['east']);
    expect(known.state.filters.province).toEqual([]);
    expect(known.notices.map((n) => n.values)).toEqual([
      { filter: '类型', value: '小说' },
      { filter: '地区', value: 'toString' },
      { filter: '省份', value: 'constructor' },
    ]);
  });

  test('inherited object keys are never filter values or labels', () => {
    const { state } = parse('mechanism=__proto__&mechanism=hasOwnProperty&type=valueOf');
    const known = keepKnownFilters(state, {}, {}, names);
    expect(Object.values(known.state.filters).flat()).toEqual([]);
    expect(known.notices).toHaveLength(3);
  });

  test('an echoed value is cut to a few dozen characters', () => {
    expect(echo('短')).toBe('短');
    const cut = echo('长'.repeat(100));
    expect([...cut]).toHaveLength(ECHO_MAX + 1);
    expect(cut.endsWith('…')).toBe(true);
  });

  test('notice parts mark the echoed values for direction isolation', () => {
    expect(
      noticeParts('筛选条件“{filter}：{value}”不存在。', {
        values: { filter: '类型', value: 'abc' },
        echoed: ['value'],
      }),
    ).toEqual([
      { text: '筛选条件“' },
      { text: '类型', echoed: false },
      { text: '：' },
      { text: 'abc', echoed: true },
      { text: '”不存在。' },
    ]);
  });

  test('Pagefind filters: any value within a filter, only filters that are set', () => {
    const { state } = parse('type=case&province=35&province=53');
    expect(pagefindFilters(state.filters)).toEqual({
      type: { any: ['case'] },
      province: { any: ['35', '53'] },
    });
    expect(pagefindFilters(state.filters, 'case').type).toEqual({ any: ['case'] });
    expect(pagefindFilters(state.filters, 'term').type).toEqual({ any: [] });
    expect(hasCriteria(state)).toBe(true);
    expect(hasCriteria(parse('q=%20').state)).toBe(false);
  });
});
