// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryPlugin } from './src/integrations/glossary-plugin.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { contentLint } from './src/integrations/content-lint.ts';
import { externalInlineCode } from './src/integrations/external-inline-code.ts';
import { SECURITY_HEADERS } from './src/integrations/security-headers.ts';
import { searchDevBundle } from './src/integrations/search-dev.ts';
import { comparePreact } from './src/integrations/compare-preact.ts';

/**
 * Intranet deployments live under a sub-path, so the base comes from the environment:
 * `BASE_PATH=/casebook/ npm run build`. Normalised to start and end with a slash.
 */
function basePath() {
  const raw = (process.env.BASE_PATH ?? '/').trim();
  if (raw === '' || raw === '/') return '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}

const base = basePath();
const contentRoot = (process.env.CASEBOOK_CONTENT ?? './content').replace(/\/+$/, '');

export default defineConfig({
  // The benchmark builds with a cold cache of its own so it neither reuses nor pollutes this one.
  ...(process.env.CASEBOOK_CACHE_DIR ? { cacheDir: process.env.CASEBOOK_CACHE_DIR } : {}),
  // A synthetic build lives outside the repository; `astro preview` serves it from there too.
  ...(process.env.CASEBOOK_DIST ? { outDir: process.env.CASEBOOK_DIST } : {}),
  // The deployed address, for canonical links and citations. Unset, pages carry no absolute
  // address at all rather than an invented one (such as localhost).
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: 'always',
  // Every script and stylesheet is a file, so the strict CSP needs no 'unsafe-inline' or hashes.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The compare tool's browser bundle uses Preact's compat layer (src/integrations/compare-preact.ts).
  vite: { plugins: [comparePreact()], build: { assetsInlineLimit: 0 } },
  markdown: {
    // Case narratives get their glossary terms marked up at build time (first occurrence per page).
    // MDX inherits this processor. The guard runs first: a body that could run code stops here.
    processor: satteri({
      mdastPlugins: [contentGuard()],
      hastPlugins: [glossaryPlugin({ file: `${contentRoot}/glossary/terms.yaml`, base })],
    }),
  },
  integrations: [
    // Before anything else reads content: one report in Chinese with file, line and fix.
    contentLint(),
    mdx(),
    react(),
    // `npm run dev` serves the search index of the last build under <base>pagefind/.
    searchDevBundle(),
    // Last: moves Astro's own inline island scripts and styles into files after the build.
    externalInlineCode(),
  ],
  // `astro preview` serves the security headers deploy/nginx.conf sends; dev does not, since
  // Vite's dev client is inline script.
  server: ({ command }) => ({
    port: 4321,
    ...(command === 'preview' ? { headers: { ...SECURITY_HEADERS } } : {}),
  }),
  devToolbar: { enabled: false },
  // No prefetching or other client scripts: reading pages ship no JavaScript.
  prefetch: false,
});
