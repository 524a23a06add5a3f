/**
 * Citation strings generated from a source record, so every page cites the same way.
 * GB/T 7714—2015 for Chinese readers (electronic resource, [EB/OL]) and APA 7 for international
 * readers. A source without a known year prints no year in GB/T 7714 and "n.d." in APA.
 */
import type { Source } from '../schemas/source';

const TYPE_CODES: Record<Source['type'], string> = { 'online-article': 'EB/OL' };

/** GB/T 7714—2015: 主要责任者. 题名[EB/OL]. 出版者, 年. 获取路径. */
export function citeGbt7714(source: Source): string {
  const parts = [`${source.author}. ${source.title}[${TYPE_CODES[source.type]}]`];
  const publisher = source.year ? `${source.publisher}, ${source.year}` : source.publisher;
  parts.push(publisher);
  if (source.url) parts.push(source.url);
  return `${parts.join('. ')}.`;
}

/** APA 7: Author. (Year). Title. Site. URL */
export function citeApa(source: Source): string {
  const year = source.year ? String(source.year) : 'n.d.';
  const tail = source.url ? ` ${source.url}` : '';
  return `${source.author}. (${year}). ${source.title}. ${source.publisher}.${tail}`;
}

export interface PageCitation {
  /** Title of the page being cited. */
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** Date the reader accessed the page, YYYY-MM-DD. */
  accessed: string;
  /** Name of the site. */
  site: string;
}

/** GB/T 7714 for a page of this casebook: 题名[EB/OL]. 网站. [引用日期]. URL. */
export function citePageGbt7714(page: PageCitation): string {
  return `${page.site}. ${page.title}[EB/OL]. [${page.accessed}]. ${page.url}.`;
}

/** APA 7 for a page of this casebook. */
export function citePageApa(page: PageCitation): string {
  return `${page.site}. (n.d.). ${page.title}. Retrieved ${page.accessed}, from ${page.url}`;
}
