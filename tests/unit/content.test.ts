import { describe, expect, test } from 'vitest';
import { loadContent } from '../helpers/content';
import { article, MISSING_ARTICLE, runArticleTests } from '../helpers/article';
import { lessonQuotes } from '../../src/domain/lesson-checks';

const content = loadContent();

describe('the casebook content', () => {
  test('every entry passes its schema and the cross-collection checks', () => {
    expect(content.problems.map((p) => `${p.file} → ${p.path}: ${p.message}`)).toEqual([]);
  });

  test.runIf(runArticleTests)('every quote is verbatim in the source article', () => {
    expect(article, MISSING_ARTICLE).toBeDefined();
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

  test.runIf(runArticleTests)(
    'every glossary headword is written exactly as the article writes it',
    () => {
      expect(article, MISSING_ARTICLE).toBeDefined();
      const differing = content.glossary
        .filter((term) => !article!.includes(term.term))
        .map((term) => `${term.id}: ${term.term}`);
      expect(differing).toEqual([]);
    },
  );
});
