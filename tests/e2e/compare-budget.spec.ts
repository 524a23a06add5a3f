/**
 * Byte budget of /compare/: every JavaScript file the browser fetches for the page, including
 * the chart code loaded on demand, gzip-compressed as a server would send it.
 *
 * Budget: 150 kB. What it pays for (measured when set, 140 kB in all): React 19 with
 * react-dom's client (~66 kB, the island framework the stack fixes), the tree-shaken chart.js bar
 * pieces (~52 kB, loaded on demand), and the tool itself (~23 kB) with the metric vocabulary,
 * formatting and the whole UI dictionary of src/i18n/ui.ts, which every island shares. The margin
 * is room for the tool and the dictionary to grow a little, not for another library: a dependency
 * of any size would push it over and should be argued for.
 */
import { gzipSync } from 'node:zlib';
import { test, expect } from './fixtures';
import { BUDGETS } from '../gates/budgets';

/** The figure lives with every other budget, in tests/gates/budgets.ts. */
const BUDGET_BYTES = BUDGETS.compare.js;

test('the compare page ships less than its JavaScript budget', async ({ page }) => {
  const scripts = new Map<string, number>();
  page.on('response', async (response) => {
    const url = response.url();
    if (!/\.m?js(\?|$)/.test(url) && response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => undefined);
    if (body) scripts.set(url, gzipSync(body, { level: 9 }).length);
  });
  await page.goto('compare/');
  // Wait until the charts (the on-demand chunk) have drawn.
  await expect(page.locator('.compare-app')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = [...scripts.values()].reduce((a, b) => a + b, 0);
  const detail = [...scripts].map(([url, n]) => `${new URL(url).pathname}: ${n}`).join('\n');
  console.log(`compare page JavaScript, gzipped: ${total} bytes\n${detail}`);
  expect(scripts.size, 'the page should load its island').toBeGreaterThan(0);
  expect([...scripts.keys()].some((url) => url.includes('chart-render'))).toBe(true);
  expect(total, detail).toBeLessThan(BUDGET_BYTES);
});
