import { describe, expect, test } from 'vitest';
import {
  indexNames,
  indexText,
  matchForm,
  PHRASE_BREAK,
  queryPhrases,
  readableText,
  tokenize,
} from '../../src/search/tokens';
import { indexableHtml } from '../../src/search/index-html';
import { loadContent } from '../helpers/content';

describe('tokens', () => {
  test('every Chinese character is a token; letters and digits stay together; + stands alone', () => {
    expect(tokenize('党建QQ交流群')).toEqual(['党', '建', 'QQ', '交', '流', '群']);
    expect(tokenize('1+X+N机制')).toEqual(['1', '+', 'X', '+', 'N', '机', '制']);
    expect(tokenize('28.22°N')).toEqual(['28.22°N']);
  });

  test('quotation marks attach to a neighbour and never take a position of their own', () => {
    const tokens = tokenize('社区“两委”和“楼栋长”制');
    expect(tokens.map((t) => t.replace(/[“”]/g, ''))).toEqual([...'社区两委和楼栋长制']);
    expect(tokens.every((t) => /[^“”]/.test(t))).toBe(true);
  });

  test('clause punctuation is a token, so a phrase cannot run across it', () => {
    expect(tokenize('组织、党员')).toEqual(['组', '织', '、', '党', '员']);
    expect(tokenize('完成。下一步')).toContain('。');
  });

  test('a query is cut the same way; spaces and clause punctuation separate phrases', () => {
    expect(queryPhrases('网格')).toEqual([['网', '格']]);
    expect(queryPhrases('1+X')).toEqual([['1', '+', 'x']]);
    expect(queryPhrases('“3+”')).toEqual([['3', '+']]);
    expect(queryPhrases('“楼栋长”制')).toEqual([['楼', '栋', '长', '制']]);
    expect(queryPhrases('网格 楼栋、QQ')).toEqual([['网', '格'], ['楼', '栋'], ['qq']]);
    expect(queryPhrases(' ，“” ')).toEqual([]);
  });

  test('indexed text reads back as the original', () => {
    for (const text of [
      '泸溪县在专网上建系统，形成“四坚持”格局。',
      '“1+X+N”区域化共建',
      '社区“两委”和“楼栋长”制',
      '全县开设18个“民声茶馆”，建立162个党建QQ交流群。',
    ]) {
      expect(readableText(indexText(text))).toBe(text);
    }
    expect(readableText(indexNames(['江安县', '宜宾市']), '|')).toBe('江安县|宜宾市');
  });

  test('every case text survives the round trip (quotes and punctuation included)', () => {
    for (const entry of loadContent().cases) {
      for (const text of [entry.data.summary, ...entry.data.questions]) {
        expect(readableText(indexText(text))).toBe(text);
      }
    }
  });

  test('match form drops quotes and spaces, keeps clause punctuation, ignores case', () => {
    expect(matchForm('“楼栋长” 制')).toBe('楼栋长制');
    expect(matchForm('党建QQ群')).toBe('党建qq群');
    expect(matchForm('组织、党员')).toBe('组织、党员');
  });
});

describe('indexableHtml', () => {
  test('rewrites text only: tags, attributes, scripts and comments pass through', () => {
    const html =
      '<p class="a" title="x>y">网格<a href="/g/">化</a></p><script>var s="网格";</script><!-- 网格 -->';
    const out = indexableHtml(html);
    expect(out).toContain('<p class="a" title="x>y">');
    expect(out).toContain('<script>var s="网格";</script>');
    expect(out).toContain('<!-- 网格 -->');
    expect(out).toContain('<p class="a" title="x>y">网 格<a href="/g/"> 化</a>');
  });

  test('a block boundary is a phrase break; an inline element is not', () => {
    const text = (html: string) => indexableHtml(html).replace(/<[^>]+>/g, '');
    expect(text('<p>甲乙</p><p>丙丁</p>')).toContain(PHRASE_BREAK);
    expect(text('<p>甲<strong>乙</strong>丙</p>')).toMatch(/^甲 +乙 +丙/);
    // Whitespace between two inline elements separates them as rendered text does.
    expect(text('<p><span>江安县</span>\n<span>一片</span></p>')).toMatch(
      new RegExp(`县\\s*${PHRASE_BREAK}\\s*一`),
    );
  });

  test('an inline element marked as a field of its own is a phrase of its own', () => {
    const text = (html: string) => indexableHtml(html).replace(/<[^>]+>/g, '');
    expect(text('<h1><span data-search-break>甲县</span><span>“模式”</span></h1>')).toMatch(
      new RegExp(`县\\s*${PHRASE_BREAK}\\s*“模`),
    );
    expect(text('<p><span data-search-break>甲<span>乙</span>丙</span>丁</p>')).toMatch(
      new RegExp(`甲 +乙 +丙\\s*${PHRASE_BREAK}\\s*丁`),
    );
  });

  test('text after an element left out of the index starts a new token', () => {
    const out = indexableHtml('<p>启动<span data-pagefind-ignore>提示。</span>的时间</p>');
    expect(out).toMatch(/<\/span> 的/);
  });

  test('entities are read as the characters they stand for', () => {
    const out = indexableHtml('<p>&quot;网格&quot;&amp;QQ</p>');
    expect(out).toContain('&quot;网 格&quot;');
    expect(out).toContain('&amp;QQ');
  });
});
