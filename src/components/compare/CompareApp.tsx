/**
 * The comparison island. Reads the view from the URL, lets the reader pick cases and metrics,
 * and writes the view back to the URL so a link reproduces it. All judging of figures happens in
 * src/domain/comparability.ts; this component only wires state to the pieces that render it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  alignMetrics,
  MAX_CASES,
  mechanismMatrix,
  reportedKeys,
  type CompareCase,
  type CompareMechanism,
} from '../../domain/comparability';
import {
  parseCompareQuery,
  serialiseCompareQuery,
  type ChartMode,
  type CompareState,
  type Notice,
} from '../../url/compare-url';
import { METRIC_KEYS } from '../../schemas/metric-vocabulary';
import { t } from '../../i18n/ui';
import CasePicker from './CasePicker';
import Notices from './Notices';
import { OverviewTable, MechanismTable, MetricTable } from './Tables';
import MetricChooser from './MetricChooser';
import Charts from './Charts';
import Exports from './Exports';

export interface CompareAppProps {
  cases: CompareCase[];
  mechanisms: CompareMechanism[];
  /** Dataset version the page was built from, for the CSV export. */
  datasetVersion: string;
}

const METRIC_KEY_LIST = Object.keys(METRIC_KEYS);

function readLocation(cases: CompareCase[]): { state: CompareState; notices: Notice[] } {
  return parseCompareQuery(window.location.search, {
    caseIds: cases.map((c) => c.id),
    metricKeys: METRIC_KEY_LIST,
    defaultCases: cases.slice(0, 2).map((c) => c.id),
  });
}

export default function CompareApp({ cases, mechanisms, datasetVersion }: CompareAppProps) {
  const [{ state, notices }, setView] = useState(() => readLocation(cases));
  const [showNotices, setShowNotices] = useState(true);

  const byId = useMemo(() => new Map(cases.map((c) => [c.id, c])), [cases]);
  const selected = useMemo(
    () => state.cases.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])),
    [state.cases, byId],
  );
  const available = useMemo(() => reportedKeys(selected), [selected]);
  const keys = state.metrics ?? available;
  const rows = useMemo(() => alignMetrics(selected, keys), [selected, keys]);
  const matrix = useMemo(() => mechanismMatrix(selected, mechanisms), [selected, mechanisms]);

  // The URL always holds the canonical form of what is on screen.
  useEffect(() => {
    const query = serialiseCompareQuery(state);
    if (query !== window.location.search) {
      window.history.replaceState(null, '', `${window.location.pathname}${query}`);
    }
  }, [state]);

  // Back and forward (or an edited address) show the view the URL names.
  useEffect(() => {
    const onPop = () => {
      setView(readLocation(cases));
      setShowNotices(true);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [cases]);

  const update = useCallback(
    (change: Partial<CompareState>) =>
      setView((view) => ({ notices: view.notices, state: { ...view.state, ...change } })),
    [],
  );
  const setCases = useCallback((ids: string[]) => update({ cases: ids }), [update]);
  const setMetrics = useCallback((metrics: string[] | null) => update({ metrics }), [update]);
  const setChart = useCallback((chart: ChartMode) => update({ chart }), [update]);
  const setLog = useCallback((log: string[]) => update({ log }), [update]);

  const defaultNames = cases
    .slice(0, 2)
    .map((c) => c.shortName)
    .join('、');

  return (
    <div className="compare-app" data-ready="true">
      {showNotices && notices.length > 0 && (
        <Notices
          notices={notices}
          defaultNames={defaultNames}
          onDismiss={() => setShowNotices(false)}
        />
      )}
      <p className="print-only">
        {t('compare.print.cases', { names: selected.map((c) => c.county).join('、') })}
        <br />
        {t('compare.print.link', {
          url: `${window.location.origin}${window.location.pathname}${serialiseCompareQuery(state)}`,
        })}
      </p>
      <CasePicker cases={cases} selected={state.cases} max={MAX_CASES} onChange={setCases} />

      {selected.length > 0 && (
        <>
          <section aria-labelledby="cmp-overview">
            <h2 id="cmp-overview">{t('compare.section.overview')}</h2>
            <OverviewTable cases={selected} />
          </section>

          <section aria-labelledby="cmp-mechanisms">
            <h2 id="cmp-mechanisms">{t('compare.section.mechanisms')}</h2>
            <MechanismTable cases={selected} groups={matrix} />
          </section>

          <section aria-labelledby="cmp-metrics">
            <h2 id="cmp-metrics">{t('compare.section.metrics')}</h2>
            <MetricChooser
              rows={alignMetrics(selected, available)}
              chosen={state.metrics}
              onChange={setMetrics}
            />
            <MetricTable cases={selected} rows={rows} />
          </section>

          <section aria-labelledby="cmp-charts">
            <h2 id="cmp-charts">{t('compare.section.charts')}</h2>
            <Charts
              cases={selected}
              rows={rows}
              mode={state.chart}
              log={state.log}
              onMode={setChart}
              onLog={setLog}
            />
          </section>

          <section aria-labelledby="cmp-export" className="no-print">
            <h2 id="cmp-export">{t('compare.section.export')}</h2>
            <Exports cases={selected} rows={rows} datasetVersion={datasetVersion} />
          </section>
        </>
      )}
    </div>
  );
}
