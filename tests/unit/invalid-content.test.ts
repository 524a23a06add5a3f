import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadContent, repoRoot } from '../helpers/content';
import { INVALID_FIXTURES } from '../fixtures/invalid-cases';

describe('invalid content is reported with its file, field path and the problem in words', () => {
  for (const fixture of INVALID_FIXTURES) {
    test(fixture.dir, () => {
      const { problems } = loadContent(join(repoRoot, 'tests', 'fixtures', fixture.dir));
      // Exactly one problem: the rest of the fixture is valid, so this is the one planted.
      expect(problems).toHaveLength(1);
      expect(problems[0]!.file).toBe(fixture.file);
      expect(problems[0]!.path).toBe(fixture.path);
      expect(problems[0]!.message).toMatch(fixture.words);
    });
  }
});
