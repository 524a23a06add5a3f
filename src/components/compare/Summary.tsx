/**
 * The first screen of a comparison: what is compared and why these counties (the example is
 * labelled as one), then what they share and where they differ in context, mechanisms and
 * figures, with links down to each part.
 */
import { compareSummary, type AlignedMetric, type CompareCase } from '../../domain/comparability';
import { sharedContextKeys } from '../../domain/normalise';
import { t, type UiKey } from '../../i18n/ui';
import './Summary.css';

interface Props {
  cases: CompareCase[];
  /** Every metric the cases report, aligned. */
  rows: AlignedMetric[];
  /** The example comparison (no case chosen in the link). */
  example: boolean;
  /** Ids of the section headings to link to. */
  anchors: {
    context: string;
    charts: string;
    metrics: string;
    mechanisms: string;
    lessons: string;
  };
}

/** Up to `max` names and how many more. */
function names(list: string[], max = 3): string {
  const shown = list.slice(0, max).join(t('compare.list.sep'));
  return list.length > max
    ? t('compare.summary.andMore', { names: shown, n: list.length - max })
    : shown;
}

export default function Summary({ cases, rows, example, anchors }: Props) {
  const summary = compareSummary(cases, rows);
  const context = sharedContextKeys(cases.map((c) => c.context));
  const setting = (code: string) => t(`compare.setting.${code}` as UiKey);
  const countyNames = cases.map((c) => c.shortName).join(t('compare.list.sep'));

  return (
    <section
      className="cmp-summary"
      aria-labelledby="cmp-summary-title"
      data-testid="compare-summary"
    >
      <h2 id="cmp-summary-title">{t('compare.summary.title', { names: countyNames })}</h2>
      <p className="cmp-why">
        {example ? (
          <>
            <span className="cmp-example-badge">{t('compare.summary.exampleBadge')}</span>
            {t('compare.summary.example', { n: summary.sharedFigures })}
          </>
        ) : (
          t('compare.summary.chosen', { n: cases.length })
        )}
      </p>
      {cases.length >= 2 && (
        <dl className="cmp-facts">
          <div>
            <dt>{t('compare.summary.shared')}</dt>
            <dd>
              <ul>
                {summary.sameSetting && (
                  <li>
                    {t('compare.summary.sameSetting', { setting: setting(summary.sameSetting) })}
                  </li>
                )}
                {summary.sameRegion && (
                  <li>{t('compare.summary.sameRegion', { region: summary.sameRegion })}</li>
                )}
                <li>
                  <a href={`#${anchors.context}`}>
                    {context.length > 0
                      ? t('compare.summary.context', {
                          n: context.length,
                          labels: context
                            .map((k) => t(`compare.context.short.${k}` as UiKey))
                            .join(t('compare.list.sep')),
                        })
                      : t('compare.summary.noContext')}
                  </a>
                </li>
                <li>
                  <a href={`#${anchors.mechanisms}`}>
                    {summary.sharedMechanisms.length > 0
                      ? t('compare.summary.mechanisms', {
                          n: summary.sharedMechanisms.length,
                          names: names(summary.sharedMechanisms.map((m) => m.name)),
                        })
                      : t('compare.summary.noMechanisms', { n: summary.mechanismsInTwo })}
                  </a>
                </li>
                <li>
                  <a href={`#${anchors.charts}`}>
                    {t('compare.summary.figures', {
                      n: summary.sharedFigures,
                      comparable: summary.comparableFigures,
                      caution: summary.cautionFigures,
                    })}
                  </a>
                </li>
              </ul>
            </dd>
          </div>
          <div>
            <dt>{t('compare.summary.differ')}</dt>
            <dd>
              <ul>
                {!summary.sameSetting && (
                  <li>
                    {t('compare.summary.settings', {
                      settings: summary.settings.map(setting).join(t('compare.list.sep')),
                    })}
                  </li>
                )}
                {!summary.sameRegion && (
                  <li>
                    {t('compare.summary.regions', {
                      regions: summary.regions.join(t('compare.list.sep')),
                    })}
                  </li>
                )}
                <li>
                  {t('compare.summary.models', {
                    models: cases
                      .map((c) =>
                        t('compare.summary.model', { county: c.shortName, model: c.model.name }),
                      )
                      .join(t('compare.list.sep')),
                  })}
                </li>
                <li>
                  <a href={`#${anchors.metrics}`}>
                    {t('compare.summary.single', { n: summary.singleFigures })}
                  </a>
                </li>
              </ul>
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}
