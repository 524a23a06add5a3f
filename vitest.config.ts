import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs before the build (pure logic, content files); `site` runs after it
 * and checks the built site (budgets, links, HTML validity). `npm test` runs them in that order.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Announces once when the source article is missing and its tests are skipped.
          globalSetup: ['tests/helpers/article-setup.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
});
