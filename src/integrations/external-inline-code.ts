/**
 * Moves every inline <script> and <style> of the built pages into files, so the site runs under
 * a Content-Security-Policy without 'unsafe-inline' and without hashes (security-headers.ts).
 *
 * Astro 7 writes a few inline snippets we cannot configure away: the island bootstrap
 * (`astro-island` and the client:load / client:only directive scripts, once per page that has an
 * island) and the island display style. Its `security.csp` option answers with hashes in a
 * <meta> policy, which an intranet server's own header policy does not carry. Our own code is
 * already external (build.inlineStylesheets 'never', vite assetsInlineLimit 0); this step takes
 * care of Astro's, after the build, with content-hashed names so they cache like any asset.
 *
 * A classic inline script becomes a classic `<script src>` (still parser-blocking, so it runs at
 * the same point); a module stays a module. Data blocks (type="application/json") stay inline:
 * they never run, and CSP does not apply to them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const EXECUTABLE = new Set(['', 'text/javascript', 'application/javascript', 'module']);
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g;
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style>/g;

function typeOf(attributes: string): string {
  return (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? '').toLowerCase();
}

export interface Externalised {
  html: string;
  files: Map<string, string>;
}

/**
 * Pure: the page with its inline code replaced by references, and the files to write
 * (name → text). `assetsUrl` is where the files will be served from (`/casebook/_astro/`).
 */
export function externaliseInlineCode(html: string, assetsUrl: string): Externalised {
  const files = new Map<string, string>();
  const fileFor = (text: string, extension: string) => {
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
    const name = `inline.${hash}.${extension}`;
    files.set(name, text);
    return `${assetsUrl}${name}`;
  };
  const withScripts = html.replace(SCRIPT, (whole, attributes: string, body: string) => {
    if (/\bsrc\s*=/.test(attributes) || !EXECUTABLE.has(typeOf(attributes))) return whole;
    if (body.trim() === '') return whole;
    return `<script${attributes} src="${fileFor(body, 'js')}"></script>`;
  });
  const withStyles = withScripts.replace(STYLE, (_, attributes: string, body: string) => {
    const media = /\bmedia\s*=\s*("[^"]*"|'[^']*')/.exec(attributes)?.[0];
    return `<link rel="stylesheet" href="${fileFor(body, 'css')}"${media ? ` ${media}` : ''}>`;
  });
  return { html: withStyles, files };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function externalInlineCode(): AstroIntegration {
  let assetsUrl = '/_astro/';
  let assetsDir = '_astro';
  return {
    name: 'casebook-external-inline-code',
    hooks: {
      'astro:config:done': ({ config }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assetsDir = config.build.assets;
        assetsUrl = `${base}${assetsDir}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const out = join(root, assetsDir);
        mkdirSync(out, { recursive: true });
        let moved = 0;
        const written = new Set<string>();
        for (const file of htmlFiles(root)) {
          const { html, files } = externaliseInlineCode(readFileSync(file, 'utf8'), assetsUrl);
          if (files.size === 0) continue;
          for (const [name, text] of files) {
            if (!written.has(name)) writeFileSync(join(out, name), text);
            written.add(name);
          }
          writeFileSync(file, html);
          moved += 1;
        }
        logger.info(`moved inline scripts and styles of ${moved} pages into ${written.size} files`);
      },
    },
  };
}
