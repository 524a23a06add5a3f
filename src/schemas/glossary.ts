import { z } from 'astro/zod';
import { ID_PATTERN } from './error-map';

/** A term of art that a reader outside the Party-building system would stumble on. */
export const GlossaryTermSchema = z
  .object({
    /** Stable id in kebab-case, used for anchors (/glossary/#id). */
    id: z.string().regex(ID_PATTERN),
    /** The term as written in Chinese sources. */
    term: z.string().min(2),
    /** Hanyu Pinyin with tone marks, used to sort the glossary. */
    pinyin: z.string().min(2),
    /** English rendering. */
    english: z.string().min(2),
    /** Own-words definition. */
    definition: z.string().min(15),
    /** Other spellings of the term in case texts (marked up like the term itself). */
    aliases: z.array(z.string().min(1)).default([]),
    /** Ids of related mechanisms. */
    mechanisms: z.array(z.string()).default([]),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
