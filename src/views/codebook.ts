/**
 * The published codebook and its measured agreement, computed at build time from the two
 * coders' CSVs and the recorded resolutions (content/coding/).
 */
import { parse } from 'yaml';
import coderAText from '../../content/coding/coder-a.csv?raw';
import coderBText from '../../content/coding/coder-b.csv?raw';
import resolutionsText from '../../content/coding/resolutions.yaml?raw';
import { codingAgreement, parseCoding, resolvedCoding } from '../domain/coding';
import { ResolutionsSchema, type Resolution } from '../schemas/coding';
import type { Agreement } from '../domain/agreement';

export const CODER_FILES = {
  a: 'content/coding/coder-a.csv',
  b: 'content/coding/coder-b.csv',
  resolutions: 'content/coding/resolutions.yaml',
} as const;

export function loadCoding() {
  const a = parseCoding(coderAText, CODER_FILES.a);
  const b = parseCoding(coderBText, CODER_FILES.b);
  const parsed = ResolutionsSchema.safeParse(parse(resolutionsText));
  if (!parsed.success) throw new Error(`${CODER_FILES.resolutions}: ${parsed.error.message}`);
  const resolutions: Resolution[] = parsed.data;
  return { a, b, resolutions, resolved: resolvedCoding(a, b, resolutions) };
}

export interface CodebookMechanism {
  id: string;
  name: string;
  nameEn: string;
  category: string;
  definition: string;
  inclusion: string;
  exclusion: string;
  example: string;
}

/** Kappa to three decimals, or null when undefined. */
export const round3 = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);

export function codebookView(mechanisms: readonly CodebookMechanism[]) {
  const { a, b, resolutions } = loadCoding();
  const result = codingAgreement(
    a,
    b,
    mechanisms.map((m) => m.id),
  );
  const byId = new Map(result.perMechanism.map((p) => [p.mechanism, p.agreement]));
  const rows = mechanisms.map((m) => ({ ...m, agreement: byId.get(m.id) as Agreement }));
  const counties = new Set(a.map((r) => r.county)).size;
  return {
    rows,
    overall: result.overall,
    disagreements: result.disagreements,
    resolutions,
    counties,
  };
}

export const CODEBOOK_COLUMNS = [
  'id',
  'name',
  'name_en',
  'family',
  'definition',
  'inclusion',
  'exclusion',
  'example',
  'n',
  'p_o',
  'p_e',
  'kappa',
] as const;

/** One flat record per mechanism, for the CSV and JSON downloads. */
export function codebookRecords(view: ReturnType<typeof codebookView>) {
  return view.rows.map((r) => ({
    id: r.id,
    name: r.name,
    name_en: r.nameEn,
    family: r.category,
    definition: r.definition,
    inclusion: r.inclusion,
    exclusion: r.exclusion,
    example: r.example,
    n: r.agreement.n,
    p_o: round3(r.agreement.observed),
    p_e: round3(r.agreement.expected),
    kappa: round3(r.agreement.kappa),
  }));
}
