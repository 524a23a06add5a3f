/**
 * One colour per column (also as .cmp-c0… classes in compare.css), the same in chips, table headers, legends and bars. Saturated enough
 * to tell apart on a projector, each with at least 4.5:1 contrast against white so text in the
 * colour stays readable.
 */
export const CASE_COLOURS = [
  '#1b6ca8',
  '#b5452b',
  '#2f7d4f',
  '#8a4f9e',
  '#9a6412',
  '#0f7c7e',
  '#b0306a',
  '#4f6a12',
] as const;

export function caseColour(index: number): string {
  return CASE_COLOURS[index % CASE_COLOURS.length]!;
}

/** A light tint of a colour, for bars whose figure covers less than the whole county. */
export function tint(hex: string, amount = 0.6): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const r = mix((n >> 16) & 255);
  const g = mix((n >> 8) & 255);
  const b = mix(n & 255);
  return `rgb(${r}, ${g}, ${b})`;
}
