/**
 * Draws chart panels with chart.js and composes the PNG a reader downloads. Loaded on demand by
 * Charts.tsx when a chart first scrolls into view (or its PNG is asked for), so the tables appear
 * before the charting code arrives. A panel is one metric on its own value axis, one bar per case.
 * A chart is created once and then updated in place when its figures or scale change.
 * Registers only what a horizontal bar chart needs (no chart.js/auto, no tooltips: the data
 * table beside each chart carries the details).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LogarithmicScale,
  SubTitle,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import type { ChartPanel, ChartPoint } from '../../domain/comparability';
import { formatMetricValue, formatNumber } from '../../i18n/format';
import { caseColour, tint } from './colours';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LogarithmicScale, SubTitle);

const INK = '#1f2328';
const MUTED = '#555d66';
const GRID = '#e3e6e9';

/** Everything a panel needs, labels included (the component owns the words). */
export interface PanelRequest {
  panel: ChartPanel;
  /** The unit the values are in (the metric's, or a derived unit such as units per 10,000 residents). */
  unit: string;
  log: boolean;
  /** Column index of each case id, for its colour. */
  columns: Map<string, number>;
  /** Axis label of each case, in column order. */
  caseLabels: string[];
  /** Text drawn in an empty slot. */
  missingLabel: (point: ChartPoint) => string;
  /** Line under the axis: unit and legend notes. */
  notes: string;
}

/** Money is drawn in 10,000s once figures reach ten thousand, as the site writes it. */
function scaleFor(request: PanelRequest): { divisor: number; unit: string } {
  const values = request.panel.points.map((p) => p.value ?? 0);
  const max = Math.max(0, ...values);
  const shown = formatNumber(max, request.unit);
  return shown.unit === request.unit
    ? { divisor: 1, unit: request.unit }
    : { divisor: 10_000, unit: shown.unit };
}

function fill(point: ChartPoint, columns: Map<string, number>): string {
  const colour = caseColour(columns.get(point.caseId) ?? 0);
  return point.narrower ? tint(colour) : colour;
}

/** A log axis starts at the power of ten below the smallest figure (27 → 10, 150 → 100). */
function logFloor(request: PanelRequest, divisor: number): number {
  const values = request.panel.points.flatMap((p) => (p.value === null ? [] : [p.value / divisor]));
  const smallest = Math.min(...values);
  const power = 10 ** Math.floor(Math.log10(smallest));
  return power < smallest ? power : power / 10;
}

/** Bar labels, the open end of lower bounds, the empty-slot text, and a white ground. */
function annotations(current: { request: PanelRequest }): Plugin<'bar'> {
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
      const { request } = current;
      const { ctx, chartArea } = chart;
      const size = Number(chart.options.font?.size ?? 13);
      const meta = chart.getDatasetMeta(0);
      ctx.save();
      ctx.textBaseline = 'middle';
      ctx.font = `${size - 1}px ${Chart.defaults.font.family}`;
      request.panel.points.forEach((point, i) => {
        const bar = meta.data[i] as unknown as { x: number; y: number } | undefined;
        const y = bar?.y ?? chart.scales.y!.getPixelForValue(i);
        if (!Number.isFinite(y)) return;
        if (point.value === null) {
          ctx.fillStyle = MUTED;
          ctx.textAlign = 'left';
          ctx.fillText(request.missingLabel(point), chartArea.left + 4, y);
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
          unit: request.unit,
          qualifier: point.qualifier ?? 'exact',
        });
        ctx.fillText(point.narrower ? `${label}*` : label, x + 5, y);
      });
      ctx.restore();
    },
  };
}

export function chartHeight(panel: ChartPanel): number {
  return Math.max(150, panel.points.length * 40 + 90);
}

function dataset(request: PanelRequest, divisor: number) {
  const { panel, columns } = request;
  return {
    label: panel.key,
    data: panel.points.map((p) => (p.value === null ? null : p.value / divisor)),
    backgroundColor: panel.points.map((p) => fill(p, columns)),
    borderColor: panel.points.map((p) => caseColour(columns.get(p.caseId) ?? 0)),
    borderWidth: 1,
    barPercentage: 0.7,
    categoryPercentage: 0.85,
    maxBarThickness: 28,
  };
}

function xScale(request: PanelRequest, divisor: number, unit: string) {
  const { log } = request;
  return {
    type: log ? ('logarithmic' as const) : ('linear' as const),
    beginAtZero: !log,
    min: log ? logFloor(request, divisor) : undefined,
    grid: { color: GRID },
    ticks: {
      color: MUTED,
      // On a log axis only powers of ten are labelled; the rest crowd the axis.
      callback: (value: string | number) => {
        const n = Number(value);
        if (log && !Number.isInteger(Math.round(Math.log10(n) * 1e6) / 1e6)) return '';
        return formatNumber(n, '').number;
      },
    },
    title: { display: true, text: unit, color: MUTED },
  };
}

