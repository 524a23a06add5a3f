import { z } from 'astro/zod';
import { ID_PATTERN } from './error-map';

/** A person credited by a source, with the role the source gives. */
const ContributorSchema = z
  .object({
    /** Name as printed. */
    name: z.string().min(1),
    /** Role as printed (整理, 责任编辑). */
    role: z.string().min(1),
    /** Marker printed beside the name, such as 见习. */
    remark: z.string().optional(),
  })
  .strict();

/**
 * Where a publication date comes from. `page`: printed on the page itself. `url-path`: read from
 * the address (rmlt.com.cn article addresses have the form /YYYY/MMDD/<id>.shtml) because the
 * page prints no date. Every place that shows a date also shows its basis.
 */
export const DATE_BASES = ['page', 'url-path'] as const;
export const DateBasisSchema = z.enum(DATE_BASES);
export type DateBasis = z.infer<typeof DateBasisSchema>;

/**
 * Whether the casebook has itself seen the page at `url`. `seen`: a stored copy was read with the
 * search tool. `reported`: the address was supplied by someone else (an editor, an audit) and the
 * casebook could not find a stored copy to check it against.
 */
export const URL_CHECKS = ['seen', 'reported'] as const;
const UrlCheckSchema = z
  .object({
    /** seen or reported. */
    status: z.enum(URL_CHECKS),
    /** Who supplied or saw the address, and when. */
    by: z.string().min(2),
    /** What was done to check it and what remains open. */
    note: z.string().min(2),
  })
  .strict();

/** Bibliographic record of a source (content/sources/sources.yaml). */
export const SourceSchema = z
  .object({
    /** Stable id in kebab-case, used by metrics and cases. */
    id: z.string().regex(ID_PATTERN),
    /** Title as published. */
    title: z.string().min(2),
    /** English translation of the title, printed in brackets by APA 7. */
    titleEnglish: z.string().min(2),
    /** Kind of document, for citation styles: online article. */
    type: z.enum(['online-article']),
    /** Organisation responsible for the text (编辑部). */
    author: z.string().min(2),
    /** Site or outlet that published it. */
    publisher: z.string().min(2),
    /** Column or section within the outlet. */
    column: z.string().optional(),
    /** Periodical the text was compiled for. */
    compiledFor: z.string().optional(),
    /** People credited by the source. */
    contributors: z.array(ContributorSchema).default([]),
    /** Publication date, YYYY-MM-DD, when known; GB/T prints no date and APA n.d. otherwise. */
    published: z.iso
      .date({ error: 'published 必须是 YYYY-MM-DD 格式的日期，例如 2019-06-04' })
      .optional(),
    /** Where the publication date comes from; required with `published`. */
    dateBasis: DateBasisSchema.optional(),
    /** Address of the online original, when known. */
    url: z.url().optional(),
    /** Whether the casebook saw the page at `url` itself; required with `url`. */
    urlCheck: UrlCheckSchema.optional(),
    /** Outlets the source itself cites for its facts, written as the source writes them. */
    cites: z.array(z.string().min(1)).default([]),
    /** How figures were taken over, as the source explains it. */
    note: z.string().optional(),
  })
  .strict()
  .superRefine((source, ctx) => {
    if (source.published !== undefined && source.dateBasis === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['dateBasis'],
        message:
          '写了 published 就必须写 dateBasis：page（页面印有日期）或 url-path（从网址路径读出）',
      });
    }
    if (source.published === undefined && source.dateBasis !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['published'],
        message: '写了 dateBasis 却没有 published：请补上日期，或删去 dateBasis',
      });
    }
    if (source.url !== undefined && source.urlCheck === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['urlCheck'],
        message:
          '写了 url 就必须写 urlCheck：status 为 seen（本库亲自看过该页面）或 reported（由他人提供、未能复核）',
      });
    }
    if (source.dateBasis === 'url-path' && source.published && source.url) {
      const [year, month, day] = source.published.split('-');
      if (!source.url.includes(`/${year}/${month}${day}/`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['published'],
          message: `dateBasis 为 url-path，但网址中没有 /${year}/${month}${day}/：日期应与网址路径一致`,
        });
      }
    }
  });
export type Source = z.infer<typeof SourceSchema>;
