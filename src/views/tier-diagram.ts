/**
 * Lays out a chain of organisational tiers as a vertical diagram: one box per tier, an arrow
 * between each, widths sized to the longest label. Pure geometry; the component draws it.
 */
export interface TierBox {
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TierArrow {
  x: number;
  y1: number;
  y2: number;
}

export interface TierLayout {
  width: number;
  height: number;
  boxes: TierBox[];
  arrows: TierArrow[];
}

const BOX_HEIGHT = 40;
const GAP = 26;
const PADDING_X = 16;
const MIN_WIDTH = 200;

/** Approximate rendered width: CJK and full-width characters count as one em, others as half. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += /[\u2E80-\uFFEF]/.test(ch) ? 1 : 0.55;
  return ems * fontSize;
}

export function layoutTiers(levels: string[], fontSize = 15): TierLayout {
  const width = Math.max(
    MIN_WIDTH,
    ...levels.map((l) => Math.ceil(textWidth(l, fontSize)) + 2 * PADDING_X),
  );
  const boxes = levels.map((label, i) => ({
    label,
    x: 0,
    y: i * (BOX_HEIGHT + GAP),
    width,
    height: BOX_HEIGHT,
  }));
  const arrows = boxes
    .slice(1)
    .map((box, i) => ({ x: width / 2, y1: boxes[i]!.y + BOX_HEIGHT, y2: box.y }));
  const height = levels.length * BOX_HEIGHT + Math.max(0, levels.length - 1) * GAP;
  return { width, height, boxes, arrows };
}
