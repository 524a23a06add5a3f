/**
 * The metric table: a row per metric key, a column per case, every figure the case gives with
 * its quote one click away, the row's verdict and flags, and on a common scale (per 10,000
 * residents, per township, per village-level division) the derived value with its formula, both
 * figures and both sources, or the rule that forbids it.
 */
import type {
  AlignedMetric,
  CompareCase,
  CompareMetric,
  MetricCell,
  RowFlag,
} from '../../domain/comparability';
import { MAX_YEAR_GAP, type Basis, type Normalised } from '../../domain/normalise';
import { formatMetricValue, formatNumber, formatScope, metricLabel } from '../../i18n/format';
import { METRIC_CATEGORIES } from '../../schemas/metric-vocabulary';
import { t, type UiKey } from '../../i18n/ui';
import { CaseHeads, GroupHead, Quoted, Scroll, SourceLine } from './Tables';
import './MetricTable.css';

/** The unit of a derived value: a count per 10,000 residents, per township, per village. */
export function derivedUnit(unit: string, basis: Basis): string {
  return t(`compare.per.unit.${basis}` as UiKey, { unit });
}

export function Verdict({ row }: { row: AlignedMetric }) {
  return (
    <span className={`cmp-verdict cmp-verdict-${row.verdict}`}>
      {t(`compare.verdict.${row.verdict}` as UiKey)}
    </span>
  );
}

export function Flags({ flags }: { flags: RowFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="cmp-flags">
      {flags.map((flag) => (
        <li key={flag} title={t(`compare.flag.help.${flag}` as UiKey)}>
          {t(`compare.flag.${flag}` as UiKey)}
        </li>
      ))}
    </ul>
  );
}

/** One figure as a reader sees it: value with its sign, scope and period, quote one click away. */
export function Figure({
  figure,
  flagScope,
  sourceTitle,
}: {
  figure: CompareMetric;
  flagScope: boolean;
  sourceTitle: string | undefined;
}) {
  return (
    <div className="cmp-figure">
      <Quoted
        quote={figure.quote}
        source={sourceTitle && t('compare.source.title', { title: sourceTitle })}
      >
        <span className="cmp-value">{formatMetricValue(figure)}</span>
      </Quoted>
      {figure.scope.level !== 'county' && (
        <span className={flagScope ? 'cmp-scope cmp-scope-flag' : 'cmp-scope'}>
          {flagScope && <span aria-hidden>⚑ </span>}
          {formatScope(figure.scope)}
          {flagScope && <span className="visually-hidden">{t('compare.cell.narrowerNote')}</span>}
        </span>
      )}
      {figure.period && <span className="cmp-period">{figure.period}</span>}
    </div>
  );
}

/** A derived value beside its figure: the value, the formula with both figures, both sources. */
export function Derived({
  result,
  basis,
  unit,
  caseData,
}: {
  result: Normalised;
  basis: Basis;
  unit: string;
  caseData: CompareCase;
}) {
  if (!result.ok) {
    return (
      <span className="cmp-derived cmp-derived-none" data-derived="none">
        {t(`compare.per.refused.${result.reason}` as UiKey, {
          figureYear: caseData.asOf?.year ?? '',
          basisYear: result.denominator?.year ?? '',
          max: MAX_YEAR_GAP,
        })}
      </span>
    );
  }
  const shown = formatMetricValue({
    value: result.value,
    unit: derivedUnit(unit, basis),
    qualifier: result.qualifier,
  });
  const numerator = formatMetricValue(result.numerator);
  const d = result.denominator;
  const denominator = `${formatNumber(d.value!, d.unit).number} ${formatNumber(d.value!, d.unit).unit}`;
  const source = caseData.sources.find((s) => s.id === (result.numerator as CompareMetric).source);
  return (
    <span className="cmp-derived" data-derived="value">
      <span className="cmp-derived-value">{shown}</span>
      <span className="cmp-formula">
        {t(`compare.per.formula.${basis}` as UiKey, { numerator, denominator, year: d.year ?? '' })}
      </span>
      <span className="cmp-formula-sources">
        {t('compare.per.sourceFigure')}
        {source ? <SourceLine source={source} /> : t('compare.unstated')}
        {t('compare.list.semicolon')}
        {t(`compare.per.sourceBasis.${basis}` as UiKey)}
        {d.source ? <SourceLine source={d.source} /> : t('compare.unstated')}
      </span>
    </span>
  );
}

export function CellFigures({
  cell,
  caseData,
  basis,
  derive,
  unit,
}: {
  cell: MetricCell;
  caseData: CompareCase;
  basis: Basis | null;
  derive: (key: string, caseId: string) => Normalised | undefined;
  unit: string;
}) {
  if (cell.figures.length === 0) {
    return <span className="cmp-muted">{t('compare.metrics.notReported')}</span>;
  }
  const title = (figure: CompareMetric) =>
    caseData.sources.find((s) => s.id === figure.source)?.title;
  const result = basis && cell.headline ? derive(cell.headline.key, cell.caseId) : undefined;
  return (
    <>
      <ul className="cmp-figures">
        {cell.figures.map((figure, i) => (
          <li key={i}>
            <Figure
              figure={figure}
              flagScope={figure === cell.headline && cell.scopeDiffers}
              sourceTitle={title(figure)}
            />
          </li>
        ))}
      </ul>
      {basis && result && <Derived result={result} basis={basis} unit={unit} caseData={caseData} />}
    </>
  );
}

export function MetricTable({
  cases,
  rows,
  basis = null,
  derive = () => undefined,
}: {
  cases: CompareCase[];
  rows: AlignedMetric[];
  basis?: Basis | null;
  derive?: (key: string, caseId: string) => Normalised | undefined;
}) {
  if (rows.length === 0) return <p className="cmp-note">{t('compare.metrics.empty')}</p>;
  const categories = [...new Set(rows.map((row) => row.category))];
  const byId = new Map(cases.map((c) => [c.id, c]));
  return (
    <>
      <p className="cmp-note">{t('compare.metrics.legend')}</p>
      <Scroll label={t('compare.table.metrics')}>
        <table
          className="cmp-table cmp-metrics"
          data-testid="metric-table"
          data-cols={cases.length}
        >
          <caption className="visually-hidden">{t('compare.metrics.caption')}</caption>
          <thead>
            <CaseHeads cases={cases} />
          </thead>
          {categories.map((category) => (
            <tbody key={category ?? 'other'}>
              {category && (
                <GroupHead label={METRIC_CATEGORIES[category].zh} span={cases.length + 1} />
              )}
              {rows
                .filter((row) => row.category === category)
                .map((row) => (
                  <tr key={row.key} data-metric={row.key} className={`cmp-row-${row.verdict}`}>
                    <th scope="row">
                      <span className="cmp-metric-label">{metricLabel(row.key)}</span>
                      <span className="cmp-unit">{t('compare.unit', { unit: row.unit })}</span>
                      <Verdict row={row} />
                      <Flags flags={row.flags} />
                    </th>
                    {row.cells.map((cell) => (
                      <td key={cell.caseId} data-case={cell.caseId}>
                        <CellFigures
                          cell={cell}
                          caseData={byId.get(cell.caseId)!}
                          basis={basis}
                          derive={derive}
                          unit={row.unit}
                        />
                      </td>
                    ))}
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </Scroll>
    </>
  );
}
