/**
 * The server configuration that ships (deploy/nginx.conf) sends the same security headers as
 * `astro preview` (src/integrations/security-headers.ts), on every response (`always`), and
 * serves the build the way the site needs: precompressed files, the 404 page, the sub-path.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../helpers/content';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/integrations/security-headers';
import { externaliseInlineCode } from '../../src/integrations/external-inline-code';
import { serverBlock } from '../e2e-nginx/serve.mjs';

const conf = readFileSync(join(repoRoot, 'deploy', 'nginx.conf'), 'utf8');
const active = conf
  .split('\n')
  .map((line) => line.replace(/#.*$/, '').trim())
  .filter(Boolean);

describe('deploy/nginx.conf', () => {
  test('sends exactly the security headers astro preview sends, on every status', () => {
    const headers = Object.fromEntries(
      active
        .filter((line) => line.startsWith('add_header ') && !line.includes('Cache-Control'))
        .map((line) => {
          const match = /^add_header (\S+) "(.*)" always;$/.exec(line);
          expect(match, line).not.toBeNull();
          return [match![1]!, match![2]!];
        }),
    );
    expect(headers).toEqual(SECURITY_HEADERS);
  });

  test('the policy is the strict one: no inline script or style, no eval beyond WebAssembly', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'self'");
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'self';/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /'unsafe-inline'|'unsafe-eval'|'sha256-|'nonce-|\*/,
    );
  });

  test('serves precompressed files, the 404 page and the sub-path', () => {
    expect(active).toContain('gzip_static on;');
    expect(active).toContain('brotli_static on;');
    expect(active).toContain('error_page 404 /casebook/404.html;');
    expect(active).toContain('location /casebook/ {');
    expect(
      active.some((line) =>
        /^~\^\/casebook\/_astro\/\s+"public, max-age=31536000, immutable";$/.test(line),
      ),
    ).toBe(true);
  });

  test('the smoke suite serves this very file, changing only port and document root', () => {
    const served = serverBlock(conf, { port: 4999, www: '/tmp/www' });
    const changed = served
      .split('\n')
      .filter((line: string, i: number) => line !== conf.split('\n')[i]);
    expect(changed.map((line: string) => line.trim())).toEqual([
      'listen 127.0.0.1:4999;',
      'root /tmp/www;',
    ]);
  });
});

describe('inline code moved to files', () => {
  const html = [
    '<head><style>astro-island{display:contents}</style></head><body>',
    '<script>(()=>{self.Astro={}})();</script>',
    '<script type="module">import"./x.js"</script>',
    '<script type="application/json" id="cfg">{"a":1}</script>',
    '<script src="/_astro/app.js"></script>',
    '</body>',
  ].join('');
  const { html: out, files } = externaliseInlineCode(html, '/casebook/_astro/');

  test('scripts and styles become files with content-hashed names under the base path', () => {
    expect(out).not.toMatch(
      /<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>[^<]+<\/script>/,
    );
    expect(out).not.toContain('<style');
    expect([...files.keys()].every((name) => /^inline\.[0-9a-f]{12}\.(js|css)$/.test(name))).toBe(
      true,
    );
    expect([...files.values()]).toEqual(
      expect.arrayContaining([
        'astro-island{display:contents}',
        '(()=>{self.Astro={}})();',
        'import"./x.js"',
      ]),
    );
    for (const name of files.keys()) expect(out).toContain(`/casebook/_astro/${name}`);
  });

  test('a classic script stays classic (runs where it stood), a module stays a module', () => {
    expect(out).toMatch(/<script src="\/casebook\/_astro\/inline\.[0-9a-f]{12}\.js"><\/script>/);
    expect(out).toMatch(
      /<script type="module" src="\/casebook\/_astro\/inline\.[0-9a-f]{12}\.js"><\/script>/,
    );
  });

  test('data blocks and external scripts are left as they are', () => {
    expect(out).toContain('<script type="application/json" id="cfg">{"a":1}</script>');
    expect(out).toContain('<script src="/_astro/app.js"></script>');
  });

  test('the same code on many pages is one file', () => {
    const again = externaliseInlineCode(
      '<script>(()=>{self.Astro={}})();</script>',
      '/casebook/_astro/',
    );
    expect([...again.files.keys()][0]).toBe(
      [...files.keys()].find((n) => files.get(n) === '(()=>{self.Astro={}})();'),
    );
  });
});
