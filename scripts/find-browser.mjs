// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH first, then Debian's
// /usr/bin/chromium, then Playwright's own download. Says exactly what to install when none is there.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** @returns {string | undefined} a path for launchOptions.executablePath, or undefined for Playwright's own. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  let own;
  try {
    own = chromium.executablePath();
  } catch {
    own = undefined;
  }
  if (own && existsSync(own)) return undefined;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests. Install one of:',
      '  • Debian/Ubuntu: sudo apt-get install -y chromium   (gives /usr/bin/chromium)',
      "  • Playwright's own build: npx playwright install chromium",
      '  • or point CHROMIUM_PATH at an existing Chromium/Chrome binary.',
    ].join('\n'),
  );
}
