/**
 * The copy check: finds runs of Han characters that the casebook's own prose shares with the
 * source article. Only Han characters count (punctuation, digits, Latin letters and spaces are
 * dropped from both texts first), so changing a comma or a numeral does not hide a copied run.
 * Quotations are allowed: quote fields are never collected, and text inside 「」 is cut out of the
 * prose before the comparison, so a run cannot continue across a quotation either. Titles of
 * documents in 《》 are names, not prose, and are cut out the same way.
 */

/** Shortest shared run that counts as copied prose. */
export const COPY_RUN_LENGTH = 20;

const HAN = /\p{Script=Han}/u;

/** Keys whose values are verbatim quotations of the source, never the casebook's prose. */
const QUOTE_KEYS = new Set(['quote']);

/** The Han characters of a text, in order. */
export function hanOnly(text: string): string {
  return Array.from(text)
    .filter((ch) => HAN.test(ch))
    .join('');
}

/** The text with every 「…」 quotation and 《…》 title cut out; the pieces around stay separate. */
export function outsideQuotations(text: string): string[] {
  return text.split(/「[^」]*」|《[^》]*》/u);
}

/** The 「…」 quotations of a text, without the brackets. */
export function quotations(text: string): string[] {
  return [...text.matchAll(/「([^」]*)」/gu)].map((m) => m[1]!);
}

/** One piece of prose with the place it came from. */
export interface ProseUnit {
  file: string;
  field: string;
  text: string;
}

/** Every string in a parsed YAML value except quote fields, with a dotted path to each. */
export function proseStrings(value: unknown, file: string, field = ''): ProseUnit[] {
  if (typeof value === 'string') return [{ file, field, text: value }];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => proseStrings(item, file, field ? `${field}.${i}` : `${i}`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      QUOTE_KEYS.has(key) ? [] : proseStrings(item, file, field ? `${field}.${key}` : key),
    );
  }
  return [];
}

/** A run of prose that also occurs in the article. */
export interface CopiedRun {
  file: string;
  field: string;
  /** The shared Han characters. */
  run: string;
}

/** Index of every window of COPY_RUN_LENGTH Han characters in the article. */
export function articleWindows(article: string, length = COPY_RUN_LENGTH): Set<string> {
  const han = hanOnly(article);
  const windows = new Set<string>();
  for (let i = 0; i + length <= han.length; i++) windows.add(han.slice(i, i + length));
  return windows;
}

/** The maximal runs of at least `length` Han characters that a text shares with the article. */
export function sharedRuns(text: string, windows: Set<string>, length = COPY_RUN_LENGTH): string[] {
  const runs: string[] = [];
  for (const piece of outsideQuotations(text)) {
    const han = hanOnly(piece);
    let start = -1;
    let end = -1;
    for (let i = 0; i + length <= han.length; i++) {
      if (!windows.has(han.slice(i, i + length))) continue;
      if (start !== -1 && i <= end) end = i + length;
      else {
        if (start !== -1) runs.push(han.slice(start, end));
        start = i;
        end = i + length;
      }
    }
    if (start !== -1) runs.push(han.slice(start, end));
  }
  return runs;
}

/** Every copied run in the given prose units. */
export function copiedRuns(
  units: ProseUnit[],
  article: string,
  length = COPY_RUN_LENGTH,
): CopiedRun[] {
  const windows = articleWindows(article, length);
  return units.flatMap(({ file, field, text }) =>
    sharedRuns(text, windows, length).map((run) => ({ file, field, run })),
  );
}
