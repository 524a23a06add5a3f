/**
 * Citation strings, so every page cites the same way. Two styles:
 *
 * - GB/T 7714—2015 for Chinese readers. Electronic resources follow the standard's pattern
 *   `Creator. Title[EB/OL]. Publisher, year(date updated)[date cited]. Access path.`;
 *   the casebook's open data is cited as a dataset, `[DS/OL]`, with its version.
 * - APA 7 for international readers: `Author. (Year, Month Day). Title [English title]. Site. URL`;
 *   datasets as `Author. (Year). Title [English title] (Version x) [Data set]. URL`.
 *
 * No citation carries the build date. The reader's access date (GB/T date cited, APA "Retrieved")
 * is a visible placeholder for the reader to fill in, and an address the build does not know
 * (no SITE_URL) is a placeholder too, never an invented host. All words come in through
 * `CitationWords` from src/i18n/, so this module holds none.
 */
import type { Source } from '../schemas/source';

/** The words and placeholders a citation needs, from src/i18n/. */
export interface CitationWords {
  /** GB/T placeholder for the reader's access date (without brackets). */
  accessed: string;
  /** APA placeholder for the reader's access date (without brackets). */
  accessedEn: string;
  /** Placeholder for the address of a page when the build has no site URL (without brackets). */
  url: string;
  /** The same in English, for APA. */
  urlEn: string;
  /** GB/T version statement of a dataset: `{version}` is replaced. */
  versionGbt: string;
  /** APA version statement of a dataset: `{version}` is replaced. */
  versionApa: string;
  /** APA's bracketed description of a dataset. */
  datasetApa: string;
  /** APA's "no date". */
  noDateApa: string;
  /** APA's retrieval phrase: `{date}` and `{url}` are replaced. */
  retrievedApa: string;
  /** English month names, January first, for APA dates. */
  monthsEn: readonly string[];
}

const TYPE_CODES: Record<Source['type'], string> = { 'online-article': 'EB/OL' };

/** GB/T date part: `Publisher, year(date)`, `(date)` without a publisher, nothing without either. */
function gbtDate(publisher: string | undefined, date: string | undefined): string {
  if (publisher && date) return `. ${publisher}, ${date.slice(0, 4)}(${date})`;
  if (publisher) return `. ${publisher}`;
  if (date) return `. (${date})`;
  return '.';
}

/** APA date: `2019, June 4` from `2019-06-04`. */
function apaDate(date: string, words: CitationWords): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}, ${words.monthsEn[month! - 1]} ${day}`;
}

/** Ends a GB/T entry: `[date cited]. URL.`, with the URL placeholder when the URL is unknown. */
function gbtTail(url: string | undefined, words: CitationWords, placeholderUrl: boolean): string {
  const accessed = `[${words.accessed}]`;
  if (url) return `${accessed}. ${url}.`;
  return placeholderUrl ? `${accessed}. [${words.url}].` : `${accessed}.`;
}

/** GB/T 7714—2015 entry for a source record. */
export function citeSourceGbt7714(source: Source, words: CitationWords): string {
  const head = `${source.author}. ${source.title}[${TYPE_CODES[source.type]}]`;
  return `${head}${gbtDate(source.publisher, source.published)}${gbtTail(source.url, words, false)}`;
}

/** APA 7 entry for a source record: original title, then its English translation in brackets. */
export function citeSourceApa(source: Source, words: CitationWords): string {
  const date = source.published ? apaDate(source.published, words) : words.noDateApa;
  const entry = `${source.author}. (${date}). ${source.title} [${source.titleEnglish}]. ${source.publisher}.`;
  return source.url ? `${entry} ${source.url}` : entry;
}

/** The casebook's open data, cited as a dataset. */
export interface DatasetCitation {
  /** Responsible body (the casebook). */
  author: string;
  /** Title of the dataset. */
  title: string;
  /** English translation of the title. */
  titleEnglish: string;
  /** Dataset version (semver). */
  version: string;
  /** Release date of that version, YYYY-MM-DD. */
  released: string;
  /** Absolute address of the download page; undefined when the build has no site URL. */
  url?: string | undefined;
}

/** GB/T 7714—2015 entry for the dataset: `Creator. Title[DS/OL]. Version. (date)[date cited]. Path.` */
export function citeDatasetGbt7714(dataset: DatasetCitation, words: CitationWords): string {
  const version = words.versionGbt.replace('{version}', dataset.version);
  return `${dataset.author}. ${dataset.title}[DS/OL]. ${version}${gbtDate(undefined, dataset.released)}${gbtTail(dataset.url, words, true)}`;
}

/** APA 7 entry for the dataset. A versioned dataset needs no retrieval date. */
export function citeDatasetApa(dataset: DatasetCitation, words: CitationWords): string {
  const version = words.versionApa.replace('{version}', dataset.version);
  const entry = `${dataset.author}. (${dataset.released.slice(0, 4)}). ${dataset.title} [${dataset.titleEnglish}] (${version}) [${words.datasetApa}].`;
  return `${entry} ${dataset.url ?? `[${words.urlEn}]`}`;
}

/** A page of the casebook itself. */
export interface PageCitation {
  /** Responsible body (the casebook). */
  author: string;
  /** Title of the page. */
  title: string;
  /** English translation of the title, when there is one. */
  titleEnglish?: string | undefined;
  /** Date the page's content last changed, YYYY-MM-DD. */
  updated: string;
  /** Absolute address of the page; undefined when the build has no site URL. */
  url?: string | undefined;
}

/** GB/T 7714—2015 entry for a page: `Creator. Title[EB/OL]. (date updated)[date cited]. Path.` */
export function citePageGbt7714(page: PageCitation, words: CitationWords): string {
  return `${page.author}. ${page.title}[EB/OL]${gbtDate(undefined, page.updated)}${gbtTail(page.url, words, true)}`;
}

/**
 * APA 7 entry for a page. The page changes with each release and is not archived, so APA asks
 * for a retrieval date: the reader's, left as a placeholder.
 */
export function citePageApa(page: PageCitation, words: CitationWords): string {
  const title = page.titleEnglish ? `${page.title} [${page.titleEnglish}]` : page.title;
  const retrieved = words.retrievedApa
    .replace('{date}', `[${words.accessedEn}]`)
    .replace('{url}', page.url ?? `[${words.urlEn}]`);
  return `${page.author}. (${apaDate(page.updated, words)}). ${title}. ${retrieved}`;
}
