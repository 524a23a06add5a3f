import { z } from 'astro/zod';

/**
 * Mechanism families. The five "co-" families follow the way the cases themselves describe
 * regional Party building (组织共建, 资源共享, 活动共办, 党员共管, 事务共治); authority gathers
 * how powers, workload and accountability are allocated between levels (赋权, 减负, 考核);
 * safeguards (保障) gathers the funding and staff that keep the others running. The order is the
 * codebook's reading order. Why this family exists: docs/codebook-decisions.md.
 */
export const MECHANISM_CATEGORIES = {
  organisation: { zh: '组织共建', en: 'Organisational co-building' },
  resources: { zh: '资源共享', en: 'Resource sharing' },
  activities: { zh: '活动共办', en: 'Joint activities' },
  members: { zh: '党员共管', en: 'Joint management of members' },
  governance: { zh: '事务共治', en: 'Joint governance of local affairs' },
  authority: { zh: '权责与考核', en: 'Authority and accountability between levels' },
  safeguards: { zh: '保障机制', en: 'Safeguards' },
} as const;
export type MechanismCategory = keyof typeof MECHANISM_CATEGORIES;

/**
 * One entry of the codebook (content/mechanisms/mechanisms.yaml): a practice that can recur across
 * counties, with the rules a coder needs to decide, from a county's text alone, whether the county
 * has it (code 1) or not (code 0).
 */
export const MechanismSchema = z
  .object({
    /** Stable id in kebab-case, used in case frontmatter and URLs. */
    // ID_PATTERN of error-map.ts, written out: scripts/codebook-md.mjs imports this file under
    // plain Node, which resolves no extensionless import.
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    /** Chinese name as practitioners say it. */
    name: z.string().min(2),
    /** English rendering for international readers. */
    nameEn: z.string().min(2),
    /** Family the mechanism belongs to. */
    category: z.enum(
      Object.keys(MECHANISM_CATEGORIES) as [MechanismCategory, ...MechanismCategory[]],
    ),
    /**
     * Own-words definition: what the mechanism is and who does what. It says no more than the
     * cases show, so that it can be checked against them.
     */
    definition: z.string().min(20),
    /**
     * Inclusion rule: what a county's text must say for the county to be coded 1, written so a
     * coder can point at the clause that meets it.
     */
    inclusion: z.string().min(15),
    /**
     * Exclusion rule: what looks like this mechanism but is coded 0 here, and which mechanism (by
     * id) it belongs to instead, if any.
     */
    exclusion: z.string().min(15),
    /**
     * An invented illustration of the rule in the casebook's own words. It names no county of the
     * casebook (a cross-check fails the build if it does): the coders' codebook prints it as it
     * is, and must not reveal how any county is coded.
     */
    example: z.string().min(15),
    /** Other names the sources use for the same practice, so search finds it. */
    aliases: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type Mechanism = z.infer<typeof MechanismSchema>;
