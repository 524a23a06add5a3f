import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import base from './playwright.config';

/**
 * The case index, compare, mechanism and search specs against a synthetic casebook of
 * SYNTHETIC_CASES (1,000) cases besides the real ones, built by scripts/synthetic-site.mjs
 * (`npm run test:e2e:synthetic`). The specs read the same synthetic content (CASEBOOK_CONTENT),
 * so what they expect is computed from the casebook they test.
 */
const count = process.env.SYNTHETIC_CASES ?? '1000';
const dir = process.env.SYNTHETIC_DIR ?? join(tmpdir(), `casebook-synthetic-${count}`);
process.env.CASEBOOK_CONTENT = join(dir, 'content');
process.env.CASEBOOK_DIST = join(dir, 'dist');
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  ...base,
  testMatch: [
    'e2e/cases.spec.ts',
    'e2e/compare.spec.ts',
    'e2e/mechanisms.spec.ts',
    'e2e/search.spec.ts',
  ],
  use: { ...base.use, baseURL: `http://localhost:${port}/` },
  webServer: {
    command: `npx astro preview --port ${port} --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: { CASEBOOK_DIST: process.env.CASEBOOK_DIST },
  },
});
