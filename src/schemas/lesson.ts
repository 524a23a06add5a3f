import { z } from 'astro/zod';

/**
 * What a reader deciding whether to copy a model needs first (借鉴要点), one file per case:
 * content/lessons/<caseId>.yaml. Quotes are verbatim clauses of the source; every other text is
 * the casebook's own words. Conditions and risks are the casebook's reading, never the source's.
 * Vocabularies are codes only; their labels live in src/i18n/.
 */

import {
  FISCAL_BANDS,
  INPUT_KINDS,
  NOT_REPORTED,
  PREREQUISITE_CODES,
  PROBLEM_CODES,
  SCALE_CODES,
  type InputKind,
} from './lesson-vocabulary';

export * from './lesson-vocabulary';

const code = <T extends readonly [string, ...string[]]>(codes: T, what: string) =>
  z.enum(codes, {
    error: (issue) =>
      `未知的${what}代码「${String(issue.input)}」：只能是 ${codes.join('、')} 之一（见 src/schemas/lesson.ts）`,
  });

/** A verbatim clause of the source, character for character (the quote test checks it). */
const quote = z.string().min(4, '引文至少 4 个字符：请逐字摘录原文中的一句短语');
/** The casebook's own words. */
const ownWords = (min: number) => z.string().min(min, `请用自己的话写，至少 ${min} 个字符`);

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
      error:
        '引文类型 kind 只能是 problem（原文陈述的问题）、aim（原文陈述的目标）或 measure（由做法推知的问题）',
    }),
    /** Problem codes this clause evidences, one at least. */
    codes: z.array(code(PROBLEM_CODES, '问题')).min(1, '每条引文至少标注一个问题代码 codes'),
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
  [
    z.literal(NOT_REPORTED),
    z.array(InputItemSchema).min(1, '没有内容时请写 not-reported，不要写空列表'),
  ],
  { error: '应为若干投入条目（text、metric、quote），或原文未提及时写 not-reported' },
);

/** One result the source reports. */
export const ResultItemSchema = z
  .object({
    /** outcome: a figure of effect; output: a count of what was delivered; claim: a statement without a figure. */
    kind: z.enum(['outcome', 'output', 'claim'], {
      error:
        '成效类型 kind 只能是 outcome（成效数字）、output（产出数字）或 claim（原文的定性表述）',
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
    message: '数字类成效（outcome、output）必须用 metric 指向本案例的指标',
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
          /** The source's words for the period (2017年以来); must occur in the first quote. */
          label: z.string().min(2),
          /** The clauses that date it, the starting one first. */
          evidence: z.array(PeriodEvidenceSchema).min(1),
        })
        .strict(),
      z
        .object({
          /** The source dates it only relative to its own time (近年来). */
          kind: z.literal('relative'),
          /** The source's words (近年来); must occur in the first quote. */
          label: z.string().min(2),
          /** The clauses that say so. */
          evidence: z.array(PeriodEvidenceSchema).min(1),
        })
        .strict(),
      z
        .object({
          /** The source gives no time at all. */
          kind: z.literal('not-stated'),
          /** Clauses that hint at the time without dating it (policy it answers, 目前). */
          clues: z.array(PeriodEvidenceSchema).default([]),
        })
        .strict(),
    ],
    {
      error:
        'period.kind 只能是 stated（原文写明起始年份）、relative（原文只说“近年来”等）或 not-stated（原文未交代时间）',
    },
  )
  .superRefine((period, ctx) => {
    if (period.kind === 'not-stated') return;
    const first = period.evidence[0]!.quote;
    if (!first.includes(period.label)) {
      ctx.addIssue({
        code: 'custom',
        path: ['label'],
        message: `时间表述「${period.label}」不在第一条引文「${first}」中：label 必须是引文里的原话`,
      });
    }
    if (period.kind === 'stated' && !period.label.includes(String(period.from))) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: `起始年份 ${period.from} 与时间表述「${period.label}」不一致`,
      });
    }
  });
export type PracticePeriod = z.infer<typeof PracticePeriodSchema>;

/** 借鉴要点 of one case (content/lessons/<caseId>.yaml; the file name is the case id). */
export const LessonSchema = z
  .object({
    /** When the practice took place, as far as the source says. */
    period: PracticePeriodSchema,
    /** The problem the county set out to solve. */
    problem: z
      .object({
        /** Own-words statement of the problem, one or two sentences. */
        summary: ownWords(20).max(160, '问题概述最多 160 个字符'),
        /** The source's own clauses, each tagged with problem codes. */
        statements: z.array(ProblemStatementSchema).min(1, '至少摘录一条原文引文'),
      })
      .strict(),
    /** The core approach in one line, own words. */
    approach: ownWords(12).max(70, '核心做法只写一行：最多 70 个字符'),
    /** What the model needs: money, staff, facilities, time; `not-reported` where the source is silent. */
    inputs: z
      .object({
        /** Money the source names (amounts, funding rules). */
        money: InputListSchema,
        /** People: full-time staff, cadres, volunteers. */
        staff: InputListSchema,
        /** Venues, service points, platforms. */
        facilities: InputListSchema,
        /** Recurring time commitments and cycles (每月, 每年). */
        time: InputListSchema,
      })
      .strict(),
    /** Results the source reports, or `not-reported` (displayed as 原文未报告成效). */
    results: z.union(
      [z.literal(NOT_REPORTED), z.array(ResultItemSchema).min(1, '没有成效时请写 not-reported')],
      { error: '应为若干成效条目（kind、quote、metric），或原文未报告时写 not-reported' },
    ),
    /** The casebook's reading, not the source's. */
    reading: z
      .object({
        /** Conditions under which the casebook expects the model to work. */
        conditions: z.array(ownWords(10)).min(1, '至少写一条成功条件'),
        /** Risks and failure modes the casebook sees. */
        risks: z.array(ownWords(10)).min(1, '至少写一条风险'),
      })
      .strict(),
    /** Where the model fits, as codes the finder (/match/) reads. */
    fit: z
      .object({
        /** How far the practice reaches in the source. */
        scale: code(SCALE_CODES, '范围'),
        /** Own words: which part of the county the practice covers. */
        scaleNote: ownWords(6),
        /** Fiscal effort the model presumes. */
        fiscal: code(FISCAL_BANDS, '财力档次'),
        /** reported: the band rests on money figures of the source; inferred: on venues and staff only. */
        fiscalBasis: z.enum(['reported', 'inferred'], {
          error: 'fiscalBasis 只能是 reported（依据原文的金额）或 inferred（由场所、人员推断）',
        }),
        /** Own words: why this band. */
        fiscalNote: ownWords(6),
        /** What the county must already have or build, as codes. */
        prerequisites: z
          .array(code(PREREQUISITE_CODES, '前提条件'))
          .min(1, '至少列出一个前提条件代码'),
      })
      .strict(),
  })
  .strict();
export type Lesson = z.infer<typeof LessonSchema>;
export type InputList = Lesson['inputs'][InputKind];
