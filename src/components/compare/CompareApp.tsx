/**
 * The comparison island. Reads the view from the URL, fetches one file per chosen case, lets the
 * reader pick cases and figures, and writes each change to the URL as a new history entry (Back
 * steps back through views; the #fragment is kept). All judging of figures happens in
 * src/domain/; this component only wires state to the pieces that render it.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  alignMetrics,
  MAX_CASES,
  mechanismMatrix,
  reportedKeys,
  type CompareCase,
  type Derive,
} from '../../domain/comparability';
import { normalise, type Normalised } from '../../domain/normalise';
import {
  compareHref,
  parseCompareQuery,
  type ChartMode,
  type CompareState,
  type Notice,
} from '../../url/compare-url';
import { METRIC_KEYS } from '../../schemas/metric-vocabulary';
import { t } from '../../i18n/ui';
import CasePicker from './CasePicker';
import Notices from './Notices';
import Summary from './Summary';
import { LessonsTable, MechanismTable, OverviewTable, StructureTable } from './Tables';
import { MetricTable } from './MetricTable';
import MetricChooser from './MetricChooser';
import Charts, { ChartModeSwitch } from './Charts';
import Exports from './Exports';
import { loadCase, MissingCase } from './data';
import { ANCHORS } from './anchors';
import './compare.css';

export interface CompareAppProps {
  /** The example comparison shown when the link names no case. */
  defaultCases: string[];
  /** Where the per-case files live: <base>data/compare/. */
  dataBase: string;
  /** Dataset version the page was built from, for the CSV export. */
  datasetVersion: string;
}

const METRIC_KEY_LIST = Object.keys(METRIC_KEYS);

/** The view the address names; no case named means the example (an empty list). */
function readLocation(): { state: CompareState; notices: Notice[] } {
  return parseCompareQuery(window.location.search, {
    metricKeys: METRIC_KEY_LIST,
    defaultCases: [],
  });
}

type Loaded = Map<string, CompareCase | 'missing' | 'failed'>;

