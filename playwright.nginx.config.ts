import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-browser.mjs';

/**
 * The smoke suite against a real web server: Debian's nginx, started and stopped by
 * tests/e2e-nginx/serve.mjs, serving the /casebook/ build with deploy/nginx.conf.
 * `npm run test:e2e:nginx`; it needs the /casebook/ build of `npm run test:site`.
 */
// The same port as the preview suite by default: `npm test` runs the two one after the other.
const port = Number(process.env.E2E_NGINX_PORT ?? process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e-nginx',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/casebook/`,
    trace: 'off',
    locale: 'zh-CN',
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [{ name: 'nginx', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node tests/e2e-nginx/serve.mjs ${port}`,
    url: `http://127.0.0.1:${port}/casebook/`,
    reuseExistingServer: false,
    timeout: 30_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
  },
});
