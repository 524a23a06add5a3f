import { describe, expect, test } from 'vitest';
import {
  caseSearchRecord,
  mechanismSearchRecord,
  provinceCode,
  recordFilters,
  recordMeta,
  regionCode,
  searchRecordHtml,
  termSearchDocument,
} from '../../src/search/records';
import { REGION_CODES, RESULT_KINDS } from '../../src/search/contract';
import { PHRASE_BREAK } from '../../src/search/tokens';
import { loadContent } from '../helpers/content';

const content = loadContent();

describe('records', () => {
  test('a case record carries filter codes, not labels', () => {
    for (const entry of content.cases) {
      const record = caseSearchRecord(entry.data);
      expect(record.filters.province).toEqual([entry.data.adminCode.slice(0, 2)]);
      expect(REGION_CODES).toContain(record.filters.region![0]);
      expect(record.filters.mechanism).toEqual([
        ...new Set(entry.data.mechanisms.map((m) => m.id)),
      ]);
      const filters = recordFilters(record);
      expect(filters[0]).toEqual(['type', 'case']);
      for (const [, value] of filters) expect(value).toMatch(/^[a-z0-9-]+$/);
    }
  });

  test('regions map to distinct codes, provinces to the first two digits of the code', () => {
    const regions = new Set(content.cases.map((c) => c.data.region));
    const codes = new Set([...regions].map(regionCode));
    expect(codes.size).toBe(regions.size);
    expect(provinceCode('350525')).toBe('35');
  });

  test('a case is found by the names in its file: county, model, programmes, keywords', () => {
    for (const entry of content.cases) {
      const { names } = caseSearchRecord(entry.data);
      expect(names).toContain(entry.data.county);
      expect(names).toContain(entry.data.model.name);
      for (const programme of entry.data.programmes) expect(names).toContain(programme.name);
      for (const keyword of entry.data.keywords) expect(names).toContain(keyword);
    }
  });

  test('names are separated by phrase breaks, so a match cannot run from one into the next', () => {
    const entry = content.cases[0]!;
    const names = recordMeta(caseSearchRecord(entry.data)).find(([name]) => name === 'names')![1];
    expect(names.split(` ${PHRASE_BREAK} `)).toEqual(caseSearchRecord(entry.data).names);
  });

  test('a mechanism record is named by its name and aliases and filtered by its id', () => {
    for (const mechanism of content.mechanisms) {
      const record = mechanismSearchRecord(mechanism);
      expect(record.filters.mechanism).toEqual([mechanism.id]);
      expect(record.names).toEqual([...new Set([mechanism.name, ...mechanism.aliases])]);
    }
  });

  test('markup escapes values and keeps them out of the indexed text', () => {
    const record = mechanismSearchRecord({ ...content.mechanisms[0]!, name: 'A<b>&"C' });
    const html = searchRecordHtml(record);
    expect(html).toMatch(/^<div hidden data-pagefind-ignore>/);
    expect(html).toContain('<span data-pagefind-filter="type">mechanism</span>');
    expect(html).toContain('A&lt;b&gt;&amp;&quot;C');
    expect(html).not.toContain('<b>');
    expect(recordMeta(record).map(([name]) => name)).toEqual(['title', 'category', 'names']);
    expect(recordMeta(record).find(([name]) => name === 'category')![1]).toMatch(/^[a-z]+$/);
  });

  test('each glossary term becomes a document linked to its anchor', () => {
    const term = content.glossary[0]!;
    const doc = termSearchDocument(term);
    expect(doc.url).toBe(`/glossary/#${term.id}`);
    expect(doc.html).toContain('data-pagefind-body');
    expect(doc.html).toContain(`<h1>${term.term}</h1>`);
    expect(doc.html).toContain(term.definition);
    expect(doc.html).toContain('<span data-pagefind-filter="type">term</span>');
    expect(RESULT_KINDS).toContain('term');
  });
});
