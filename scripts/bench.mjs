// Build benchmark: how build time, output size and memory grow with the number of cases.
//
//   npm run bench                       # the real cases alone, then + 1,000 and + 10,000 synthetic
//   npm run bench -- --cases 0,200      # other sizes (synthetic cases added to the real ones)
//   npm run bench -- --keep             # keep the temporary folders to look at the output
//   npm run bench -- --json out.json    # also write every figure as JSON
//
// Exits with 1 when, at the largest size, the heaviest page of a type exceeds its HTML budget
// (tests/gates/budgets.ts): budgets are absolute, so a page that grows with the casebook fails.
//
// For each size: copy content/ to a temporary folder and add synthetic cases
// (scripts/synthetic-cases.mjs), build the site into a temporary dist with a cold cache, index it
// with Pagefind, measure, and delete the folder. Nothing is written inside the repository.
// Peak memory is the resident memory of each step's whole process tree, sampled from /proc twice
// a second (Linux); CPU seconds come from GNU time (/usr/bin/time). Without them: "–".
import { spawn } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSyntheticContent } from './synthetic-cases.mjs';
import { BUDGETS, htmlBudget } from '../tests/gates/budgets.ts';
import { pageType, routeOf } from '../tests/gates/site.ts';

const root = resolve(import.meta.dirname, '..');
const GNU_TIME = '/usr/bin/time';
/** Kernel clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

function options(argv) {
  const opts = { cases: [0, 1000, 10000], keep: false, seed: 20_240_601, json: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') opts.keep = true;
    else if (arg === '--cases') opts.cases = argv[++i].split(',').map(Number);
    else if (arg === '--seed') opts.seed = Number(argv[++i]);
    else if (arg === '--json') opts.json = argv[++i];
    else {
      console.error(
        `bench: unknown option ${arg}\nusage: npm run bench [-- --cases 0,1000,10000] [--keep] [--json file]`,
      );
      process.exit(2);
    }
  }
  if (opts.cases.some((n) => !Number.isInteger(n) || n < 0)) {
    console.error('bench: --cases takes whole numbers ≥ 0, comma-separated');
    process.exit(2);
  }
  return opts;
}

/**
 * Resident memory (KB) and CPU seconds of a process and all its descendants, from /proc (Linux);
 * undefined elsewhere. Pagefind's indexer is a separate binary that its Node wrapper does not
 * wait for, so GNU time's figures (maximum RSS, user + system) miss it: sampling the whole tree
 * does not.
 */
function treeSample(rootPid) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const children = new Map();
  const rss = new Map();
  const cpu = new Map();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      // Field 24 of stat is the resident set in pages.
      rss.set(Number(pid), (Number(fields[21]) * 4096) / 1024);
      // Fields 14 and 15: user and system time of the process itself, in clock ticks.
      cpu.set(Number(pid), (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const seconds = new Map();
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    if (cpu.has(pid)) seconds.set(pid, cpu.get(pid));
    stack.push(...(children.get(pid) ?? []));
  }
  return { rssKb: total, cpu: seconds };
}

/**
 * Runs one step, logging to a file. Returns wall seconds, CPU seconds (user + system, children
 * included; from GNU time when present) and the peak memory of the step's process tree in MB
 * (sampled twice a second). CPU time is the steadier figure on a shared machine: other processes
 * stretch wall time but not the work done.
 */
async function run(label, args, env, dir) {
  const log = join(dir, `${label}.log`);
  const timeFile = join(dir, `${label}.time`);
  const withTime = existsSync(GNU_TIME);
  const [command, ...rest] = withTime
    ? [GNU_TIME, '-f', '%U %S', '-o', timeFile, process.execPath, ...args]
    : [process.execPath, ...args];
  const started = performance.now();
  const out = createWriteStream(log);
  let peakKb;
  // Last CPU seconds seen per process of the tree, own time only (no reaped children), so no
  // process counts twice; a process that ended keeps its last figure. A process that lives less
  // than one sampling interval is missed, but GNU time counts every child the step waits for:
  // the step's CPU is the larger of the two.
  const cpuByPid = new Map();
  const code = await new Promise((done, fail) => {
    const child = spawn(command, rest, { cwd: root, env: { ...process.env, ...env } });
    const sample = () => {
      const found = treeSample(child.pid);
      if (found === undefined) return;
      peakKb = Math.max(peakKb ?? 0, found.rssKb);
      for (const [pid, seconds] of found.cpu) cpuByPid.set(pid, seconds);
    };
    sample();
    const sampler = setInterval(sample, 200);
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    child.on('error', (error) => {
      clearInterval(sampler);
      fail(error);
    });
    child.on('close', (status) => {
      clearInterval(sampler);
      done(status);
    });
  });
  out.end();
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) {
    const text = readFileSync(log, 'utf8');
    throw new Error(`${label} failed (exit ${code}); last lines of ${log}:\n${text.slice(-3000)}`);
  }
  const peakMb = peakKb === undefined ? undefined : peakKb / 1024;
  const sampled = cpuByPid.size ? [...cpuByPid.values()].reduce((a, b) => a + b, 0) : undefined;
  if (!withTime) return { seconds, cpu: sampled, peakMb };
  const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ');
  const timed = Number(user) + Number(system);
  return {
    seconds,
    cpu: Math.max(timed, sampled ?? 0),
    cpuTimed: timed,
    cpuSampled: sampled,
    peakMb,
  };
}

