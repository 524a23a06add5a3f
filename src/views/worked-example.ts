/**
 * The worked example on the About page for editors adding a case: a real metric as it is written
 * in case frontmatter, and the build error the schema gives when its quote lacks the figure. The
 * error is produced by running the real schema, so the page cannot drift from what an editor sees.
 */
import { stringify } from 'yaml';
import { MetricSchema, type Metric } from '../schemas/metric';
import { readableError } from '../i18n/editor';

const scalar = (value: string | number) => stringify(value).trimEnd();

/** A metric as it is written under `metrics:` in a case file, in the house style. */
export function metricYaml(metric: Metric): string {
  const scope = metric.scope.name
    ? `{ level: ${metric.scope.level}, name: ${scalar(metric.scope.name)} }`
    : `{ level: ${metric.scope.level} }`;
  const lines = [
    'metrics:',
    `  - key: ${metric.key}`,
    `    value: ${metric.value}`,
    `    qualifier: ${metric.qualifier}`,
    `    unit: ${scalar(metric.unit)}`,
    `    scope: ${scope}`,
  ];
  if (metric.period) lines.push(`    period: ${scalar(metric.period)}`);
  lines.push(`    source: ${metric.source}`, `    quote: ${scalar(metric.quote)}`);
  if (metric.note) lines.push(`    note: ${scalar(metric.note)}`);
  return lines.join('\n');
}

export interface QuoteErrorExample {
  /** Position of the metric in the case's `metrics` list. */
  index: number;
  metric: Metric;
  /** The quote cut short before its number, as an editor might paste it. */
  brokenQuote: string;
  /** The field and message the build's content check prints: `metrics.1.quote：引文「…」…`. */
  message: string;
}

/**
 * Takes the first metric whose quote still reads as a clause when cut before its first digit,
 * and returns the schema's own error for that cut quote.
 */
export function quoteErrorExample(metrics: readonly Metric[]): QuoteErrorExample | undefined {
  for (const [index, metric] of metrics.entries()) {
    const digit = metric.quote.search(/[0-9]/);
    if (digit < 4) continue;
    const brokenQuote = metric.quote.slice(0, digit);
    const result = MetricSchema.safeParse(
      { ...metric, quote: brokenQuote },
      { error: readableError },
    );
    const issue = result.error?.issues.find((i) => i.path.join('.') === 'quote');
    if (!issue) continue;
    return { index, metric, brokenQuote, message: `metrics.${index}.quote：${issue.message}` };
  }
  return undefined;
}
