/**
 * What the citation blocks of every page type show: the dataset's citation (with its version and
 * release date) and a page's citation (with the date its content last changed).
 */
import type { DatasetCitation, PageCitation } from '../domain/citation';
import type { Release } from '../schemas/changelog';
import { t } from '../i18n/ui';

/** The open data as a dataset of the current release. */
export function datasetCitation(release: Release, url: string | undefined): DatasetCitation {
  return {
    author: t('site.name'),
    title: t('cite.datasetTitle'),
    titleEnglish: t('cite.datasetTitleEn'),
    version: release.id,
    released: release.date,
    url,
  };
}

/** A page of the casebook, dated by when its content last changed. */
export function pageCitation(
  title: string,
  updated: string,
  url: string | undefined,
  titleEnglish?: string,
): PageCitation {
  return { author: t('site.name'), title, titleEnglish, updated, url };
}
