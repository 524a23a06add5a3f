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

/** Bibliographic record of a source (content/sources/sources.yaml). */
export const SourceSchema = z
  .object({
    /** Stable id in kebab-case, used by metrics and cases. */
    id: z.string().regex(ID_PATTERN),
    /** Title as published. */
    title: z.string().min(2),
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
    /** Publication year, when known; citations print 无日期 / n.d. otherwise. */
    year: z.number().int().min(1990).max(2100).optional(),
    /** Address of the online original, when known. */
    url: z.url().optional(),
    /** Outlets the source itself cites for its facts. */
    cites: z.array(z.string().min(1)).default([]),
    /** How figures were taken over, as the source explains it. */
    note: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;
