/**
 * Chooses the figures in view: a visible switch between every metric the picked cases report and
 * only those two or more of them report, the scale they are shown on (as given, or per 10,000
 * residents, per township, per village-level division), and, folded, a choice metric by metric.
 */
import type { ReactNode } from 'react';
import type { AlignedMetric } from '../../domain/comparability';
import { BASES, type Basis } from '../../domain/normalise';
import { metricLabel } from '../../i18n/format';
import { METRIC_CATEGORIES } from '../../schemas/metric-vocabulary';
import { t, type UiKey } from '../../i18n/ui';
import './MetricChooser.css';

interface Props {
  /** Every metric the picked cases report, aligned (for labels and counts). */
  rows: AlignedMetric[];
  /** The keys in view, or null for all. */
  chosen: string[] | null;
  onChange: (keys: string[] | null) => void;
  per: Basis | null;
  onPer: (per: Basis | null) => void;
  /** Further switches shown in the same row (the chart mode). */
  children?: ReactNode;
}

export default function MetricChooser({ rows, chosen, onChange, per, onPer, children }: Props) {
  const all = rows.map((row) => row.key);
  const inView = new Set(chosen ?? all);
  const shared = rows.filter((row) => row.reported >= 2).map((row) => row.key);
  const categories = [...new Set(rows.map((row) => row.category))];
  const isShared =
    chosen !== null &&
    shared.length > 0 &&
    chosen.length === shared.length &&
    shared.every((k) => inView.has(k));
  const mode = chosen === null ? 'all' : isShared ? 'shared' : 'custom';

  const set = (keys: string[]) => {
    const ordered = all.filter((key) => keys.includes(key));
    // Every reported metric is the default view and keeps the link short.
    onChange(ordered.length === all.length ? null : ordered);
  };

  return (
    <div className="cmp-chooser no-print">
      <fieldset className="cmp-segmented" data-testid="metric-filter">
        <legend>{t('compare.chooser.legend')}</legend>
        <label>
          <input
            type="radio"
            name="cmp-metric-filter"
            checked={mode === 'all'}
            onChange={() => onChange(null)}
          />
          {t('compare.chooser.allCount', { n: all.length })}
        </label>
        <label>
          <input
            type="radio"
            name="cmp-metric-filter"
            checked={mode === 'shared'}
            disabled={shared.length === 0}
            onChange={() => set(shared)}
          />
          {t('compare.chooser.sharedCount', { n: shared.length })}
        </label>
        {mode === 'custom' && (
          <label>
            <input type="radio" name="cmp-metric-filter" checked readOnly />
            {t('compare.chooser.customCount', { n: inView.size })}
          </label>
        )}
      </fieldset>
      <fieldset className="cmp-segmented" data-testid="per-filter">
        <legend>{t('compare.per.legend')}</legend>
        <label>
          <input type="radio" name="cmp-per" checked={per === null} onChange={() => onPer(null)} />
          {t('compare.per.none')}
        </label>
        {BASES.map((basis) => (
          <label key={basis}>
            <input
              type="radio"
              name="cmp-per"
              checked={per === basis}
              onChange={() => onPer(basis)}
            />
            {t(`compare.per.${basis}` as UiKey)}
          </label>
        ))}
      </fieldset>
      {children}
      {per && <p className="cmp-help">{t('compare.per.rule')}</p>}
      <details className="cmp-chooser-custom">
        <summary>{t('compare.chooser.summary', { n: inView.size, total: all.length })}</summary>
        {categories.map((category) => (
          <fieldset key={category ?? 'other'}>
            <legend>{category ? METRIC_CATEGORIES[category].zh : ''}</legend>
            {rows
              .filter((row) => row.category === category)
              .map((row) => (
                <label key={row.key} className="cmp-chooser-item">
                  <input
                    type="checkbox"
                    checked={inView.has(row.key)}
                    onChange={(event) =>
                      set(
                        event.target.checked
                          ? [...inView, row.key]
                          : [...inView].filter((key) => key !== row.key),
                      )
                    }
                  />
                  {metricLabel(row.key)}
                  <span className="cmp-muted">
                    {t('compare.chooser.count', { n: row.reported })}
                  </span>
                </label>
              ))}
          </fieldset>
        ))}
      </details>
    </div>
  );
}
