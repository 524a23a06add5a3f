/**
 * The charts section: per metric or per category (and unit), each chart with a linear/log switch
 * where its range is wide, a PNG download, and the same figures as a table beside it for screen
 * readers and copying. chart.js arrives on demand (chart-render.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Chart } from 'chart.js';
import {
  categoryCharts,
  metricCharts,
  type AlignedMetric,
  type ChartSpec,
  type CompareCase,
} from '../../domain/comparability';
import type { ChartMode } from '../../url/compare-url';
import { formatMetricValue, formatScope } from '../../i18n/format';
import { t } from '../../i18n/ui';
import { Flags, Scroll } from './Tables';

interface Props {
  cases: CompareCase[];
  rows: AlignedMetric[];
  mode: ChartMode;
  log: string[];
  onMode: (mode: ChartMode) => void;
  onLog: (log: string[]) => void;
}

type Renderer = typeof import('./chart-render');
let renderer: Promise<Renderer> | undefined;
const loadRenderer = () => (renderer ??= import('./chart-render'));

export default function Charts({ cases, rows, mode, log, onMode, onLog }: Props) {
  const specs = useMemo(
    () => (mode === 'metric' ? metricCharts(cases, rows) : categoryCharts(cases, rows)),
    [cases, rows, mode],
  );
  const columns = useMemo(() => new Map(cases.map((c, i) => [c.id, i])), [cases]);
  const charted = new Set(specs.flatMap((s) => s.keys));
  const dropped = rows.filter((row) => row.reported > 0 && !charted.has(row.key));

  return (
    <>
      <fieldset className="cmp-segmented no-print">
        <legend>{t('compare.charts.mode')}</legend>
        {(['metric', 'category'] as const).map((value) => (
          <label key={value}>
            <input
              type="radio"
              name="cmp-chart-mode"
              value={value}
              checked={mode === value}
              onChange={() => onMode(value)}
            />
            {t(value === 'metric' ? 'compare.charts.byMetric' : 'compare.charts.byCategory')}
          </label>
        ))}
      </fieldset>
      {specs.length === 0 && (
        <p className="cmp-note">
          {t(mode === 'metric' ? 'compare.charts.none' : 'compare.charts.noneCategory')}
        </p>
      )}
      {specs.map((spec) => (
        <ChartFigure
          key={`${spec.id}`}
          spec={spec}
          cases={cases}
          columns={columns}
          log={spec.logPossible && log.includes(spec.id)}
          onLog={(on) => onLog(on ? [...log, spec.id] : log.filter((id) => id !== spec.id))}
        />
      ))}
      {dropped.length > 0 && mode === 'metric' && (
        <p className="cmp-note">
          {t('compare.charts.dropped', { labels: dropped.map((row) => row.label).join('、') })}
        </p>
      )}
    </>
  );
}

interface FigureProps {
  spec: ChartSpec;
  cases: CompareCase[];
  columns: Map<string, number>;
  log: boolean;
  onLog: (on: boolean) => void;
}

function ChartFigure({ spec, cases, columns, log, onLog }: FigureProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [height, setHeight] = useState(240);
  const titleId = `cmp-chart-${spec.id}`;

  useEffect(() => {
    let cancelled = false;
    loadRenderer()
      .then(({ renderChart, chartHeight }) => {
        if (cancelled || !canvas.current) return;
        setHeight(chartHeight(spec));
        chart.current?.destroy();
        chart.current = renderChart(canvas.current, { spec, log, columns });
        setStatus('ready');
      })
      .catch(() => {
        if (!cancelled) setStatus('failed');
      });
    return () => {
      cancelled = true;
      chart.current?.destroy();
      chart.current = null;
    };
  }, [spec, log, columns]);

  async function downloadPng() {
    if (!chart.current) return;
    const { toPng } = await loadRenderer();
    const link = document.createElement('a');
    link.href = toPng(chart.current);
    link.download = `casebook-${cases.map((c) => c.id).join('-')}-${spec.id}.png`;
    link.click();
  }

  return (
    <figure
      className="cmp-chart"
      aria-labelledby={titleId}
      data-chart={spec.id}
      data-kind={spec.kind}
    >
      <figcaption>
        <h3 id={titleId}>{spec.title}</h3>
        <Flags flags={spec.flags} />
      </figcaption>
      <div className="cmp-chart-tools no-print">
        {spec.wide && (
          <fieldset className="cmp-segmented">
            <legend>{t('compare.charts.scale')}</legend>
            <label>
              <input
                type="radio"
                name={`cmp-scale-${spec.id}`}
                checked={!log}
                onChange={() => onLog(false)}
              />
              {t('compare.charts.linear')}
            </label>
            <label>
              <input
                type="radio"
                name={`cmp-scale-${spec.id}`}
                checked={log}
                onChange={() => onLog(true)}
              />
              {t('compare.charts.log')}
            </label>
          </fieldset>
        )}
        {spec.wide && !log && <span className="cmp-help">{t('compare.charts.wideHint')}</span>}
        <button
          type="button"
          className="button secondary"
          disabled={status !== 'ready'}
          aria-label={t('compare.charts.pngName', { title: spec.title })}
          onClick={downloadPng}
        >
          {t('compare.charts.png')}
        </button>
      </div>
      <div className="cmp-chart-body">
        <div className="cmp-canvas" style={{ height }}>
          <canvas
            ref={canvas}
            role="img"
            aria-label={t('compare.charts.alt', { title: spec.title, bars: spec.bars })}
          />
          {status === 'loading' && <p className="cmp-muted">{t('compare.charts.loading')}</p>}
          {status === 'failed' && <p className="notice">{t('compare.charts.failed')}</p>}
        </div>
        <DataTable spec={spec} cases={cases} />
      </div>
    </figure>
  );
}

/** The chart's figures as a table: every bar, every empty slot, with scope and period. */
function DataTable({ spec, cases }: { spec: ChartSpec; cases: CompareCase[] }) {
  const caption = t('compare.charts.tableCaption', { title: spec.title });
  const value = (p: ChartSpec['series'][number]['points'][number]) =>
    p.value === null || p.qualifier === null
      ? t('compare.metrics.notReported')
      : formatMetricValue({ value: p.value, unit: spec.unit, qualifier: p.qualifier });
  const scope = (p: ChartSpec['series'][number]['points'][number]) =>
    p.scope ? formatScope(p.scope) : '';

  if (spec.kind === 'metric') {
    const points = spec.series[0]!.points;
    const periods = points.some((p) => p.period);
    return (
      <Scroll label={caption}>
        <table className="cmp-table cmp-data">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.charts.case')}</th>
              <th scope="col" className="num">
                {t('compare.charts.value')}
              </th>
              <th scope="col">{t('compare.charts.scope')}</th>
              {periods && <th scope="col">{t('compare.charts.periodCol')}</th>}
            </tr>
          </thead>
          <tbody>
            {points.map((p, i) => (
              <tr key={p.caseId}>
                <th scope="row">{cases[i]?.shortName}</th>
                <td className="num">{value(p)}</td>
                <td>{scope(p)}</td>
                {periods && <td>{p.period ?? ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    );
  }
  return (
    <Scroll label={caption}>
      <table className="cmp-table cmp-data">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.charts.metric')}</th>
            {spec.series.map((s) => (
              <th scope="col" key={s.id}>
                {s.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.labels.map((label, i) => (
            <tr key={spec.keys[i]}>
              <th scope="row">{label}</th>
              {spec.series.map((s) => {
                const p = s.points[i]!;
                return (
                  <td key={s.id}>
                    {value(p)}
                    {p.value !== null && p.narrower && (
                      <span className="cmp-scope">{scope(p)}</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
