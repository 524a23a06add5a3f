import { z } from 'astro/zod';
import { lessonSchemaMessages as msg } from '../i18n/lesson-messages';

/**
 * What a reader deciding whether to copy a model needs first (the lessons), one file per case:
 * content/lessons/<caseId>.yaml. Quotes are verbatim clauses of the source; every other text is
 * the casebook's own words. Conditions and risks are the casebook's reading, never the source's.
 * Vocabularies are codes only; their labels live in src/i18n/.
 */

import {
  FISCAL_BANDS,
  NOT_REPORTED,
  PREREQUISITE_CODES,
  PROBLEM_CODES,
  SCALE_CODES,
  type InputKind,
} from './lesson-vocabulary';

export * from './lesson-vocabulary';

const code = <T extends readonly [string, ...string[]]>(
  codes: T,
  what: keyof typeof msg.codeKind,
) =>
  z.enum(codes, {
    error: (issue) => msg.unknownCode(msg.codeKind[what], String(issue.input), codes),
  });

/** A verbatim clause of the source, character for character (the quote test checks it). */
const quote = z.string().min(4, msg.quoteTooShort);
/** The casebook's own words. */
const ownWords = (min: number) => z.string().min(min, msg.ownWords(min));

/** One clause of the source that states the problem, tagged with the problem codes it evidences. */
export const ProblemStatementSchema = z
  .object({
    /** Verbatim clause of the source. */
    quote,
    /**
     * problem: the source names a difficulty; aim: it names what the county wants to reach;
     * measure: only a measure shows the problem (the casebook's reading of what it answers).
     */
    kind: z.enum(['problem', 'aim', 'measure'], {
      error: msg.statementKind,
    }),
    /** Problem codes this clause evidences, one at least. */
    codes: z.array(code(PROBLEM_CODES, 'problem')).min(1, msg.statementCodes),
  })
  .strict();
export type ProblemStatement = z.infer<typeof ProblemStatementSchema>;

/** One input the model needs, in the casebook's words, linked to the case's figure when there is one. */
export const InputItemSchema = z
  .object({
    /** Own-words description of the input. */
    text: ownWords(4),
    /** Key of a metric of the same case that states the input (checked against the case). */
    metric: z.string().min(1).optional(),
    /** Verbatim clause of the source, when no metric carries it. */
    quote: quote.optional(),
  })
  .strict();
export type InputItem = z.infer<typeof InputItemSchema>;

/** A list of inputs, or `not-reported` when the source says nothing of this kind. */
const InputListSchema = z.union(
  [z.literal(NOT_REPORTED), z.array(InputItemSchema).min(1, msg.emptyInputs)],
  { error: msg.inputList },
);

/** One result the source reports. */
export const ResultItemSchema = z
  .object({
    /** outcome: a figure of effect; output: a count of what was delivered; claim: a statement without a figure. */
    kind: z.enum(['outcome', 'output', 'claim'], {
      error: msg.resultKind,
    }),
    /** Verbatim clause of the source reporting it. */
    quote,
    /** Key of the case's metric for an outcome or output figure (checked against the case). */
    metric: z.string().min(1).optional(),
    /** Own-words gloss: what the figure counts and what it does not show. */
    text: ownWords(4).optional(),
  })
  .strict()
  .refine((item) => item.kind === 'claim' || item.metric !== undefined, {
    message: msg.resultMetric,
    path: ['metric'],
  });
export type ResultItem = z.infer<typeof ResultItemSchema>;

/** A clause of the source that dates the practice or hints at its time. */
export const PeriodEvidenceSchema = z
  .object({
    /** Verbatim clause of the source. */
    quote,
    /** Own-words note on what the clause does and does not date. */
    note: ownWords(4).optional(),
  })
  .strict();

