import { z } from 'astro/zod';

/**
 * What a change did to the dataset. `added`: new figures, cases or fields. `corrected`: a value,
 * scope, qualifier or statement that was wrong. `recoded`: mechanisms or codes reassigned.
 * `rewritten`: prose rewritten without changing a fact. `source`: the source record. `format`:
 * the shape of the files a reader downloads.
 */
export const CHANGE_KINDS = [
  'added',
  'corrected',
  'recoded',
  'rewritten',
  'source',
  'format',
] as const;
export const ChangeKindSchema = z.enum(CHANGE_KINDS);
export type ChangeKind = z.infer<typeof ChangeKindSchema>;

/** Semantic version: MAJOR.MINOR.PATCH. */
export const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;

/** One change in a release, in the casebook's own words. */
const ChangeSchema = z
  .object({
    /** What kind of change. */
    kind: ChangeKindSchema,
    /** What changed and why, for a reader of the data. */
    text: z.string().min(8),
    /** Ids of the cases it touched; none when it is not about particular cases. */
    cases: z.array(z.string().min(1)).default([]),
  })
  .strict();

/** A dated release of the dataset (content/changelog/changelog.yaml), newest first. */
export const ReleaseSchema = z
  .object({
    /** The dataset version (semver), also the entry's id. */
    id: z.string().regex(SEMVER, '版本号必须是语义化版本 主.次.修订，例如 1.0.0'),
    /** Release date, YYYY-MM-DD. */
    date: z.iso.date({ error: 'date 必须是 YYYY-MM-DD 格式的日期，例如 2026-12-01' }),
    /** One or two sentences on what the release is about. */
    summary: z.string().min(8),
    /** What changed. */
    changes: z.array(ChangeSchema).min(1),
  })
  .strict();
export type Release = z.infer<typeof ReleaseSchema>;

/** Compares two semantic versions: negative when `a` is older. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i]! - pb[i]!;
  return 0;
}
