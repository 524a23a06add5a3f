/**
 * The finder's scoring rules (src/domain/match.ts), its URL grammar (src/url/match-state.ts) and
 * the facts it reads from the content (src/views/match.ts).
 */
import { describe, expect, test } from 'vitest';
import {
  POPULATION_BANDS,
  REGION_CODES,
  SETTING_ORDER,
  WEIGHTS,
  autonomyFromNames,
  casebookGaps,
  closestOthers,
  maxScore,
  populationBand,
  rankCases,
  scoreCase,
  urbanBand,
  type CaseFacts,
  type CountyProfile,
} from '../../src/domain/match';
import { isEmptyProfile, parseMatchQuery, serialiseMatchQuery } from '../../src/url/match-state';
import { REGIONS, SETTINGS } from '../../src/schemas/case';
import { caseFacts } from '../../src/views/match';
import { AUTONOMY_MARKERS } from '../../src/i18n/place-names';
import { loadContent, loadProfiles } from '../helpers/content';
import { loadDivisionRegistry } from '../../src/casebook/division-registry';
import { buildCountyProfile } from '../../src/domain/profile-figures';

const facts = (over: Partial<CaseFacts> = {}): CaseFacts => ({
  id: 'a',
  setting: 'urban-community',
  region: 'east',
  autonomy: 'none',
  population: null,
  urbanRate: null,
  problems: [],
  fiscal: 'medium',
  prerequisites: ['county-leadership'],
  ...over,
});
const profile = (over: Partial<CountyProfile> = {}): CountyProfile => ({ problems: [], ...over });
const codes = (p: CountyProfile, f: CaseFacts) => scoreCase(p, f).reasons.map((r) => r.code);

describe('scoring one case', () => {
  test('same setting scores the full setting points, a neighbouring one half, the far one none', () => {
    const p = profile({ setting: 'rural' });
    expect(scoreCase(p, facts({ setting: 'rural' })).score).toBe(WEIGHTS.setting);
    expect(scoreCase(p, facts({ setting: 'urban-rural' })).score).toBe(WEIGHTS.settingAdjacent);
    expect(scoreCase(p, facts({ setting: 'urban-community' })).score).toBe(0);
    expect(codes(p, facts({ setting: 'urban-community' }))).toContain('setting_far');
  });

  test('each chosen problem the case names scores; the others are listed as not addressed', () => {
    const p = profile({ problems: ['rural-economy', 'mobile-members', 'urban-growth'] });
    const r = scoreCase(p, facts({ problems: ['rural-economy', 'mobile-members'] }));
    expect(r.score).toBe(2 * WEIGHTS.problem);
    expect(r.reasons.find((x) => x.code === 'problems_shared')!.values).toEqual([
      'rural-economy',
      'mobile-members',
    ]);
    expect(r.reasons.find((x) => x.code === 'problems_not_addressed')!.values).toEqual([
      'urban-growth',
    ]);
  });

  test('a model needing more money than the reader has loses a point per band', () => {
    expect(scoreCase(profile({ budget: 'high' }), facts({ fiscal: 'low' })).score).toBe(
      WEIGHTS.budget,
    );
    expect(scoreCase(profile({ budget: 'low' }), facts({ fiscal: 'high' })).score).toBe(
      2 * WEIGHTS.budgetOverPerBand,
    );
  });

  test('a figure no source gives earns nothing and is said to be unknown, not guessed', () => {
    const p = profile({ population: '20-50', urban: 'low' });
    const r = scoreCase(p, facts());
    expect(r.score).toBe(0);
    expect(r.reasons.filter((x) => x.kind === 'unknown').map((x) => x.code)).toEqual([
      'population_unknown',
      'urban_unknown',
    ]);
  });

  test('known figures fall into bands at the stated bounds', () => {
    expect(populationBand(199_999)).toBe('under-20');
    expect(populationBand(200_000)).toBe('20-50');
    expect(populationBand(1_000_000)).toBe('over-100');
    expect(urbanBand(39.9)).toBe('low');
    expect(urbanBand(60)).toBe('high');
    const p = profile({ population: '20-50' });
    expect(codes(p, facts({ population: 300_000 }))).toContain('population_same');
    expect(codes(p, facts({ population: 600_000 }))).toContain('population_adjacent');
    expect(codes(p, facts({ population: 2_000_000 }))).toContain('population_differs');
  });

  test('an autonomous county next to a county in an autonomous area is partly alike', () => {
    const p = profile({ autonomy: 'county' });
    expect(scoreCase(p, facts({ autonomy: 'area' })).score).toBe(WEIGHTS.autonomyPartial);
    expect(scoreCase(p, facts({ autonomy: 'none' })).score).toBe(0);
  });

  test('what a case needs is always given, whatever the profile', () => {
    const r = scoreCase(profile(), facts({ prerequisites: ['dedicated-staff', 'industry-base'] }));
    expect(r.reasons).toEqual([
      {
        code: 'needs_prerequisites',
        kind: 'need',
        points: 0,
        values: ['dedicated-staff', 'industry-base'],
      },
    ]);
    expect(r.closeness).toBeNull();
  });

  test('closeness is the share of the attainable points', () => {
    const p = profile({ setting: 'rural', region: 'west' });
    expect(maxScore(p)).toBe(WEIGHTS.setting + WEIGHTS.region);
    expect(scoreCase(p, facts({ setting: 'rural', region: 'west' })).closeness).toBe('close');
    expect(scoreCase(p, facts({ setting: 'urban-rural', region: 'east' })).closeness).toBe(
      'partial',
    );
    expect(scoreCase(p, facts({ region: 'west' })).closeness).toBe('far');
  });
});

