import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-browser.mjs';

/**
 * Tests run against the built site served by `astro preview` (with the site's security headers),
 * under BASE_PATH when it is set. The smoke suite of tests/e2e-nginx/ runs here too; its own
 * config (playwright.nginx.config.ts) runs it against nginx.
 */
const port = Number(process.env.E2E_PORT ?? 4329);
const base = `/${(process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests',
  testMatch: ['e2e/**/*.spec.ts', 'e2e-nginx/smoke.spec.ts'],
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  // axe over the compare page and the search table take longer than 30 s on a loaded two-core machine.
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${port}${base}`,
    trace: 'off',
    locale: 'zh-CN',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // CASEBOOK_DIST serves another build (a synthetic one: see docs/search.md).
    command: `npx astro preview --port ${port} --host 127.0.0.1${process.env.CASEBOOK_DIST ? ` --outDir ${process.env.CASEBOOK_DIST}` : ''}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
