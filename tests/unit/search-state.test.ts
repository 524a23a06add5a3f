import { describe, expect, test } from 'vitest';
import {
  filterOptions,
  hasCriteria,
  keepKnownFilters,
  MAX_QUERY_LENGTH,
  pagefindFilters,
  parseSearchParams,
  toSearchParams,
} from '../../src/url/search-state';

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe('search state in the URL', () => {
  test('reads the query and repeated filter values', () => {
    const { state, notices } = parse(
      'q=%E7%BD%91%E6%A0%BC&type=案例&province=福建省&province=云南省',
    );
    expect(notices).toEqual([]);
    expect(state.q).toBe('网格');
    expect(state.filters.type).toEqual(['案例']);
    expect(state.filters.province).toEqual(['福建省', '云南省']);
    expect(state.filters.mechanism).toEqual([]);
  });

  test('round-trips through toSearchParams', () => {
    const { state } = parse('province=云南省&q= 时间银行 &type=机制');
    expect(parse(toSearchParams(state)).state).toEqual({ ...state, q: '时间银行' });
    expect(toSearchParams({ ...state, q: '' })).not.toContain('q=');
  });

  test('names unknown parameters and cuts an over-long query', () => {
    const long = '网'.repeat(MAX_QUERY_LENGTH + 5);
    const { state, notices } = parse(`q=${long}&sort=new&page=2`);
    expect([...state.q]).toHaveLength(MAX_QUERY_LENGTH);
    expect(notices).toEqual([
      '网址中的参数“sort、page”无法识别，已忽略。',
      `搜索词过长，只使用了前 ${MAX_QUERY_LENGTH} 个字。`,
    ]);
  });

  test('drops filter values the index does not have, with a notice', () => {
    const { state } = parse('type=小说&type=案例&region=东部');
    const known = keepKnownFilters(state, { type: { 案例: 8, 机制: 47 }, region: { 东部: 2 } });
    expect(known.state.filters.type).toEqual(['案例']);
    expect(known.state.filters.region).toEqual(['东部']);
    expect(known.notices).toEqual(['筛选条件“类型：小说”不存在，已忽略。']);
  });

  test('Pagefind filters: any value within a filter, only filters that are set', () => {
    const { state } = parse('type=案例&province=福建省&province=云南省');
    expect(pagefindFilters(state.filters)).toEqual({
      type: { any: ['案例'] },
      province: { any: ['福建省', '云南省'] },
    });
    expect(hasCriteria(state)).toBe(true);
    expect(hasCriteria(parse('q=%20').state)).toBe(false);
  });

  test('filter options: selected first, then by count, then by name', () => {
    expect(filterOptions({ 东部: 2, 西部: 4, 中部: 2 }, ['中部'])).toEqual([
      { value: '中部', count: 2, selected: true },
      { value: '西部', count: 4, selected: false },
      { value: '东部', count: 2, selected: false },
    ]);
    expect(filterOptions(undefined, ['东部'])).toEqual([
      { value: '东部', count: 0, selected: true },
    ]);
  });
});
