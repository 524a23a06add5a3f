/**
 * A case's lessons as the comparison's row group takes them (LessonsForCompare in
 * src/views/compare.ts): problem, approach, inputs, results, conditions and risks, fit. Items
 * quote the source where the lesson does; the casebook's reading is marked as such. Pure.
 */
import type { LessonItem, LessonRowKey } from '../domain/comparability';
import type { LessonView } from '../i18n/lesson-format';
import { t } from '../i18n/ui';

export function lessonsForCompare(view: LessonView): Record<LessonRowKey, LessonItem[]> {
  const colon = t('list.colon');
  const sep = t('list.separator');
  return {
    problem: [
      { text: view.problem.summary },
      ...view.problem.statements.map((s) => ({ text: s.codes.join(sep), quote: s.quote })),
    ],
    approach: [{ text: view.approach }],
    inputs: view.inputs.map((input) => ({
      text: `${input.label}${colon}${
        input.items === null
          ? t('lesson.notReported')
          : input.items
              .map((item) => (item.figure ? `${item.text} ${item.figure.text}` : item.text))
              .join(t('list.semicolon'))
      }`,
    })),
    results: view.results.none
      ? [{ text: t('lesson.resultsNone') }]
      : view.results.items.map((r) => ({
          text: r.figure ? `${r.kind}${colon}${r.figure.text}` : r.kind,
          quote: r.quote,
        })),
    conditions: [
      ...view.reading.conditions.map((text) => ({ text, reading: true })),
      ...view.reading.risks.map((text) => ({
        text: `${t('lesson.risks')}${colon}${text}`,
        reading: true,
      })),
    ],
    fit: [
      { text: `${t('lesson.fitSetting')}${colon}${view.fit.setting}` },
      { text: `${t('lesson.fitScale')}${colon}${view.fit.scale}${sep}${view.fit.scaleNote}` },
      { text: `${t('lesson.fitFiscal')}${colon}${view.fit.fiscal}`, reading: true },
      {
        text: `${t('lesson.fitPrerequisites')}${colon}${view.fit.prerequisites.join(sep)}`,
        reading: true,
      },
    ],
  };
}
