import { describe, expect, it } from 'vitest';
import { agreement, type CodedPair } from '../../src/domain/agreement';

/** Builds units from a 2×2 table: both 1, A only, B only, neither. */
function table(both: number, aOnly: number, bOnly: number, neither: number): CodedPair[] {
  const rows: CodedPair[] = [];
  for (let i = 0; i < both; i++) rows.push({ a: 1, b: 1 });
  for (let i = 0; i < aOnly; i++) rows.push({ a: 1, b: 0 });
  for (let i = 0; i < bOnly; i++) rows.push({ a: 0, b: 1 });
  for (let i = 0; i < neither; i++) rows.push({ a: 0, b: 0 });
  return rows;
}

describe("Cohen's kappa", () => {
  it('matches the textbook example: 50 units, 20/5/10/15 gives p_o 0.7, p_e 0.5, kappa 0.4', () => {
    // A says yes to 25, B to 30: p_e = 0.5·0.6 + 0.5·0.4 = 0.5.
    const r = agreement(table(20, 5, 10, 15));
    expect(r.observed).toBeCloseTo(0.7, 10);
    expect(r.expected).toBeCloseTo(0.5, 10);
    expect(r.kappa).toBeCloseTo(0.4, 10);
  });

  it('is 1 for perfect agreement with both codes used, and 0 when agreement is only chance', () => {
    expect(agreement(table(3, 0, 0, 5)).kappa).toBe(1);
    // Each coder says yes to half, independently: p_o = p_e = 0.5.
    expect(agreement(table(1, 1, 1, 1)).kappa).toBeCloseTo(0, 10);
  });

  it('goes negative when coders disagree more often than chance', () => {
    expect(agreement(table(0, 4, 4, 0)).kappa).toBe(-1);
  });

  it('is undefined, not 1, when both coders give every unit the same code', () => {
    const r = agreement(table(8, 0, 0, 0));
    expect(r.observed).toBe(1);
    expect(r.kappa).toBeNull();
  });

  it('counts the four cells of the table', () => {
    const r = agreement(table(2, 3, 1, 4));
    expect([r.n, r.both, r.aOnly, r.bOnly, r.neither]).toEqual([10, 2, 3, 1, 4]);
  });
});
