import { z } from 'astro/zod';

/**
 * Turns zod issues into editor message codes and parameters (src/i18n/editor.ts has the words).
 * Schemas raise their own problems as custom issues with `params: { code, … }`; everything else
 * is mapped here from zod's issue kinds, so every message an editor meets has a code the
 * editors' page lists and a test plants.
 */

/** What was found where a value was expected, to be put into words by the i18n layer. */
export type Found =
  | { kind: 'missing' | 'null' | 'list' | 'object' | 'boolean' | 'nan' | 'infinity' }
  | { kind: 'text'; value: string }
  | { kind: 'number'; value: number };

export type IssueParam = string | number | Found | string[];

export interface IssueCode {
  code: string;
  params: Record<string, IssueParam>;
}

/** Six-digit administrative division code (GB/T 2260), always written quoted. */
export const ADMIN_CODE_PATTERN = /^\d{6}$/;
/** Kebab-case ids of cases, mechanisms, terms, sources and parts. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Fields whose every problem gets one dedicated explanation. */
const FIELD_CODES: Record<string, string> = { adminCode: 'field.adminCode' };

export function describeFound(input: unknown): Found {
  if (input === undefined) return { kind: 'missing' };
  if (input === null) return { kind: 'null' };
  if (Array.isArray(input)) return { kind: 'list' };
  if (typeof input === 'string') return { kind: 'text', value: input };
  if (typeof input === 'number') {
    if (Number.isNaN(input)) return { kind: 'nan' };
    if (!Number.isFinite(input)) return { kind: 'infinity' };
    return { kind: 'number', value: input };
  }
  if (typeof input === 'boolean') return { kind: 'boolean' };
  return { kind: 'object' };
}

/** Levenshtein distance, for "did you mean" on a misspelt field. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(
        row[j]! + 1,
        row[j - 1]! + 1,
        diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1),
      );
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/** The known field closest to a misspelt one, when it is close enough to be a typo. */
export function suggestField(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(key, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(best.length / 3))
    ? best
    : undefined;
}

/** Field names of the object schema that raised an unrecognized_keys issue. */
function knownKeys(issue: { inst?: unknown }): string[] {
  const def = (issue.inst as { _zod?: { def?: { shape?: object } } } | undefined)?._zod?.def;
  return def?.shape ? Object.keys(def.shape) : [];
}

type RawIssue = z.core.$ZodRawIssue & { inst?: unknown; received?: unknown };

/** The code and parameters of one zod issue. */
export function issueCode(issue: RawIssue): IssueCode {
  const found = describeFound(issue.input);
  const last = issue.path?.at(-1);
  if (issue.code === 'custom') {
    const params = (issue.params ?? {}) as Record<string, IssueParam>;
    if (typeof params.code === 'string') {
      const { code, ...rest } = params;
      return { code, params: rest };
    }
    return { code: 'field.format', params: { found } };
  }
  if (typeof last === 'string' && FIELD_CODES[last] && issue.input !== undefined) {
    return { code: FIELD_CODES[last]!, params: { found } };
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined)
        return { code: 'field.required', params: { field: String(last ?? '') } };
      if (found.kind === 'nan' || found.kind === 'infinity')
        return { code: 'field.number', params: { found } };
      if (issue.expected === 'int' && typeof issue.input === 'number')
        return { code: 'field.integer', params: { value: issue.input } };
      return { code: 'field.type', params: { expected: String(issue.expected), found } };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array')
        return {
          code: 'field.minItems',
          params: { min, count: (issue.input as unknown[] | undefined)?.length ?? 0 },
        };
      if (issue.origin === 'string')
        return {
          code: 'field.minLength',
          params: { min, count: [...String(issue.input ?? '')].length },
        };
      return { code: 'field.min', params: { min, value: Number(issue.input) } };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array')
        return {
          code: 'field.maxItems',
          params: { max, count: (issue.input as unknown[] | undefined)?.length ?? 0 },
        };
      if (issue.origin === 'string')
        return {
          code: 'field.maxLength',
          params: { max, count: [...String(issue.input ?? '')].length },
        };
      return { code: 'field.max', params: { max, value: Number(issue.input) } };
    }
    case 'invalid_value':
      return {
        code: 'field.enum',
        params: { values: issue.values.map((v) => String(v)), found },
      };
    case 'unrecognized_keys': {
      const suggestion =
        issue.keys.length === 1 ? suggestField(issue.keys[0]!, knownKeys(issue)) : undefined;
      return suggestion
        ? { code: 'field.unknownSuggest', params: { key: issue.keys[0]!, suggestion } }
        : { code: 'field.unknown', params: { key: issue.keys } };
    }
    case 'invalid_format': {
      if (issue.format === 'regex' && issue.pattern === String(ID_PATTERN))
        return { code: 'field.id', params: { value: String(issue.input ?? '') } };
      if (issue.format === 'url') return { code: 'field.url', params: { found } };
      return { code: 'field.format', params: { found } };
    }
    default:
      return { code: 'field.format', params: { found } };
  }
}

/** A zod error map built from a translator of codes into words. */
export function errorMapFrom(
  translate: (code: IssueCode) => string,
): z.core.$ZodErrorMap<z.core.$ZodIssue> {
  return (issue) => translate(issueCode(issue as RawIssue));
}

/**
 * Wraps a schema so that every issue carries a readable message, whoever does the parsing.
 * Astro parses content with its own English error map; issues raised here keep their wording.
 */
export function withReadableErrors<T extends z.ZodType>(
  schema: T,
  error: z.core.$ZodErrorMap<z.core.$ZodIssue>,
) {
  return z.unknown().transform((input, ctx): z.output<T> => {
    const result = schema.safeParse(input, { error });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, input: undefined });
    }
    return z.NEVER;
  });
}

/** One line per issue, `path: message`, for scripts and tests. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map(
    (issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
  );
}
