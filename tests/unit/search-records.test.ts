import { describe, expect, test } from 'vitest';
import {
  browserWords,
  caseSearchRecord,
  mechanismSearchRecord,
  recordMeta,
  searchPhrases,
  searchRecordHtml,
  searchTokens,
  termSearchDocument,
} from '../../src/search/records';
import { nameMatch, rankByName, tidyExcerpt } from '../../src/search/rank';
import { loadContent } from '../helpers/content';

const content = loadContent();

describe('searchPhrases', () => {
  test('splits lists and adjacent quotations, drops quotes and brackets, keeps + and letters', () => {
    expect(searchPhrases('“机关+社区”“机关+服务队”“机关+协会”')).toEqual([
      '机关+社区',
      '机关+服务队',
      '机关+协会',
    ]);
    expect(searchPhrases('“一片一团一线、跨界组团相融”')).toEqual(['一片一团一线', '跨界组团相融']);
    expect(searchPhrases('“楼栋长”制')).toEqual(['楼栋长制']);
    expect(searchPhrases('社区“两委”')).toEqual(['社区两委']);
    expect(searchPhrases('楼栋（小区）党小组')).toEqual(['楼栋小区党小组']);
    expect(searchPhrases('1+X')).toEqual(['1+X']);
  });
});

describe('searchTokens', () => {
  test('holds every browser word of a name and of each of its parts', () => {
    const tokens = new Set(searchTokens(['民声茶馆', '一轴四网']));
    for (const query of ['民声茶馆', '茶馆', '声茶', '民声', '一轴四网', '四网', '轴四']) {
      for (const word of browserWords(query)) expect(tokens, `${query} → ${word}`).toContain(word);
    }
  });

  test('for every programme of every case, each part of its name is covered', () => {
    for (const entry of content.cases) {
      const tokens = new Set(searchTokens(entry.data.programmes.map((p) => p.name)));
      for (const programme of entry.data.programmes) {
        for (const phrase of searchPhrases(programme.name)) {
          const chars = [...phrase];
          for (let i = 0; i + 2 <= chars.length && i < 10; i++) {
            const part = chars.slice(i, i + 2).join('');
            for (const word of browserWords(part)) expect(tokens).toContain(word);
          }
        }
      }
    }
  });
});

describe('records', () => {
  const mechanisms = content.mechanisms;

  test('a case record has its filters, metadata and the names in its file', () => {
    for (const entry of content.cases) {
      const record = caseSearchRecord(entry.data, mechanisms);
      expect(record.filters.province).toEqual([entry.data.province]);
      expect(record.filters.region).toEqual([entry.data.region]);
      expect(record.filters.mechanism).toHaveLength(entry.data.mechanisms.length);
      expect(record.meta.county).toBe(entry.data.county);
      for (const programme of entry.data.programmes) {
        for (const phrase of searchPhrases(programme.name)) expect(record.names).toContain(phrase);
      }
    }
  });

  test('a mechanism record is named by its name and aliases', () => {
    for (const mechanism of mechanisms) {
      const record = mechanismSearchRecord(mechanism);
      expect(record.filters.mechanism).toEqual([mechanism.name]);
      for (const alias of mechanism.aliases) {
        for (const phrase of searchPhrases(alias)) expect(record.names).toContain(phrase);
      }
    }
  });

  test('markup escapes values and keeps them out of the indexed text', () => {
    const record = mechanismSearchRecord({ ...mechanisms[0]!, name: 'A<b>&"C' });
    const html = searchRecordHtml(record);
    expect(html).toMatch(/^<div hidden data-pagefind-ignore>/);
    expect(html).toContain('<span data-pagefind-filter="type">机制</span>');
    expect(html).toContain('A&lt;b&gt;&amp;&quot;C');
    expect(html).not.toContain('<b>');
    expect(recordMeta(record).map(([name]) => name)).toEqual([
      'type',
      'title',
      'category',
      'names',
      'terms',
    ]);
  });

  test('each glossary term becomes a document linked to its anchor', () => {
    const term = content.glossary[0]!;
    const doc = termSearchDocument(term, mechanisms);
    expect(doc.url).toBe(`/glossary/#${term.id}`);
    expect(doc.html).toContain('data-pagefind-body');
    expect(doc.html).toContain(`<h1>${term.term}</h1>`);
    expect(doc.html).toContain('<span data-pagefind-filter="type">术语</span>');
  });
});

describe('rankByName', () => {
  test('an exact name beats a containing name, which beats the rest; ties keep their order', () => {
    const items = [
      { title: '大余县', names: ['楼栋', '党小组'] },
      { title: '永春县', names: ['楼栋党小组之家'] },
      { title: '楼栋（小区）党小组', names: ['楼栋党小组'] },
      { title: '寻甸县', names: [] },
    ];
    expect(rankByName(items, '楼栋党小组', (i) => i).map((i) => i.title)).toEqual([
      '楼栋（小区）党小组',
      '永春县',
      '大余县',
      '寻甸县',
    ]);
    expect(nameMatch('  “民声茶馆” ', '民声茶馆', [])).toBe(2);
    expect(nameMatch('', '民声茶馆', [])).toBe(0);
  });
});

describe('tidyExcerpt', () => {
  test('joins marks split by the segmenter and drops leading punctuation', () => {
    expect(tidyExcerpt('. 党建<mark>网</mark> <mark>格</mark>化管理')).toBe(
      '党建<mark>网格</mark>化管理',
    );
    expect(tidyExcerpt('&quot;” <mark>民声</mark>\u200B<mark>茶馆</mark>')).toBe(
      '<mark>民声茶馆</mark>',
    );
    expect(tidyExcerpt('<mark>民声</mark>茶馆')).toBe('<mark>民声</mark>茶馆');
  });
});
