import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { metricYaml, quoteErrorExample } from '../../src/views/worked-example';
import { numbersInText } from '../../src/schemas/numerals';
import { loadContent } from '../helpers/content';

const content = loadContent();

describe('worked example for editors', () => {
  test('every metric in the content reads back from its frontmatter excerpt unchanged', () => {
    for (const c of content.cases) {
      for (const metric of c.data.metrics) {
        expect(parse(metricYaml(metric))).toEqual({ metrics: [metric] });
      }
    }
  });

  test('the build error for a quote cut before its number, in the format the build prints', () => {
    const example = quoteErrorExample(content.cases[0]!.data.metrics);
    expect(example).toBeDefined();
    const { index, metric, brokenQuote, message } = example!;
    expect(metric.quote.startsWith(brokenQuote)).toBe(true);
    expect(numbersInText(brokenQuote)).not.toContain(metric.value);
    expect(message).toMatch(/^metrics\.\d+\.quote：引文「.+」中找不到数值 /);
    expect(message.startsWith(`metrics.${index}.quote：引文「${brokenQuote}」`)).toBe(true);
    expect(message).toContain(String(metric.value));
  });

  test('no example when no quote can be cut into a clause without its number', () => {
    const metric = content.cases[0]!.data.metrics[0]!;
    expect(quoteErrorExample([{ ...metric, quote: '27个' }])).toBeUndefined();
  });
});
