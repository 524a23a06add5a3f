/**
 * The coders' codebook (scripts/codebook-md.mjs) is all two independent coders get besides the
 * article. It must carry every rule of the codebook and reveal no coding: no county's evidence,
 * quote or programme, and no county named anywhere but the list of coding units.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { loadContent, repoRoot } from '../helpers/content';
import { MECHANISM_CATEGORIES } from '../../src/schemas/mechanism';

const content = loadContent();
const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'codebook-md.mjs')], {
  cwd: repoRoot,
  encoding: 'utf8',
});
const markdown = run.stdout;
const [instructions = '', rules = ''] = markdown.split('## 三、');

describe("the coders' codebook", () => {
  test('is written', () => {
    expect(run.status, run.stderr).toBe(0);
    expect(markdown.length).toBeGreaterThan(1000);
  });

  test('holds every family and every mechanism with its definition, rules and example', () => {
    for (const [category, label] of Object.entries(MECHANISM_CATEGORIES)) {
      expect(rules).toContain(`${label.zh}（\`${category}\``);
    }
    for (const m of content.mechanisms) {
      expect(rules, m.id).toContain(`${m.name}（\`${m.id}\`）`);
      expect(rules, m.id).toContain(m.definition);
      expect(rules, m.id).toContain(m.example);
      // Rules are printed with each id they point at followed by that mechanism's name.
      for (const rule of [m.inclusion, m.exclusion]) {
        for (const piece of rule.split(/ ?\b[a-z0-9]+(?:-[a-z0-9]+)+\b/)) {
          expect(rules, m.id).toContain(piece);
        }
      }
    }
  });

  test('lists the counties in the article order and counts the coding units', () => {
    const counties = content.cases.map((c) => c.data.shortName);
    const positions = counties.map((name) => instructions.indexOf(name));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(instructions).toContain(`${content.mechanisms.length * counties.length} 个编码单位`);
  });

  test('reveals no coding: no county in the rules, no evidence, quote or programme anywhere', () => {
    for (const c of content.cases) {
      for (const name of [c.data.county, c.data.shortName]) expect(rules).not.toContain(name);
      for (const use of c.data.mechanisms) {
        expect(markdown, `${c.id} ${use.id}`).not.toContain(use.evidence);
        // A clause, not a term of art such as 设岗定责 that a rule must name.
        if (use.quote && [...use.quote].length >= 10) {
          expect(markdown, `${c.id} ${use.id}`).not.toContain(use.quote);
        }
      }
      for (const programme of c.data.programmes) {
        expect(markdown, programme.name).not.toContain(programme.description);
      }
    }
  });
});
