/**
 * Concrete examples, drawn from the content at build time, of why two figures in the casebook
 * cannot simply be set side by side: one covers a narrower place, one is only a lower bound, the
 * units differ, or the same name means different things in different counties. Pure: the About
 * page renders whatever these find, so the examples follow the content as it grows.
 */
import { SCOPE_LEVELS, type Metric, type Qualifier, type ScopeLevel } from '../schemas/metric';
import { METRIC_KEYS, metricDefinition } from '../schemas/metric-vocabulary';

/** Levels that describe one place or body inside a county: one township, street, park, unit. */
const ONE_PLACE: ReadonlySet<ScopeLevel> = new Set([
  'township',
  'subdistrict',
  'park',
  'community',
  'village',
  'unit',
]);
/** SCOPE_LEVELS runs from the whole county down; earlier is wider. */
const wider = (a: Metric, b: Metric) =>
  SCOPE_LEVELS.indexOf(a.scope.level) - SCOPE_LEVELS.indexOf(b.scope.level);

export interface CaseFigures {
  id: string;
  /** Short county name (永春县). */
  county: string;
  metrics: readonly Metric[];
}

export interface Figure {
  caseId: string;
  county: string;
  metric: Metric;
}

function figures(cases: readonly CaseFigures[]): Figure[] {
  return cases.flatMap((c) =>
    c.metrics.map((metric) => ({ caseId: c.id, county: c.county, metric })),
  );
}

const vocabularyOrder = new Map(Object.keys(METRIC_KEYS).map((key, i) => [key, i]));
const keyOrder = (key: string) => vocabularyOrder.get(key) ?? Number.MAX_SAFE_INTEGER;

/** Figures grouped by metric key, keys in vocabulary order. */
function byKey(all: Figure[]): Array<[string, Figure[]]> {
  const groups = new Map<string, Figure[]>();
  for (const f of all) {
    const group = groups.get(f.metric.key);
    if (group) group.push(f);
    else groups.set(f.metric.key, [f]);
  }
  return [...groups].sort(([a], [b]) => keyOrder(a) - keyOrder(b));
}

/**
 * The same metric given for a whole county in one case and for one township, street, park,
 * community or unit in another: the narrow figure says nothing about its county's total.
 */
export function scopeContrast(
  cases: readonly CaseFigures[],
): { key: string; wide: Figure; narrow: Figure } | undefined {
  for (const [key, group] of byKey(figures(cases))) {
    const wide = group.find((f) => f.metric.scope.level === 'county');
    if (!wide) continue;
    const narrow = group
      .filter((f) => f.caseId !== wide.caseId && ONE_PLACE.has(f.metric.scope.level))
      .sort((a, b) => wider(a.metric, b.metric))[0];
    if (narrow) return { key, wide, narrow };
  }
  return undefined;
}

/**
 * A lower bound (余/多/以上) whose quote shows how the source wrote it, widest scope first: the
 * true figure may be anywhere above the stored value.
 */
export function lowerBoundExample(cases: readonly CaseFigures[]): Figure | undefined {
  return figures(cases)
    .filter((f) => f.metric.qualifier === 'at_least' && /[余多以上]/.test(f.metric.quote))
    .sort((a, b) => wider(a.metric, b.metric))[0];
}

/**
 * Two figures of the same family whose units share a base but differ (元 against 元/年, a
 * one-off sum against a yearly one), preferably from two counties.
 */
export function unitContrast(cases: readonly CaseFigures[]): { a: Figure; b: Figure } | undefined {
  const all = figures(cases).sort((x, y) => keyOrder(x.metric.key) - keyOrder(y.metric.key));
  const category = (f: Figure) => metricDefinition(f.metric.key)?.category;
  // The pairing looked for: `a` in a plain unit (元), `b` in a rate of it (元/年), same family;
  // the first such pair in vocabulary order, preferably of two cases. Rates are grouped by their
  // base unit and family once, so each `a` finds its partner without a pass over every figure
  // (a pass per figure made the About page quadratic in the size of the casebook).
  const rates = new Map<string, { first: Figure; otherCase?: Figure }>();
  for (const b of all) {
    const slash = b.metric.unit.indexOf('/');
    const family = category(b);
    if (slash < 0 || family === undefined) continue;
    const key = `${b.metric.unit.slice(0, slash)}|${family}`;
    const group = rates.get(key);
    if (!group) rates.set(key, { first: b });
    else if (!group.otherCase && b.caseId !== group.first.caseId) group.otherCase = b;
  }
  let sameCase: { a: Figure; b: Figure } | undefined;
  for (const a of all) {
    const family = category(a);
    if (a.metric.unit.includes('/') || family === undefined) continue;
    const group = rates.get(`${a.metric.unit}|${family}`);
    if (!group) continue;
    // The first rate of another case: the group's first, or the first whose case differs from it.
    if (group.first.caseId !== a.caseId) return { a, b: group.first };
    if (group.otherCase) return { a, b: group.otherCase };
    sameCase ??= { a, b: group.first };
  }
  return sameCase;
}

/**
 * The metric reported by the most counties: its quotes show that each county counts something a
 * little different under the same name (党员服务中心, 区域党群服务中心, 标准化社区党群服务中心).
 */
export function definitionSpread(
  cases: readonly CaseFigures[],
): { key: string; figures: Figure[] } | undefined {
  let best: { key: string; figures: Figure[] } | undefined;
  for (const [key, group] of byKey(figures(cases))) {
    const counties = new Set(group.map((f) => f.caseId)).size;
    if (counties < 2) continue;
    if (!best || counties > new Set(best.figures.map((f) => f.caseId)).size) {
      best = { key, figures: group };
    }
  }
  return best;
}

/** How many figures carry each qualifier and each scope level. */
export function tally(cases: readonly CaseFigures[]): {
  total: number;
  qualifiers: Record<Qualifier, number>;
  scopes: Partial<Record<ScopeLevel, number>>;
} {
  const qualifiers: Record<Qualifier, number> = { exact: 0, at_least: 0, approx: 0 };
  const scopes: Partial<Record<ScopeLevel, number>> = {};
  let total = 0;
  for (const c of cases) {
    for (const m of c.metrics) {
      total += 1;
      qualifiers[m.qualifier] += 1;
      scopes[m.scope.level] = (scopes[m.scope.level] ?? 0) + 1;
    }
  }
  return { total, qualifiers, scopes };
}
