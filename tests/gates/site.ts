/**
 * The built site as the quality gates see it: its pages found on disk, each classified by URL into
 * a page type, and each page's links, resources, scripts and ids read from the HTML. Pages are
 * discovered, never listed by hand, so a page added later is checked the moment it is built.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser, StaticConfigLoader, type HtmlElement } from 'html-validate';

export const repoRoot = join(import.meta.dirname, '..', '..');
/** Where `npm run build` writes the site. */
export const distDir = process.env.CASEBOOK_DIST ?? join(repoRoot, 'dist');

/** Normalises a base path the way astro.config.mjs does: `/`, or `/name/` with both slashes. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '/').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

/** Base path dist/ was built for (BASE_PATH, as in astro.config.mjs). */
export const buildBase = normaliseBase(process.env.BASE_PATH);

/**
 * Page types, by URL below the base. The first pattern that matches wins. A page no pattern
 * matches is `other`, which has the strictest budgets, so a new kind of page is never unchecked:
 * give it a type here when it needs different ones.
 */
export const PAGE_TYPES = [
  { type: 'home', pattern: /^$/ },
  { type: 'case-index', pattern: /^cases\/(?:page\/\d+\/)?$/ },
  { type: 'case', pattern: /^cases\/[^/]+\/$/ },
  { type: 'handout', pattern: /^cases\/[^/]+\/handout\/$/ },
  { type: 'teaching', pattern: /^cases\/[^/]+\/teaching\/$/ },
  { type: 'match', pattern: /^match\/$/ },
  { type: 'mechanism-index', pattern: /^mechanisms\/(?:matrix\/\d+\/)?$/ },
  { type: 'mechanism', pattern: /^mechanisms\/[^/]+\/$/ },
  { type: 'glossary', pattern: /^glossary\/$/ },
  { type: 'data', pattern: /^data\/$/ },
  { type: 'codebook', pattern: /^data\/codebook\/$/ },
  { type: 'about', pattern: /^about\/$/ },
  { type: 'compare', pattern: /^compare\/$/ },
  { type: 'search', pattern: /^search\/$/ },
  { type: 'not-found', pattern: /^404\.html$/ },
] as const;
export type PageType = (typeof PAGE_TYPES)[number]['type'] | 'other';

export function pageType(route: string): PageType {
  return PAGE_TYPES.find(({ pattern }) => pattern.test(route))?.type ?? 'other';
}

export interface BuiltPage {
  /** Absolute path of the HTML file. */
  file: string;
  /** Path of the file relative to the site root: `cases/luxi/index.html`. */
  path: string;
  /** URL path below the base: '' for the home page, 'cases/luxi/', '404.html'. */
  route: string;
  type: PageType;
}

