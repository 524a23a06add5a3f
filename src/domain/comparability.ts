/**
 * Which figures of the compared cases can fairly stand side by side. Pure: takes the slim case
 * data the compare page fetches (one JSON file per case, see src/views/compare.ts) and returns
 * aligned rows, comparability flags, chart specs and summaries as keys, codes and numbers; the
 * components label them. The rules, each visible to the reader:
 *
 * - Figures are aligned by metric key; a case without the key is "not reported", never zero.
 * - A figure about one township, community or sector is narrower than a county total: when such
 *   a figure stands beside a figure of another scope, the row and the cell are flagged.
 * - `at_least` values are lower bounds: shown with ≥, drawn as open-ended bars, and when a lower
 *   bound is below another case's figure the order of the two is flagged as uncertain.
 * - Figures with different periods (yearly against since 2018) are flagged.
 * - One metric per chart axis: a category chart draws one panel per metric, each with its own
 *   value axis; ordinal "units" (week N) are positions, not quantities, and are tabulated but
 *   never drawn as bars.
 */
import type { Qualifier, Scope, ScopeLevel } from '../schemas/metric';
import { metricRows, type MetricRow, type RowLabels } from '../exports/csv';
import {
  metricDefinition,
  metricKeysByCategory,
  type MetricCategory,
} from '../schemas/metric-vocabulary';
import type { ContextFigure, FigureSource } from './normalise';

/** Most cases the tool puts side by side; more columns stop being readable. */
export const MAX_CASES = 8;
/** A chart whose largest value is at least this many times its smallest offers a log scale. */
export const WIDE_RANGE_RATIO = 100;

/** One figure as the compare island receives it. */
export interface CompareMetric {
  key: string;
  value: number;
  qualifier: Qualifier;
  unit: string;
  scope: Scope;
  period?: string | undefined;
  source: string;
  quote: string;
  note?: string | undefined;
}

/** What the case's source says the county achieved or set out to solve, or the casebook's reading. */
export interface LessonItem {
  text: string;
  /** A verbatim clause of the source, when the item quotes it. */
  quote?: string | undefined;
  /** True when the item is the casebook's reading, not the source's statement. */
  reading?: boolean | undefined;
}

/** Rows of the lessons (jiejian yaodian) group, in this order. */
export const LESSON_ROWS = [
  'problem',
  'approach',
  'inputs',
  'results',
  'conditions',
  'fit',
] as const;
export type LessonRowKey = (typeof LESSON_ROWS)[number];

/** A mechanism the case uses, with its name and family from content/mechanisms/. */
export interface CompareMechanismUse {
  id: string;
  name: string;
  /** Family code (org_building …) and its position in the families' fixed order. */
  category: string;
  categoryOrder: number;
  /** The family's name as the mechanism vocabulary gives it. */
  categoryName: string;
  /** Position of the mechanism in content/mechanisms/, for a stable order. */
  order: number;
  evidence: string;
}

/** What the compare page needs of a case, fetched as one JSON file per case. */
export interface CompareCase {
  id: string;
  county: string;
  shortName: string;
  province: string;
  prefecture: string;
  region: string;
  /** Setting code (urban-community, urban-rural, rural). */
  setting: string;
  model: { name: string; tagline: string };
  /** The period the practice covers, as the source states it (since 2017). */
  period?: string | undefined;
  /** The publication date of the case's source (as-of), as given, and its year. */
  asOf?: { date: string; year: number } | undefined;
  parts: Array<{ id: string; name: string }>;
  tiers: Array<{ name: string; levels: string[] }>;
  mechanisms: CompareMechanismUse[];
  metrics: CompareMetric[];
  /** County context (profile figures): population, area, townships, village-level divisions. */
  context: ContextFigure[];
  /** Lesson rows; a missing row has not been written yet. */
  lessons: Partial<Record<LessonRowKey, LessonItem[]>>;
  /** Sources the figures cite, by id. */
  sources: FigureSource[];
}

/** A mechanism as the matrix lists it. */
export interface CompareMechanism {
  id: string;
  name: string;
  category: string;
  categoryName: string;
}

/**
 * How wide a scope is, widest first. A county total outranks a sector of the county, which
 * outranks a cross-township area, a township or subdistrict, and so on down to one unit.
 */
