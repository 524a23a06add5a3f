/**
 * Draws one ChartSpec with chart.js. Loaded on demand by Charts.tsx, so the tables appear before
 * the charting code arrives. Registers only what a horizontal bar chart with titles and a legend
 * needs (no chart.js/auto, no tooltips: the data table beside each chart carries the details).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LogarithmicScale,
  SubTitle,
  Title,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { ChartPoint, ChartSpec } from '../../domain/comparability';
import { formatMetricValue, formatNumber } from '../../i18n/format';
import { t } from '../../i18n/ui';
import { caseColour, tint } from './colours';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  Legend,
  Title,
  SubTitle,
);

const INK = '#1f2328';
const MUTED = '#555d66';
const GRID = '#e3e6e9';

export interface RenderRequest {
  spec: ChartSpec;
  log: boolean;
  /** Column index of each case id, for its colour. */
  columns: Map<string, number>;
}

/** Money is drawn in 万元 once figures reach ten thousand, as the site writes it. */
function scaleFor(spec: ChartSpec): { divisor: number; unit: string } {
  const values = spec.series.flatMap((s) => s.points.map((p) => p.value ?? 0));
  const max = Math.max(0, ...values);
  const shown = formatNumber(max, spec.unit);
  return shown.unit === spec.unit
    ? { divisor: 1, unit: spec.unit }
    : { divisor: 10_000, unit: shown.unit };
}

function fill(point: ChartPoint, columns: Map<string, number>): string {
  const colour = caseColour(columns.get(point.caseId) ?? 0);
  return point.narrower ? tint(colour) : colour;
}

/**
 * A log axis must start below the smallest figure, or that figure's bar has no length at all:
 * the power of ten under it (27 → 10, 150 → 100, 1 → 0.1).
 */
function logFloor(spec: ChartSpec, divisor: number): number {
  const values = spec.series.flatMap((s) =>
    s.points.flatMap((p) => (p.value === null ? [] : [p.value / divisor])),
  );
  const smallest = Math.min(...values);
  const power = 10 ** Math.floor(Math.log10(smallest));
  return power < smallest ? power : power / 10;
}

/** Bar labels, the open end of lower bounds, "未报告" in empty slots, and a white ground. */
function annotations(spec: ChartSpec): Plugin<'bar'> {
  return {
    id: 'casebookAnnotations',
    beforeDraw(chart) {
      const { ctx, width, height } = chart;
      ctx.save();
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, height);
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const size = Number(chart.options.font?.size ?? 13);
      ctx.save();
      ctx.textBaseline = 'middle';
      ctx.font = `${size - 1}px ${Chart.defaults.font.family}`;
      spec.series.forEach((series, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        series.points.forEach((point, i) => {
          const bar = meta.data[i] as unknown as { x: number; y: number } | undefined;
          const y = bar?.y ?? chart.scales.y!.getPixelForValue(i);
          if (!Number.isFinite(y)) return;
          if (point.value === null) {
            // Category charts leave no slot for a missing figure (the axis label counts them).
            if (spec.kind === 'category') return;
            ctx.fillStyle = MUTED;
            ctx.textAlign = 'left';
            ctx.fillText(t('compare.metrics.notReported'), chartArea.left + 4, y);
            return;
          }
          let x = bar?.x ?? chartArea.left;
          if (point.qualifier === 'at_least') {
            // The bar is a floor: a dashed continuation and an arrowhead say "at least this".
            const end = x + 26;
            ctx.strokeStyle = INK;
            ctx.fillStyle = INK;
            ctx.lineWidth = 1.5;
            ctx.setLineDash([4, 3]);
            ctx.beginPath();
            ctx.moveTo(x, y);
            ctx.lineTo(end - 6, y);
            ctx.stroke();
            ctx.setLineDash([]);
            ctx.beginPath();
            ctx.moveTo(end, y);
            ctx.lineTo(end - 7, y - 4);
            ctx.lineTo(end - 7, y + 4);
            ctx.closePath();
            ctx.fill();
            x = end;
          }
          ctx.fillStyle = INK;
          ctx.textAlign = 'left';
          const label = formatMetricValue({
            value: point.value,
            unit: spec.unit,
            qualifier: point.qualifier ?? 'exact',
          });
          ctx.fillText(point.narrower ? `${label}*` : label, x + 5, y);
        });
      });
      ctx.restore();
    },
  };
}

/** Axis labels for metric charts: the case, and on a second line what limits its figure. */
function caseTick(spec: ChartSpec, index: number): string | string[] {
  const name = spec.labels[index] ?? '';
  const point = spec.series[0]?.points[index];
  if (!point || point.value === null) return name;
  if (point.narrower && point.scope) return [name, `*${point.scope.name ?? ''}`];
  return name;
}

