import { z } from 'astro/zod';

/**
 * Teaching notes for one case, for a trainer running a Party-school or cadre session:
 * content/teaching/<caseId>.yaml (the file name is the case id). Every text is the casebook's own
 * words; facts come from the source article only. Plain zod constraints, so every message comes
 * from the editors' dictionary (src/i18n/editor.ts) through the readable error map; what one file
 * cannot show (minutes adding up, metric keys, case ids) is checked in src/domain/teaching-checks.ts.
 */

/** Kebab-case id of a case, a metric key or a model part. */
const ref = z.string().regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/);

/** One step of a session plan. */
export const SessionStepSchema = z
  .object({
    /** Length of the step in minutes; the steps of a plan add up to its length (checked). */
    minutes: z.number().int().min(3).max(60),
    /** What the group does in the step, own words, one or two sentences. */
    activity: z.string().min(8).max(120),
  })
  .strict();
export type SessionStep = z.infer<typeof SessionStepSchema>;

/** A session plan: its steps in order, three to seven of them. */
const SessionPlanSchema = z.array(SessionStepSchema).min(3).max(7);

/** One discussion question and what a good answer draws on. */
export const DiscussionQuestionSchema = z
  .object({
    /** The question as put to the group, own words. */
    question: z.string().min(15).max(140),
    /** What a good answer draws on: the parts of the case, the figures, the limits of the source. */
    drawsOn: z.string().min(15).max(200),
    /** Keys of this case's metrics the answer should use (checked against the case). */
    metrics: z.array(ref).default([]),
  })
  .strict();
export type DiscussionQuestion = z.infer<typeof DiscussionQuestionSchema>;

/** Notes for the instructor only: shown on the teaching page, never on the student handout. */
export const InstructorNotesSchema = z
  .object({
    /** What the source does not say, which a participant may assume it does. */
    notInSource: z.array(z.string().min(10).max(160)).min(1).max(4),
    /** Common misreadings of the case and how to correct them. */
    misreadings: z.array(z.string().min(10).max(160)).min(1).max(4),
    /** How to use the comparison with other cases of the casebook. */
    comparison: z
      .object({
        /**
         * Ids of the cases to set beside this one (checked: existing cases, not this one); empty
         * only where the casebook has no other case of use (a one-case fixture).
         */
        cases: z.array(ref).max(3),
        /** What the comparison shows and what it cannot show, own words. */
        note: z.string().min(20).max(220),
      })
      .strict(),
  })
  .strict();
export type InstructorNotes = z.infer<typeof InstructorNotesSchema>;

/** The teaching notes of one case. */
export const TeachingSchema = z
  .object({
    /** Exactly three learning objectives, each what a participant can do after the session. */
    objectives: z.array(z.string().min(10).max(80)).length(3),
    /** A 45-minute session: steps adding up to 45 minutes (checked). */
    session45: SessionPlanSchema,
    /** A 90-minute session: steps adding up to 90 minutes (checked). */
    session90: SessionPlanSchema,
    /** Discussion questions, three to five; the first two go on the student handout. */
    questions: z.array(DiscussionQuestionSchema).min(3).max(5),
    /** Notes for the instructor only. */
    instructor: InstructorNotesSchema,
  })
  .strict();
export type Teaching = z.infer<typeof TeachingSchema>;

/** Length in minutes of each session plan field. */
export const SESSION_LENGTHS = { session45: 45, session90: 90 } as const;
export type SessionKey = keyof typeof SESSION_LENGTHS;
