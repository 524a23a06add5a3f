import { describe, expect, test } from 'vitest';
import { citeApa, citeGbt7714 } from '../../src/domain/citation';
import { loadContent } from '../helpers/content';

const { sources } = loadContent();

describe('citations generated from the source records', () => {
  test('there is at least one source to cite', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  for (const source of sources) {
    test(`${source.id}: GB/T 7714 names author, title with [EB/OL] and publisher, ending in a full stop`, () => {
      const text = citeGbt7714(source);
      expect(text.startsWith(`${source.author}. ${source.title}[EB/OL]`)).toBe(true);
      expect(text).toContain(source.publisher);
      expect(text.endsWith('.')).toBe(true);
      if (!source.year) expect(text).not.toMatch(/\b(19|20)\d\d\b/);
    });

    test(`${source.id}: APA gives the year or n.d. in brackets after the author`, () => {
      const text = citeApa(source);
      expect(
        text.startsWith(`${source.author}. (${source.year ?? 'n.d.'}). ${source.title}.`),
      ).toBe(true);
      expect(text).toContain(source.publisher);
    });
  }
});