/** Axis labels for category charts: the metric, and how many cases do not report it. */
function metricTick(spec: ChartSpec, index: number): string | string[] {
  const missing = spec.series.filter((s) => s.points[index]?.value === null).length;
  const label = spec.labels[index] ?? '';
  return missing ? [label, t('compare.charts.missingTick', { n: missing })] : label;
}

/** Most bars any one label carries (category charts skip the empty slots). */
function barsPerLabel(spec: ChartSpec): number {
  return Math.max(
    1,
    ...spec.labels.map((_, i) => spec.series.filter((s) => s.points[i]?.value !== null).length),
  );
}

export function chartHeight(spec: ChartSpec): number {
  const perLabel = spec.kind === 'metric' ? 44 : barsPerLabel(spec) * 18 + 26;
  const legend = spec.kind === 'category' ? 28 * Math.ceil(spec.series.length / 4) : 0;
  return Math.max(180, spec.labels.length * perLabel + 110 + legend);
}

export function renderChart(canvas: HTMLCanvasElement, request: RenderRequest): Chart<'bar'> {
  const { spec, log, columns } = request;
  const { divisor, unit } = scaleFor(spec);
  Chart.defaults.font.family = getComputedStyle(canvas).fontFamily;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = INK;

  const notes = [t('compare.charts.unit', { unit })];
  const points = spec.series.flatMap((s) => s.points);
  if (points.some((p) => p.qualifier === 'at_least')) notes.push(t('compare.charts.legendLower'));
  if (points.some((p) => p.narrower && p.value !== null))
    notes.push(`*${t('compare.charts.legendNarrow')}`);

  const config: ChartConfiguration<'bar', Array<number | null>, string | string[]> = {
    type: 'bar',
    data: {
      labels: spec.labels.map((_, i) =>
        spec.kind === 'metric' ? caseTick(spec, i) : metricTick(spec, i),
      ),
      datasets: spec.series.map((series) => ({
        label: series.label,
        data: series.points.map((p) => (p.value === null ? null : p.value / divisor)),
        backgroundColor: series.points.map((p) => fill(p, columns)),
        borderColor: series.points.map((p) => caseColour(columns.get(p.caseId) ?? 0)),
        borderWidth: 1,
        barPercentage: spec.kind === 'metric' ? 0.7 : 0.9,
        categoryPercentage: 0.85,
        // A missing figure takes no room: no gap that could be read as a zero-length bar.
        skipNull: spec.kind === 'category',
        maxBarThickness: spec.kind === 'category' ? 16 : 28,
      })),
    },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: Math.max(2, window.devicePixelRatio || 1),
      layout: { padding: { right: 120, left: 4, top: 4, bottom: 4 } },
      scales: {
        x: {
          type: log ? 'logarithmic' : 'linear',
          beginAtZero: !log,
          min: log ? logFloor(spec, divisor) : undefined,
          grid: { color: GRID },
          ticks: {
            color: MUTED,
            // On a log axis only powers of ten are labelled; the rest crowd the axis.
            callback: (value) => {
              const n = Number(value);
              if (log && !Number.isInteger(Math.round(Math.log10(n) * 1e6) / 1e6)) return '';
              return formatNumber(n, '').number;
            },
          },
          title: { display: true, text: unit, color: MUTED },
        },
        y: { grid: { display: false }, ticks: { color: INK, autoSkip: false } },
      },
      plugins: {
        // The page shows the title as a heading; the PNG needs it in the picture (see toPng).
        title: { display: false, text: spec.title, font: { size: 16, weight: 'bold' } },
        subtitle: { display: true, text: notes.join('　'), color: MUTED, padding: { bottom: 8 } },
        legend: {
          display: spec.kind === 'category',
          position: 'bottom',
          labels: {
            generateLabels: (chart) =>
              spec.series.map((series, d) => ({
                text: series.label,
                fillStyle: caseColour(columns.get(series.id) ?? 0),
                strokeStyle: caseColour(columns.get(series.id) ?? 0),
                lineWidth: 1,
                hidden: !chart.isDatasetVisible(d),
                datasetIndex: d,
              })),
          },
        },
      },
    },
    plugins: [annotations(spec)],
  };
  return new Chart(canvas, config);
}

/** The chart as a PNG that stands on its own: with its title drawn in. */
export function toPng(chart: Chart<'bar'>): string {
  const title = chart.options.plugins!.title!;
  title.display = true;
  chart.update('none');
  const png = chart.toBase64Image('image/png', 1);
  title.display = false;
  chart.update('none');
  return png;
}
