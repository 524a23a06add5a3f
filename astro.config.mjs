// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { satteri } from '@astrojs/markdown-satteri';
import { glossaryPlugin } from './src/integrations/glossary-plugin.ts';
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
  // The deployed address, for canonical links and citations. Unset, pages carry no absolute
  // address at all rather than an invented one (such as localhost).
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Case narratives get their glossary terms marked up at build time (first occurrence per page).
    processor: satteri({
      hastPlugins: [glossaryPlugin({ file: `${contentRoot}/glossary/terms.yaml`, base })],
    }),
  },
  integrations: [
    mdx(),
    react(),
    // `npm run dev` serves the search index of the last build under <base>pagefind/.
    searchDevBundle(),
  ],
  // The compare tool's browser bundle uses Preact's compat layer (src/integrations/compare-preact.ts).
  vite: { plugins: [comparePreact()] },
  server: { port: 4321 },
  devToolbar: { enabled: false },
  // No prefetching or other client scripts: reading pages ship no JavaScript.
  prefetch: false,
});