/** When the practice took place, as far as the source says. */
export const PracticePeriodSchema = z
  .discriminatedUnion(
    'kind',
    [
      z
        .object({
          /** The source names a starting year. */
          kind: z.literal('stated'),
          /** First year the practice covers. */
          from: z.number().int().min(1990).max(2100),
          /** The source's words for the period (as in 2017 onwards); must occur in the first quote. */
          label: z.string().min(2),
          /** The clauses that date it, the starting one first. */
          evidence: z.array(PeriodEvidenceSchema).min(1),
        })
        .strict(),
      z
        .object({
          /** The source dates it only relative to its own time (in recent years). */
          kind: z.literal('relative'),
          /** The source's words (in recent years); must occur in the first quote. */
          label: z.string().min(2),
          /** The clauses that say so. */
          evidence: z.array(PeriodEvidenceSchema).min(1),
        })
        .strict(),
      z
        .object({
          /** The source gives no time at all. */
          kind: z.literal('not-stated'),
          /** Clauses that hint at the time without dating it (the policy it answers, at present). */
          clues: z.array(PeriodEvidenceSchema).default([]),
        })
        .strict(),
    ],
    {
      error: msg.periodKind,
    },
  )
  .superRefine((period, ctx) => {
    if (period.kind === 'not-stated') return;
    const first = period.evidence[0]!.quote;
    if (!first.includes(period.label)) {
      ctx.addIssue({
        code: 'custom',
        path: ['label'],
        message: msg.periodLabel(period.label, first),
      });
    }
    if (period.kind === 'stated' && !period.label.includes(String(period.from))) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: msg.periodFrom(period.from, period.label),
      });
    }
  });
export type PracticePeriod = z.infer<typeof PracticePeriodSchema>;

/** The lessons of one case (content/lessons/<caseId>.yaml; the file name is the case id). */
export const LessonSchema = z
  .object({
    /** When the practice took place, as far as the source says. */
    period: PracticePeriodSchema,
    /** The problem the county set out to solve. */
    problem: z
      .object({
        /** Own-words statement of the problem, one or two sentences. */
        summary: ownWords(20).max(160, msg.summaryMax),
        /** The source's own clauses, each tagged with problem codes. */
        statements: z.array(ProblemStatementSchema).min(1, msg.statementsMin),
      })
      .strict(),
    /** The core approach in one line, own words. */
    approach: ownWords(12).max(70, msg.approachMax),
    /** What the model needs: money, staff, facilities, time; `not-reported` where the source is silent. */
    inputs: z
      .object({
        /** Money the source names (amounts, funding rules). */
        money: InputListSchema,
        /** People: full-time staff, cadres, volunteers. */
        staff: InputListSchema,
        /** Venues, service points, platforms. */
        facilities: InputListSchema,
        /** Recurring time commitments and cycles (monthly, yearly). */
        time: InputListSchema,
      })
      .strict(),
    /** Results the source reports, or `not-reported` (displayed as such, never left blank). */
    results: z.union(
      [z.literal(NOT_REPORTED), z.array(ResultItemSchema).min(1, msg.emptyResults)],
      { error: msg.resultList },
    ),
    /** The casebook's reading, not the source's. */
    reading: z
      .object({
        /** Conditions under which the casebook expects the model to work. */
        conditions: z.array(ownWords(10)).min(1, msg.conditionsMin),
        /** Risks and failure modes the casebook sees. */
        risks: z.array(ownWords(10)).min(1, msg.risksMin),
      })
      .strict(),
    /** Where the model fits, as codes the finder (/match/) reads. */
    fit: z
      .object({
        /** How far the practice reaches in the source. */
        scale: code(SCALE_CODES, 'scale'),
        /** Own words: which part of the county the practice covers. */
        scaleNote: ownWords(6),
        /** Fiscal effort the model presumes. */
        fiscal: code(FISCAL_BANDS, 'fiscal'),
        /** reported: the band rests on money figures of the source; inferred: on venues and staff only. */
        fiscalBasis: z.enum(['reported', 'inferred'], {
          error: msg.fiscalBasis,
        }),
        /** Own words: why this band. */
        fiscalNote: ownWords(6),
        /** What the county must already have or build, as codes. */
        prerequisites: z
          .array(code(PREREQUISITE_CODES, 'prerequisite'))
          .min(1, msg.prerequisitesMin),
      })
      .strict(),
  })
  .strict();
export type Lesson = z.infer<typeof LessonSchema>;
export type InputList = Lesson['inputs'][InputKind];
