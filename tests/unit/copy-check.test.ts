/**
 * Every sentence of the site is the casebook's own words: no run of 20 or more Han characters of
 * the source article may appear in the casebook's prose (case bodies and frontmatter, glossary,
 * mechanisms, sources, changelog, lessons, teaching notes) outside quote fields, 「」 quotations and 《》 titles.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { contentRoot, repoRoot } from '../helpers/content';
import { article, MISSING_ARTICLE, runArticleTests } from '../helpers/article';
import {
  COPY_RUN_LENGTH,
  copiedRuns,
  proseStrings,
  quotations,
  sharedRuns,
  articleWindows,
  type ProseUnit,
} from '../helpers/copy-check';

/** The casebook's prose, one unit per field or case body. */
function casebookProse(): ProseUnit[] {
  const units: ProseUnit[] = [];
  const caseDir = join(contentRoot, 'cases');
  for (const name of readdirSync(caseDir).filter((n) => /\.mdx?$/.test(n))) {
    const file = relative(repoRoot, join(caseDir, name));
    const text = readFileSync(join(caseDir, name), 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
    if (!match) continue;
    units.push(...proseStrings(parse(match[1]!), file));
    // One unit per paragraph, so a report points at the paragraph to rewrite.
    match[2]!.split(/\n\s*\n/).forEach((paragraph, i) => {
      units.push({ file, field: `body ¶${i + 1}`, text: paragraph });
    });
  }
  for (const dir of ['lessons', 'teaching']) {
    const folder = join(contentRoot, dir);
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.yaml'))) {
      const path = join(folder, name);
      units.push(...proseStrings(parse(readFileSync(path, 'utf8')), relative(repoRoot, path)));
    }
  }
  for (const rel of ['glossary/terms.yaml', 'mechanisms/mechanisms.yaml', 'sources/sources.yaml']) {
    const path = join(contentRoot, rel);
    units.push(...proseStrings(parse(readFileSync(path, 'utf8')), relative(repoRoot, path)));
  }
  return units;
}

describe('the copy check itself', () => {
  const source = '甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥，天地玄黄宇宙洪荒。';
  const windows = articleWindows(source);

  test('finds a copied run even when punctuation and numerals differ', () => {
    const prose = '我们写道：甲乙丙丁、戊己庚辛壬癸 12 子丑寅卯辰巳午未申酉戌亥。';
    expect(sharedRuns(prose, windows)).toEqual(['甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥']);
  });

  test('lets a run of 19 characters pass', () => {
    expect(sharedRuns('乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉', windows)).toEqual([]);
  });

  test('ignores document titles in 《》 the same way', () => {
    expect(sharedRuns('依照《甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥》办理', windows)).toEqual(
      [],
    );
  });

  test('ignores text inside 「」 and does not join runs across a quotation', () => {
    expect(sharedRuns('「甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥」', windows)).toEqual([]);
    expect(sharedRuns('甲乙丙丁戊己庚辛壬癸「引」子丑寅卯辰巳午未申酉', windows)).toEqual([]);
  });

  test('never collects quote fields', () => {
    const units = proseStrings({ quote: source, evidence: '自己的话' }, 'f');
    expect(units.map((u) => u.field)).toEqual(['evidence']);
    expect(copiedRuns(units, source)).toEqual([]);
  });
});

describe.runIf(runArticleTests)('copied prose', () => {
  test('the source article is present', () => {
    expect(article, MISSING_ARTICLE).toBeDefined();
  });

  test(`no run of ${COPY_RUN_LENGTH} or more Han characters of the article is in the casebook's own prose`, () => {
    const runs = copiedRuns(casebookProse(), article ?? '');
    expect(runs.map((r) => `${r.file} · ${r.field}: ${r.run}`)).toEqual([]);
  });

  test('every 「」 quotation in the prose is verbatim in the article, character for character', () => {
    const wrong = casebookProse().flatMap(({ file, field, text }) =>
      quotations(text)
        .filter((q) => !(article ?? '').includes(q))
        .map((q) => `${file} · ${field}: 「${q}」`),
    );
    expect(wrong).toEqual([]);
  });
});
