import { describe, expect, test } from 'vitest';
import {
  DIVISION_KINDS,
  TILES,
  layoutTileMap,
  provinceHref,
  tileFor,
} from '../../src/views/tile-map';
import { loadContent } from '../helpers/content';

const content = loadContent();

describe('tile map of China', () => {
  test('34 provincial-level divisions with distinct names, one tile per cell', () => {
    expect(TILES).toHaveLength(34);
    expect(new Set(TILES.map((t) => t.name)).size).toBe(34);
    expect(new Set(TILES.map((t) => t.short)).size).toBe(34);
    expect(new Set(TILES.map((t) => `${t.row},${t.col}`)).size).toBe(34);
  });

  test('23 provinces (with 台湾省), 5 autonomous regions, 4 municipalities, 2 SARs', () => {
    const count = (kind: string) => TILES.filter((t) => t.kind === kind).length;
    expect([
      count('province'),
      count('autonomous-region'),
      count('municipality'),
      count('sar'),
    ]).toEqual([23, 5, 4, 2]);
    expect(tileFor('台湾省')?.kind).toBe('province');
    // The official name ends with the kind of division it is.
    const suffix = {
      province: '省',
      'autonomous-region': '自治区',
      municipality: '市',
      sar: '特别行政区',
    };
    for (const t of TILES) expect(t.name.endsWith(suffix[t.kind]), t.name).toBe(true);
    expect(Object.keys(DIVISION_KINDS).sort()).toEqual(Object.keys(suffix).sort());
  });

  test('every case province is on the map', () => {
    expect(content.cases.length).toBeGreaterThan(0);
    for (const c of content.cases) expect(tileFor(c.data.province), c.file).toBeDefined();
  });

  test('tiles keep the compass order of the case counties when they are far apart', () => {
    const placed = content.cases.map((c) => ({
      tile: tileFor(c.data.province)!,
      ...c.data.coordinates,
    }));
    for (const a of placed) {
      for (const b of placed) {
        if (a.lon - b.lon > 8)
          expect(a.tile.col, `${a.tile.name} east of ${b.tile.name}`).toBeGreaterThan(b.tile.col);
        if (a.lat - b.lat > 6)
          expect(a.tile.row, `${a.tile.name} north of ${b.tile.name}`).toBeLessThan(b.tile.row);
      }
    }
  });

  test('layout highlights exactly the case provinces and links them', () => {
    const cases = content.cases.map((c) => ({
      id: c.id,
      province: c.data.province,
      label: c.data.shortName,
      model: c.data.model.name,
    }));
    const layout = layoutTileMap(cases);
    expect(layout.tiles).toHaveLength(34);
    expect(new Set(layout.highlighted.map((t) => t.name))).toEqual(
      new Set(cases.map((c) => c.province)),
    );
    expect(layout.unplaced).toEqual([]);
    for (const t of layout.tiles) {
      expect(t.href === undefined).toBe(t.cases.length === 0);
      expect(t.x + layout.size).toBeLessThanOrEqual(layout.width);
      expect(t.y + layout.size).toBeLessThanOrEqual(layout.height);
    }
    // No two squares overlap.
    for (const a of layout.tiles)
      for (const b of layout.tiles)
        if (a !== b)
          expect(Math.abs(a.x - b.x) >= layout.size || Math.abs(a.y - b.y) >= layout.size).toBe(
            true,
          );
  });

  test('one case links to its page, several to the index filtered by province', () => {
    const one = [{ id: 'yongchun', province: '福建省', label: '永春县', model: '1+X' }];
    const two = [...one, { id: 'anxi', province: '福建省', label: '安溪县', model: 'Y' }];
    expect(provinceHref('福建省', one)).toBe('cases/yongchun/');
    expect(provinceHref('福建省', two)).toBe(`cases/?province=${encodeURIComponent('福建省')}`);
    expect(provinceHref('福建省', [])).toBeUndefined();
    const layout = layoutTileMap(two);
    expect(layout.highlighted.map((t) => [t.name, t.cases.length])).toEqual([['福建省', 2]]);
  });

  test('a case whose province is misspelt is reported, not silently dropped', () => {
    const layout = layoutTileMap([{ id: 'x', province: '福建', label: 'X县', model: 'Z' }]);
    expect(layout.unplaced.map((c) => c.id)).toEqual(['x']);
    expect(layout.highlighted).toEqual([]);
  });
});
