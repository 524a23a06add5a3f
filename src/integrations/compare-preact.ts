/**
 * The compare tool's browser bundle runs on Preact's React-compatible layer (about 5 KB
 * gzipped against react-dom's 60): only imports made from src/components/compare/ in the
 * client build are redirected, so the tool's static example still renders with React at build
 * time and the search island keeps React. Measured: a three-case view with every chart drawn
 * fetches 182 KB with React, under 150 KB with Preact (tests/e2e/compare-budget.spec.ts).
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

export function comparePreact(): Plugin {
  return {
    name: 'casebook:compare-preact',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      const target = COMPAT[source];
      if (!target || !importer || !COMPARE_DIR.test(importer)) return null;
      const environment = (this as { environment?: { config?: { consumer?: string } } })
        .environment;
      const server = options?.ssr ?? environment?.config?.consumer === 'server';
      if (server) return null;
      return this.resolve(target, importer, { ...options, skipSelf: true });
    },
  };
}
