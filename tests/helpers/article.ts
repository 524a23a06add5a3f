/**
 * Finds the source article the first eight cases come from. It is not shipped with the project:
 * it lives in a sibling folder `shared/sources/` of the checkout or of any folder above it (a git
 * worktree sits one level deeper than the main checkout), or wherever CASEBOOK_SOURCES points.
 *
 * Tests that read the article run whenever it is found. Under CI=true they always run, so a
 * missing article fails them instead of skipping them; locally the skip is announced once by
 * tests/helpers/article-setup.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const ARTICLE_FILE = 'quyuhua-dangjian-xianyu-tansuo.txt';

const repoRoot = join(import.meta.dirname, '..', '..');

/** The article's path, or undefined when no candidate folder holds it. */
export function findArticle(start: string = repoRoot, env = process.env): string | undefined {
  if (env.CASEBOOK_SOURCES) {
    const path = join(resolve(env.CASEBOOK_SOURCES), ARTICLE_FILE);
    return existsSync(path) ? path : undefined;
  }
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, '..', 'shared', 'sources', ARTICLE_FILE);
    if (existsSync(candidate)) return resolve(candidate);
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export const articlePath = findArticle();
export const article = articlePath ? readFileSync(articlePath, 'utf8') : undefined;
export const inCI = process.env.CI === 'true';

/** Whether tests that need the article run: when it is here, and always in CI. */
export const runArticleTests = article !== undefined || inCI;

/** What to tell a reader when the article is missing. */
export const MISSING_ARTICLE =
  `source article ${ARTICLE_FILE} not found in any ../shared/sources/ above ${repoRoot} ` +
  '(set CASEBOOK_SOURCES to its folder)';