export const SCOPE_BREADTH: Record<ScopeLevel, number> = {
  county: 0,
  sector: 1,
  area: 2,
  township: 3,
  subdistrict: 3,
  park: 4,
  community: 5,
  village: 5,
  unit: 6,
};

/** Every vocabulary key in the order the site lists metrics: by category, then as defined. */
const KEY_ORDER: ReadonlyMap<string, number> = new Map(
  metricKeysByCategory()
    .flatMap(({ keys }) => keys)
    .map((key, i) => [key, i]),
);

/** Keys known to the vocabulary, deduplicated, in the site's metric order. */
export function orderKeys(keys: Iterable<string>): string[] {
  return [...new Set(keys)]
    .filter((key) => KEY_ORDER.has(key))
    .sort((a, b) => KEY_ORDER.get(a)! - KEY_ORDER.get(b)!);
}

/** Keys that at least one of the cases reports, in the site's metric order. */
export function reportedKeys(cases: readonly CompareCase[]): string[] {
  return orderKeys(cases.flatMap((c) => c.metrics.map((m) => m.key)));
}

/**
 * Ordinal "units" name a position (the 2nd working day, the Saturday of week 1), not a quantity:
 * a bar for them would invite a comparison of sizes that means nothing.
 */
export function isQuantityUnit(unit: string): boolean {
  // Ordinal units carry the position as N (week N, working day N), as formatMetricValue reads them.
  return !unit.includes('N');
}

export type RowFlag =
  /** The figures shown describe different scopes (a county total beside one township). */
  | 'scope_mismatch'
  /** The figures shown state different periods (yearly beside since 2018). */
  | 'period_mismatch'
  /** At least one figure is a lower bound (the source's yu / duo / yishang). */
  | 'lower_bound'
  /** A lower bound sits below another figure, so which case is larger is not known. */
  | 'order_uncertain'
  /** At least one figure is approximate. */
  | 'approximate'
  /** A case gives more than one figure for the key (different scopes or periods). */
  | 'several_figures'
  /** The unit names a position, not a quantity: tabulated, never charted. */
  | 'not_quantity';

/**
 * comparable: two or more cases report it on the same terms; caution: two or more report it but
 * a flag applies; single: only one case reports it; none: no selected case reports it.
 */
export type Verdict = 'comparable' | 'caution' | 'single' | 'none';

/** Flags that make a row of two or more figures a "caution" rather than "comparable". */
const CAUTION_FLAGS: ReadonlySet<RowFlag> = new Set([
  'scope_mismatch',
  'period_mismatch',
  'order_uncertain',
]);

export interface MetricCell {
  caseId: string;
  /** Every figure the case gives for the key, widest scope first; empty: not reported. */
  figures: CompareMetric[];
  /** The figure that stands for the case in charts: the widest scope, first given on a tie. */
  headline: CompareMetric | undefined;
  /** The headline's scope differs from another case's headline in the same row. */
  scopeDiffers: boolean;
  /** The headline is narrower than a county total. */
  narrower: boolean;
}

export interface AlignedMetric {
  key: string;
  category: MetricCategory | undefined;
  unit: string;
  /** One cell per case, in the order the cases were given. */
  cells: MetricCell[];
  /** How many cases report the key. */
  reported: number;
  flags: RowFlag[];
  verdict: Verdict;
}

function widestFirst(figures: CompareMetric[]): CompareMetric[] {
  return figures
    .map((figure, i) => ({ figure, i }))
    .sort(
      (a, b) =>
        SCOPE_BREADTH[a.figure.scope.level] - SCOPE_BREADTH[b.figure.scope.level] || a.i - b.i,
    )
    .map(({ figure }) => figure);
}

/**
 * A sector figure is defined by the sector's name (all urban communities is not all state firms); for a place
 * (one township, one community) the name differs from county to county by nature, so only the
 * level counts.
 */
function scopeTerms(scope: Scope): string {
  return scope.level === 'sector' ? `sector|${scope.name ?? ''}` : scope.level;
}

/**
 * A lower bound leaves the order open against any figure above it: ≥300 may be more or less
 * than 500. A lower bound at or above another figure is known to be at least as large.
 */
function orderOpen(low: CompareMetric, other: CompareMetric): boolean {
  return low.qualifier === 'at_least' && other.value > low.value;
}

