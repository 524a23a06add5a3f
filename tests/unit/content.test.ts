import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { loadContent, articlePath } from '../helpers/content';
import { lessonQuotes } from '../../src/domain/lesson-checks';

const content = loadContent();
const article = existsSync(articlePath) ? readFileSync(articlePath, 'utf8') : undefined;

describe('the casebook content', () => {
  test('every entry passes its schema and the cross-collection checks', () => {
    expect(content.problems.map((p) => `${p.file} → ${p.path}: ${p.message}`)).toEqual([]);
  });

  test.runIf(article !== undefined)('every quote is verbatim in the source article', () => {
    const missing: string[] = [];
    for (const entry of content.cases) {
      entry.data.metrics.forEach((metric, i) => {
        if (!article!.includes(metric.quote))
          missing.push(`${entry.file} metrics.${i}.quote「${metric.quote}」`);
      });
      entry.data.mechanisms.forEach((mechanism, i) => {
        if (mechanism.quote && !article!.includes(mechanism.quote)) {
          missing.push(`${entry.file} mechanisms.${i}.quote「${mechanism.quote}」`);
        }
      });
    }
    for (const lesson of content.lessons) {
      for (const { path, quote } of lessonQuotes(lesson.data)) {
        if (!article!.includes(quote)) missing.push(`${lesson.file} ${path}「${quote}」`);
      }
    }
    expect(missing).toEqual([]);
  });
});
