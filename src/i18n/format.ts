/**
 * How figures read on the site: the qualifier as a sign (≥ for at_least, ≈ for approx), Chinese
 * digit grouping, large money in 万元, and the scope in words. Pure, shared by the case pages,
 * the comparison tool and the exports.
 */
import type { Metric, Qualifier, Scope, ScopeLevel } from '../schemas/metric';
import { metricDefinition } from '../schemas/metric-vocabulary';
import { MECHANISM_CATEGORIES, type MechanismCategory } from '../schemas/mechanism';

export const QUALIFIER_SIGNS: Record<Qualifier, string> = { exact: '', at_least: '≥', approx: '≈' };
export const QUALIFIER_LABELS: Record<Qualifier, { zh: string; en: string }> = {
  exact: { zh: '确数', en: 'exact' },
  at_least: { zh: '下限（余/多/以上）', en: 'at least' },
  approx: { zh: '约数', en: 'approximately' },
};

export const SCOPE_LEVEL_LABELS: Record<ScopeLevel, string> = {
  county: '全县',
  sector: '领域',
  township: '乡镇',
  subdistrict: '街道',
  community: '社区',
  village: '村',
  area: '片区',
  park: '园区/景区',
  unit: '单位',
};

const grouping = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

/** A number with grouping; money of 10,000 or more in 万 (3000000 元 → 300万元). */
export function formatNumber(value: number, unit: string): { number: string; unit: string } {
  if (unit.startsWith('元') && Math.abs(value) >= 10_000) {
    return { number: grouping.format(value / 10_000), unit: `万${unit}` };
  }
  return { number: grouping.format(value), unit };
}

/** The figure as a reader sees it: "≥300 万元", "27 个", "100%", "第4周". */
export function formatMetricValue(metric: Pick<Metric, 'value' | 'unit' | 'qualifier'>): string {
  const { number, unit } = formatNumber(metric.value, metric.unit);
  const sign = QUALIFIER_SIGNS[metric.qualifier];
  // Ordinal units such as 第N周 carry the number inside them.
  if (unit.includes('N')) return `${sign}${unit.replace('N', number)}`;
  const separator = unit === '%' ? '' : ' ';
  return `${sign}${number}${separator}${unit}`;
}

/** Where the figure applies: "全县", "全县城市社区" (a sector names itself) or "乡镇 · 桃林乡". */
export function formatScope(scope: Scope): string {
  if (scope.level === 'county') return scope.name ? `全县（${scope.name}）` : '全县';
  if (scope.level === 'sector' && scope.name) return scope.name;
  return `${SCOPE_LEVEL_LABELS[scope.level]} · ${scope.name ?? ''}`.trim();
}

/** True when the figure describes less than the whole county. */
export function isNarrowerThanCounty(scope: Scope): boolean {
  return scope.level !== 'county';
}

/** The Chinese label of a metric key, falling back to the key itself. */
export function metricLabel(key: string): string {
  return metricDefinition(key)?.zh ?? key;
}

/**
 * The mechanism families as words for running text: how many there are, their Chinese names
 * and their codes, so that no sentence hard-codes the number of families.
 */
export function mechanismFamilyWords(): { families: number; names: string; codes: string } {
  const keys = Object.keys(MECHANISM_CATEGORIES) as MechanismCategory[];
  return {
    families: keys.length,
    names: keys.map((key) => MECHANISM_CATEGORIES[key].zh).join('、'),
    codes: keys.join('、'),
  };
}
/** Chinese labels for the code columns of the CSV exports. */
export const ROW_LABELS = {
  metric: metricLabel,
  qualifier: (qualifier: string) => QUALIFIER_LABELS[qualifier as Qualifier]?.zh ?? qualifier,
  scopeLevel: (level: string) => SCOPE_LEVEL_LABELS[level as ScopeLevel] ?? level,
};
