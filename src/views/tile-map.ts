/**
 * A tile-grid map of China: one equal square per provincial-level division, placed at its
 * approximate position (rows run north to south, columns west to east). The layout follows the
 * familiar tile grids used in data journalism (黑龙江 at the top right, 新疆 and 西藏 on the left,
 * 海南 and the two SARs along the bottom). It draws no boundaries on purpose: a published map of
 * China with boundary lines needs official map review (审图), a tile grid does not claim any.
 */

export type DivisionKind = 'province' | 'autonomous-region' | 'municipality' | 'sar';

export const DIVISION_KINDS: Record<DivisionKind, string> = {
  province: '省',
  'autonomous-region': '自治区',
  municipality: '直辖市',
  sar: '特别行政区',
};

export interface Tile {
  /** Full official name, as case frontmatter writes `province` (福建省, 新疆维吾尔自治区). */
  name: string;
  /** Short name printed on the tile (福建, 新疆). */
  short: string;
  kind: DivisionKind;
  /** Row from the top, 0-based. */
  row: number;
  /** Column from the left, 0-based. */
  col: number;
}

const tile = (name: string, short: string, kind: DivisionKind, row: number, col: number): Tile => ({
  name,
  short,
  kind,
  row,
  col,
});

/** The 34 provincial-level divisions: 23 provinces, 5 autonomous regions, 4 municipalities, 2 SARs. */
export const TILES: readonly Tile[] = [
  tile('黑龙江省', '黑龙江', 'province', 0, 7),
  tile('吉林省', '吉林', 'province', 1, 7),
  tile('新疆维吾尔自治区', '新疆', 'autonomous-region', 2, 1),
  tile('内蒙古自治区', '内蒙古', 'autonomous-region', 2, 4),
  tile('北京市', '北京', 'municipality', 2, 5),
  tile('辽宁省', '辽宁', 'province', 2, 6),
  tile('青海省', '青海', 'province', 3, 1),
  tile('甘肃省', '甘肃', 'province', 3, 2),
  tile('宁夏回族自治区', '宁夏', 'autonomous-region', 3, 3),
  tile('山西省', '山西', 'province', 3, 4),
  tile('河北省', '河北', 'province', 3, 5),
  tile('天津市', '天津', 'municipality', 3, 6),
  tile('西藏自治区', '西藏', 'autonomous-region', 4, 1),
  tile('四川省', '四川', 'province', 4, 2),
  tile('陕西省', '陕西', 'province', 4, 3),
  tile('河南省', '河南', 'province', 4, 4),
  tile('山东省', '山东', 'province', 4, 5),
  tile('重庆市', '重庆', 'municipality', 5, 3),
  tile('湖北省', '湖北', 'province', 5, 4),
  tile('安徽省', '安徽', 'province', 5, 5),
  tile('江苏省', '江苏', 'province', 5, 6),
  tile('上海市', '上海', 'municipality', 5, 7),
  tile('云南省', '云南', 'province', 6, 2),
  tile('贵州省', '贵州', 'province', 6, 3),
  tile('湖南省', '湖南', 'province', 6, 4),
  tile('江西省', '江西', 'province', 6, 5),
  tile('浙江省', '浙江', 'province', 6, 6),
  tile('广西壮族自治区', '广西', 'autonomous-region', 7, 3),
  tile('广东省', '广东', 'province', 7, 4),
  tile('福建省', '福建', 'province', 7, 5),
  tile('台湾省', '台湾', 'province', 7, 6),
  tile('海南省', '海南', 'province', 8, 3),
  tile('澳门特别行政区', '澳门', 'sar', 8, 4),
  tile('香港特别行政区', '香港', 'sar', 8, 5),
];

/** The tile for a division's full name, or undefined when the name is not on the map. */
export function tileFor(name: string): Tile | undefined {
  return TILES.find((t) => t.name === name);
}

/** What the map needs to know about a case. */
export interface MapCase {
  id: string;
  province: string;
  /** Short county name for labels (永春县). */
  label: string;
  /** The model's brand name (1+X). */
  model: string;
}

export interface PlacedTile extends Tile {
  /** Top-left corner in SVG units. */
  x: number;
  y: number;
  /** Cases in this division, in the order given. */
  cases: MapCase[];
  /**
   * Site-relative link (no base): the case page for one case, the filtered case index for
   * several, none for a division without cases.
   */
  href?: string;
}

export interface TileMapLayout {
  tiles: PlacedTile[];
  /** Highlighted tiles only, in grid order (north to south, west to east). */
  highlighted: PlacedTile[];
  width: number;
  height: number;
  size: number;
  /** Cases whose province is not on the map (a typo in content); empty when all are placed. */
  unplaced: MapCase[];
}

/** Link for a division's cases: one case → its page; several → the case index filtered by province. */
export function provinceHref(name: string, cases: readonly MapCase[]): string | undefined {
  if (cases.length === 0) return undefined;
  if (cases.length === 1) return `cases/${cases[0]!.id}/`;
  return `cases/?province=${encodeURIComponent(name)}`;
}

/**
 * Places every tile on a square grid (`size` per cell, `gap` between cells) and attaches the
 * cases in each division, so the component only draws.
 */
export function layoutTileMap(
  cases: readonly MapCase[],
  { size = 56, gap = 6 }: { size?: number; gap?: number } = {},
): TileMapLayout {
  const byProvince = new Map<string, MapCase[]>();
  for (const c of cases) byProvince.set(c.province, [...(byProvince.get(c.province) ?? []), c]);
  const pitch = size + gap;
  const rows = Math.max(...TILES.map((t) => t.row)) + 1;
  const cols = Math.max(...TILES.map((t) => t.col)) + 1;
  const minCol = Math.min(...TILES.map((t) => t.col));
  const tiles = [...TILES]
    .sort((a, b) => a.row - b.row || a.col - b.col)
    .map((t): PlacedTile => {
      const here = byProvince.get(t.name) ?? [];
      const href = provinceHref(t.name, here);
      return {
        ...t,
        x: (t.col - minCol) * pitch,
        y: t.row * pitch,
        cases: here,
        ...(href ? { href } : {}),
      };
    });
  const known = new Set(TILES.map((t) => t.name));
  return {
    tiles,
    highlighted: tiles.filter((t) => t.cases.length > 0),
    width: (cols - minCol) * pitch - gap,
    height: rows * pitch - gap,
    size,
    unplaced: cases.filter((c) => !known.has(c.province)),
  };
}
