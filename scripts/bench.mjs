// Build benchmark: how build time, output size and memory grow with the number of cases.
//
//   npm run bench                       # the real cases alone, then + 1,000 and + 5,000 synthetic
//   npm run bench -- --cases 0,200      # other sizes (synthetic cases added to the real ones)
//   npm run bench -- --keep             # keep the temporary folders to look at the output
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
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeSyntheticContent } from './synthetic-cases.mjs';

const root = resolve(import.meta.dirname, '..');
const GNU_TIME = '/usr/bin/time';

function options(argv) {
  const opts = { cases: [0, 1000, 5000], keep: false, seed: 20_240_601 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--keep') opts.keep = true;
    else if (arg === '--cases') opts.cases = argv[++i].split(',').map(Number);
    else if (arg === '--seed') opts.seed = Number(argv[++i]);
    else {
      console.error(
        `bench: unknown option ${arg}\nusage: npm run bench [-- --cases 0,1000,5000] [--keep]`,
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
 * Resident memory of a process and all its descendants, in KB, from /proc (Linux); undefined
 * elsewhere. Pagefind's indexer is a separate binary that its Node wrapper does not wait for, so
 * GNU time's maximum-RSS misses it: sampling the whole tree does not.
 */
function treeRssKb(rootPid) {
  let entries;
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const children = new Map();
  const rss = new Map();
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may hold spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      // Field 24 of stat is the resident set in pages.
      rss.set(Number(pid), (Number(fields[21]) * 4096) / 1024);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
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
  const code = await new Promise((done, fail) => {
    const child = spawn(command, rest, { cwd: root, env: { ...process.env, ...env } });
    const sample = () => {
      const kb = treeRssKb(child.pid);
      if (kb !== undefined) peakKb = Math.max(peakKb ?? 0, kb);
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
  if (!withTime) return { seconds, cpu: undefined, peakMb };
  const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ');
  return { seconds, cpu: Number(user) + Number(system), peakMb };
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
    .filter((f) => f.endsWith('.html') && !f.startsWith(pagefind))
    .map((f) => ({ page: relative(dist, f), gzip: gzipSync(readFileSync(f)).length }))
    .sort((a, b) => a.gzip - b.gzip);
  return {
    pages: html.length,
    distBytes: size(files),
    indexBytes: size(files.filter((f) => f.startsWith(pagefind))),
    medianGzip: html[Math.floor((html.length - 1) / 2)]?.gzip ?? 0,
    largest: html.at(-1),
  };
}

const mb = (bytes) => (bytes / 1_048_576).toFixed(1);
const kb = (bytes) => (bytes / 1024).toFixed(1);
const num = (value, digits = 1) => (value === undefined ? '–' : value.toFixed(digits));

function table(rows) {
  const head = [
    'cases',
    'pages',
    'build s: astro + index',
    'CPU s',
    'pages/s',
    'ms/page (CPU ms/page)',
    'dist MB',
    'search index MB',
    'median HTML gz KB',
    'largest HTML gz KB',
    'peak RSS MB: astro / index',
    'load avg',
    'slowest pages to render',
  ];
  const lines = rows.map((r) => [
    `${r.real} + ${r.synthetic.toLocaleString('en')}`,
    r.pages.toLocaleString('en'),
    `${r.wall.toFixed(1)}: ${r.build.toFixed(1)} + ${r.index.toFixed(1)}`,
    num(r.cpu),
    (r.pages / r.wall).toFixed(1),
    `${((r.wall * 1000) / r.pages).toFixed(1)} (${num(r.cpu === undefined ? undefined : (r.cpu * 1000) / r.pages)})`,
    mb(r.distBytes),
    mb(r.indexBytes),
    kb(r.medianGzip),
    `${kb(r.largest?.gzip ?? 0)} (${r.largest?.page.replace(/index\.html$/, '') || '–'})`,
    `${num(r.buildPeakMb, 0)} / ${num(r.indexPeakMb, 0)}`,
    r.load.toFixed(1),
    r.slowest
      .map((p) => `${p.page.replace(/index\.html$/, '')} ${(p.ms / 1000).toFixed(1)} s`)
      .join(', '),
  ]);
  return [head, head.map(() => '---'), ...lines]
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n');
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
for (let i = 1; i < rows.length; i++) {
  const [a, b] = [rows[i - 1], rows[i]];
  if (a.synthetic === 0) continue;
  const ratio = (x, y) => (y / b.pages / (x / a.pages)).toFixed(2);
  const cpu = a.cpu === undefined ? '' : `, CPU time per page ×${ratio(a.cpu, b.cpu)}`;
  console.log(
    `${a.synthetic} → ${b.synthetic} synthetic cases: wall time per page ×${ratio(a.wall, b.wall)}${cpu}`,
  );
}
console.log(`node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`);
if (opts.keep) console.log(`kept: ${dirs.join(' ')}`);
