/**
 * The aligned tables: one column per case, a row per thing compared (the model and its place,
 * the county context, the lessons (jiejian yaodian), the model's parts and tiers, the mechanism matrix). They
 * render what comparability.ts and normalise.ts decided; nothing is judged here. The metric table
 * lives in MetricTable.tsx.
 */
import type { ReactNode } from 'react';
import {
  LESSON_ROWS,
  type CompareCase,
  type LessonItem,
  type MechanismRow,
} from '../../domain/comparability';
import { CONTEXT_KEYS, contextFigure, type ContextFigure } from '../../domain/normalise';
import { formatNumber, QUALIFIER_SIGNS } from '../../i18n/format';
import { withBase } from '../../url/routes';
import { t, type UiKey } from '../../i18n/ui';
import { CASE_COLOURS } from './colours';
import './Tables.css';

/** A wide table in a region that scrolls sideways on small screens and takes keyboard focus. */
export function Scroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="cmp-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

export function GroupHead({ label, span }: { label: string; span: number }) {
  return (
    <tr className="cmp-group">
      <th scope="colgroup" colSpan={span}>
        {label}
      </th>
    </tr>
  );
}

export function CaseHeads({ cases }: { cases: CompareCase[] }) {
  return (
    <tr>
      <th scope="col" className="cmp-corner">
        <span className="visually-hidden">{t('compare.table.corner')}</span>
      </th>
      {cases.map((c, i) => (
        <th scope="col" key={c.id} className="cmp-case-head">
          <span className={`cmp-swatch cmp-c${i % CASE_COLOURS.length}`} aria-hidden />
          <a href={withBase(`cases/${c.id}/`)}>{c.shortName}</a>
          <span className="cmp-case-sub">{c.province}</span>
        </th>
      ))}
    </tr>
  );
}

interface Row {
  key: string;
  label: string;
  cell: (c: CompareCase) => ReactNode;
}

interface RowGroup {
  key: string;
  /** Heading row of the group; none for a table of one group. */
  label?: string | undefined;
  rows: Row[];
}