function walk(dir, files = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, files);
    else files.push(path);
  }
  return files;
}

/** Astro logs each page with its render time (`├─ /cases/x/index.html (+38ms)`). */
function slowestPages(log) {
  const pages = [...readFileSync(log, 'utf8').matchAll(/─ (\/\S*) \(\+([\d.]+)(ms|s)\)/g)]
    .map((m) => ({ page: m[1], ms: Number(m[2]) * (m[3] === 's' ? 1000 : 1) }))
    .sort((a, b) => b.ms - a.ms);
  return {
    renderMedianMs: pages[Math.floor(pages.length / 2)]?.ms,
    slowest: pages.slice(0, 3),
  };
}

function measure(dist) {
  const files = walk(dist);
  const size = (list) => list.reduce((sum, f) => sum + statSync(f).size, 0);
  const pagefind = join(dist, 'pagefind');
  const html = files
    .filter((f) => f.endsWith('.html') && !f.startsWith(pagefind) && !f.includes('/_astro/'))
    .map((f) => {
      const page = relative(dist, f).split('\\').join('/');
      return { page, type: pageType(routeOf(page)), gzip: gzipSync(readFileSync(f)).length };
    })
    .sort((a, b) => a.gzip - b.gzip);
  // The heaviest page of every type, with its budget (lists: per page of the list).
  const largestByType = {};
  for (const page of html) largestByType[page.type] = page;
  const byType = Object.entries(largestByType)
    .map(([type, page]) => ({
      type,
      page: page.page,
      gzip: page.gzip,
      budget: htmlBudget(BUDGETS[type]),
    }))
    .sort((a, b) => (a.type < b.type ? -1 : 1));
  return {
    pages: html.length,
    distBytes: size(files),
    indexBytes: size(files.filter((f) => f.startsWith(pagefind))),
    medianGzip: html[Math.floor((html.length - 1) / 2)]?.gzip ?? 0,
    largest: html.at(-1),
    byType,
  };
}

const mb = (bytes) => (bytes / 1_048_576).toFixed(1);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const num = (value, digits = 1) => (value === undefined ? '–' : value.toFixed(digits));

const perPage = (seconds, pages) => (seconds === undefined ? undefined : (seconds * 1000) / pages);

function table(rows) {
  const head = [
    'cases',
    'pages',
    'astro: wall s / CPU s / CPU ms per page',
    'index: wall s / CPU s / CPU ms per page',
    'peak RSS MB: astro / index',
    'dist MB',
    'search index MB',
    'median HTML gz KB',
    'largest HTML gz KB',
    'load avg',
  ];
  const step = (wall, cpu, pages) =>
    `${wall.toFixed(1)} / ${num(cpu)} / ${num(perPage(cpu, pages))}`;
  const lines = rows.map((r) => [
    `${r.real} + ${r.synthetic.toLocaleString('en')}`,
    r.pages.toLocaleString('en'),
    step(r.build, r.buildCpu, r.pages),
    step(r.index, r.indexCpu, r.pages),
    `${num(r.buildPeakMb, 0)} / ${num(r.indexPeakMb, 0)}`,
    mb(r.distBytes),
    mb(r.indexBytes),
    kb(r.medianGzip),
    `${kb(r.largest?.gzip ?? 0)} (${r.largest?.page.replace(/index\.html$/, '') || '–'})`,
    r.load.toFixed(1),
  ]);
  return markdown(head, lines);
}

function markdown(head, lines) {
  return [head, head.map(() => '---'), ...lines]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
}

