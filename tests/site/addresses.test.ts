/**
 * Absolute addresses in the built site. Without SITE_URL a build cannot know where it will be
 * served, so it prints no absolute address of its own and no canonical link, and nothing in it
 * says `localhost`. With SITE_URL (the second build of `npm run test:site` always has one) every
 * page's canonical link is its own address under that site and base, and the citation blocks
 * carry the same address.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBase, distDir, listFiles, listPages, repoRoot } from '../gates/site';
import {
  LINKCHECK_DIR,
  LINKCHECK_SITE_URL,
  linkcheckBase,
} from '../../scripts/build-linkcheck.mjs';
import { t } from '../../src/i18n/ui';

const CANONICAL = /<link\b[^>]*\brel="canonical"[^>]*>/g;
const HREF = /\bhref="([^"]*)"/;

function canonicals(html: string): string[] {
  return [...html.matchAll(CANONICAL)].map((m) => HREF.exec(m[0])?.[1] ?? '');
}

/** The address a page is served at below `site` and `base`. */
function ownAddress(site: string, base: string, route: string): string {
  return new URL(`${base}${route}`, site).href;
}

describe.runIf(!process.env.SITE_URL)('dist/ built without SITE_URL', () => {
  const files = listFiles(distDir).filter((f) => /\.(html|json|csv|xml|txt)$/.test(f));

  test('no built page or data file says localhost', () => {
    const offenders = files.filter((f) =>
      readFileSync(join(distDir, f), 'utf8').includes('localhost'),
    );
    expect(offenders).toEqual([]);
  });

  test('no page has a canonical link: the build does not invent an address', () => {
    const pages = listPages(distDir);
    expect(pages.length).toBeGreaterThan(10);
    const withCanonical = pages.filter((p) => canonicals(readFileSync(p.file, 'utf8')).length > 0);
    expect(withCanonical.map((p) => p.route)).toEqual([]);
  });

  test('page citations leave the address as a placeholder for the reader', () => {
    const casePage = listPages(distDir).find((p) => p.type === 'case')!;
    expect(readFileSync(casePage.file, 'utf8')).toContain(`[${t('cite.url')}]`);
  });
});

describe.runIf(!!process.env.SITE_URL)('dist/ built with SITE_URL', () => {
  test('every page’s canonical link is its own address under SITE_URL and the base', () => {
    const wrong = listPages(distDir)
      .filter((p) => p.type !== 'not-found')
      .flatMap((p) => {
        const found = canonicals(readFileSync(p.file, 'utf8'));
        const want = ownAddress(process.env.SITE_URL!, buildBase, p.route);
        return found.length === 1 && found[0] === want ? [] : [`${p.route}: ${found.join(' ')}`];
      });
    expect(wrong).toEqual([]);
  });
});

describe(`${LINKCHECK_DIR}/ built with SITE_URL=${LINKCHECK_SITE_URL}`, () => {
  const dir = join(repoRoot, LINKCHECK_DIR);
  const base = linkcheckBase();
  const pages = listPages(dir).filter((p) => p.type !== 'not-found');

  test('every page has exactly one canonical link, to its own address', () => {
    expect(pages.length).toBeGreaterThan(10);
    const wrong = pages.flatMap((p) => {
      const found = canonicals(readFileSync(p.file, 'utf8'));
      const want = ownAddress(LINKCHECK_SITE_URL, base, p.route);
      return found.length === 1 && found[0] === want ? [] : [`${p.route}: ${found.join(' ')}`];
    });
    expect(wrong).toEqual([]);
  });

  test('a case page cites itself at its own address, and the data page cites the dataset there', () => {
    const casePage = pages.find((p) => p.type === 'case')!;
    const caseHtml = readFileSync(casePage.file, 'utf8');
    expect(caseHtml).toContain(`${ownAddress(LINKCHECK_SITE_URL, base, casePage.route)}.`);
    expect(caseHtml).not.toContain(`[${t('cite.url')}]`);
    const dataPage = pages.find((p) => p.type === 'data')!;
    expect(readFileSync(dataPage.file, 'utf8')).toContain('[DS/OL]. ');
    expect(readFileSync(dataPage.file, 'utf8')).toContain(
      ownAddress(LINKCHECK_SITE_URL, base, dataPage.route),
    );
  });
});
