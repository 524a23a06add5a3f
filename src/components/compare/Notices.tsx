/** What was wrong with the link, in words, and what is shown instead. */
import type { Notice } from '../../url/compare-url';
import { MAX_CASES } from '../../domain/comparability';
import { t, type UiKey } from '../../i18n/ui';

interface Props {
  notices: Notice[];
  defaultNames: string;
  onDismiss: () => void;
}

export default function Notices({ notices, defaultNames, onDismiss }: Props) {
  return (
    <div className="notice cmp-notice" role="status">
      <p>
        <strong>{t('compare.notice.title')}</strong>
      </p>
      <ul>
        {notices.map((notice) => (
          <li key={notice.code}>
            {t(`compare.notice.${notice.code}` as UiKey, {
              values: notice.values.join(t('compare.list.sep')),
              max: MAX_CASES,
              names: defaultNames,
            })}
          </li>
        ))}
      </ul>
      <button type="button" className="button secondary no-print" onClick={onDismiss}>
        {t('compare.notice.dismiss')}
      </button>
    </div>
  );
}