describe('ranking every case', () => {
  const cases = [
    facts({ id: 'first', setting: 'urban-community' }),
    facts({ id: 'second', setting: 'urban-rural' }),
    facts({ id: 'third', setting: 'urban-community' }),
  ];

  test('highest score first, ties in the order given', () => {
    const ranked = rankCases(profile({ setting: 'urban-community' }), cases);
    expect(ranked.map((r) => r.id)).toEqual(['first', 'third', 'second']);
  });

  test('an empty profile keeps the casebook order and ranks nobody close', () => {
    const ranked = rankCases(profile(), cases);
    expect(ranked.map((r) => r.id)).toEqual(['first', 'second', 'third']);
    expect(ranked.every((r) => r.closeness === null)).toBe(true);
  });

  test('the comparison goes to the two closest others, never the case itself', () => {
    const ranked = rankCases(profile({ setting: 'urban-rural' }), cases);
    expect(closestOthers(ranked, 'second')).toEqual(['first', 'third']);
    expect(closestOthers(ranked, 'third')).toEqual(['second', 'first']);
  });
});

describe('the finder on the real casebook', () => {
  const content = loadContent();
  const registry = loadDivisionRegistry(content.cases.map((c) => c.data.adminCode));
  const profiles = loadProfiles().profiles.map((p) => p.data);
  const profileOf = (id: string) => {
    const data = profiles.find((p) => p.case === id);
    const code = content.cases.find((c) => c.id === id)!.data.adminCode;
    return data && buildCountyProfile(id, data, registry.counties.get(code)!, registry.label);
  };
  const all = content.cases.map((c) =>
    caseFacts({
      id: c.id,
      data: c.data,
      lesson: content.lessons.find((l) => l.id === c.id)!.data,
      profile: profileOf(c.id),
    }),
  );

  test('a rural western county gets every case ranked and is told there is no rural case', () => {
    const p = profile({ setting: 'rural', region: 'west', problems: ['rural-economy'] });
    const ranked = rankCases(p, all);
    expect(ranked).toHaveLength(content.cases.length);
    expect(ranked.every((r) => r.reasons.length > 1)).toBe(true);
    expect(casebookGaps(p, all).map((g) => g.code)).toEqual(
      content.cases.some((c) => c.data.setting === 'rural') ? [] : ['no_setting'],
    );
  });

  test('asked only for the rural setting, the town-and-country cases come first', () => {
    const ranked = rankCases(profile({ setting: 'rural' }), all);
    const mixed = content.cases.filter((c) => c.data.setting === 'urban-rural').map((c) => c.id);
    expect(
      ranked
        .slice(0, mixed.length)
        .map((r) => r.id)
        .sort(),
    ).toEqual([...mixed].sort());
  });

  test('population and urbanisation come from the profiles, or stay unknown', () => {
    for (const p of profiles) {
      const f = all.find((x) => x.id === p.case)!;
      expect(f.population, p.case).toBe(
        p.population.status === 'found' ? p.population.value : null,
      );
      expect(f.urbanRate, p.case).toBe(
        p.urbanisationRate.status === 'found' ? p.urbanisationRate.value : null,
      );
    }
    const known = all.filter((f) => f.population !== null);
    expect(known.length).toBeGreaterThan(0);
    const band = populationBand(known[0]!.population!);
    const r = scoreCase(profile({ population: band }), known[0]!);
    expect(r.reasons.map((x) => x.code)).toContain('population_same');
  });

  test('autonomy agrees with the profiles and the official names', () => {
    const byId = new Map(all.map((f) => [f.id, f.autonomy]));
    for (const c of content.cases) {
      const expected = /自治县$/.test(c.data.county)
        ? 'county'
        : /自治/.test(c.data.prefecture + c.data.province)
          ? 'area'
          : 'none';
      expect(byId.get(c.id), c.data.county).toBe(expected);
      const recorded = profiles.find((p) => p.case === c.id)?.autonomous;
      if (recorded !== undefined) expect(byId.get(c.id) === 'county', c.id).toBe(recorded);
    }
    expect(
      autonomyFromNames(
        { county: '某某旗', prefecture: '某盟', province: '内蒙古自治区' },
        AUTONOMY_MARKERS,
      ),
    ).toBe('area');
  });

  test('the finder’s setting and region codes cover the content schema’s values', () => {
    expect([...SETTING_ORDER].sort()).toEqual(Object.keys(SETTINGS).sort());
    expect(REGION_CODES).toHaveLength(REGIONS.length);
  });
});

