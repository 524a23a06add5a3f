import { describe, expect, test } from 'vitest';
import { planQuery, searchExact, searchRelated, type PagefindLike } from '../../src/search/engine';
import { excerpt, excerptText, matchedNames } from '../../src/search/excerpt';
import {
  answersFor,
  answerShard,
  firstSentence,
  shardAnswers,
  type Answer,
} from '../../src/search/answers';
import { indexNames, indexText, matchForm, PHRASE_BREAK, tokenize } from '../../src/search/tokens';

/**
 * A stand-in for Pagefind with its documented matching: a quoted term matches its words at
 * consecutive positions; unquoted words each match a word they are a prefix of.
 */
function fakePagefind(
  pages: Array<{ id: string; type: string; text: string }>,
): PagefindLike<string> {
  const words = (text: string) =>
    tokenize(indexText(text)).map((t) => t.replace(/[“”"]/g, '').toLowerCase());
  const index = pages.map((page) => ({ ...page, words: words(page.text) }));
  return {
    async search(term, options) {
      const types = (options?.filters?.type as { any: string[] } | undefined)?.any;
      const candidates = index.filter((page) => !types || types.includes(page.type));
      const hit = (page: (typeof index)[number], score: number) => ({
        id: page.id,
        score,
        data: async () => page.text,
      });
      if (term === null)
        return {
          results: candidates.map((p) => hit(p, 1)),
          filters: {} as Record<string, Record<string, number>>,
        };
      const quoted = /^"(.*)"$/.exec(term);
      const query = (quoted ? quoted[1]! : term).split(' ').filter(Boolean);
      const results = candidates.flatMap((page) => {
        if (quoted) {
          const at = page.words.findIndex((_, i) => query.every((q, j) => page.words[i + j] === q));
          return at < 0 ? [] : [hit(page, 1)];
        }
        const n = query.filter((q) => page.words.some((w) => w.startsWith(q))).length;
        return n === query.length
          ? [hit(page, page.words.filter((w) => query.includes(w)).length)]
          : [];
      });
      results.sort((a, b) => b.score - a.score);
      const counts: Record<string, number> = {};
      for (const r of results) {
        const type = index.find((p) => p.id === r.id)!.type;
        counts[type] = (counts[type] ?? 0) + 1;
      }
      return { results, filters: { type: counts } };
    },
  };
}

const pages = [
  { id: 'a', type: 'case', text: '甲县推行网格化管理，每个网格配网格员。' },
  { id: 'b', type: 'case', text: '乙县在专网上建系统，形成统筹格局。' },
  { id: 'c', type: 'mechanism', text: '网格化党建：把党组织建在网格上。' },
  { id: 'd', type: 'case', text: '丙县推进乡村建设，也谈产业振兴。' },
  { id: 'e', type: 'term', text: '“1+X+N”：一个大党委联系X个单位。' },
];
const pagefind = fakePagefind(pages);
const ids = (hits: Array<{ id: string }>) => hits.map((h) => h.id);

describe('planQuery', () => {
  test('one quoted term per phrase, pieces longest first', () => {
    const plan = planQuery('乡村振兴')!;
    expect(plan.exactTerms).toEqual(['"乡 村 振 兴"']);
    expect(plan.pieces.map((p) => p.join(''))).toEqual([
      '乡村振',
      '村振兴',
      '乡村',
      '村振',
      '振兴',
    ]);
    expect(planQuery('网格')!.pieces).toEqual([]);
    expect(planQuery('  ')).toBeNull();
  });
});

describe('searchExact and searchRelated', () => {
  test('exact matches only, grouped by type with cases first', async () => {
    const outcome = await searchExact(pagefind, '网格', {});
    expect(outcome.groups.map((g) => [g.kind, ids(g.hits)])).toEqual([
      ['case', ['a']],
      ['mechanism', ['c']],
    ]);
    expect(outcome.exactCount).toBe(2);
    // 'b' has both characters, apart: not an exact match, and not a related one (no piece).
    expect(await searchRelated(pagefind, outcome, {})).toEqual([]);
  });

  test('no page with the whole query: pages with a piece are related, longest piece first', async () => {
    const outcome = await searchExact(pagefind, '乡村振兴', {});
    expect(outcome.exactCount).toBe(0);
    const related = await searchRelated(pagefind, outcome, {});
    expect(related.map((r) => [r.id, r.piece.join('')])).toEqual([['d', '乡村']]);
  });

  test('symbols are part of the phrase', async () => {
    const outcome = await searchExact(pagefind, '1+X', {});
    expect(ids(outcome.groups.flatMap((g) => g.hits))).toEqual(['e']);
    expect((await searchExact(pagefind, '1X', {})).exactCount).toBe(0);
  });

  test('a type filter keeps only its group', async () => {
    const outcome = await searchExact(pagefind, '网格', { type: ['mechanism'] });
    expect(outcome.groups.map((g) => g.kind)).toEqual(['mechanism']);
  });

  test('several phrases must all be present', async () => {
    const outcome = await searchExact(pagefind, '网格 党建', {});
    expect(ids(outcome.groups.flatMap((g) => g.hits))).toEqual(['c']);
    expect(outcome.counts).toBeNull();
  });
});

describe('excerpt', () => {
  const content =
    indexText('甲县：“网格一张网”') +
    ` ${PHRASE_BREAK} ` +
    indexText(
      '县里先统一标准。在此基础上，把“网格”划到楼栋，每个网格配一名网格员，网格员每周走访。后来又调整。',
    );

  test('the sentence holding the first match, every whole occurrence marked', () => {
    const segments = excerpt(content, ['网格']);
    expect(excerptText(segments)).toBe(
      '在此基础上，把“网格”划到楼栋，每个网格配一名网格员，网格员每周走访。',
    );
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual([
      '网格',
      '网格',
      '网格',
      '网格',
    ]);
  });

  test('a long sentence is shortened at a clause boundary, with an ellipsis', () => {
    const long = indexText(
      `${'前文很长，'.repeat(12)}这里提到时间银行的做法，${'后文也很长，'.repeat(12)}完。`,
    );
    const text = excerptText(excerpt(`${indexText('标题')} ${PHRASE_BREAK} ${long}`, ['时间银行']));
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text).toContain('时间银行');
    expect(text.startsWith('…')).toBe(true);
    expect(text).toMatch(/^…[^，]/);
  });

  test('found only by its title: the first sentence of its text', () => {
    expect(excerptText(excerpt(content, ['一张网']))).toBe('县里先统一标准。');
  });
});

test('a page found through a name only shows that name, marked', () => {
  const names = indexNames(['甲县', '党建网格化管理', '网格员']);
  expect(matchedNames(names, ['网格化']).map(excerptText)).toEqual(['党建网格化管理']);
  expect(matchedNames(names, ['网格'])).toHaveLength(2);
  expect(matchedNames(names, ['乙县'])).toEqual([]);
});

describe('answers', () => {
  const answer = (kind: Answer['kind'], title: string, aliases: string[] = []): Answer => ({
    kind,
    id: title,
    title,
    url: `/x/${title}/`,
    names: [title, ...aliases].map(matchForm),
    definition: '定义。',
    counties: [],
    countyCount: 0,
  });
  const all = [answer('mechanism', '网格化党建', ['网格党建']), answer('term', '时间银行')];

  test('a query that is a name or an alias gets its card; a part of a name does not', () => {
    expect(answersFor(all, ' “网格党建” ').map((a) => a.title)).toEqual(['网格化党建']);
    expect(answersFor(all, '网格')).toEqual([]);
  });

  test('each answer is in the shard of every one of its names', () => {
    const shards = shardAnswers(all);
    for (const a of all) for (const name of a.names) expect(shards[answerShard(name)]).toContain(a);
  });

  test('the first sentence of a definition', () => {
    expect(firstSentence('第一句。第二句。')).toBe('第一句。');
    expect(firstSentence('没有句号')).toBe('没有句号');
  });
});

test('indexNames keeps names apart', () => {
  expect(indexNames(['甲县', '乙市'])).toContain(PHRASE_BREAK);
});
