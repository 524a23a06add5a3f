/**
 * Which figures of the compared cases can fairly stand side by side. Pure: takes the slim case
 * data the compare page serialises (see compare-data.ts) and returns aligned rows, comparability flags, chart specs and
 * export rows. The rules, each visible to the reader:
 *
 * - Figures are aligned by metric key; a case without the key is "not reported", never zero.
 * - A figure about one township, community or sector is narrower than a county total: when such
 *   a figure stands beside a figure of another scope, the row and the cell are flagged.
 * - `at_least` values are lower bounds: shown with ≥, drawn as open-ended bars, and when a lower
 *   bound is below another case's figure the order of the two is flagged as uncertain.
 * - Figures with different periods (每年 against 2018年以来) are flagged.
 * - One unit per chart axis: category charts are split by unit; ordinal "units" (第N周) are
 *   positions, not quantities, and are tabulated but never drawn as bars.
 */
import type { Qualifier, Scope, ScopeLevel } from '../schemas/metric';
import { metricRows, type MetricRow } from '../exports/csv';
import {
  METRIC_CATEGORIES,
  metricDefinition,
  metricKeysByCategory,
  type MetricCategory,
} from '../schemas/metric-vocabulary';
import { metricLabel, ROW_LABELS } from '../i18n/format';

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

/** What the compare island needs of a case, and nothing more (the page stays light). */
export interface CompareCase {
  id: string;
  county: string;
  shortName: string;
  province: string;
  prefecture: string;
  region: string;
  /** The setting in words (城市社区). */
  setting: string;
  model: { name: string; tagline: string };
  period?: string | undefined;
  parts: Array<{ id: string; name: string }>;
  tiers: Array<{ name: string; levels: string[] }>;
  mechanisms: Array<{ id: string; evidence: string }>;
  metrics: CompareMetric[];
}

/** A mechanism as the matrix labels it. */
export interface CompareMechanism {
  id: string;
  name: string;
  /** The family's name in words (组织共建); rows are grouped by it. */
  category: string;
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
  return !unit.startsWith('第');
}

export type RowFlag =
  /** The figures shown describe different scopes (a county total beside one township). */
  | 'scope_mismatch'
  /** The figures shown state different periods (每年 beside 2018年以来). */
  | 'period_mismatch'
  /** At least one figure is a lower bound (余/多/以上). */
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
  label: string;
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
 * A sector figure is defined by the sector's name (全县社区 is not 全县国有企业); for a place
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
      label: metricLabel(key),
      category: definition?.category,
      unit,
      cells,
      reported,
      flags: [...flags],
      verdict,
    };
  });
}

/** One bar slot: a case's headline figure for a key, or null where the case does not report it. */
export interface ChartPoint {
  caseId: string;
  key: string;
  value: number | null;
  qualifier: Qualifier | null;
  scope: Scope | null;
  period: string | undefined;
  /** Narrower than a county total. */
  narrower: boolean;
  /** Scope differs from another bar of the same metric. */
  scopeDiffers: boolean;
}

export interface ChartSeries {
  id: string;
  label: string;
  points: ChartPoint[];
}

export interface ChartSpec {
  /** Stable id, used in the URL: the metric key, or `<category>-<n>` for a category's nth unit. */
  id: string;
  kind: 'metric' | 'category';
  title: string;
  unit: string;
  keys: string[];
  /** Labels along the category axis: cases (metric charts) or metrics (category charts). */
  labels: string[];
  /** One series (metric charts) or one per case (category charts). */
  series: ChartSeries[];
  flags: RowFlag[];
  /** Bars actually drawn: reported figures only. */
  bars: number;
  /** Every value is positive, so a log axis can show them all. */
  logPossible: boolean;
  /** The largest value is at least WIDE_RANGE_RATIO times the smallest. */
  wide: boolean;
}

function point(row: AlignedMetric, cell: MetricCell): ChartPoint {
  const h = cell.headline;
  return {
    caseId: cell.caseId,
    key: row.key,
    value: h?.value ?? null,
    qualifier: h?.qualifier ?? null,
    scope: h?.scope ?? null,
    period: h?.period,
    narrower: cell.narrower,
    scopeDiffers: cell.scopeDiffers,
  };
}

