/**
 * The comparison view lives in the URL, so a link reproduces it exactly:
 *
 *   /compare/?cases=yongchun,luxi&metrics=party_members,service_centres&chart=category&log=party_members&per=population#cmp-charts
 *
 * - `cases`: 1 to MAX_CASES case ids, comma-separated, in column order (the contract other pages
 *   link with: /compare/?cases=a,b; one id opens the tool with that case picked).
 * - `metrics`: metric keys to show; absent means every metric the picked cases report.
 * - `chart`: `metric` (one chart per metric, the default) or `category` (one per category and unit).
 * - `log`: metric keys whose chart panel is drawn on a logarithmic axis (in either chart mode);
 *   anything that is not a metric key is dropped with a notice.
 * - `per`: figures on a common scale: `population` (per 10,000 residents), `townships` or
 *   `villages` (per division); absent means the figures as the sources give them.
 * - The `#fragment` is the reader's place on the page and is kept whenever the query changes.
 *
 * Parsing never throws: whatever is wrong is dropped, named in a notice, and replaced by a
 * sensible default. Serialising gives the canonical form of a state.
 */
import { MAX_CASES } from '../domain/comparability';
import { BASES, type Basis } from '../domain/normalise';

export const CHART_MODES = ['metric', 'category'] as const;
export type ChartMode = (typeof CHART_MODES)[number];

export interface CompareState {
  cases: string[];
  /** null: every metric the picked cases report. */
  metrics: string[] | null;
  chart: ChartMode;
  log: string[];
  /** null (or absent, for links built elsewhere): figures as given; otherwise the basis. */
  per?: Basis | null | undefined;
}

export type NoticeCode =
  /** Ids that are not cases of the casebook. */
  | 'unknown_cases'
  /** An id given more than once; the first stays. */
  | 'duplicate_cases'
  /** More than MAX_CASES ids; the first MAX_CASES stay. */
  | 'too_many_cases'
  /** `cases` was given but named no case; the default pair is shown. */
  | 'no_valid_cases'
  /** Keys that are not in the metric vocabulary. */
  | 'unknown_metrics'
  /** `chart` was neither `metric` nor `category`. */
  | 'bad_chart'
  /** `log` named charts that do not exist (not metric keys). */
  | 'bad_log'
  /** `per` was not one of the bases. */
  | 'bad_per'
  /** Parameters the tool does not know. */
  | 'unknown_params';

export interface Notice {
  code: NoticeCode;
  /** The offending values, as given (trimmed), for the message. */
  values: string[];
}

export interface KnownIds {
  /**
   * Case ids of the casebook, when the caller has them. Without them any well-formed id is
   * kept; the page then learns which exist when it fetches their files.
   */
  caseIds?: readonly string[] | undefined;
  /** Keys of the metric vocabulary. */
  metricKeys: readonly string[];
  /** Cases shown when the URL picks none. */
  defaultCases: readonly string[];
}

const PARAMS = ['cases', 'metrics', 'chart', 'log', 'per'] as const;
/** The shape of a case id (src/schemas/case.ts names the file; ids are kebab-case ASCII). */
export const CASE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest value echoed back in a notice, so a pasted essay does not fill the page. */
const ECHO_LIMIT = 40;

function echo(value: string): string {
  return value.length > ECHO_LIMIT ? `${value.slice(0, ECHO_LIMIT)}…` : value;
}

/** All values of a parameter, split on commas (a literal comma or %2C), trimmed, empty dropped. */
function list(params: URLSearchParams, name: string): string[] | null {
  const raw = params.getAll(name);
  if (raw.length === 0) return null;
  return raw
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return new URLSearchParams();
  }
}

/** Reads a query string into a state and the notices a reader should see. Never throws. */
export function parseCompareQuery(
  search: string,
  known: KnownIds,
): { state: CompareState; notices: Notice[] } {
  const params = safeParams(search);
  const notices: Notice[] = [];
  const add = (code: NoticeCode, values: string[]) => {
    if (values.length) notices.push({ code, values: values.map(echo) });
  };

  const caseIds = known.caseIds ? new Set(known.caseIds) : undefined;
  const isCase = (id: string) => (caseIds ? caseIds.has(id) : CASE_ID.test(id));
  const givenCases = list(params, 'cases');
  let cases: string[] = [];
  if (givenCases !== null) {
    const unknown: string[] = [];
    const duplicate: string[] = [];
    for (const raw of givenCases) {
      const id = raw.toLowerCase();
      if (!isCase(id)) unknown.push(raw);
      else if (cases.includes(id)) duplicate.push(raw);
      else cases.push(id);
    }
    add('unknown_cases', unknown);
    add('duplicate_cases', duplicate);
    if (cases.length > MAX_CASES) {
      add('too_many_cases', cases.slice(MAX_CASES));
      cases = cases.slice(0, MAX_CASES);
    }
    if (cases.length === 0) {
      notices.push({ code: 'no_valid_cases', values: [] });
    }
  }
  if (cases.length === 0) cases = known.defaultCases.filter(isCase);

  const metricKeys = new Set(known.metricKeys);
  const givenMetrics = list(params, 'metrics');
  let metrics: string[] | null = null;
  if (givenMetrics !== null && givenMetrics.length > 0) {
    const keys = givenMetrics.map((key) => key.toLowerCase());
    add(
      'unknown_metrics',
      givenMetrics.filter((_, i) => !metricKeys.has(keys[i]!)),
    );
    const valid = [...new Set(keys.filter((key) => metricKeys.has(key)))];
    metrics = valid.length > 0 ? valid : null;
  }

  const givenChart = params.get('chart')?.trim().toLowerCase();
  let chart: ChartMode = 'metric';
  if (givenChart) {
    if ((CHART_MODES as readonly string[]).includes(givenChart)) chart = givenChart as ChartMode;
    else add('bad_chart', [givenChart]);
  }

  const givenLog = (list(params, 'log') ?? []).map((id) => id.toLowerCase());
  add(
    'bad_log',
    givenLog.filter((id) => !metricKeys.has(id)),
  );
  const log = [...new Set(givenLog.filter((id) => metricKeys.has(id)))];

  const givenPer = params.get('per')?.trim().toLowerCase();
  let per: Basis | null = null;
  if (givenPer) {
    if ((BASES as readonly string[]).includes(givenPer)) per = givenPer as Basis;
    else add('bad_per', [givenPer]);
  }

  add(
    'unknown_params',
    [...new Set(params.keys())].filter((name) => !(PARAMS as readonly string[]).includes(name)),
  );

  return { state: { cases, metrics, chart, log, per }, notices };
}

/**
 * The canonical query string of a state, starting with `?`. Ids and keys are plain ASCII, so
 * the commas stay readable; anything else is percent-encoded.
 */
export function serialiseCompareQuery(state: CompareState): string {
  const parts: string[] = [];
  const join = (values: readonly string[]) => values.map(encodeURIComponent).join(',');
  if (state.cases.length) parts.push(`cases=${join(state.cases)}`);
  if (state.metrics !== null && state.metrics.length) parts.push(`metrics=${join(state.metrics)}`);
  if (state.chart !== 'metric') parts.push(`chart=${state.chart}`);
  if (state.log.length) parts.push(`log=${join([...state.log].sort())}`);
  if (state.per) parts.push(`per=${state.per}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The address of a state: the path, the canonical query and the fragment kept as it was. */
export function compareHref(pathname: string, state: CompareState, hash: string): string {
  return `${pathname}${serialiseCompareQuery(state)}${hash}`;
}
