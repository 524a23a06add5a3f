import { describe, expect, test } from 'vitest';
import { firstTermMatch, splitByTerms } from '../../src/integrations/glossary-markup';

const terms = [
  { id: 'da-dangwei', forms: ['大党委'] },
  { id: 'shequ-da-dangwei', forms: ['社区大党委制', '社区大党委'] },
  { id: 'liang-xin', forms: ['两新组织', '“两新”组织'] },
];

describe('glossary markup', () => {
  test('marks only the first occurrence of each term', () => {
    const seen = new Set<string>();
    const parts = splitByTerms('两新组织很多，两新组织也参加。', terms, seen);
    expect(parts.filter((p) => p.id).map((p) => p.text)).toEqual(['两新组织']);
    expect(parts.map((p) => p.text).join('')).toBe('两新组织很多，两新组织也参加。');
  });

  test('at the same position the longest form wins', () => {
    expect(firstTermMatch('推行社区大党委制', terms, new Set())).toEqual({
      id: 'shequ-da-dangwei',
      start: 2,
      end: 8,
    });
  });

  test('a term seen earlier on the page is not marked again in a later paragraph', () => {
    const seen = new Set<string>();
    splitByTerms('“两新”组织', terms, seen);
    expect(splitByTerms('两新组织', terms, seen).some((p) => p.id)).toBe(false);
  });
});
