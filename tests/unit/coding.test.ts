import { describe, expect, test } from 'vitest';
import { codingAgreement, parseCoding, parseCsv } from '../../src/domain/coding';
import { loadCoding } from '../../src/views/codebook';
import { loadContent } from '../helpers/content';
import { article, runArticleTests } from '../helpers/article';

const row = (county: string, mechanism: string, code: '0' | '1') =>
  `${county},${mechanism},${code},,,`;
const csv = (lines: string[]) =>
  ['county,mechanism_id,code,evidence,confidence,note', ...lines].join('\n');

describe('two-coder agreement', () => {
  test('a hand-checked small case', () => {
    // Mechanism m: 4 units, A = 1,1,0,0 and B = 1,0,0,0: p_o = 3/4; A yes 1/2, B yes 1/4;
    // p_e = 1/2·1/4 + 1/2·3/4 = 1/2; kappa = (0.75 − 0.5)/(1 − 0.5) = 0.5.
    // Mechanism n: both coders 0 everywhere: p_e = 1, kappa undefined, p_o = 1.
    const a = parseCoding(
      csv([
        row('甲', 'm', '1'),
        row('乙', 'm', '1'),
        row('丙', 'm', '0'),
        row('丁', 'm', '0'),
        row('甲', 'n', '0'),
        row('乙', 'n', '0'),
      ]),
      'a',
    );
    const b = parseCoding(
      csv([
        row('甲', 'm', '1'),
        row('乙', 'm', '0'),
        row('丙', 'm', '0'),
        row('丁', 'm', '0'),
        row('甲', 'n', '0'),
        row('乙', 'n', '0'),
      ]),
      'b',
    );
    const result = codingAgreement(a, b, ['m', 'n']);
    const m = result.perMechanism[0]!.agreement;
    expect(m.observed).toBeCloseTo(0.75);
    expect(m.expected).toBeCloseTo(0.5);
    expect(m.kappa).toBeCloseTo(0.5);
    const n = result.perMechanism[1]!.agreement;
    expect(n.kappa).toBeNull();
    expect(n.observed).toBe(1);
    expect(result.disagreements).toEqual([{ county: '乙', mechanism: 'm', a: 1, b: 0 }]);
    // Overall over 6 units: p_o = 5/6; A yes 2/6, B yes 1/6; p_e = 2/36 + 20/36 = 22/36;
    // kappa = (30/36 − 22/36)/(14/36) = 8/14.
    expect(result.overall.kappa).toBeCloseTo(8 / 14);
  });

  test('quoted CSV fields keep their commas and quotes', () => {
    expect(parseCsv('a,b\n"x,y","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['x,y', 'say "hi"'],
    ]);
  });

  test('a unit missing from one coder fails instead of skewing kappa', () => {
    const a = parseCoding(csv([row('甲', 'm', '1'), row('乙', 'm', '0')]), 'a');
    const b = parseCoding(csv([row('甲', 'm', '1')]), 'b');
    expect(() => codingAgreement(a, b)).toThrow();
  });

  test('the real codings: 8 counties × 39 mechanisms, two disagreements, all resolved', () => {
    const { a, b, resolutions } = loadCoding();
    expect(a).toHaveLength(312);
    const result = codingAgreement(a, b);
    expect(result.overall.n).toBe(312);
    expect(result.perMechanism).toHaveLength(39);
    expect(result.disagreements).toEqual(
      [
        { county: '大余县', mechanism: 'regional-party-org', a: 1, b: 0 },
        { county: '新源县', mechanism: 'volunteer-team', a: 1, b: 0 },
      ].sort(
        (x, y) =>
          a.findIndex((r) => r.county === x.county && r.mechanism_id === x.mechanism) -
          a.findIndex((r) => r.county === y.county && r.mechanism_id === y.mechanism),
      ),
    );
    expect(result.overall.observed).toBeCloseTo(310 / 312, 6);
    expect(result.overall.kappa).toBeGreaterThan(0.98);
    for (const d of result.disagreements) {
      expect(
        resolutions.some(
          (r) => r.kind === 'disagreement' && r.county === d.county && r.mechanism === d.mechanism,
        ),
      ).toBe(true);
    }
  });

  test("the case files' mechanism lists equal the resolved coding", () => {
    const { resolved } = loadCoding();
    const { cases } = loadContent();
    expect(cases).toHaveLength(resolved.size);
    for (const c of cases) {
      const coded = resolved.get(c.data.shortName);
      expect(coded, c.file).toBeDefined();
      expect([...c.data.mechanisms.map((m) => m.id)].sort(), c.file).toEqual([...coded!].sort());
    }
  });

  test.runIf(runArticleTests)('every resolution rests on a verbatim clause of the article', () => {
    const { resolutions } = loadCoding();
    const text = (article ?? '').replace(/\s+/g, '');
    for (const r of resolutions) expect(text.includes(r.evidence), r.evidence).toBe(true);
  });
});
