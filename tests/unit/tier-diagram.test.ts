import { describe, expect, test } from 'vitest';
import { layoutTiers, textWidth } from '../../src/views/tier-diagram';
import { loadContent } from '../helpers/content';

describe('tier diagram layout', () => {
  test('one box per tier, top to bottom, an arrow between each pair', () => {
    const layout = layoutTiers(['县委', '街道党工委', '社区党组织', '网格党组织']);
    expect(layout.boxes.map((b) => b.label)).toEqual([
      '县委',
      '街道党工委',
      '社区党组织',
      '网格党组织',
    ]);
    expect(layout.arrows).toHaveLength(3);
    for (let i = 1; i < layout.boxes.length; i++) {
      expect(layout.boxes[i]!.y).toBeGreaterThan(
        layout.boxes[i - 1]!.y + layout.boxes[i - 1]!.height,
      );
    }
    const last = layout.boxes.at(-1)!;
    expect(layout.height).toBe(last.y + last.height);
  });

  test('every tier label of every case fits inside its box', () => {
    for (const entry of loadContent().cases) {
      for (const chain of entry.data.tiers) {
        const layout = layoutTiers(chain.levels);
        for (const box of layout.boxes) expect(textWidth(box.label, 15)).toBeLessThan(box.width);
      }
    }
  });
});