/** Aligns the cases' figures by metric key and judges each row's comparability. */
export function alignMetrics(
  cases: readonly CompareCase[],
  keys: readonly string[] = reportedKeys(cases),
): AlignedMetric[] {
  return orderKeys(keys).map((key) => {
    const definition = metricDefinition(key);
    const cells = cases.map((c) => {
      const figures = widestFirst(c.metrics.filter((m) => m.key === key));
      const headline = figures[0];
      return {
        caseId: c.id,
        figures,
        headline,
        scopeDiffers: false,
        narrower: headline !== undefined && headline.scope.level !== 'county',
      };
    });
    const shown = cells.flatMap((cell) => (cell.headline ? [cell.headline] : []));
    const flags = new Set<RowFlag>();

    const terms = new Set(shown.map((m) => scopeTerms(m.scope)));
    if (terms.size > 1) {
      flags.add('scope_mismatch');
      for (const cell of cells) {
        const own = cell.headline && scopeTerms(cell.headline.scope);
        cell.scopeDiffers = own !== undefined && shown.some((m) => scopeTerms(m.scope) !== own);
      }
    }
    if (new Set(shown.map((m) => m.period ?? '')).size > 1) flags.add('period_mismatch');
    if (shown.some((m) => m.qualifier === 'at_least')) flags.add('lower_bound');
    if (shown.some((m) => m.qualifier === 'approx')) flags.add('approximate');
    if (shown.some((low) => shown.some((other) => other !== low && orderOpen(low, other)))) {
      flags.add('order_uncertain');
    }
    if (cells.some((cell) => cell.figures.length > 1)) flags.add('several_figures');
    const unit = definition?.unit ?? shown[0]?.unit ?? '';
    if (!isQuantityUnit(unit)) flags.add('not_quantity');

    const reported = shown.length;
    const verdict: Verdict =
      reported === 0
        ? 'none'
        : reported === 1
          ? 'single'
          : [...flags].some((f) => CAUTION_FLAGS.has(f))
            ? 'caution'
            : 'comparable';
    return {
      key,
      category: definition?.category,
      unit,
      cells,
      reported,
      flags: [...flags],
      verdict,
    };
  });
}

/** A value standing in for a figure: a derived (per-capita) value, or null where none exists. */
export type Derive = (
  key: string,
  caseId: string,
) => { value: number; qualifier: Qualifier } | null;

/** One bar slot: a case's headline figure for a key, or null where there is none. */
export interface ChartPoint {
  caseId: string;
  key: string;
  value: number | null;
  qualifier: Qualifier | null;
  scope: Scope | null;
  period: string | undefined;
  /** Why there is no bar: the case does not report the key, or no derived value exists. */
  missing: 'not_reported' | 'not_derived' | null;
  /** Narrower than a county total. */
  narrower: boolean;
  /** Scope differs from another bar of the same metric. */
  scopeDiffers: boolean;
}

/** One value axis: one metric, one bar slot per case. */
export interface ChartPanel {
  key: string;
  /** The vocabulary's unit of the metric (a derived chart divides it by the basis). */
  unit: string;
  points: ChartPoint[];
  flags: RowFlag[];
  /** Bars actually drawn. */
  bars: number;
  /** Every value is positive, so a log axis can show them all. */
  logPossible: boolean;
  /** The largest value is at least WIDE_RANGE_RATIO times the smallest. */
  wide: boolean;
}

export interface ChartSpec {
  /** Stable id used in the page: the metric key, or the category code for a category chart. */
  id: string;
  kind: 'metric' | 'category';
  category: MetricCategory | undefined;
  /** One panel (metric charts) or one per metric of the category, each with its own axis. */
  panels: ChartPanel[];
  /** Case ids in column order (colours follow the column). */
  caseIds: string[];
  flags: RowFlag[];
  bars: number;
}

function point(row: AlignedMetric, cell: MetricCell, derive: Derive | undefined): ChartPoint {
  const h = cell.headline;
  const derived = h && derive ? derive(row.key, cell.caseId) : undefined;
  const value = derive ? (derived?.value ?? null) : (h?.value ?? null);
  return {
    caseId: cell.caseId,
    key: row.key,
    value,
    qualifier: derive ? (derived?.qualifier ?? null) : (h?.qualifier ?? null),
    scope: h?.scope ?? null,
    period: h?.period,
    missing: !h ? 'not_reported' : value === null ? 'not_derived' : null,
    narrower: cell.narrower,
    scopeDiffers: cell.scopeDiffers,
  };
}

