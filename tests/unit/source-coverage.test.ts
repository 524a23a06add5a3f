/**
 * Nothing silently dropped: every figure written in Arabic numerals in a county's section of the
 * source article must reach that county's case, as a metric quote or as a stated period.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../helpers/content';
import { article, MISSING_ARTICLE, runArticleTests } from '../helpers/article';

const { cases } = loadContent();

/** The article's text for each county, from its heading to the next county's heading. */
function sectionsByCounty(text: string): Map<string, string> {
  const lines = text.split('\n');
  const headings = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => /^\S{2,8}(县|自治县):/.test(line));
  const sections = new Map<string, string>();
  headings.forEach(({ line, index }, i) => {
    const end = headings[i + 1]?.index ?? lines.findIndex((l) => l.startsWith('(资料来源'));
    sections.set(line, lines.slice(index, end === -1 ? undefined : end).join('\n'));
  });
  return sections;
}

describe.runIf(runArticleTests)('source coverage', () => {
  const sections = sectionsByCounty(article ?? '');

  test('the source article is present', () => {
    expect(article, MISSING_ARTICLE).toBeDefined();
  });

  test('the article has the eight county sections the casebook covers', () => {
    expect(sections.size).toBe(8);
    for (const entry of cases) {
      const heading = [...sections.keys()].find((h) => h.includes(entry.data.shortName));
      expect(heading, `no article section for ${entry.data.shortName}`).toBeDefined();
    }
  });

  for (const entry of cases) {
    test(`${entry.id}: every Arabic-numeral figure of its section is in a metric quote or period`, () => {
      const heading = [...sections.keys()].find((h) => h.includes(entry.data.shortName));
      const section = heading ? sections.get(heading)! : '';
      const body = section.slice(section.indexOf('\n'));
      const figures = [...body.matchAll(/\d+(?:\.\d+)?/g)].map((m) => ({
        text: m[0],
        at: m.index,
      }));
      const carriers = [
        ...entry.data.metrics.flatMap((m) => [m.quote, m.period ?? '']),
        entry.data.period?.label ?? '',
      ];
      const missing = figures
        .filter(({ text }) => !carriers.some((c) => new RegExp(`(^|\\D)${text}(\\D|$)`).test(c)))
        .map(
          ({ text, at }) =>
            `${text}（…${body.slice(Math.max(0, at - 12), at + text.length + 8)}…）`,
        );
      expect(missing).toEqual([]);
    });
  }
});