function rangeOf(series: ChartSeries[]): Pick<ChartSpec, 'bars' | 'logPossible' | 'wide'> {
  const values = series.flatMap((s) =>
    s.points.flatMap((p) => (p.value === null ? [] : [p.value])),
  );
  const logPossible = values.length > 0 && values.every((v) => v > 0);
  const wide = logPossible && Math.max(...values) / Math.min(...values) >= WIDE_RANGE_RATIO;
  return { bars: values.length, logPossible, wide };
}

/** Case labels for chart axes and legends: the short name the sources use. */
function caseLabel(c: CompareCase): string {
  return c.shortName;
}

/**
 * One chart per metric that two or more cases report in a quantity unit: one bar per reporting
 * case, an empty slot for the others. A single figure is not a comparison; it stays in the table.
 */
export function metricCharts(
  cases: readonly CompareCase[],
  rows: readonly AlignedMetric[],
): ChartSpec[] {
  return rows
    .filter((row) => row.reported >= 2 && !row.flags.includes('not_quantity'))
    .map((row) => {
      const series = [
        { id: row.key, label: row.label, points: row.cells.map((c) => point(row, c)) },
      ];
      return {
        id: row.key,
        kind: 'metric' as const,
        title: row.label,
        unit: row.unit,
        keys: [row.key],
        labels: cases.map(caseLabel),
        series,
        flags: row.flags,
        ...rangeOf(series),
      };
    });
}

/** Units of each category in vocabulary order, so a category chart's id does not depend on the selection. */
const CATEGORY_UNITS: ReadonlyMap<MetricCategory, string[]> = new Map(
  metricKeysByCategory().map(({ category, keys }) => [
    category,
    [...new Set(keys.map((key) => metricDefinition(key)!.unit))],
  ]),
);

/**
 * One chart per metric category and unit: bars grouped by metric, one colour per case. Metrics
 * of different units never share an axis; positions (第N周) are never drawn.
 */
export function categoryCharts(
  cases: readonly CompareCase[],
  rows: readonly AlignedMetric[],
): ChartSpec[] {
  const charts: ChartSpec[] = [];
  for (const [category, units] of CATEGORY_UNITS) {
    units.forEach((unit, n) => {
      const members = rows.filter(
        (row) =>
          row.category === category &&
          row.unit === unit &&
          row.reported > 0 &&
          !row.flags.includes('not_quantity'),
      );
      if (members.length === 0) return;
      const series = cases.map((c, i) => ({
        id: c.id,
        label: caseLabel(c),
        points: members.map((row) => point(row, row.cells[i]!)),
      }));
      charts.push({
        id: `${category}-${n + 1}`,
        kind: 'category',
        title: `${METRIC_CATEGORIES[category].zh}（${unit}）`,
        unit,
        keys: members.map((row) => row.key),
        labels: members.map((row) => row.label),
        series,
        flags: [...new Set(members.flatMap((row) => row.flags))],
        ...rangeOf(series),
      });
    });
  }
  return charts;
}

/**
 * Rows of the metrics CSV for what the view shows: row by row, case by case, as in the table,
 * each stamped with the dataset version the page was built from.
 */
export function exportRows(
  cases: readonly CompareCase[],
  rows: readonly AlignedMetric[],
  datasetVersion: string,
): MetricRow[] {
  const byId = new Map(cases.map((c) => [c.id, c]));
  return rows.flatMap((row) =>
    row.cells.flatMap((cell) => {
      const c = byId.get(cell.caseId)!;
      return metricRows(
        [{ id: c.id, data: { county: c.county, province: c.province, metrics: cell.figures } }],
        ROW_LABELS,
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
 * given order; within a family the most shared first, then in the given order.
 */
export function mechanismMatrix(
  cases: readonly CompareCase[],
  mechanisms: readonly CompareMechanism[],
): Array<{ category: string; rows: MechanismRow[] }> {
  const rows = mechanisms
    .map((m, i) => {
      const cells = cases.map((c) => ({
        caseId: c.id,
        evidence: c.mechanisms.find((use) => use.id === m.id)?.evidence,
      }));
      return { ...m, cells, usedBy: cells.filter((cell) => cell.evidence).length, i };
    })
    .filter((row) => row.usedBy > 0);
  const categories = [...new Set(mechanisms.map((m) => m.category))];
  return categories
    .map((category) => ({
      category,
      rows: rows
        .filter((row) => row.category === category)
        .sort((a, b) => b.usedBy - a.usedBy || a.i - b.i)
        .map(({ i: _i, ...row }) => row),
    }))
    .filter((group) => group.rows.length > 0);
}
