/**
 * How official Chinese place names mark ethnic autonomy: language data, read by the finder to
 * tell an autonomous county (寻甸回族彝族自治县) from an ordinary county inside an autonomous
 * prefecture or region (泸溪县 in 湘西土家族苗族自治州).
 */
export const AUTONOMY_MARKERS = {
  /** Endings of an autonomous county-level division's name. */
  countySuffixes: ['自治县', '自治旗'],
  /** Marker in a prefecture's or province-level region's name. */
  areaMark: '自治',
} as const;
