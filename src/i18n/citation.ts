/**
 * The words every citation needs, from the dictionary, in the shape src/domain/citation.ts
 * takes, plus how a source's date and address are labelled wherever they are shown.
 */
import type { CitationWords } from '../domain/citation';
import type { Source } from '../schemas/source';
import { t } from './ui';

export const CITATION_WORDS: CitationWords = {
  accessed: t('cite.accessed'),
  accessedEn: t('cite.accessedEn'),
  url: t('cite.url'),
  urlEn: t('cite.urlEn'),
  versionGbt: t('cite.versionGbt'),
  versionApa: t('cite.versionApa'),
  datasetApa: t('cite.datasetApa'),
  noDateApa: t('cite.noDateApa'),
  retrievedApa: t('cite.retrievedApa'),
  monthsEn: t('cite.monthsEn').split(','),
};

/** The publication date with its basis, as a reader sees it beside a citation. */
export function sourceDateLabel(source: Source): string {
  if (!source.published || !source.dateBasis) return t('cite.noDate');
  return t(`cite.dateBasis.${source.dateBasis}`, { date: source.published });
}

/** Whether the casebook has seen the address itself, as a reader sees it. */
export function sourceUrlCheckLabel(source: Source): string | undefined {
  if (!source.urlCheck) return undefined;
  return source.urlCheck.status === 'seen'
    ? t('cite.urlCheck.seen')
    : `${t('cite.urlCheck.reported', { by: source.urlCheck.by })}${source.urlCheck.note}`;
}