function panel(row: AlignedMetric, derive: Derive | undefined): ChartPanel {
  const points = row.cells.map((cell) => point(row, cell, derive));
  const values = points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const logPossible = values.length > 0 && values.every((v) => v > 0);
  const wide = logPossible && Math.max(...values) / Math.min(...values) >= WIDE_RANGE_RATIO;
  return {
    key: row.key,
    unit: row.unit,
    points,
    flags: row.flags,
    bars: values.length,
    logPossible,
    wide,
  };
}

/** Rows that can be drawn: a quantity unit, and two or more bars. */
function drawable(rows: readonly AlignedMetric[], derive: Derive | undefined): ChartPanel[] {
  return rows
    .filter((row) => !row.flags.includes('not_quantity'))
    .map((row) => panel(row, derive))
    .filter((p) => p.bars >= 2);
}

/**
 * One chart per metric that two or more cases report in a quantity unit (with `derive`: that
 * two or more cases have a derived value for): one bar per case, an empty slot for the others.
 * A single figure is not a comparison; it stays in the table.
 */
export function metricCharts(
  cases: readonly CompareCase[],
  rows: readonly AlignedMetric[],
  derive?: Derive,
): ChartSpec[] {
  return drawable(rows, derive).map((p) => ({
    id: p.key,
    kind: 'metric' as const,
    category: metricDefinition(p.key)?.category,
    panels: [p],
    caseIds: cases.map((c) => c.id),
    flags: p.flags,
    bars: p.bars,
  }));
}

/**
 * One chart per metric category: a panel per metric, each on its own value axis (a 3-million-yuan
 * platform and a 0.5-million-yuan fund are different things and never share an axis), one colour per case.
 */
export function categoryCharts(
  cases: readonly CompareCase[],
  rows: readonly AlignedMetric[],
  derive?: Derive,
): ChartSpec[] {
  const panels = drawable(rows, derive);
  return metricKeysByCategory().flatMap(({ category }) => {
    const members = panels.filter((p) => metricDefinition(p.key)?.category === category);
    if (members.length === 0) return [];
    return [
      {
        id: category,
        kind: 'category' as const,
        category,
        panels: members,
        caseIds: cases.map((c) => c.id),
        flags: [...new Set(members.flatMap((p) => p.flags))],
        bars: members.reduce((n, p) => n + p.bars, 0),
      },
    ];
  });
}

/**
 * Rows of the metrics CSV for what the view shows: row by row, case by case, as in the table,
 * each stamped with the dataset version the page was built from.
 */
export function exportRows(
  cases: readonly CompareCase[],
  rows: readonly AlignedMetric[],
  labels: RowLabels,
  datasetVersion: string,
): MetricRow[] {
  const byId = new Map(cases.map((c) => [c.id, c]));
  return rows.flatMap((row) =>
    row.cells.flatMap((cell) => {
      const c = byId.get(cell.caseId)!;
      return metricRows(
        [{ id: c.id, data: { county: c.county, province: c.province, metrics: cell.figures } }],
        labels,
        datasetVersion,
      );
    }),
  );
}

export interface MechanismRow extends CompareMechanism {
  /** One cell per case: the case's evidence, or undefined where its source does not mention it. */
  cells: Array<{ caseId: string; evidence: string | undefined }>;
  usedBy: number;
}

/**
 * The mechanism matrix: every mechanism at least one of the cases uses, grouped by family in the
 * families' fixed order; within a family the most shared first, then in content order.
 */
export function mechanismMatrix(
  cases: readonly CompareCase[],
): Array<{ category: string; categoryName: string; rows: MechanismRow[] }> {
  const known = new Map<string, CompareMechanismUse>();
  for (const c of cases) for (const m of c.mechanisms) if (!known.has(m.id)) known.set(m.id, m);
  const rows = [...known.values()].map((m) => {
    const cells = cases.map((c) => ({
      caseId: c.id,
      evidence: c.mechanisms.find((use) => use.id === m.id)?.evidence,
    }));
    return {
      row: {
        id: m.id,
        name: m.name,
        category: m.category,
        categoryName: m.categoryName,
        cells,
        usedBy: cells.filter((cell) => cell.evidence).length,
      },
      categoryOrder: m.categoryOrder,
      order: m.order,
    };
  });
  const families = [...new Map(rows.map((r) => [r.row.category, r])).values()].sort(
    (a, b) => a.categoryOrder - b.categoryOrder,
  );
  return families.map((family) => ({
    category: family.row.category,
    categoryName: family.row.categoryName,
    rows: rows
      .filter((r) => r.row.category === family.row.category)
      .sort((a, b) => b.row.usedBy - a.row.usedBy || a.order - b.order)
      .map((r) => r.row),
  }));
}

