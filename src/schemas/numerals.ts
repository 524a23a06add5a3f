/**
 * Reads the numbers written in a Chinese sentence, in Arabic or Chinese numerals, so a metric's
 * quote can be checked against its value. 300余万 gives 300 and 3000000; 第一个 gives 1;
 * 二十八 gives 28; 百户 gives 100.
 */
const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  壹: 1,
  二: 2,
  两: 2,
  贰: 2,
  三: 3,
  叁: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const SMALL_UNITS: Record<string, number> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};
const LARGE_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 };

/** Parses a run of Chinese numeral characters (二十八, 一百零五, 三万) into a number. */
export function parseChineseNumeral(run: string): number | undefined {
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of run) {
    if (ch in DIGITS) {
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      section += (digit ?? 1) * SMALL_UNITS[ch]!;
      digit = undefined;
    } else if (ch in LARGE_UNITS) {
      total += (section + (digit ?? 0)) * LARGE_UNITS[ch]!;
      section = 0;
      digit = undefined;
    } else {
      return undefined;
    }
  }
  const result = total + section + (digit ?? 0);
  return Number.isFinite(result) ? result : undefined;
}

const ARABIC = /(\d+(?:[.,]\d+)*)\s*(?:余|多)?\s*(万|亿)?/g;
const CHINESE = /[零〇一壹二两贰三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿]+/g;

/** Every number the text states, with 万/亿 applied where they follow a figure. */
export function numbersInText(text: string): number[] {
  const found = new Set<number>();
  for (const match of text.matchAll(ARABIC)) {
    const base = Number(match[1]!.replace(/,/g, ''));
    if (!Number.isFinite(base)) continue;
    found.add(base);
    const large = match[2];
    if (large) found.add(base * LARGE_UNITS[large]!);
  }
  for (const match of text.matchAll(CHINESE)) {
    const run = match[0];
    // A lone 万 or 亿 is not a number on its own.
    if (run === '万' || run === '亿') continue;
    const value = parseChineseNumeral(run);
    if (value !== undefined) found.add(value);
  }
  return [...found];
}
