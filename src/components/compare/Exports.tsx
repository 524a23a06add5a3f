/** CSV of the figures in view (metrics.csv conventions), print, and the link to this view. */
import { useState } from 'react';
import { exportRows, type AlignedMetric, type CompareCase } from '../../domain/comparability';
import { METRIC_COLUMNS, toCsv } from '../../exports/csv';
import { ROW_LABELS } from '../../i18n/format';
import { t } from '../../i18n/ui';
import './Exports.css';

interface Props {
  cases: CompareCase[];
  rows: AlignedMetric[];
  /** Dataset version the page was built from, stamped on every exported row. */
  datasetVersion: string;
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export default function Exports({ cases, rows, datasetVersion }: Props) {
  const [copied, setCopied] = useState('');
  const csvRows = exportRows(cases, rows, ROW_LABELS, datasetVersion);

  return (
    <>
      <div className="cmp-exports">
        <button
          type="button"
          className="button"
          disabled={csvRows.length === 0}
          onClick={() =>
            download(
              `casebook-compare-${cases.map((c) => c.id).join('-')}.csv`,
              toCsv(METRIC_COLUMNS, csvRows),
              'text/csv;charset=utf-8',
            )
          }
        >
          {t('compare.export.csv', { n: csvRows.length })}
        </button>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t('compare.export.print')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            navigator.clipboard
              ?.writeText(window.location.href)
              .then(() => setCopied(t('compare.export.copied')))
              .catch(() => setCopied(t('compare.export.copyFailed')));
            if (!navigator.clipboard) setCopied(t('compare.export.copyFailed'));
          }}
        >
          {t('compare.export.copy')}
        </button>
        <span role="status" className="cmp-help">
          {copied}
        </span>
      </div>
      <p className="cmp-note">{t('compare.export.note')}</p>
    </>
  );
}
