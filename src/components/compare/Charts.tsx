/**
 * The charts section: per metric or per category, each chart a stack of panels (one metric on
 * its own value axis, one bar per case), a linear/log switch where a panel's range is wide, a
 * PNG download that carries its title, counties, warnings, source and address, and the same
 * figures as a table beside it. chart.js arrives when a chart first comes near the viewport (or
 * its PNG is asked for); after that each chart is updated in place, never rebuilt.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Chart } from 'chart.js';
import {
  categoryCharts,
  metricCharts,
  type AlignedMetric,
  type ChartPanel,
  type ChartPoint,
  type ChartSpec,
  type CompareCase,
  type Derive,
} from '../../domain/comparability';
import type { Basis } from '../../domain/normalise';
import type { ChartMode } from '../../url/compare-url';
import { formatMetricValue, formatScope, metricLabel } from '../../i18n/format';
import { METRIC_CATEGORIES } from '../../schemas/metric-vocabulary';
import { t, type UiKey } from '../../i18n/ui';
import { Scroll } from './Tables';
import { Flags, derivedUnit } from './MetricTable';
import './Charts.css';

interface Props {
  cases: CompareCase[];
  rows: AlignedMetric[];
  mode: ChartMode;
  log: string[];
  per: Basis | null;
  derive: Derive;
  onLog: (log: string[]) => void;
}

type Renderer = typeof import('./chart-render');
let renderer: Promise<Renderer> | undefined;
const loadRenderer = () => (renderer ??= import('./chart-render'));

/** Per metric or per category: shown with the other view switches above the charts. */
export function ChartModeSwitch({
  mode,
  onMode,
}: {
  mode: ChartMode;
  onMode: (mode: ChartMode) => void;
}) {
  return (
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
  );
}

export default function Charts({ cases, rows, mode, log, per, derive, onLog }: Props) {
  const specs = useMemo(() => {
    const using = per ? derive : undefined;
    return mode === 'metric'
      ? metricCharts(cases, rows, using)
      : categoryCharts(cases, rows, using);
  }, [cases, rows, mode, per, derive]);
  const columns = useMemo(() => new Map(cases.map((c, i) => [c.id, i])), [cases]);
  const charted = new Set(specs.flatMap((s) => s.panels.map((p) => p.key)));
  const dropped = rows.filter((row) => row.reported > 0 && !charted.has(row.key));

  return (
    <>
      {specs.length === 0 && (
        <p className="cmp-note">{t(per ? 'compare.charts.nonePer' : 'compare.charts.none')}</p>
      )}
      {specs.map((spec) => (
        <ChartFigure
          key={spec.id}
          spec={spec}
          cases={cases}
          columns={columns}
          log={log}
          per={per}
          onLog={onLog}
        />
      ))}
      {dropped.length > 0 && (
        <p className="cmp-note">
          {t(per ? 'compare.charts.droppedPer' : 'compare.charts.dropped', {
            labels: dropped.map((row) => metricLabel(row.key)).join(t('compare.list.sep')),
          })}
        </p>
      )}
    </>
  );
}

function chartTitle(spec: ChartSpec, per: Basis | null): string {
  const name =
    spec.kind === 'metric'
      ? metricLabel(spec.id)
      : spec.category
        ? METRIC_CATEGORIES[spec.category].zh
        : spec.id;
  return per
    ? t('compare.charts.titlePer', { title: name, per: t(`compare.per.${per}` as UiKey) })
    : name;
}

function missingLabel(point: ChartPoint): string {
  return t(
    point.missing === 'not_derived' ? 'compare.charts.notDerived' : 'compare.metrics.notReported',
  );
}

interface FigureProps {
  spec: ChartSpec;
  cases: CompareCase[];
  columns: Map<string, number>;
  log: string[];
  per: Basis | null;
  onLog: (log: string[]) => void;
}

