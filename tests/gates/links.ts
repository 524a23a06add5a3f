/**
 * Link check over a built site: every internal href and src must resolve to a file of the build,
 * stay under the base path the site was built for, and every #fragment must name an id on the
 * target page. Resources (scripts, styles, images) must not come from another host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles, listPages, readPageFile, servedPath, type ReadPage } from './site';

export interface LinkProblem {
  /** URL path of the page (or stylesheet) holding the reference. */
  from: string;
  /** Where in it: `a[href]`, `css url()`. */
  where: string;
  /** The reference as written. */
  url: string;
  problem: string;
}

/** Stand-in origin for resolving references; never contacted. */
const ORIGIN = 'http://casebook.invalid';
/** The origin canonical links use (SITE_URL, as in astro.config.mjs); links to it are internal. */
export const siteOrigin = new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;

const SKIPPED_SCHEMES = new Set(['mailto:', 'tel:', 'data:', 'blob:', 'about:']);

interface Target {
  /** File of the build the URL resolves to, relative to its root. */
  file: string;
  fragment?: string;
}

/**
 * Resolves one reference from a document served at `fromPath`. Returns the file it names, or
 * undefined when it is not the link check's business (another site, mailto:), or a problem.
 */
export function resolveReference(
  url: string,
  fromPath: string,
  base: string,
  files: Set<string>,
  resource: boolean,
): Target | undefined | { problem: string } {
  let resolved: URL;
  try {
    resolved = new URL(url, ORIGIN + fromPath);
  } catch {
    return { problem: 'not a valid URL' };
  }
  if (resolved.protocol === 'javascript:') return { problem: 'javascript: URL; use a button' };
  if (SKIPPED_SCHEMES.has(resolved.protocol)) return undefined;
  if (resolved.origin !== ORIGIN && resolved.origin !== siteOrigin) {
    return resource
      ? { problem: 'loaded from another host: the site makes no external requests' }
      : undefined;
  }
  let path: string;
  try {
    path = decodeURIComponent(resolved.pathname);
  } catch {
    return { problem: 'badly percent-encoded path' };
  }
  if (!path.startsWith(base)) return { problem: `outside the base path ${base}` };
  const rel = path.slice(base.length);
  const file = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
  if (!files.has(file)) {
    return files.has(`${rel}/index.html`)
      ? { problem: 'page link without its trailing slash (the site uses trailingSlash: always)' }
      : { problem: 'no such file in the build' };
  }
  const hash = resolved.hash.slice(1);
  if (hash === '') return { file };
  try {
    return { file, fragment: decodeURIComponent(hash) };
  } catch {
    return { problem: 'badly percent-encoded fragment' };
  }
}

/** url(…) references in a stylesheet, data: URIs excluded. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(['"]?)([^'")]+?)\1\s*\)/g)]
    .map((m) => m[2]!)
    .filter((u) => !u.startsWith('data:') && !u.startsWith('#'));
}

/** Checks every page and stylesheet of the site in `dir`, built for `base`. */
export async function checkLinks(dir: string, base: string): Promise<LinkProblem[]> {
  const all = listFiles(dir);
  const files = new Set(all);
  const pages = listPages(dir);
  const read = new Map<string, ReadPage>();
  for (const page of pages) read.set(page.path, await readPageFile(page.file));
  const problems: LinkProblem[] = [];

  const check = (from: string, where: string, url: string, resource: boolean) => {
    const result = resolveReference(url, from, base, files, resource);
    if (result === undefined) return;
    if ('problem' in result) {
      problems.push({ from, where, url, problem: result.problem });
      return;
    }
    if (result.fragment === undefined || result.fragment === 'top') return;
    const target = read.get(result.file);
    if (target && !target.ids.has(result.fragment)) {
      problems.push({
        from,
        where,
        url,
        problem: `no element with id="${result.fragment}" on the target page`,
      });
    }
  };

  for (const page of pages) {
    const from = servedPath(base, page.route);
    const doc = read.get(page.path)!;
    for (const ref of doc.references) check(from, ref.where, ref.url, ref.resource);
    for (const css of doc.inlineStyles)
      for (const url of cssUrls(css)) check(from, 'style url()', url, true);
  }
  for (const file of all.filter((f) => f.endsWith('.css'))) {
    const from = servedPath(base, file);
    for (const url of cssUrls(readFileSync(join(dir, file), 'utf8')))
      check(from, 'css url()', url, true);
  }
  return problems;
}

/**
 * Problems grouped by what is wrong (same attribute, same URL without its query, same problem),
 * one line each, with one example URL and up to three pages it is on.
 */
export function formatLinkProblems(problems: LinkProblem[]): string[] {
  const grouped = Map.groupBy(
    problems,
    (p) => `${p.where} "${p.url.replace(/\?[^#]*/, '')}": ${p.problem}`,
  );
  return [...grouped].map(([what, list]) => {
    const pages = [...new Set(list.map((p) => p.from))];
    const more = pages.length > 3 ? ` and ${pages.length - 3} more` : '';
    const example = list[0]!.url.includes('?') ? ` (e.g. ${list[0]!.url})` : '';
    return `${what}${example} (on ${pages.slice(0, 3).join(', ')}${more})`;
  });
}
