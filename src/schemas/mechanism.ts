import { z } from 'astro/zod';
import { ID_PATTERN } from './error-map';

/**
 * Mechanism families. The five "co-" families follow the way the cases themselves describe
 * regional Party building (组织共建, 资源共享, 活动共办, 党员共管, 事务共治); safeguards (保障)
 * gathers funding, staff and venue standards that keep the other five running.
 */
export const MECHANISM_CATEGORIES = {
  organisation: { zh: '组织共建', en: 'Organisational co-building' },
  resources: { zh: '资源共享', en: 'Resource sharing' },
  activities: { zh: '活动共办', en: 'Joint activities' },
  members: { zh: '党员共管', en: 'Joint management of members' },
  governance: { zh: '事务共治', en: 'Joint governance of local affairs' },
  safeguards: { zh: '保障机制', en: 'Safeguards' },
} as const;
export type MechanismCategory = keyof typeof MECHANISM_CATEGORIES;

/** A practice that recurs across cases (content/mechanisms/mechanisms.yaml). */
export const MechanismSchema = z
  .object({
    /** Stable id in kebab-case, used in case frontmatter and URLs. */
    id: z.string().regex(ID_PATTERN),
    /** Chinese name as practitioners say it. */
    name: z.string().min(2),
    /** English rendering for international readers. */
    nameEn: z.string().min(2),
    /** Family the mechanism belongs to. */
    category: z.enum(
      Object.keys(MECHANISM_CATEGORIES) as [MechanismCategory, ...MechanismCategory[]],
    ),
    /** Own-words definition: what it is, who does what, why it matters. */
    definition: z.string().min(20),
    /** Other names the sources use for the same practice, so search finds it. */
    aliases: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type Mechanism = z.infer<typeof MechanismSchema>;
