// Serves the /casebook/ build with Debian's nginx and deploy/nginx.conf, for the nginx smoke
// suite (playwright.nginx.config.ts starts it and stops it). nginx runs in the foreground as one
// process of this user, with its own prefix, logs and temporary folders under the system's
// temporary directory, listening on loopback only; everything is removed when it stops.
//
//   node tests/e2e-nginx/serve.mjs [port]     (default E2E_NGINX_PORT, E2E_PORT, then 4329)
import { spawn, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(import.meta.dirname, '..', '..');
export const SUB_PATH = '/casebook/';
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const MIME_TYPES = '/etc/nginx/mime.types';

/** The build served under /casebook/: dist/ when it was built there, else the link-check build. */
export function siteDir(basePath = process.env.BASE_PATH) {
  const raw = (basePath ?? '').trim().replace(/^\/+|\/+$/g, '');
  return join(root, raw === 'casebook' ? 'dist' : 'dist-linkcheck');
}

/** deploy/nginx.conf with the test's port and document root: each change must apply once. */
export function serverBlock(text, { port, www }) {
  const edits = [
    [/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`],
    [/^(\s*)root \/srv\/www;$/m, `$1root ${www};`],
  ];
  return edits.reduce((conf, [pattern, replacement]) => {
    if (!pattern.test(conf)) throw new Error(`deploy/nginx.conf: no line matching ${pattern}`);
    return conf.replace(pattern, replacement);
  }, text);
}

function fail(message) {
  console.error(`serve-nginx: ${message}`);
  process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(
    process.argv[2] ?? process.env.E2E_NGINX_PORT ?? process.env.E2E_PORT ?? 4329,
  );
  const site = siteDir();
  if (!existsSync(NGINX)) fail(`${NGINX} not found: apt-get install nginx`);
  if (!existsSync(BROTLI_MODULE) && process.env.CI)
    fail(`${BROTLI_MODULE} not found: apt-get install libnginx-mod-http-brotli-static`);
  if (!existsSync(join(site, 'index.html')) || !existsSync(join(site, 'pagefind')))
    fail(`${site} has no /casebook/ build with a search index: run npm run test:site first`);

  const prefix = mkdtempSync(join(tmpdir(), 'casebook-nginx-'));
  const conf = join(prefix, 'conf');
  const www = join(prefix, 'www');
  for (const dir of [conf, www, join(prefix, 'logs'), join(prefix, 'tmp')]) mkdirSync(dir);
  symlinkSync(site, join(www, SUB_PATH.replaceAll('/', '')));
  copyFileSync(MIME_TYPES, join(conf, 'mime.types'));
  const server = serverBlock(readFileSync(join(root, 'deploy', 'nginx.conf'), 'utf8'), {
    port,
    www,
  });
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
    .map((name) => `    ${name}_temp_path ${join(prefix, 'tmp', name)};`)
    .join('\n');
  writeFileSync(
    join(conf, 'nginx.conf'),
    [
      existsSync(BROTLI_MODULE) ? `load_module ${BROTLI_MODULE};` : '',
      'daemon off;',
      'master_process off;',
      `pid ${join(prefix, 'nginx.pid')};`,
      `error_log ${join(prefix, 'logs', 'error.log')} warn;`,
      'events { worker_connections 256; }',
      'http {',
      '    default_type application/octet-stream;',
      '    access_log off;',
      temp,
      '    sendfile on;',
      server.replace(/^/gm, '    '),
      '}',
      '',
    ].join('\n'),
  );
  if (!existsSync(BROTLI_MODULE)) {
    // Without the module the deploy file's brotli_static line cannot load: serve gzip only.
    const text = readFileSync(join(conf, 'nginx.conf'), 'utf8');
    writeFileSync(join(conf, 'nginx.conf'), text.replace(/^\s*brotli_static on;\n/m, ''));
    console.warn('serve-nginx: no Brotli module, serving gzip only');
  }

  const args = [
    '-p',
    prefix,
    '-c',
    join(conf, 'nginx.conf'),
    '-e',
    join(prefix, 'logs', 'error.log'),
  ];
  const test = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (test.status !== 0) {
    rmSync(prefix, { recursive: true, force: true });
    fail(`nginx -t failed:\n${test.stderr}`);
  }

  const nginx = spawn(NGINX, args, { stdio: 'inherit' });
  console.log(`serve-nginx: ${site} at http://127.0.0.1:${port}${SUB_PATH} (pid ${nginx.pid})`);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    nginx.kill('SIGQUIT');
  };
  nginx.on('exit', (code, signal) => {
    const log = join(prefix, 'logs', 'error.log');
    if (!stopping && existsSync(log)) process.stderr.write(readFileSync(log));
    rmSync(prefix, { recursive: true, force: true });
    process.exit(stopping ? 0 : (code ?? (signal ? 1 : 0)));
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
}
