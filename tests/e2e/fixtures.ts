/**
 * Shared test fixture: every page is watched for requests that leave this machine and for
 * uncaught errors, and can be checked with axe-core. Every test also fails on any
 * Content-Security-Policy violation (the servers send the site's policy: astro preview through
 * astro.config.mjs, nginx through deploy/nginx.conf).
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import axe from 'axe-core';

/**
 * The axe-core the project pins (package.json), injected into the page: @axe-core/playwright
 * bundles an older axe-core of its own (4.13 when this was written), which misses rules that
 * 4.14 reports (label-content-name-mismatch on buttons, for one).
 */
export const AXE_SOURCE: string = axe.source;
export const AXE_VERSION: string = axe.version;

export interface Watch {
  external: string[];
  errors: string[];
}

export const test = base.extend<{ watch: Watch; cspViolations: string[] }>({
  cspViolations: [
    async ({ page }, use) => {
      const seen: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
      });
      // The event carries what was blocked; Chromium's own console line does not always.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `Content Security Policy violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      await use(seen);
      expect(seen, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  watch: async ({ page }, use) => {
    const watch: Watch = { external: [], errors: [] };
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (
        !['localhost', '127.0.0.1'].includes(url.hostname) &&
        !['data:', 'blob:'].includes(url.protocol)
      ) {
        watch.external.push(request.url());
      }
    });
    page.on('pageerror', (error) => watch.errors.push(error.message));
    await use(watch);
  },
});

export { expect };

/** Serious and critical axe-core violations, one readable line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  if (results.testEngine.version !== AXE_VERSION)
    throw new Error(`axe-core ${results.testEngine.version} ran, not the pinned ${AXE_VERSION}`);
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

/** Collects every JavaScript request the page makes from now on (reading pages make none). */
export function watchScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url()))
      scripts.push(request.url());
  });
  return scripts;
}

/** Links on the page that leave the base path the site was built for (should be none). */
export async function linksOutsideBase(page: Page, baseURL: string): Promise<string[]> {
  const base = new URL(baseURL);
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.filter((href) => {
    const url = new URL(href);
    return url.origin !== base.origin || !url.pathname.startsWith(base.pathname);
  });
}
