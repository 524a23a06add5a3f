import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  caseText,
  casesUsingTerm,
  groupByInitial,
  pinyinInitial,
  plainPinyin,
  stringsIn,
} from '../../src/views/glossary';
import { loadContent, repoRoot } from '../helpers/content';

const content = loadContent();

describe('which cases use a term', () => {
  const texts = [
    caseText('a', { summary: '推行社区大党委制', parts: [{ name: '一', summary: '无关' }] }, ''),
    caseText('b', { summary: '无关' }, '## 背景\n\n驻区单位到社区报到。'),
    caseText('c', { summary: '无关', mechanisms: [{ evidence: '建立“两新”组织党支部' }] }, ''),
  ];

  test('a term counts in the narrative and in any text field of the data', () => {
    expect(casesUsingTerm({ term: '驻区单位', aliases: [] }, texts)).toEqual(['b']);
    expect(casesUsingTerm({ term: '社区大党委', aliases: [] }, texts)).toEqual(['a']);
  });

  test('an alias counts like the term itself', () => {
    expect(casesUsingTerm({ term: '两新组织', aliases: ['“两新”组织'] }, texts)).toEqual(['c']);
  });

  test('a term no case mentions is used by none', () => {
    expect(casesUsingTerm({ term: '时间银行', aliases: ['积分银行'] }, texts)).toEqual([]);
  });

  test('strings are collected from nested objects and arrays, numbers are not', () => {
    expect(stringsIn({ a: '甲', b: [{ c: '乙', d: 3 }, '丙'], e: null })).toEqual([
      '甲',
      '乙',
      '丙',
    ]);
  });

  test('with the real content: a case uses a term exactly when its file contains it', () => {
    // Independent check: the raw file (frontmatter and body as written on disk).
    const texts = content.cases.map((c) => caseText(c.id, c.data, c.body));
    const raw = new Map(
      content.cases.map((c) => [c.id, readFileSync(join(repoRoot, c.file), 'utf8')]),
    );
    let uses = 0;
    for (const term of content.glossary) {
      const expected = content.cases
        .filter((c) => [term.term, ...term.aliases].some((f) => raw.get(c.id)!.includes(f)))
        .map((c) => c.id);
      expect(casesUsingTerm(term, texts), term.id).toEqual(expected);
      uses += expected.length;
    }
    expect(uses).toBeGreaterThan(0);
  });
});

describe('pinyin initials', () => {
  test('tone marks and ü are read as plain letters', () => {
    expect(plainPinyin('dǎngjiàn')).toBe('dangjian');
    expect(plainPinyin('lǜsè')).toBe('luse');
    expect(pinyinInitial('Ōuzhōu')).toBe('O');
    expect(pinyinInitial('ǎi')).toBe('A');
    expect(pinyinInitial('12345')).toBe('#');
  });

  test('every glossary term sits under the initial of its pinyin, each exactly once', () => {
    const groups = groupByInitial(content.glossary, (t) => t.pinyin);
    const letters = groups.map((g) => g.letter);
    expect(letters).toEqual([...letters].sort());
    for (const group of groups) {
      for (const term of group.items) {
        expect(plainPinyin(term.pinyin).charAt(0).toUpperCase(), term.id).toBe(group.letter);
      }
    }
    expect(groups.flatMap((g) => g.items.map((t) => t.id)).sort()).toEqual(
      content.glossary.map((t) => t.id).sort(),
    );
  });

  test('grouping keeps the order it was given within a letter', () => {
    const items = ['dǎng', 'chéng', 'dà', 'cūn'];
    expect(groupByInitial(items, (p) => p)).toEqual([
      { letter: 'C', items: ['chéng', 'cūn'] },
      { letter: 'D', items: ['dǎng', 'dà'] },
    ]);
  });
});
