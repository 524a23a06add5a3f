/**
 * The lessons' controlled vocabularies as plain codes, without zod, so the finder's browser
 * island can import them without pulling in the schemas. Labels live in src/i18n/.
 */

/**
 * Problems counties set out to solve, derived from the cases' own problem statements: every code
 * is carried by at least one statement of some case (checked in src/domain/lesson-checks.ts).
 */
export const PROBLEM_CODES = [
  'fragmented-resources',
  'poor-coordination',
  'urban-growth',
  'diverse-needs',
  'new-sector-coverage',
  'mobile-members',
  'urban-rural-divide',
  'rural-economy',
  'weak-organisations',
  'community-overload',
  'thin-staff-and-funds',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** What a model presumes a county already has or can put in place. */
export const PREREQUISITE_CODES = [
  'county-leadership',
  'resident-units',
  'service-venues',
  'digital-capacity',
  'recurring-funding',
  'dedicated-staff',
  'township-hubs',
  'industry-base',
  'assessment-reform',
  'member-volunteers',
] as const;
export type PrerequisiteCode = (typeof PREREQUISITE_CODES)[number];

/** How far the practice reaches: the whole county, the county seat, or selected townships/areas. */
export const SCALE_CODES = ['county-wide', 'county-seat', 'selected-areas'] as const;
export type ScaleCode = (typeof SCALE_CODES)[number];

/**
 * The fiscal effort a model presumes, ordered: low (mostly existing venues and people), medium
 * (project money or new venues), high (recurring county money of several million yuan a year).
 */
export const FISCAL_BANDS = ['low', 'medium', 'high'] as const;
export type FiscalBand = (typeof FISCAL_BANDS)[number];

/** The four kinds of input a reader asks about, in display order. */
export const INPUT_KINDS = ['money', 'staff', 'facilities', 'time'] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

/** Written where the source says nothing of an input or a result: an honest, displayed value. */
export const NOT_REPORTED = 'not-reported';
