/**
 * The built site runs under the strict Content-Security-Policy: no page holds inline script,
 * inline style, a style attribute, an inline event handler or a javascript: URL (data blocks of
 * type application/json are not scripts and may stay). Checked on both builds (root and sub-path).
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, listPages, repoRoot } from '../gates/site';

const builds = [distDir, join(repoRoot, 'dist-linkcheck')].filter((dir) =>
  existsSync(join(dir, 'index.html')),
);

const RULES: Array<[string, RegExp]> = [
  ['inline script', /<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>/gi],
  ['inline style element', /<style\b/gi],
  ['style attribute', /\sstyle=/gi],
  ['inline event handler', /<[a-z][^>]*\son[a-z]+=/gi],
  ['javascript: URL', /\s(?:href|src|action)=["']?\s*javascript:/gi],
];

describe.each(builds)('%s', (dir) => {
  const pages = listPages(dir);
  test('has pages', () => expect(pages.length).toBeGreaterThan(10));
  test('no page needs unsafe-inline', () => {
    const found: string[] = [];
    for (const page of pages) {
      const html = readFileSync(page.file, 'utf8');
      for (const [what, pattern] of RULES) {
        for (const match of html.matchAll(pattern))
          found.push(`${page.path}: ${what}: ${match[0].slice(0, 80)}`);
      }
    }
    expect(found).toEqual([]);
  });
  test('the 404 page exists at the root of the build', () => {
    expect(existsSync(join(dir, '404.html'))).toBe(true);
  });
});
