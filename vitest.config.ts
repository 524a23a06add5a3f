import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` runs before the build (pure logic, content files); `dist` runs after it
 * and checks the built site (budgets, links, HTML validity). `npm test` runs them in that order.
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 120_000 },
      },
    ],
  },
});
