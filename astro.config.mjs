// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

/**
 * Intranet deployments live under a sub-path, so the base comes from the environment:
 * `BASE_PATH=/casebook/ npm run build`. Normalised to start and end with a slash.
 */
function basePath() {
  const raw = (process.env.BASE_PATH ?? '/').trim();
  if (raw === '' || raw === '/') return '/';
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`;
}

export default defineConfig({
  // The benchmark builds with a cold cache of its own so it neither reuses nor pollutes this one.
  ...(process.env.CASEBOOK_CACHE_DIR ? { cacheDir: process.env.CASEBOOK_CACHE_DIR } : {}),
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: basePath(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), react()],
  server: { port: 4321 },
  devToolbar: { enabled: false },
  // No prefetching or other client scripts: reading pages ship no JavaScript.
  prefetch: false,
});