/** What a live chart remembers of its last request, read by its annotation plugin. */
type Live = Chart<'bar'> & { $casebook?: { request: PanelRequest } };

export function renderPanel(canvas: HTMLCanvasElement, request: PanelRequest): Chart<'bar'> {
  const { divisor, unit } = scaleFor(request);
  Chart.defaults.font.family = getComputedStyle(canvas).fontFamily;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = INK;
  const current = { request };
  const config: ChartConfiguration<'bar', Array<number | null>, string> = {
    type: 'bar',
    data: { labels: request.caseLabels, datasets: [dataset(request, divisor)] },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: Math.max(2, window.devicePixelRatio || 1),
      layout: { padding: { right: 120, left: 4, top: 4, bottom: 4 } },
      scales: {
        x: xScale(request, divisor, unit),
        y: { grid: { display: false }, ticks: { color: INK, autoSkip: false } },
      },
      plugins: {
        subtitle: { display: true, text: request.notes, color: MUTED, padding: { bottom: 8 } },
      },
    },
    plugins: [annotations(current)],
  };
  const chart = new Chart(canvas, config) as Live;
  chart.$casebook = current;
  return chart;
}

/** Updates a live chart in place: new figures, scale or labels, no new chart. */
export function updatePanel(chart: Chart<'bar'>, request: PanelRequest): void {
  const live = chart as Live;
  const { divisor, unit } = scaleFor(request);
  if (live.$casebook) live.$casebook.request = request;
  chart.data.labels = request.caseLabels;
  chart.data.datasets[0] = dataset(request, divisor);
  chart.options.scales!.x = xScale(request, divisor, unit);
  chart.options.plugins!.subtitle!.text = request.notes;
  chart.update('none');
}

/** What a downloaded PNG says around the chart, so it stands on its own. */
export interface PngText {
  title: string;
  counties: string;
  /** Scope warnings, flags and legend notes, one line each. */
  warnings: string[];
  source: string;
  url: string;
  /** A label above each panel (category charts), or empty. */
  panelLabels: string[];
}

/** Lines of text that fit `width`, broken between characters (Chinese has no spaces). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (ctx.measureText(line + ch).width > width && line) {
      lines.push(line);
      line = ch;
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The panels as one PNG with the title, the counties, the warnings, the source and the page's
 * address drawn into the image.
 */
export function toPng(charts: Chart<'bar'>[], text: PngText): Promise<Blob | null> {
  const scale = Math.max(2, window.devicePixelRatio || 1);
  const width = Math.max(...charts.map((c) => c.canvas.width));
  const pad = 16 * scale;
  const family = Chart.defaults.font.family;
  const probe = document.createElement('canvas').getContext('2d')!;
  const font = (px: number, bold = false) => `${bold ? '700 ' : ''}${px * scale}px ${family}`;

  probe.font = font(18, true);
  const titleLines = wrap(probe, text.title, width - 2 * pad);
  probe.font = font(13);
  const countyLines = wrap(probe, text.counties, width - 2 * pad);
  probe.font = font(12);
  const footLines = [...text.warnings, text.source, text.url].flatMap((line) =>
    wrap(probe, line, width - 2 * pad),
  );
  const line = (px: number) => px * scale * 1.5;
  const head = pad + titleLines.length * line(18) + countyLines.length * line(13) + pad / 2;
  const panelHead = text.panelLabels.some(Boolean) ? line(14) : 0;
  const body = charts.reduce((h, c) => h + c.canvas.height + panelHead, 0);
  const foot = pad / 2 + footLines.length * line(12) + pad;

  const out = document.createElement('canvas');
  out.width = width;
  out.height = Math.ceil(head + body + foot);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.textBaseline = 'top';
  let y = pad;
  ctx.fillStyle = INK;
  ctx.font = font(18, true);
  for (const l of titleLines) {
    ctx.fillText(l, pad, y);
    y += line(18);
  }
  ctx.font = font(13);
  for (const l of countyLines) {
    ctx.fillText(l, pad, y);
    y += line(13);
  }
  y += pad / 2;
  charts.forEach((c, i) => {
    if (panelHead) {
      ctx.fillStyle = INK;
      ctx.font = font(14, true);
      ctx.fillText(text.panelLabels[i] ?? '', pad, y);
      y += panelHead;
    }
    ctx.drawImage(c.canvas, 0, y);
    y += c.canvas.height;
  });
  y += pad / 2;
  ctx.fillStyle = MUTED;
  ctx.font = font(12);
  for (const l of footLines) {
    ctx.fillText(l, pad, y);
    y += line(12);
  }
  return new Promise((resolve) => out.toBlob(resolve, 'image/png'));
}
