/**
 * Shared test fixture: every page is watched for requests that leave this machine and for
 * uncaught errors, and can be checked with axe-core.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface Watch {
  external: string[];
  errors: string[];
}

export const test = base.extend<{ watch: Watch }>({
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
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
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
