import { afterAll, describe, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { contentRoot, loadContent, loadProfiles } from '../helpers/content';
import { loadDivisionRegistry } from '../../src/casebook/division-registry';
import { checkDivisions } from '../../src/domain/division-check';
import {
  CASES_PER_COUNTY,
  SYNTHETIC_SOURCE,
  registryCounties,
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

  test('sit in real counties of the division registry and pass its check, profiles included', () => {
    const { profiles, problems } = loadProfiles(join(dir, 'content'));
    expect(problems).toEqual([]);
    const registry = loadDivisionRegistry(generated.cases.map((c) => c.data.adminCode));
    const issues = checkDivisions({
      cases: generated.cases.map((c) => ({ ...c, ...c.data })),
      profiles,
      registry,
    });
    expect(issues.map((i) => `${i.file} ${i.path}: ${i.code} ${i.actual}`)).toEqual([]);
  });

  test('every county the generator may pick has names the schema accepts', () => {
    type County = { code: string; name: string; prefecture: string; province: string };
    const counties: County[] = registryCounties().counties;
    expect(counties.length).toBeGreaterThan(2000);
    const short = counties.filter((c: County) =>
      [c.name, c.prefecture, c.province].some((name) => [...name].length < 2),
    );
    expect(short.map((c: County) => c.code)).toEqual([]);
  });

  test('several cases share a county, each told apart by its own variant', () => {
    const byCode = Map.groupBy(synthetic, (c) => c.data.adminCode);
    expect(Math.max(...[...byCode.values()].map((list) => list.length))).toBe(CASES_PER_COUNTY);
    for (const list of byCode.values()) {
      const variants = list.map((c) => c.data.variant);
      expect(variants.every(Boolean)).toBe(true);
      expect(new Set(variants).size).toBe(list.length);
    }
  });

  test('frontmatter reads the same under YAML 1.1, as Astro reads it (dates and codes stay strings)', () => {
    for (const entry of synthetic.slice(0, 8)) {
      const text = readFileSync(join(dir, 'content', 'cases', `${entry.id}.mdx`), 'utf8');
      const frontmatter = parse(text.split('\n---\n')[0]!.replace(/^---\n/, ''), {
        version: '1.1',
      });
      expect(typeof frontmatter.updated).toBe('string');
      expect(typeof frontmatter.adminCode).toBe('string');
      expect(frontmatter.updated).toBe(entry.data.updated);
    }
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
});