/** The heaviest page of every type at each size, against its absolute budget. */
function typeTable(rows) {
  const types = [...new Set(rows.flatMap((r) => r.byType.map((t) => t.type)))].sort();
  const head = [
    'page type',
    'budget KB',
    ...rows.map((r) => `${r.real} + ${r.synthetic} (KB, page)`),
  ];
  const lines = types.map((type) => [
    type,
    kb(htmlBudget(BUDGETS[type])),
    ...rows.map((r) => {
      const t = r.byType.find((x) => x.type === type);
      if (!t) return '–';
      const over = t.gzip > t.budget ? ' **over**' : '';
      return `${kb(t.gzip)}${over} (${t.page.replace(/index\.html$/, '')})`;
    }),
  ]);
  return markdown(head, lines);
}

const opts = options(process.argv.slice(2));
const rows = [];
const dirs = [];
const cleanUp = () => {
  if (!opts.keep) for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

try {
  for (const count of opts.cases) {
    const dir = mkdtempSync(join(tmpdir(), 'casebook-bench-'));
    dirs.push(dir);
    const content = join(dir, 'content');
    const dist = join(dir, 'dist');
    process.stdout.write(`bench: ${count} synthetic cases in ${dir} … `);
    const { real } = writeSyntheticContent({
      from: join(root, 'content'),
      to: content,
      count,
      seed: opts.seed,
    });
    const env = {
      CASEBOOK_CONTENT: content,
      CASEBOOK_CACHE_DIR: join(dir, 'cache'),
      CASEBOOK_DIST: dist,
      BASE_PATH: '',
      // Astro's usage report would add a network round trip (or its timeout) to every build.
      ASTRO_TELEMETRY_DISABLED: '1',
      // Synthetic cases sit in real counties of the registry: the division check stays on.
    };
    const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
    // Load average over the run: the machine may be shared, and wall time depends on it.
    const loads = [];
    const sampler = setInterval(() => loads.push(loadavg()[0]), 5000);
    let build, index;
    try {
      build = await run('build', [astro, 'build', '--outDir', dist], env, dir);
      index = await run('index', [join(root, 'scripts', 'index-search.mjs')], env, dir);
    } finally {
      clearInterval(sampler);
    }
    const row = {
      real,
      synthetic: count,
      build: build.seconds,
      index: index.seconds,
      wall: build.seconds + index.seconds,
      cpu: build.cpu === undefined ? undefined : build.cpu + index.cpu,
      buildCpu: build.cpu,
      indexCpu: index.cpu,
      cpuDetail: { build, index },
      buildPeakMb: build.peakMb,
      indexPeakMb: index.peakMb,
      ...slowestPages(join(dir, 'build.log')),
      load: loads.length ? loads.reduce((a, b) => a + b) / loads.length : loadavg()[0],
      ...measure(dist),
    };
    rows.push(row);
    console.log(`${row.pages} pages in ${row.wall.toFixed(1)} s`);
    if (!opts.keep) rmSync(dir, { recursive: true, force: true });
  }
} finally {
  cleanUp();
}

console.log(`\n${table(rows)}\n`);
console.log(`Heaviest page of every type (gzipped HTML):\n\n${typeTable(rows)}\n`);
// Per-page growth between consecutive sizes, for each step separately: the work a page costs
// should not grow with the casebook.
for (let i = 1; i < rows.length; i++) {
  const [a, b] = [rows[i - 1], rows[i]];
  const ratio = (x, y) =>
    x === undefined || y === undefined ? '–' : `×${(y / b.pages / (x / a.pages)).toFixed(2)}`;
  console.log(
    `${a.synthetic} → ${b.synthetic} synthetic cases, per page: astro CPU ${ratio(a.buildCpu, b.buildCpu)}, ` +
      `index CPU ${ratio(a.indexCpu, b.indexCpu)}, astro wall ${ratio(a.build, b.build)}, index wall ${ratio(a.index, b.index)}`,
  );
}
console.log(`node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`);
if (opts.keep) console.log(`kept: ${dirs.join(' ')}`);
if (opts.json)
  writeFileSync(opts.json, `${JSON.stringify({ node: process.version, rows }, null, 2)}\n`);

// Absolute budgets at the largest size: a page type over its figure fails the bench.
const last = rows.reduce((a, b) => (b.synthetic > a.synthetic ? b : a), rows[0]);
const over = last ? last.byType.filter((t) => t.gzip > t.budget) : [];
for (const t of over) {
  console.error(
    `bench: ${t.type} over budget at ${last.real} + ${last.synthetic} cases: /${t.page} is ${kb(t.gzip)} KB gzipped, budget ${kb(t.budget)} KB`,
  );
}
if (over.length) process.exitCode = 1;
