// Synthetic cases for the build benchmark. Copies a content folder and adds N cases that pass the
// schemas and the cross-checks: each is a real case's structure (parts, tiers, mechanisms, metrics,
// text) under a new county name and administrative code, plus a few mechanisms and figures of its
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
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { METRIC_KEYS } from '../src/schemas/metric-vocabulary.ts';

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

/** First administrative code of the synthetic range: real codes start with 1–8, these with 9. */
const CODE_BASE = 900_000;
const MAX_CASES = 99_999;
/** Characters for county names: no numerals, so a name never adds a number to a quote. */
const NAME_CHARS = [
  ...'青白云安平和泰宁康永兴长清新华金石临阳江河湖山林川溪岭源桥丹松梅竹兰桂凤龙鹤鹿泉沙',
];
const PROVINCES = ['江苏省', '湖南省', '四川省', '贵州省', '云南省', '新疆维吾尔自治区', '浙江省'];
const REGIONS = ['东部', '中部', '西部'];
const SETTINGS = ['urban-community', 'urban-rural', 'rural'];

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

/** A unique county name for index i ≥ 1: i written in base 40 with name characters, two at least. */
export function syntheticCountyName(i) {
  const base = NAME_CHARS.length;
  let rest = i;
  let name = '';
  do {
    name = NAME_CHARS[rest % base] + name;
    rest = Math.floor(rest / base);
  } while (rest > 0);
  if (name.length < 2) name = NAME_CHARS[0] + name;
  return `${name}县`;
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

/** One synthetic case built on a template case. Pure: same inputs, same case. */
export function syntheticCase(template, i, mechanisms, rng) {
  const county = syntheticCountyName(i);
  const data = structuredClone(template.data);
  const oldNames = [data.county, data.shortName].filter(Boolean);
  const rename = (text) => oldNames.reduce((out, name) => out.replaceAll(name, county), text);

  data.order = 10_000 + i;
  data.county = county;
  data.shortName = county;
  data.province = rng.pick(PROVINCES);
  data.prefecture = `${syntheticCountyName(Math.floor(i / 7) + 1).slice(0, -1)}市`;
  data.region = rng.pick(REGIONS);
  data.adminCode = String(CODE_BASE + i);
  data.coordinates = {
    lat: Math.round((21 + rng.next() * 26) * 100) / 100,
    lon: Math.round((80 + rng.next() * 46) * 100) / 100,
  };
  data.setting = rng.pick(SETTINGS);
  const summary = rename(data.summary);
  data.summary = summary.length > 220 ? summary.slice(0, 219) + '。' : summary;

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
      evidence: `${county}在区域化党建中采用“${mechanism.name}”的做法，由县委组织部统筹推进。`,
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
    const quote = `${county}${period}${zh}${written}`;
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
  data.keywords = [...data.keywords, county];

  const added = [
    '## 合成数据说明',
    '',
    `本页由基准测试脚本生成，以真实案例为模板，县名“${county}”和下列数字均为虚构，只用于测量构建速度。`,
    '',
    ...extraMetrics.map((m) => `- ${m.period}，${m.zh}：${m.written}。`),
    ...extraMechanisms.map((m) => `- 采用“${m.name}”：${plainMdx(m.definition)}`),
    '',
  ].join('\n');
  const body = `${rename(template.body).trimEnd()}\n\n${added}`;
  return {
    id: `synthetic-${String(i).padStart(5, '0')}`,
    // YAML 1.1, as Astro reads frontmatter: a date-like string (updated) keeps its quotes.
    text: `---\n${stringify(data, { lineWidth: 0, version: '1.1' })}---\n${body}`,
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
  appendFileSync(
    join(to, 'sources', 'sources.yaml'),
    `\n${stringify([SYNTHETIC_SOURCE], { lineWidth: 0 })}`,
  );
  const rng = randomGenerator(seed);
  // The codebook check rejects an example that names a county, so a name whose stem is a
  // word of the mechanisms file (和清 in 学习和清扫) is skipped.
  const codebook = readFileSync(join(to, 'mechanisms', 'mechanisms.yaml'), 'utf8');
  let n = 0;
  for (let i = 1; i <= count; i++) {
    do n++;
    while (codebook.includes(syntheticCountyName(n).replace(/县$/u, '')));
    const t = (i - 1) % templates.length;
    const { id, text } = syntheticCase(templates[t], n, mechanisms, rng);
    writeFileSync(join(caseDir, `${id}.mdx`), text);
    if (existsSync(templateLessons[t]))
      copyFileSync(templateLessons[t], join(lessonDir, `${id}.yaml`));
    if (existsSync(templateTeaching[t]))
      copyFileSync(templateTeaching[t], join(teachingDir, `${id}.yaml`));
  }
  return { real: templates.length, synthetic: count };
}
