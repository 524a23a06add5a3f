/**
 * The compare tool's browser bundle runs on Preact's React-compatible layer (about 5 KB
 * gzipped against react-dom's 60): only imports made from src/components/compare/ in the
 * client build are redirected, so the tool's static example still renders with React at build
 * time and the search island keeps React. Measured: a three-case view with every chart drawn
 * fetches 182 KB with React, under 150 KB with Preact (tests/e2e/compare-budget.spec.ts).
 *
 * The tool's stylesheets reach the page once, through the server build (StaticCompare imports
 * the tool): in the browser build the components' CSS imports resolve to an empty module, so the
 * same rules are not shipped in a second file.
 */
import type { Plugin } from 'vite';

const COMPAT: Record<string, string> = {
  react: 'preact/compat',
  'react-dom': 'preact/compat',
  'react-dom/client': 'preact/compat/client',
  'react/jsx-runtime': 'preact/jsx-runtime',
  'react/jsx-dev-runtime': 'preact/jsx-dev-runtime',
};

const COMPARE_DIR = /[\\/]src[\\/]components[\\/]compare[\\/]/;
const EMPTY_CSS = '\0casebook-compare-css';

export function comparePreact(): Plugin {
  return {
    name: 'casebook:compare-preact',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || !COMPARE_DIR.test(importer)) return null;
      const environment = (this as { environment?: { config?: { consumer?: string } } })
        .environment;
      const server = options?.ssr ?? environment?.config?.consumer === 'server';
      if (server) return null;
      if (source.endsWith('.css')) return EMPTY_CSS;
      const target = COMPAT[source];
      if (!target) return null;
      const resolved = await this.resolve(target, importer, { ...options, skipSelf: true });
      // Never fall back to React silently: the page would quietly weigh 60 KB more.
      if (!resolved) throw new Error(`compare-preact: cannot resolve ${target}; run npm ci`);
      return resolved;
    },
    load(id) {
      return id === EMPTY_CSS ? 'export {}' : null;
    },
  };
}