/** Every file under dir, as paths relative to it with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The route a built HTML file answers at: `cases/luxi/index.html` → `cases/luxi/`. */
export function routeOf(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** The HTML pages of a built site, sorted by route. Fails clearly when the site is not built. */
export function listPages(dir: string = distDir): BuiltPage[] {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir} has no index.html: build the site first (npm run build).`);
  }
  return listFiles(dir)
    .filter((file) => file.endsWith('.html') && !/^(_astro|pagefind)\//.test(file))
    .map((path) => {
      const route = routeOf(path);
      return { file: join(dir, path), path, route, type: pageType(route) };
    })
    .sort((a, b) => (a.route < b.route ? -1 : a.route > b.route ? 1 : 0));
}

/** Per type, the pages the browser gates visit: the first (by route) and the heaviest. */
export function samplePages(pages: BuiltPage[], weight: (page: BuiltPage) => number): BuiltPage[] {
  const byType = Map.groupBy(pages, (page) => page.type);
  return [...byType.values()].flatMap((group) => {
    const heaviest = group.reduce((a, b) => (weight(b) > weight(a) ? b : a));
    return heaviest === group[0] ? [group[0]] : [group[0]!, heaviest];
  });
}

// ─── Reading a page ───────────────────────────────────────────────────────────────────────────

/** An attribute that names another URL. */
export interface Reference {
  /** Tag and attribute, for messages: `a[href]`. */
  where: string;
  /** The URL as written, entities decoded. */
  url: string;
  /**
   * True when the browser fetches it to show the page (a script, stylesheet, image, island),
   * false for links a reader follows (a, form action, canonical).
   */
  resource: boolean;
}

export interface ReadPage {
  references: Reference[];
  /** Every id in the page: the targets fragment links can point to. */
  ids: Set<string>;
  /** Text of inline scripts the browser runs (JSON and other data blocks excluded). */
  inlineScripts: string[];
  /** Text of inline style elements. */
  inlineStyles: string[];
}

let parser: Parser | undefined;
async function getParser(): Promise<Parser> {
  parser ??= new Parser(await new StaticConfigLoader().getConfigFor('page.html'));
  return parser;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Decodes the character references Astro and hand-written HTML put into attribute values. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const RESOURCE_RELS = new Set(['stylesheet', 'icon', 'modulepreload', 'preload', 'manifest']);
const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function attr(element: HtmlElement, name: string): string | undefined {
  const value = element.getAttributeValue(name);
  return value === null ? undefined : decodeEntities(value);
}

/** Reads the references, ids and inline code of one HTML document. */
export async function readPage(html: string): Promise<ReadPage> {
  const root = (await getParser()).parseHtml(html);
  const references: Reference[] = [];
  const add = (element: HtmlElement, name: string, resource: boolean) => {
    const url = attr(element, name);
    if (url !== undefined) references.push({ where: `${element.tagName}[${name}]`, url, resource });
  };
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName;
    if (tag === 'a' || tag === 'area') add(element, 'href', false);
    else if (tag === 'link') {
      const rels = (attr(element, 'rel') ?? '').toLowerCase().split(/\s+/);
      add(
        element,
        'href',
        rels.some((rel) => RESOURCE_RELS.has(rel)),
      );
    } else if (tag === 'form') add(element, 'action', false);
    else if (tag === 'astro-island') {
      for (const name of ['component-url', 'renderer-url', 'before-hydration-url'])
        add(element, name, true);
    } else if (tag === 'meta' && attr(element, 'http-equiv')?.toLowerCase() === 'refresh') {
      const target = /url\s*=\s*['"]?([^'"]+)/i.exec(attr(element, 'content') ?? '')?.[1];
      if (target) references.push({ where: 'meta[refresh]', url: target, resource: false });
    }
    for (const name of ['src', 'poster', 'data']) {
      if (name === 'data' && tag !== 'object') continue;
      add(element, name, true);
    }
    const srcset = attr(element, 'srcset');
    if (srcset) {
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) references.push({ where: `${tag}[srcset]`, url, resource: true });
      }
    }
  }
  const ids = new Set(root.querySelectorAll('[id]').flatMap((el) => attr(el, 'id') ?? []));
  // <a name> is an obsolete but working fragment target.
  for (const a of root.querySelectorAll('a[name]')) ids.add(attr(a, 'name')!);
  const inlineScripts = root
    .querySelectorAll('script')
    .filter(
      (s) => !s.hasAttribute('src') && SCRIPT_TYPES.has((attr(s, 'type') ?? '').toLowerCase()),
    )
    .map((s) => s.textContent);
  const inlineStyles = root.querySelectorAll('style').map((s) => s.textContent);
  return { references, ids, inlineScripts, inlineStyles };
}

/**
 * The page with the contents of Astro's hydration templates removed. Astro serialises an island's
 * named slots a second time inside `<template data-astro-template>`, a copy of markup the page
 * already shows (and that is validated there). html-validate counts landmarks inside templates as
 * if they were on the page (it does not do so for ids), so the copy would make every named
 * landmark in it look duplicated.
 */
export function withoutIslandTemplates(html: string): string {
  return html.replace(/(<template data-astro-template[^>]*>)[\s\S]*?(<\/template>)/g, '$1$2');
}

/** Reads a built page from disk. */
export async function readPageFile(file: string): Promise<ReadPage> {
  return readPage(readFileSync(file, 'utf8'));
}

/** The URL path a page is served at under a base: `/casebook/` + `cases/luxi/`. */
export function servedPath(base: string, route: string): string {
  return `${base}${route}`;
}