/** Ids of the mechanisms every one of the cases uses, in content order. */
export function sharedMechanisms(cases: readonly CompareCase[]): CompareMechanismUse[] {
  if (cases.length === 0) return [];
  const [first, ...rest] = cases;
  return first!.mechanisms
    .filter((m) => rest.every((c) => c.mechanisms.some((use) => use.id === m.id)))
    .sort((a, b) => a.order - b.order);
}

/** What the first screen says about a selection: codes and counts, labelled by the component. */
export interface CompareSummary {
  /** The value when all cases share it, else undefined. */
  sameSetting: string | undefined;
  sameRegion: string | undefined;
  sameProvince: string | undefined;
  settings: string[];
  regions: string[];
  /** Mechanisms all the cases use. */
  sharedMechanisms: CompareMechanismUse[];
  /** Mechanisms used by at least two of the cases (all of them included). */
  mechanismsInTwo: number;
  /** Metric rows reported by two or more cases, and how many of them are comparable as they stand. */
  sharedFigures: number;
  comparableFigures: number;
  cautionFigures: number;
  /** Metric rows only one case reports. */
  singleFigures: number;
}

export function compareSummary(
  cases: readonly CompareCase[],
  rows: readonly AlignedMetric[],
): CompareSummary {
  const same = (values: string[]) => (new Set(values).size === 1 ? values[0] : undefined);
  const settings = cases.map((c) => c.setting);
  const regions = cases.map((c) => c.region);
  const uses = new Map<string, number>();
  for (const c of cases) for (const m of c.mechanisms) uses.set(m.id, (uses.get(m.id) ?? 0) + 1);
  return {
    sameSetting: same(settings),
    sameRegion: same(regions),
    sameProvince: same(cases.map((c) => c.province)),
    settings: [...new Set(settings)],
    regions: [...new Set(regions)],
    sharedMechanisms: sharedMechanisms(cases),
    mechanismsInTwo: [...uses.values()].filter((n) => n >= 2).length,
    sharedFigures: rows.filter((r) => r.reported >= 2).length,
    comparableFigures: rows.filter((r) => r.verdict === 'comparable').length,
    cautionFigures: rows.filter((r) => r.verdict === 'caution').length,
    singleFigures: rows.filter((r) => r.verdict === 'single').length,
  };
}

/** What the example choice reads of a case: its id and the metric keys it reports. */
export interface ExampleCandidate {
  id: string;
  keys: readonly string[];
}

/**
 * The example comparison shown when no case is chosen: the `size` cases that share the most
 * metric keys (a key counts when two or more of them report it), ties in casebook order. Only the
 * `pool` cases reporting the most keys are tried, so the cost stays small at any casebook size.
 */
export function exampleSelection(
  candidates: readonly ExampleCandidate[],
  size = 3,
  pool = 24,
): string[] {
  const ranked = candidates
    .map((c, i) => ({ id: c.id, keys: new Set(c.keys), i }))
    .sort((a, b) => b.keys.size - a.keys.size || a.i - b.i)
    .slice(0, pool)
    .sort((a, b) => a.i - b.i);
  if (ranked.length <= size) return ranked.map((c) => c.id);
  const score = (group: typeof ranked) => {
    const count = new Map<string, number>();
    for (const c of group) for (const k of c.keys) count.set(k, (count.get(k) ?? 0) + 1);
    return [...count.values()].filter((n) => n >= 2).length;
  };
  let best: typeof ranked = ranked.slice(0, size);
  let bestScore = score(best);
  const pick = (start: number, group: typeof ranked) => {
    if (group.length === size) {
      const s = score(group);
      if (s > bestScore) {
        best = [...group];
        bestScore = s;
      }
      return;
    }
    for (let i = start; i < ranked.length; i++) pick(i + 1, [...group, ranked[i]!]);
  };
  pick(0, []);
  return best.map((c) => c.id);
}
