import { z } from 'astro/zod';
import { COUNT_UNITS, SHARE_UNITS, metricDefinition } from './metric-vocabulary';
import { numbersInText } from './numerals';

/** How a figure relates to the true number: the source's 余/多/以上 make it a lower bound. */
export const QualifierSchema = z
  .enum(['exact', 'at_least', 'approx'])
  .describe('exact = 如实给出; at_least = 余/多/以上 (下限); approx = 约/近似');
export type Qualifier = z.infer<typeof QualifierSchema>;

/** Administrative or social level a figure describes. */
export const SCOPE_LEVELS = [
  'county',
  'sector',
  'township',
  'subdistrict',
  'community',
  'village',
  'area',
  'park',
  'unit',
] as const;
export const ScopeLevelSchema = z
  .enum(SCOPE_LEVELS)
  .describe(
    'county 全县; sector 全县某一领域（如城市社区、国有企业）; township 乡镇; subdistrict 街道; community 社区; village 村; area 片区/流域/园区以外的跨乡镇区域; park 园区/景区; unit 单个单位或组织',
  );
export type ScopeLevel = z.infer<typeof ScopeLevelSchema>;

/** What a figure counts over: the whole county or a narrower place or sector. */
export const ScopeSchema = z
  .object({
    /** Level of the place or sector the figure describes. */
    level: ScopeLevelSchema,
    /** Named place or sector when narrower than the county (桃林乡, 仁德街道, 全县城市社区). */
    name: z.string().min(1).optional(),
  })
  .strict()
  .refine((scope) => scope.level === 'county' || Boolean(scope.name), {
    params: { code: 'field.scopeName' },
    path: ['name'],
  });
export type Scope = z.infer<typeof ScopeSchema>;

/** One figure from a source, typed so it can be compared, charted and cited. */
export const MetricSchema = z
  .object({
    /** Key from the controlled vocabulary in src/schemas/metric-vocabulary.ts. */
    key: z.string().superRefine((key, ctx) => {
      if (metricDefinition(key) === undefined)
        ctx.addIssue({ code: 'custom', input: key, params: { code: 'metric.unknownKey', key } });
    }),
    /** The figure as a number in the stated unit (300余万元 → 3000000 with unit 元). */
    value: z.number(),
    /** exact, at_least (余/多/以上) or approx. */
    qualifier: QualifierSchema,
    /** Unit of `value`; must be the vocabulary's unit for the key. */
    unit: z.string().min(1),
    /** Place or sector the figure describes. */
    scope: ScopeSchema,
    /** Period the figure covers or recurs in, as the source says it (每年, 2018年以来). */
    period: z.string().min(1).optional(),
    /** Id of the source in content/sources/. */
    source: z.string().min(1),
    /** Shortest verbatim clause of the source that states the figure, character for character. */
    quote: z.string().min(2),
    /** Anything a reader needs to read the figure correctly. */
    note: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((metric, ctx) => {
    const definition = metricDefinition(metric.key);
    const issue = (path: string, params: Record<string, string | number>) =>
      ctx.addIssue({ code: 'custom', path: [path], input: metric, params });
    if (definition && metric.unit !== definition.unit) {
      issue('unit', {
        code: 'metric.unit',
        key: metric.key,
        expected: definition.unit,
        found: metric.unit,
      });
    }
    if (definition) {
      const label = definition.zh;
      const { value, unit } = metric;
      if (value < 0) issue('value', { code: 'metric.negative', label, value });
      else if (COUNT_UNITS.includes(definition.unit) && !Number.isInteger(value))
        issue('value', { code: 'metric.integer', label, unit, value });
      else if (SHARE_UNITS.includes(definition.unit) && value > 100)
        issue('value', { code: 'metric.share', label, value });
    }
    // A negative figure is already reported; no quote can show it.
    if (metric.value < 0) return;
    const found = numbersInText(metric.quote);
    const asWritten = valueAsWritten(metric.value, metric.unit);
    if (!asWritten.some((candidate) => found.includes(candidate))) {
      issue('quote', {
        code: 'metric.quote',
        quote: metric.quote,
        value: metric.value,
        unit: metric.unit,
      });
    }
  });
export type Metric = z.infer<typeof MetricSchema>;

/**
 * The numbers a quote may show for a value: the value itself, and for money the figure in
 * 万元 (300余万元 is written 300 but stored as 3000000 元).
 */
function valueAsWritten(value: number, unit: string): number[] {
  const candidates = [value];
  if (unit.startsWith('元')) candidates.push(value / 10_000, value / 100_000_000);
  return candidates;
}
