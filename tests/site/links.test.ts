/**
 * Link check over the real build and over the same site built under the other base path
 * (scripts/build-linkcheck.mjs, run by `npm run test:site` before this file).
 */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { checkLinks, formatLinkProblems } from '../gates/links';
import { buildBase, distDir, listPages, repoRoot } from '../gates/site';
import { LINKCHECK_DIR, linkcheckBase } from '../../scripts/build-linkcheck.mjs';

const linkcheckDir = join(repoRoot, LINKCHECK_DIR);

describe('links', () => {
  test(`dist/ (base ${buildBase}): every internal href and src resolves, every #fragment exists`, async () => {
    expect(formatLinkProblems(await checkLinks(distDir, buildBase))).toEqual([]);
  });

  const otherBase = linkcheckBase();
  test(`${LINKCHECK_DIR}/ (base ${otherBase}): every internal href and src resolves, every #fragment exists`, async () => {
    expect(formatLinkProblems(await checkLinks(linkcheckDir, otherBase))).toEqual([]);
  });

  test(`${LINKCHECK_DIR}/ is the same site as dist/ (same pages), not a stale build`, () => {
    const routes = (dir: string) => listPages(dir).map((page) => page.route);
    expect(routes(linkcheckDir)).toEqual(routes(distDir));
  });
});
