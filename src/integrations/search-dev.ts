/**
 * `npm run dev` serves the search index of the last build: requests for `<base>pagefind/…` are
 * answered from dist/pagefind/, which `npm run build` writes. The dev server renders pages on
 * demand, so there is no built HTML to index while it runs; without a build the search page
 * shows its "index cannot load" message and the terminal says what to run.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEARCH_BUNDLE_DIR } from '../search/contract';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export function searchDevBundle(): AstroIntegration {
  let base = '/';
  let bundleDir = '';
  return {
    name: 'casebook:search-dev-bundle',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        bundleDir = resolve(fileURLToPath(config.outDir), SEARCH_BUNDLE_DIR);
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(join(bundleDir, 'pagefind.js'))) {
          logger.warn(
            `no search index in ${bundleDir}: run \`npm run build\` once so that search works in dev.`,
          );
        }
        const prefix = `${base}${SEARCH_BUNDLE_DIR}`;
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
          if (!path.startsWith(prefix)) return next();
          const file = resolve(bundleDir, path.slice(prefix.length));
          if (!file.startsWith(bundleDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.end('search index not built: run `npm run build`');
            return;
          }
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-cache');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
