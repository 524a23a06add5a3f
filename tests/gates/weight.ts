/**
 * What a page weighs, measured from the built files. Sizes are gzip level 6 (the default of
 * Apache's mod_deflate and of zlib): what a reader on a compressing server downloads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles, type ReadPage } from './site';

export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 6 }).length;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Every way an HTML page can make the browser run JavaScript, one description each. */
export function scriptsOf(doc: ReadPage): string[] {
  const found = doc.inlineScripts.map((text) => `inline <script> (${text.length} characters)`);
  for (const ref of doc.references) {
    const isScript =
      ref.where === 'script[src]' ||
      ref.where.startsWith('astro-island[') ||
      (ref.where === 'link[href]' && /\.m?js(\?|$)/.test(ref.url));
    if (isScript) found.push(`${ref.where} ${ref.url}`);
  }
  return found;
}

/**
 * Our CSS: every stylesheet Astro emits (under _astro/ and anywhere else outside Pagefind's
 * bundle) and every distinct inline <style> block of the pages. Pagefind's own stylesheets are
 * left out: a pinned third-party bundle that only the search page loads.
 */
export function cssOf(
  dir: string,
  docs: ReadPage[],
): { files: string[]; raw: number; gzip: number } {
  const files = listFiles(dir).filter((f) => f.endsWith('.css') && !f.startsWith('pagefind/'));
  const texts = [
    ...files.map((f) => readFileSync(join(dir, f), 'utf8')),
    ...new Set(docs.flatMap((doc) => doc.inlineStyles)),
  ];
  return {
    files,
    raw: texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0),
    gzip: texts.reduce((sum, t) => sum + gzipSize(t), 0),
  };
}