export default function CompareApp({ defaultCases, dataBase, datasetVersion }: CompareAppProps) {
  const [{ state, notices }, setView] = useState(() => readLocation());
  const [showNotices, setShowNotices] = useState(true);
  const [loaded, setLoaded] = useState<Loaded>(() => new Map());

  // No case in the link: the example comparison, labelled as one.
  const example = state.cases.length === 0;
  const wanted = example ? defaultCases : state.cases;

  useEffect(() => {
    let live = true;
    for (const id of wanted) {
      if (loaded.has(id)) continue;
      loadCase(dataBase, id)
        .then((c) => live && setLoaded((m) => new Map(m).set(id, c)))
        .catch((error) => {
          if (live)
            setLoaded((m) =>
              new Map(m).set(id, error instanceof MissingCase ? 'missing' : 'failed'),
            );
        });
    }
    return () => {
      live = false;
    };
  }, [wanted, loaded, dataBase]);

  const pending = wanted.some((id) => !loaded.has(id));
  const missing = wanted.filter((id) => loaded.get(id) === 'missing');
  const failed = wanted.filter((id) => loaded.get(id) === 'failed');
  const selected = useMemo(
    () =>
      wanted.flatMap((id) => {
        const c = loaded.get(id);
        return c && typeof c === 'object' ? [c] : [];
      }),
    [wanted, loaded],
  );

  // Ids the casebook does not have leave the link (replacing, not adding, a history entry).
  useEffect(() => {
    if (missing.length === 0 || example) return;
    setView((view) => ({
      notices: [...view.notices, { code: 'unknown_cases', values: missing }],
      state: { ...view.state, cases: view.state.cases.filter((id) => !missing.includes(id)) },
    }));
  }, [missing.join(','), example]); // eslint-disable-line react-hooks/exhaustive-deps

  const allNotices = useMemo(() => {
    const bad = state.cases.length === 0 && notices.some((n) => n.code === 'unknown_cases');
    return bad && !notices.some((n) => n.code === 'no_valid_cases')
      ? [...notices, { code: 'no_valid_cases' as const, values: [] }]
      : notices;
  }, [notices, state.cases.length]);

  // The address bar holds the canonical form of the view, fragment kept.
  useEffect(() => {
    const href = compareHref(window.location.pathname, state, window.location.hash);
    const now = `${window.location.pathname}${window.location.search}${window.location.hash}`;
    if (href !== now) window.history.replaceState(window.history.state, '', href);
  }, [state]);

  // Back and forward (or an edited address) show the view the URL names.
  useEffect(() => {
    const onPop = () => {
      setView(readLocation());
      setShowNotices(true);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  /** A change the reader made: a new history entry, so Back returns to the previous view. */
  const update = useCallback((change: Partial<CompareState>) => {
    setView((view) => {
      const next = { ...view.state, ...change };
      const href = compareHref(window.location.pathname, next, window.location.hash);
      window.history.pushState(null, '', href);
      return { notices: [], state: next };
    });
    setShowNotices(false);
  }, []);
  const setCases = useCallback((ids: string[]) => update({ cases: ids }), [update]);
  const setMetrics = useCallback((metrics: string[] | null) => update({ metrics }), [update]);
  const setChart = useCallback((chart: ChartMode) => update({ chart }), [update]);
  const setLog = useCallback((log: string[]) => update({ log }), [update]);
  const setPer = useCallback((per: CompareState['per']) => update({ per }), [update]);

  const available = useMemo(() => reportedKeys(selected), [selected]);
  const keys = state.metrics ?? available;
  const allRows = useMemo(() => alignMetrics(selected, available), [selected, available]);
  const rows = useMemo(() => alignMetrics(selected, keys), [selected, keys]);
  const matrix = useMemo(() => mechanismMatrix(selected), [selected]);

  const byId = useMemo(() => new Map(selected.map((c) => [c.id, c])), [selected]);
  const normalised = useCallback(
    (key: string, caseId: string): Normalised | undefined => {
      const c = byId.get(caseId);
      const row = rows.find((r) => r.key === key);
      const headline = row?.cells.find((cell) => cell.caseId === caseId)?.headline;
      if (!c || !headline || !state.per) return undefined;
      return normalise(headline, state.per, c.context, c.asOf?.year);
    },
    [byId, rows, state.per],
  );
  const derive: Derive = useCallback(
    (key, caseId) => {
      const result = normalised(key, caseId);
      return result?.ok ? { value: result.value, qualifier: result.qualifier } : null;
    },
    [normalised],
  );

  // Once the chosen cases have arrived, take the reader to the fragment the link names.
  useEffect(() => {
    if (pending || !window.location.hash) return;
    const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    target?.scrollIntoView();
  }, [pending]);

  // The static example is replaced by the live tool.
  useEffect(() => {
    document.querySelector('[data-testid="static-compare"]')?.remove();
  }, []);

  const picked = selected.map((c) => ({ id: c.id, shortName: c.shortName, model: c.model.name }));
  const defaultNames = example
    ? selected.map((c) => c.shortName).join(t('compare.list.sep'))
    : defaultCases.join(t('compare.list.sep'));

  return (
    <div className="compare-app" data-ready={pending ? 'false' : 'true'}>
      {showNotices && allNotices.length > 0 && (
        <Notices
          notices={allNotices}
          defaultNames={defaultNames}
          onDismiss={() => setShowNotices(false)}
        />
      )}
      {failed.length > 0 && (
        <p className="notice">
          {t('compare.loadFailed', { ids: failed.join(t('compare.list.sep')) })}
        </p>
      )}
      {selected.length > 0 && !pending && (
        <Summary cases={selected} rows={allRows} example={example} anchors={ANCHORS} />
      )}
      {pending && (
        <p className="cmp-muted" role="status">
          {t('compare.loading')}
        </p>
      )}
      <p className="print-only">
        {t('compare.print.cases', {
          names: selected.map((c) => c.county).join(t('compare.list.sep')),
        })}
        <br />
        {t('compare.print.link', { url: window.location.href })}
      </p>
      <CasePicker dataBase={dataBase} selected={picked} max={MAX_CASES} onChange={setCases} />

      {selected.length > 0 && !pending && (
        <>
          {/* Figures and the first chart first, so both sit within two screens (issue 17). */}
          <section aria-labelledby={ANCHORS.charts}>
            <h2 id={ANCHORS.charts}>{t('compare.section.figures')}</h2>
            <MetricChooser
              rows={allRows}
              chosen={state.metrics}
              onChange={setMetrics}
              per={state.per ?? null}
              onPer={setPer}
            >
              <ChartModeSwitch mode={state.chart} onMode={setChart} />
            </MetricChooser>
            <Charts
              cases={selected}
              rows={rows}
              mode={state.chart}
              log={state.log}
              per={state.per ?? null}
              derive={derive}
              onLog={setLog}
            />
            <h3 id={ANCHORS.metrics}>{t('compare.section.metrics')}</h3>
            <MetricTable
              cases={selected}
              rows={rows}
              basis={state.per ?? null}
              derive={normalised}
            />
          </section>

          <section aria-labelledby={ANCHORS.context}>
            <h2 id={ANCHORS.context}>{t('compare.section.overview')}</h2>
            <p className="cmp-scroll-hint">{t('compare.scrollHint')}</p>
            <OverviewTable cases={selected} />
            <p className="cmp-note">{t('compare.context.note')}</p>
          </section>

          <section aria-labelledby={ANCHORS.lessons}>
            <h2 id={ANCHORS.lessons}>{t('compare.section.lessons')}</h2>
            <p className="cmp-note">{t('compare.lessons.note')}</p>
            <LessonsTable cases={selected} />
          </section>

          <section aria-labelledby="cmp-structure">
            <h2 id="cmp-structure">{t('compare.section.structure')}</h2>
            <StructureTable cases={selected} />
          </section>

          <section aria-labelledby={ANCHORS.mechanisms}>
            <h2 id={ANCHORS.mechanisms}>{t('compare.section.mechanisms')}</h2>
            <MechanismTable cases={selected} groups={matrix} />
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
