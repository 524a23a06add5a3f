import { z } from 'astro/zod';

const Code = z.union([z.literal(0), z.literal(1)]);

/** One settled coding difference (content/coding/resolutions.yaml). */
export const ResolutionSchema = z.object({
  /** disagreement: the coders differed; case-file: the coders agreed, the case file did not. */
  kind: z.enum(['disagreement', 'case-file']),
  county: z.string().min(1),
  mechanism: z.string().min(1),
  codes: z.object({ a: Code, b: Code, case: Code.optional() }),
  resolved: Code,
  reason: z.string().min(1),
  /** A verbatim clause of the article the decision rests on. */
  evidence: z.string().min(1),
  /** What changed in the case file. */
  caseFile: z.string().min(1),
});
export type Resolution = z.infer<typeof ResolutionSchema>;
export const ResolutionsSchema = z.array(ResolutionSchema);

/** One row of a coder's CSV. */
export const CodingRowSchema = z.object({
  county: z.string().min(1),
  mechanism_id: z.string().min(1),
  code: z.enum(['0', '1']),
  evidence: z.string(),
  confidence: z.string(),
  note: z.string(),
});
export type CodingRow = z.infer<typeof CodingRowSchema>;