function RowsTable({
  label,
  cases,
  groups,
  className = '',
  testId,
}: {
  label: string;
  cases: CompareCase[];
  groups: RowGroup[];
  className?: string;
  testId?: string;
}) {
  return (
    <Scroll label={label}>
      <table className={`cmp-table ${className}`} data-testid={testId} data-cols={cases.length}>
        <thead>
          <CaseHeads cases={cases} />
        </thead>
        {groups.map((group) => (
          <tbody key={group.key} data-group={group.key}>
            {group.label && <GroupHead label={group.label} span={cases.length + 1} />}
            {group.rows.map((row) => (
              <tr key={row.key} data-row={row.key}>
                <th scope="row">{row.label}</th>
                {cases.map((c) => (
                  <td key={c.id} data-case={c.id}>
                    {row.cell(c)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </Scroll>
  );
}

const unstated = () => <span className="cmp-muted">{t('compare.period.unstated')}</span>;

/** A quote one click away: the summary is what the reader sees, the quote opens beneath it. */
export function Quoted({
  children,
  quote,
  source,
}: {
  children: ReactNode;
  quote: string | undefined;
  source: ReactNode;
}) {
  if (!quote && !source) return <>{children}</>;
  return (
    <details className="cmp-quote">
      <summary>
        {children}
        <span className="visually-hidden">
          {t(quote ? 'compare.quote.show' : 'compare.quote.showSource')}
        </span>
      </summary>
      <blockquote>
        {quote && <p>{t('compare.quote.text', { quote })}</p>}
        {source && <footer>{source}</footer>}
      </blockquote>
    </details>
  );
}

/** Where a figure comes from, in one line: title, publisher, date, with a link when known. */
export function SourceLine({
  source,
}: {
  source:
    | {
        title: string;
        publisher?: string | undefined;
        url?: string | undefined;
        date?: string | undefined;
      }
    | undefined;
}) {
  if (!source) return null;
  const title = t('compare.source.title', { title: source.title });
  const rest = [source.publisher, source.date].filter(Boolean).join(t('compare.list.comma'));
  return (
    <span className="cmp-source">
      {source.url ? <a href={source.url}>{title}</a> : title}
      {rest}
    </span>
  );
}

/** Population, land area, townships and village-level divisions, from the county profiles. */
function contextRows(): Row[] {
  return CONTEXT_KEYS.map((key) => ({
    key,
    label: t(`compare.context.${key}` as UiKey),
    cell: (c) => <ContextCell figure={contextFigure(c.context, key)} />,
  }));
}

/**
 * Model, place, setting and dates, then the county context on a common footing: the short rows a
 * reader scans first.
 */
export function OverviewTable({ cases }: { cases: CompareCase[] }) {
  const rows: Row[] = [
    { key: 'model', label: t('compare.row.model'), cell: (c) => <strong>{c.model.name}</strong> },
    { key: 'tagline', label: t('compare.row.tagline'), cell: (c) => c.model.tagline },
    { key: 'place', label: t('compare.row.place'), cell: (c) => `${c.prefecture} · ${c.region}` },
    {
      key: 'setting',
      label: t('compare.row.setting'),
      cell: (c) => t(`compare.setting.${c.setting}` as UiKey),
    },
    {
      key: 'dates',
      label: t('compare.row.dates'),
      cell: (c) => (
        <>
          {c.period ? t('compare.period', { period: c.period }) : unstated()}
          <span className="cmp-period">
            {c.asOf ? t('compare.asOf', { date: c.asOf.date }) : t('compare.asOf.unknown')}
          </span>
        </>
      ),
    },
  ];
  return (
    <RowsTable
      label={t('compare.table.overview')}
      cases={cases}
      groups={[
        { key: 'overview', label: t('compare.group.overview'), rows },
        { key: 'context', label: t('compare.section.context'), rows: contextRows() },
      ]}
      className="cmp-overview"
      testId="overview-table"
    />
  );
}

/** A context figure as the reader sees it: value, year and its source one click away. */
export function ContextValue({ figure }: { figure: ContextFigure | undefined }) {
  if (!figure || figure.value === null) {
    return (
      <span className="cmp-muted" title={figure?.note}>
        {t('compare.context.notFound')}
      </span>
    );
  }
  const { number, unit } = formatNumber(figure.value, figure.unit);
  const sign = QUALIFIER_SIGNS[figure.qualifier];
  return (
    <Quoted quote={figure.quote} source={<SourceLine source={figure.source} />}>
      <span className="cmp-value">
        {sign}
        {number} {unit}
      </span>
      {figure.year !== undefined && (
        <span className="cmp-period">{t('compare.context.year', { year: figure.year })}</span>
      )}
      {figure.year === undefined && (
        <span className="cmp-period">{t('compare.context.yearUnknown')}</span>
      )}
    </Quoted>
  );
}

/** A context value and its breakdown. */
function ContextCell({ figure }: { figure: ContextFigure | undefined }) {
  return (
    <>
      <ContextValue figure={figure} />
      {figure?.value !== null && figure?.detail && (
        <span className="cmp-scope">{figure.detail}</span>
      )}
    </>
  );
}

function LessonItems({ items }: { items: LessonItem[] | undefined }) {
  if (!items || items.length === 0) {
    return <span className="cmp-muted">{t('compare.lessons.missing')}</span>;
  }
  return (
    <ul className="cmp-lessons">
      {items.map((item, i) => (
        <li key={i}>
          {item.text}
          {item.quote && (
            <span className="cmp-lesson-quote">
              {t('compare.lessons.quote', { quote: item.quote })}
            </span>
          )}
          {item.reading && <span className="cmp-reading">{t('compare.lessons.reading')}</span>}
        </li>
      ))}
    </ul>
  );
}

/** Lessons for adoption: problem, approach, inputs, results, conditions and risks, fit. */
export function LessonsTable({ cases }: { cases: CompareCase[] }) {
  const rows: Row[] = LESSON_ROWS.map((key) => ({
    key,
    label: t(`compare.lessons.${key}` as UiKey),
    cell: (c) => <LessonItems items={c.lessons[key]} />,
  }));
  return (
    <RowsTable
      label={t('compare.table.lessons')}
      cases={cases}
      groups={[{ key: 'lessons', rows }]}
      className="cmp-lessons-table"
      testId="lessons-table"
    />
  );
}

/** The model's parts and its organisational tiers. */
export function StructureTable({ cases }: { cases: CompareCase[] }) {
  const rows: Row[] = [
    {
      key: 'parts',
      label: t('compare.row.parts'),
      cell: (c) => (
        <ol className="cmp-parts">
          {c.parts.map((p) => (
            <li key={p.id}>{p.name}</li>
          ))}
        </ol>
      ),
    },
    {
      key: 'tiers',
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
    <RowsTable
      label={t('compare.table.structure')}
      cases={cases}
      groups={[{ key: 'structure', rows }]}
    />
  );
}

export function MechanismTable({
  cases,
  groups,
}: {
  cases: CompareCase[];
  groups: Array<{ category: string; categoryName: string; rows: MechanismRow[] }>;
}) {
  return (
    <>
      <p className="cmp-note">{t('compare.mech.note')}</p>
      <Scroll label={t('compare.table.mechanisms')}>
        <table className="cmp-table cmp-mech" data-cols={cases.length}>
          <caption className="visually-hidden">{t('compare.mech.caption')}</caption>
          <thead>
            <CaseHeads cases={cases} />
          </thead>
          {groups.map((group) => (
            <tbody key={group.category}>
              <GroupHead label={group.categoryName} span={cases.length + 1} />
              {group.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    {row.name}
                    <span className="cmp-count" title={t('compare.mech.usedByLabel')}>
                      <span aria-hidden>
                        {t('compare.mech.usedBy', { n: row.usedBy, total: cases.length })}
                      </span>
                      <span className="visually-hidden">
                        {t('compare.mech.usedByLabel')} {row.usedBy}/{cases.length}
                      </span>
                    </span>
                  </th>
                  {row.cells.map((cell) =>
                    cell.evidence ? (
                      <td key={cell.caseId} className="cmp-used">
                        <span className="cmp-dot" aria-hidden>
                          ●
                        </span>
                        <span className="visually-hidden">{t('compare.mech.usedPrefix')}</span>
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
