/**
 * The finder's profile lives in the URL, written the way its plain GET form submits it:
 *
 *   /match/?setting=rural&region=west&pop=20-50&autonomy=none&urban=low
 *          &problem=rural-economy&problem=weak-organisations&budget=low
 *
 * - `setting`, `region`, `pop`, `autonomy`, `urban`, `budget`: one code each; empty means open.
 * - `problem`: repeated (as checkboxes submit) or comma-separated; codes of the lessons'
 *   problem vocabulary, kept in vocabulary order.
 *
 * Parsing never throws: a value that is not a code is dropped and named in a notice, and the
 * rest of the profile still applies. Serialising gives the canonical form of a profile.
 */
import { FISCAL_BANDS, PROBLEM_CODES, type ProblemCode } from '../schemas/lesson-vocabulary';
import {
  AUTONOMY_CODES,
  POPULATION_BANDS,
  REGION_CODES,
  SETTING_ORDER,
  URBAN_BANDS,
  type CountyProfile,
} from '../domain/match';

/** The single-valued parameters, in canonical order, each with the codes it accepts. */
export const SINGLE_PARAMS = {
  setting: SETTING_ORDER,
  region: REGION_CODES,
  pop: POPULATION_BANDS,
  autonomy: AUTONOMY_CODES,
  urban: URBAN_BANDS,
  budget: FISCAL_BANDS,
} as const;
export type SingleParam = keyof typeof SINGLE_PARAMS;
const SINGLE_NAMES = Object.keys(SINGLE_PARAMS) as SingleParam[];

/** Field of the profile each parameter fills. */
export const PARAM_FIELDS = {
  setting: 'setting',
  region: 'region',
  pop: 'population',
  autonomy: 'autonomy',
  urban: 'urban',
  budget: 'budget',
} as const satisfies Record<SingleParam, keyof CountyProfile>;

export type MatchNoticeCode =
  /** A value that is not one of the parameter's codes. */
  | 'bad_value'
  /** A single-valued parameter given more than once; the first stays. */
  | 'repeated'
  /** Parameters the finder does not know. */
  | 'unknown_params';

export interface MatchNotice {
  code: MatchNoticeCode;
  /** The parameter concerned (absent for unknown_params). */
  param?: SingleParam | 'problem';
  /** The offending values or names, as given, trimmed and shortened. */
  values: string[];
}

const ECHO_LIMIT = 40;
const echo = (value: string) =>
  value.length > ECHO_LIMIT ? `${value.slice(0, ECHO_LIMIT)}…` : value;

function safeParams(search: string): URLSearchParams {
  try {
    return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  } catch {
    return new URLSearchParams();
  }
}

/** Reads a query string into a profile and the notices a reader should see. Never throws. */
export function parseMatchQuery(search: string): {
  profile: CountyProfile;
  notices: MatchNotice[];
} {
  const params = safeParams(search);
  const notices: MatchNotice[] = [];
  const profile: CountyProfile = { problems: [] };
  const write = profile as unknown as Record<string, string | undefined>;

  for (const name of SINGLE_NAMES) {
    const given = params
      .getAll(name)
      .map((v) => v.trim())
      .filter((v) => v !== '');
    if (given.length === 0) continue;
    const [first, ...rest] = given;
    const allowed = SINGLE_PARAMS[name] as readonly string[];
    const value = first!.toLowerCase();
    if (allowed.includes(value)) write[PARAM_FIELDS[name]] = value;
    else notices.push({ code: 'bad_value', param: name, values: [echo(first!)] });
    if (rest.length) notices.push({ code: 'repeated', param: name, values: rest.map(echo) });
  }

  const problems = params
    .getAll('problem')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
  const known = new Set<string>(PROBLEM_CODES);
  const bad = problems.filter((p) => !known.has(p.toLowerCase()));
  if (bad.length) notices.push({ code: 'bad_value', param: 'problem', values: bad.map(echo) });
  const chosen = new Set(problems.map((p) => p.toLowerCase()));
  profile.problems = PROBLEM_CODES.filter((code): code is ProblemCode => chosen.has(code));

  const names = new Set<string>([...SINGLE_NAMES, 'problem']);
  const unknown = [...new Set(params.keys())].filter((name) => !names.has(name));
  if (unknown.length) notices.push({ code: 'unknown_params', values: unknown.map(echo) });

  return { profile, notices };
}

/** The canonical query string of a profile, starting with `?`, or '' for an empty profile. */
export function serialiseMatchQuery(profile: CountyProfile): string {
  const params = new URLSearchParams();
  for (const name of SINGLE_NAMES) {
    const value = (profile as unknown as Record<string, string | undefined>)[PARAM_FIELDS[name]];
    if (value) params.set(name, value);
  }
  for (const code of PROBLEM_CODES)
    if (profile.problems.includes(code)) params.append('problem', code);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** True when the reader has said nothing about their county. */
export function isEmptyProfile(profile: CountyProfile): boolean {
  return (
    profile.problems.length === 0 &&
    SINGLE_NAMES.every(
      (name) => !(profile as unknown as Record<string, string | undefined>)[PARAM_FIELDS[name]],
    )
  );
}
