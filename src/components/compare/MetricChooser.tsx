/** Chooses the metrics in view: all the picked cases report, only the shared ones, or by hand. */
import type { AlignedMetric } from '../../domain/comparability';
import { METRIC_CATEGORIES } from '../../schemas/metric-vocabulary';
import { t } from '../../i18n/ui';

interface Props {
  /** Every metric the picked cases report, aligned (for labels and counts). */
  rows: AlignedMetric[];
  /** The keys in view, or null for all. */
  chosen: string[] | null;
  onChange: (keys: string[] | null) => void;
}

export default function MetricChooser({ rows, chosen, onChange }: Props) {
  const all = rows.map((row) => row.key);
  const inView = new Set(chosen ?? all);
  const shared = rows.filter((row) => row.reported >= 2).map((row) => row.key);
  const categories = [...new Set(rows.map((row) => row.category))];

  const set = (keys: string[]) => {
    const ordered = all.filter((key) => keys.includes(key));
    // Every reported metric is the default view and keeps the link short.
    onChange(ordered.length === all.length ? null : ordered);
  };

  return (
    <details className="cmp-chooser no-print">
      <summary>{t('compare.chooser.summary', { n: inView.size, total: all.length })}</summary>
      <div className="cmp-chooser-actions">
        <button type="button" className="button secondary" onClick={() => onChange(null)}>
          {t('compare.chooser.all')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={shared.length === 0}
          onClick={() => set(shared)}
        >
          {t('compare.chooser.shared')}（{shared.length}）
        </button>
      </div>
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
                {row.label}
                <span className="cmp-muted">（{row.reported}）</span>
              </label>
            ))}
        </fieldset>
      ))}
    </details>
  );
}
