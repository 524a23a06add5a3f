import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { parse } from 'yaml';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentRoot, loadContent } from '../helpers/content';
import {
  SYNTHETIC_SOURCE,
  syntheticCountyName,
  writeSyntheticContent,
} from '../../scripts/synthetic-cases.mjs';

const real = loadContent();
const dir = mkdtempSync(join(tmpdir(), 'casebook-synthetic-'));
// Three rounds over every real case, so each template is used more than once.
const count = Math.max(3 * real.cases.length, 3);
writeSyntheticContent({ from: contentRoot, to: join(dir, 'content'), count });
const generated = loadContent(join(dir, 'content'));
const synthetic = generated.cases.filter((c) => !real.cases.some((r) => r.id === c.id));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('synthetic cases for the benchmark', () => {
  test('pass the schemas and the cross-collection checks, like real content', () => {
    expect(generated.problems.map((p) => `${p.file} → ${p.path}: ${p.message}`)).toEqual([]);
    expect(synthetic).toHaveLength(count);
  });

  test('keep the real cases unchanged beside them', () => {
    expect(generated.cases.filter((c) => real.cases.some((r) => r.id === c.id))).toEqual(
      real.cases.map((c) => expect.objectContaining({ id: c.id, data: c.data })),
    );
  });

  test('each is a distinct county with its own code and name', () => {
    const codes = generated.cases.map((c) => c.data.adminCode);
    expect(new Set(codes).size).toBe(codes.length);
    const names = synthetic.map((c) => c.data.county);
    expect(new Set(names).size).toBe(names.length);
  });

  test('say what they are: their own figures cite the synthetic source, not the article', () => {
    for (const entry of synthetic) {
      expect(entry.data.sources).toContain(SYNTHETIC_SOURCE.id);
      const own = entry.data.metrics.filter((m) => m.quote.startsWith(entry.data.county));
      expect(own.length).toBeGreaterThan(0);
      for (const metric of own) expect(metric.source).toBe(SYNTHETIC_SOURCE.id);
      expect(entry.body).toContain('合成数据说明');
    }
  });

  test('dates stay strings when the frontmatter is read as YAML 1.1, as Astro reads it', () => {
    const file = readFileSync(join(dir, 'content', 'cases', `${synthetic[0]!.id}.mdx`), 'utf8');
    const front = parse(file.split(/^---$/mu)[1]!, { version: '1.1' });
    expect(typeof front.updated).toBe('string');
    expect(front.updated).toBe(synthetic[0]!.data.updated);
  });

  test('county names stay unique far beyond the benchmark sizes', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => syntheticCountyName(i + 1));
    expect(new Set(names).size).toBe(names.length);
  });
});
