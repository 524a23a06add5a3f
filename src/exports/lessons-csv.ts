/**
 * lessons.csv: one row per case with its lessons and dates, in the same words as the case page
 * (src/i18n/lesson-format.ts lessonRow). Codes and their labels sit side by side, so a spreadsheet
 * can filter on the code and a reader can read the label.
 */
import type { CaseData } from '../schemas/case';
import type { Lesson } from '../schemas/lesson';
import type { Source } from '../schemas/source';
import { lessonRow } from '../i18n/lesson-format';
import { toCsv } from './csv';

/** The columns of lessons.csv, in order. */
export const LESSON_COLUMNS = [
  'case_id',
  'county',
  'province',
  'setting',
  'setting_label',
  'period_kind',
  'period_from',
  'period',
  'period_evidence',
  'as_of',
  'problem',
  'problem_quotes',
  'problem_codes',
  'problem_labels',
  'approach',
  'input_money',
  'input_staff',
  'input_facilities',
  'input_time',
  'results',
  'reading_conditions',
  'reading_risks',
  'scale',
  'scale_label',
  'fiscal_band',
  'fiscal_label',
  'fiscal_basis',
  'fiscal_basis_label',
  'prerequisites',
  'prerequisite_labels',
  'source_ids',
  'dataset_version',
] as const;
export type LessonCsvRow = Record<(typeof LESSON_COLUMNS)[number], string | number>;

export interface LessonRowsInput {
  cases: Array<{ id: string; data: CaseData }>;
  lessons: ReadonlyMap<string, Lesson>;
  sources: readonly Source[];
  /** The release these rows belong to, written in every row like the other CSVs. */
  datasetVersion: string;
}

/** One row per case in casebook order; a case without a lesson throws (the build checks it). */
export function lessonCsvRows(input: LessonRowsInput): LessonCsvRow[] {
  return input.cases.map(({ id, data }) => {
    const lesson = input.lessons.get(id);
    if (!lesson) throw new Error(`${id}: no lesson`);
    const sources = input.sources.filter((s) => data.sources.includes(s.id));
    const row = lessonRow(lesson, data, sources);
    return {
      case_id: id,
      county: data.county,
      province: data.province,
      setting: row.setting,
      setting_label: row.settingLabel,
      period_kind: row.periodKind,
      period_from: row.periodFrom ?? '',
      period: row.period,
      period_evidence: row.periodEvidence,
      as_of: row.asOf,
      problem: row.problem,
      problem_quotes: row.problemQuotes,
      problem_codes: row.problemCodes,
      problem_labels: row.problemLabels,
      approach: row.approach,
      input_money: row.money,
      input_staff: row.staff,
      input_facilities: row.facilities,
      input_time: row.time,
      results: row.results,
      reading_conditions: row.conditions,
      reading_risks: row.risks,
      scale: row.scale,
      scale_label: row.scaleLabel,
      fiscal_band: row.fiscal,
      fiscal_label: row.fiscalLabel,
      fiscal_basis: row.fiscalBasis,
      fiscal_basis_label: row.fiscalBasisLabel,
      prerequisites: row.prerequisites,
      prerequisite_labels: row.prerequisiteLabels,
      source_ids: data.sources.join(' '),
      dataset_version: input.datasetVersion,
    };
  });
}

/** lessons.csv: columns LESSON_COLUMNS, UTF-8 with BOM. */
export function lessonsCsv(input: LessonRowsInput): string {
  return toCsv(LESSON_COLUMNS, lessonCsvRows(input));
}