function ChartFigure({ spec, cases, columns, log, per, onLog }: FigureProps) {
  const figure = useRef<HTMLElement>(null);
  const canvases = useRef<Array<HTMLCanvasElement | null>>([]);
  const charts = useRef<Map<string, Chart<'bar'>>>(new Map());
  const [wanted, setWanted] = useState(false);
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'failed'>('idle');
  const title = chartTitle(spec, per);
  const titleId = `cmp-chart-${spec.id}`;
  const caseLabels = useMemo(() => cases.map((c) => c.shortName), [cases]);

  // Drawn when the figure comes within a screen of the viewport.
  useEffect(() => {
    const element = figure.current;
    if (!element || wanted) return;
    if (typeof IntersectionObserver === 'undefined') {
      setWanted(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setWanted(true);
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [wanted]);

  const requests = useMemo(
    () =>
      spec.panels.map((panel) => {
        const unit = per ? derivedUnit(panel.unit, per) : panel.unit;
        const notes = [t('compare.charts.unit', { unit })];
        if (panel.points.some((p) => p.qualifier === 'at_least' && p.value !== null))
          notes.push(t('compare.charts.legendLower'));
        if (panel.points.some((p) => p.narrower && p.value !== null))
          notes.push(t('compare.charts.legendNarrowMark'));
        return {
          panel,
          unit,
          log: panel.logPossible && log.includes(panel.key),
          columns,
          caseLabels,
          missingLabel,
          notes: notes.join(t('compare.list.gap')),
        };
      }),
    [spec, per, log, columns, caseLabels],
  );

  // Create each panel's chart once, then update it in place.
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    setStatus((s) => (s === 'ready' ? s : 'loading'));
    loadRenderer()
      .then(({ renderPanel, updatePanel }) => {
        if (cancelled) return;
        const live = charts.current;
        const keys = new Set(requests.map((r) => r.panel.key));
        for (const [key, chart] of live) {
          if (!keys.has(key)) {
            chart.destroy();
            live.delete(key);
          }
        }
        requests.forEach((request, i) => {
          const canvas = canvases.current[i];
          if (!canvas) return;
          const existing = live.get(request.panel.key);
          if (existing && existing.canvas === canvas) updatePanel(existing, request);
          else {
            existing?.destroy();
            live.set(request.panel.key, renderPanel(canvas, request));
          }
        });
        setStatus('ready');
      })
      .catch(() => {
        if (!cancelled) setStatus('failed');
      });
    return () => {
      cancelled = true;
    };
  }, [wanted, requests]);

  useEffect(() => {
    const live = charts.current;
    return () => {
      for (const chart of live.values()) chart.destroy();
      live.clear();
    };
  }, []);

  async function downloadPng() {
    setWanted(true);
    const { toPng } = await loadRenderer();
    // The charts may have been asked for just now: wait for them to be drawn.
    for (let i = 0; i < 50 && charts.current.size < requests.length; i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const drawn = requests.flatMap((r) => charts.current.get(r.panel.key) ?? []);
    if (drawn.length === 0) return;
    const warnings = [
      ...new Set([
        ...spec.flags.map(
          (f) =>
            `${t(`compare.flag.${f}` as UiKey)}${t('compare.list.colon')}${t(`compare.flag.help.${f}` as UiKey)}`,
        ),
        ...requests.flatMap((r) => r.notes.split(t('compare.list.gap')).slice(1)),
      ]),
    ];
    if (per) warnings.push(t('compare.per.rule'));
    const sources = [
      ...new Set(
        cases.flatMap((c) => c.sources.map((s) => t('compare.source.title', { title: s.title }))),
      ),
    ];
    if (per) {
      for (const c of cases) {
        const d = c.context.find((f) => f.key === per);
        if (d?.source) sources.push(t('compare.source.title', { title: d.source.title }));
      }
    }
    const blob = await toPng(drawn, {
      title,
      counties: t('compare.png.counties', {
        names: cases.map((c) => c.county).join(t('compare.list.sep')),
      }),
      warnings,
      source: t('compare.png.source', {
        sources: [...new Set(sources)].join(t('compare.list.semicolon')),
      }),
      url: t('compare.png.url', { url: window.location.href }),
      panelLabels: spec.kind === 'category' ? spec.panels.map((p) => metricLabel(p.key)) : [],
    });
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `casebook-${cases.map((c) => c.id).join('-')}-${spec.id}${per ? `-per-${per}` : ''}.png`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  return (
    <figure
      ref={figure}
      className="cmp-chart"
      aria-labelledby={titleId}
      data-chart={spec.id}
      data-kind={spec.kind}
      data-status={status}
    >
      <figcaption>
        <h3 id={titleId}>{title}</h3>
        <Flags flags={spec.flags} />
      </figcaption>
      <div className="cmp-chart-tools no-print">
        <button type="button" className="button secondary" onClick={downloadPng}>
          {t('compare.charts.png')}
          <span className="visually-hidden">{t('compare.charts.pngOf', { title })}</span>
        </button>
        {status === 'failed' && <span className="notice">{t('compare.charts.failed')}</span>}
      </div>
      <div className="cmp-chart-body">
        <div className="cmp-panels">
          {spec.panels.map((panel, i) => {
            const label = metricLabel(panel.key);
            const isLog = panel.logPossible && log.includes(panel.key);
            return (
              <div className="cmp-panel" key={panel.key} data-panel={panel.key}>
                {spec.kind === 'category' && <h4 className="cmp-panel-title">{label}</h4>}
                {panel.wide && (
                  <div className="cmp-chart-tools no-print">
                    <fieldset className="cmp-segmented">
                      <legend>
                        {t('compare.charts.scale')}
                        {spec.kind === 'category' && (
                          <span className="visually-hidden">{label}</span>
                        )}
                      </legend>
                      <label>
                        <input
                          type="radio"
                          name={`cmp-scale-${spec.id}-${panel.key}`}
                          checked={!isLog}
                          onChange={() => onLog(log.filter((id) => id !== panel.key))}
                        />
                        {t('compare.charts.linear')}
                      </label>
                      <label>
                        <input
                          type="radio"
                          name={`cmp-scale-${spec.id}-${panel.key}`}
                          checked={isLog}
                          onChange={() => onLog([...log, panel.key])}
                        />
                        {t('compare.charts.log')}
                      </label>
                    </fieldset>
                    {!isLog && <span className="cmp-help">{t('compare.charts.wideHint')}</span>}
                  </div>
                )}
                <div className="cmp-canvas" style={{ height: chartHeightOf(panel) }}>
                  <canvas
                    ref={(el) => {
                      canvases.current[i] = el;
                    }}
                    role="img"
                    aria-label={t('compare.charts.alt', { title: label, bars: panel.bars })}
                  />
                  {status === 'loading' && (
                    <p className="cmp-muted cmp-canvas-wait">{t('compare.charts.loading')}</p>
                  )}
                </div>
              </div>
            );
          })}
        </div>
        <DataTable spec={spec} cases={cases} title={title} per={per} />
      </div>
    </figure>
  );
}

/** Room reserved for a panel before chart.js arrives, so nothing shifts when it draws. */
function chartHeightOf(panel: ChartPanel): number {
  return Math.max(150, panel.points.length * 40 + 90);
}

/** The chart's figures as a table: every bar, every empty slot, with scope and period. */
function DataTable({
  spec,
  cases,
  title,
  per,
}: {
  spec: ChartSpec;
  cases: CompareCase[];
  title: string;
  per: Basis | null;
}) {
  const caption = t('compare.charts.tableCaption', { title });
  const value = (p: ChartPoint, unit: string) =>
    p.value === null || p.qualifier === null
      ? missingLabel(p)
      : formatMetricValue({
          value: p.value,
          unit: per ? derivedUnit(unit, per) : unit,
          qualifier: p.qualifier,
        });
  const scope = (p: ChartPoint) => (p.scope ? formatScope(p.scope) : '');

  if (spec.kind === 'metric') {
    const panel = spec.panels[0]!;
    const periods = panel.points.some((p) => p.period);
    return (
      <Scroll label={caption}>
        <table className="cmp-table cmp-data" data-cols="2">
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
            {panel.points.map((p, i) => (
              <tr key={p.caseId}>
                <th scope="row">{cases[i]?.shortName}</th>
                <td className="num">{value(p, panel.unit)}</td>
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
      <table className="cmp-table cmp-data" data-cols={cases.length}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.charts.metric')}</th>
            {cases.map((c) => (
              <th scope="col" key={c.id}>
                {c.shortName}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {spec.panels.map((panel) => (
            <tr key={panel.key}>
              <th scope="row">{metricLabel(panel.key)}</th>
              {panel.points.map((p) => (
                <td key={p.caseId}>
                  {value(p, panel.unit)}
                  {p.value !== null && p.narrower && <span className="cmp-scope">{scope(p)}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
