/**
 * Agreement between two coders who coded the same units as present (1) or absent (0): the
 * observed share of agreement, the share expected by chance from each coder's own base rates,
 * and Cohen's kappa. Pure; returns numbers only.
 */

/** One coding unit as two coders coded it. */
export interface CodedPair {
  /** Coder A's code: 1 present, 0 absent. */
  a: 0 | 1;
  /** Coder B's code: 1 present, 0 absent. */
  b: 0 | 1;
}

/** Agreement over a set of units. */
export interface Agreement {
  /** Number of units. */
  n: number;
  /** Units both coded 1, A only, B only, neither: the 2×2 table. */
  both: number;
  aOnly: number;
  bOnly: number;
  neither: number;
  /** Observed agreement p_o, 0–1. */
  observed: number;
  /** Chance agreement p_e from the coders' marginals, 0–1. */
  expected: number;
  /**
   * Cohen's kappa (p_o − p_e) / (1 − p_e); null when p_e is 1 (both coders gave every unit the
   * same single code), where kappa is undefined and only the observed agreement is meaningful.
   */
  kappa: number | null;
}

export function agreement(pairs: readonly CodedPair[]): Agreement {
  let both = 0;
  let aOnly = 0;
  let bOnly = 0;
  let neither = 0;
  for (const { a, b } of pairs) {
    if (a === 1 && b === 1) both++;
    else if (a === 1) aOnly++;
    else if (b === 1) bOnly++;
    else neither++;
  }
  const n = pairs.length;
  if (n === 0) {
    return { n, both, aOnly, bOnly, neither, observed: 0, expected: 0, kappa: null };
  }
  const observed = (both + neither) / n;
  const aYes = (both + aOnly) / n;
  const bYes = (both + bOnly) / n;
  const expected = aYes * bYes + (1 - aYes) * (1 - bYes);
  const kappa = expected >= 1 ? null : (observed - expected) / (1 - expected);
  return { n, both, aOnly, bOnly, neither, observed, expected, kappa };
}