describe('the profile in the URL', () => {
  test('reads what the GET form submits: repeated problem boxes and single selects', () => {
    const { profile: p, notices } = parseMatchQuery(
      '?setting=rural&region=west&pop=20-50&autonomy=none&urban=low&problem=weak-organisations&problem=rural-economy&budget=low',
    );
    expect(notices).toEqual([]);
    expect(p).toEqual({
      setting: 'rural',
      region: 'west',
      population: '20-50',
      autonomy: 'none',
      urban: 'low',
      budget: 'low',
      problems: ['rural-economy', 'weak-organisations'],
    });
  });

  test('empty selects are open, and a comma list of problems works too', () => {
    const { profile: p } = parseMatchQuery(
      '?setting=&region=&problem=rural-economy,mobile-members',
    );
    expect(p).toEqual({ problems: ['mobile-members', 'rural-economy'] });
  });

  test('serialising is canonical and reads back to the same profile', () => {
    const p = profile({ budget: 'medium', setting: 'urban-rural', problems: ['urban-growth'] });
    const query = serialiseMatchQuery(p);
    expect(query).toBe('?setting=urban-rural&budget=medium&problem=urban-growth');
    expect(parseMatchQuery(query).profile).toEqual(p);
    expect(serialiseMatchQuery(profile())).toBe('');
    expect(isEmptyProfile(parseMatchQuery('?setting=').profile)).toBe(true);
  });

  test('a bad value is named and dropped; the rest of the profile still applies', () => {
    const { profile: p, notices } = parseMatchQuery('?setting=village&region=west&problem=cats');
    expect(p).toEqual({ region: 'west', problems: [] });
    expect(notices).toEqual([
      { code: 'bad_value', param: 'setting', values: ['village'] },
      { code: 'bad_value', param: 'problem', values: ['cats'] },
    ]);
  });

  test('a repeated select keeps its first value; unknown parameters are named', () => {
    const { profile: p, notices } = parseMatchQuery('?budget=low&budget=high&q=1&utm=x');
    expect(p.budget).toBe('low');
    expect(notices).toEqual([
      { code: 'repeated', param: 'budget', values: ['high'] },
      { code: 'unknown_params', values: ['q', 'utm'] },
    ]);
  });

  test('never throws, and a pasted essay is shortened in the notice', () => {
    expect(() => parseMatchQuery('?%E0%A4%A=&&=%')).not.toThrow();
    const long = 'x'.repeat(200);
    const [notice] = parseMatchQuery(`?pop=${long}`).notices;
    expect(notice!.values[0]!.length).toBeLessThan(50);
    expect(POPULATION_BANDS).not.toContain(long);
  });
});
