/**
 * The aligned tables: one column per case, rows for the model, its setting and tiers, the
 * mechanism matrix and the metrics. They render what comparability.ts decided; nothing is
 * judged here.
 */
import type { ReactNode } from 'react';
import type {
  AlignedMetric,
  CompareCase,
  CompareMetric,
  MechanismRow,
  MetricCell,
  RowFlag,
} from '../../domain/comparability';
import { formatMetricValue, formatScope } from '../../i18n/format';
import { METRIC_CATEGORIES } from '../../schemas/metric-vocabulary';
import { withBase } from '../../url/routes';
import { t, type UiKey } from '../../i18n/ui';
import { caseColour } from './colours';

/** A wide table in a region that scrolls sideways on small screens and takes keyboard focus. */
export function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="cmp-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

function GroupHead({ label, span }: { label: string; span: number }) {
  return (
    <tr className="cmp-group">
      <th scope="colgroup" colSpan={span}>
        {label}
      </th>
    </tr>
  );
}

function CaseHeads({ cases, corner }: { cases: CompareCase[]; corner: string }) {
  return (
    <tr>
      <th scope="col" className="cmp-corner">
        {corner}
      </th>
      {cases.map((c, i) => (
        <th scope="col" key={c.id} className="cmp-case-head">
          <span className="cmp-swatch" style={{ background: caseColour(i) }} aria-hidden />
          <a href={withBase(`cases/${c.id}/`)}>{c.shortName}</a>
          <span className="cmp-case-sub">{c.province}</span>
        </th>
      ))}
    </tr>
  );
}

export function OverviewTable({ cases }: { cases: CompareCase[] }) {
  const rows: Array<{ label: string; cell: (c: CompareCase) => ReactNode }> = [
    { label: t('compare.row.model'), cell: (c) => <strong>{c.model.name}</strong> },
    { label: t('compare.row.tagline'), cell: (c) => c.model.tagline },
    {
      label: t('compare.row.parts'),
      cell: (c) => (
        <ol className="cmp-parts">
          {c.parts.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ol>
      ),
    },
    { label: t('compare.row.place'), cell: (c) => `${c.province} ${c.prefecture}` },
    { label: t('compare.row.region'), cell: (c) => c.region },
    { label: t('compare.row.setting'), cell: (c) => c.setting },
    {
      label: t('compare.row.period'),
      cell: (c) => c.period ?? <span className="cmp-muted">{t('compare.unstated')}</span>,
    },
    {
      label: t('compare.row.tiers'),
      cell: (c) => (
        <ul className="cmp-tiers">
          {c.tiers.map((tier) => (
            <li key={tier.name}>
              <span className="cmp-tier-name">{tier.name}</span>
              {tier.levels.join(' → ')}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <Scroll label={t('compare.table.overview')}>
      <table className="cmp-table">
        <thead>
          <CaseHeads cases={cases} corner="" />
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {cases.map((c) => (
                <td key={c.id}>{row.cell(c)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

export function MechanismTable({
  cases,
  groups,
}: {
  cases: CompareCase[];
  groups: Array<{ category: string; rows: MechanismRow[] }>;
}) {
  return (
    <>
      <p className="cmp-note">{t('compare.mech.note')}</p>
      <Scroll label={t('compare.table.mechanisms')}>
        <table className="cmp-table cmp-mech">
          <caption className="visually-hidden">{t('compare.mech.caption')}</caption>
          <thead>
            <CaseHeads cases={cases} corner="" />
          </thead>
          {groups.map((group) => (
            <tbody key={group.category}>
              <GroupHead label={group.category} span={cases.length + 1} />
              {group.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    {row.name}
                    <span
                      className="cmp-count"
                      title={t('compare.mech.usedByLabel')}
                      aria-label={`${t('compare.mech.usedByLabel')} ${row.usedBy}/${cases.length}`}
                    >
                      {t('compare.mech.usedBy', { n: row.usedBy, total: cases.length })}
                    </span>
                  </th>
                  {row.cells.map((cell) =>
                    cell.evidence ? (
                      <td key={cell.caseId} className="cmp-used">
                        <span className="cmp-dot" aria-hidden>
                          ●
                        </span>
                        <span className="visually-hidden">{t('compare.mech.used')}：</span>
                        {cell.evidence}
                      </td>
                    ) : (
                      <td key={cell.caseId} className="cmp-muted">
                        {t('compare.mech.notMentioned')}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </Scroll>
    </>
  );
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

/** One figure as a reader sees it: value with its sign, and scope and period when they matter. */
export function Figure({ figure, flagScope }: { figure: CompareMetric; flagScope: boolean }) {
  return (
    <span className="cmp-figure">
      <span className="cmp-value">{formatMetricValue(figure)}</span>
      {figure.scope.level !== 'county' && (
        <span className={flagScope ? 'cmp-scope cmp-scope-flag' : 'cmp-scope'}>
          {flagScope && <span aria-hidden>⚑ </span>}
          {formatScope(figure.scope)}
          {flagScope && <span className="visually-hidden">（{t('compare.cell.narrower')}）</span>}
        </span>
      )}
      {figure.period && <span className="cmp-period">{figure.period}</span>}
    </span>
  );
}

export function CellFigures({ cell }: { cell: MetricCell }) {
  if (cell.figures.length === 0) {
    return <span className="cmp-muted">{t('compare.metrics.notReported')}</span>;
  }
  return (
    <ul className="cmp-figures">
      {cell.figures.map((figure, i) => (
        <li key={i} title={figure.quote}>
          <Figure figure={figure} flagScope={figure === cell.headline && cell.scopeDiffers} />
        </li>
      ))}
    </ul>
  );
}

export function MetricTable({ cases, rows }: { cases: CompareCase[]; rows: AlignedMetric[] }) {
  if (rows.length === 0) return <p className="cmp-note">{t('compare.metrics.empty')}</p>;
  const categories = [...new Set(rows.map((row) => row.category))];
  return (
    <>
      <p className="cmp-note">{t('compare.metrics.legend')}</p>
      <Scroll label={t('compare.table.metrics')}>
        <table className="cmp-table cmp-metrics" data-testid="metric-table">
          <caption className="visually-hidden">{t('compare.metrics.caption')}</caption>
          <thead>
            <CaseHeads cases={cases} corner="" />
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
                      <span className="cmp-metric-label">{row.label}</span>
                      <span className="cmp-unit">（{row.unit}）</span>
                      <Verdict row={row} />
                      <Flags flags={row.flags} />
                    </th>
                    {row.cells.map((cell) => (
                      <td key={cell.caseId} data-case={cell.caseId}>
                        <CellFigures cell={cell} />
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
