/**
 * The quality gates catch the defects they exist for: each is run on a small site with one defect
 * planted per kind, and must name it (and leave the sound parts alone).
 */
import { afterAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { checkLinks, formatLinkProblems } from '../gates/links';
import {
  listPages,
  normaliseBase,
  pageType,
  readPage,
  repoRoot,
  routeOf,
  withoutIslandTemplates,
} from '../gates/site';
import { cssOf, scriptsOf } from '../gates/weight';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'casebook-gates-'));
  dirs.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const page = (body: string, head = '') =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

describe('page discovery', () => {
  test('routes and page types come from the file layout', () => {
    expect(routeOf('index.html')).toBe('');
    expect(routeOf('cases/luxi/index.html')).toBe('cases/luxi/');
    expect(routeOf('404.html')).toBe('404.html');
    expect(pageType('')).toBe('home');
    expect(pageType('cases/')).toBe('case-index');
    expect(pageType('cases/luxi/')).toBe('case');
    expect(pageType('mechanisms/joint-meeting/')).toBe('mechanism');
    expect(pageType('compare/')).toBe('compare');
    // A page nobody has classified yet still gets (the strictest) budgets.
    expect(pageType('press/2024/')).toBe('other');
  });

  test('base paths are normalised like astro.config.mjs does', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('casebook')).toBe('/casebook/');
    expect(normaliseBase('/casebook/')).toBe('/casebook/');
  });

  test('finds every HTML page, leaving out bundles', () => {
    const dir = site({
      'index.html': page(''),
      'cases/a/index.html': page(''),
      '_astro/x.html': '',
      'pagefind/y.html': '',
    });
    expect(listPages(dir).map((p) => p.route)).toEqual(['', 'cases/a/']);
  });
});

describe('link check', () => {
  const pages = (base: string) => ({
    'index.html': page(
      [
        `<a href="${base}cases/">ok</a>`,
        `<a href="${base}cases/a/#parts">ok anchor</a>`,
        `<a href="${base}cases/a/#%E8%83%8C%E6%99%AF">ok encoded anchor</a>`,
        `<a href="${base}compare/?cases=a,b">ok query</a>`,
        '<a href="https://example.org/">external link is fine</a>',
        '<a href="mailto:x@example.org">mail</a>',
        `<a href="${base}cases/missing/">broken</a>`,
        `<a href="${base}cases/a/#nowhere">missing anchor</a>`,
        `<a href="${base}cases">no trailing slash</a>`,
        '<a href="/about/">forgot the base</a>',
        `<img src="${base}img/none.png" alt="">`,
        '<script src="https://cdn.example.org/lib.js"></script>',
      ].join(''),
      `<link rel="stylesheet" href="${base}_astro/site.css">`,
    ),
    'cases/index.html': page('<a href="a/">relative ok</a><a href="../nope/">relative broken</a>'),
    'cases/a/index.html': page('<h2 id="parts">部分</h2><h2 id="背景">背景</h2>'),
    'compare/index.html': page(''),
    'about/index.html': page(''),
    '_astro/site.css': 'a{background:url(./bg.png)}b{background:url(data:image/png;base64,xx)}',
  });

  test.each(['/', '/casebook/'])('under base %s names each planted defect once', async (base) => {
    const found = formatLinkProblems(await checkLinks(site(pages(base)), base));
    const expected = [
      `"${base}cases/missing/": no such file`,
      `"${base}cases/a/#nowhere": no element with id="nowhere"`,
      `"${base}cases": page link without its trailing slash`,
      `"${base}img/none.png": no such file`,
      '"https://cdn.example.org/lib.js": loaded from another host',
      '"../nope/": no such file',
      '"./bg.png": no such file',
    ];
    if (base !== '/') expected.push('"/about/": outside the base path /casebook/');
    for (const fragment of expected) {
      expect(
        found.filter((line) => line.includes(fragment)),
        fragment,
      ).toHaveLength(1);
    }
    expect(found).toHaveLength(expected.length);
  });
});

describe('page weight', () => {
  test('every way of running JavaScript is found, data blocks are not', async () => {
    const doc = await readPage(
      page(
        [
          '<script>console.log(1)</script>',
          '<script type="module" src="/_astro/a.js"></script>',
          '<script type="application/ld+json">{"@type":"Thing"}</script>',
          '<script type="application/json">{}</script>',
          '<astro-island component-url="/_astro/C.js" renderer-url="/_astro/client.js"></astro-island>',
        ].join(''),
        '<link rel="modulepreload" href="/_astro/chunk.js">',
      ),
    );
    expect(scriptsOf(doc)).toEqual([
      'inline <script> (14 characters)',
      'link[href] /_astro/chunk.js',
      'script[src] /_astro/a.js',
      'astro-island[component-url] /_astro/C.js',
      'astro-island[renderer-url] /_astro/client.js',
    ]);
    expect(scriptsOf(await readPage(page('<p>只读页面</p>')))).toEqual([]);
  });

  test('CSS total counts stylesheets and distinct inline styles, not Pagefind', async () => {
    const dir = site({ '_astro/a.css': 'a{}', 'pagefind/ui.css': 'b{}'.repeat(1000) });
    const docs = [
      await readPage(page('<style>p{}</style>')),
      await readPage(page('<style>p{}</style>')),
    ];
    const css = cssOf(dir, docs);
    expect(css.files).toEqual(['_astro/a.css']);
    expect(css.raw).toBe('a{}'.length + 'p{}'.length);
  });
});

describe('HTML validity config', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const validate = async (html: string) =>
    (await validator.validateString(html, join(repoRoot, 'dist', 'planted.html'))).results.flatMap(
      (r) => r.messages.map((m) => m.ruleId),
    );

  test('a sound page passes', async () => {
    const checkboxes = ['a', 'b']
      .map((v) => `<label><input type="checkbox" name="cases" value="${v}">${v}</label>`)
      .join('');
    expect(
      await validate(
        page(
          `<main><h1>标题</h1><p id="1个社区">正文</p><form>${checkboxes}<button type="submit">对比</button></form></main>`,
        ),
      ),
    ).toEqual([]);
  });

  test("Astro's hydration copy of a slot is left out, and only that", async () => {
    const region = '<section aria-label="指标"><p>x</p></section>';
    const island = `<astro-island>${region}<template data-astro-template="fallback">${region}</template></astro-island>`;
    expect(await validate(page(`<main>${island}</main>`))).toContain('unique-landmark');
    expect(await validate(withoutIslandTemplates(page(`<main>${island}</main>`)))).toEqual([]);
    const twice = `<main>${region}${region}</main>`;
    expect(await validate(withoutIslandTemplates(page(twice)))).toContain('unique-landmark');
  });

  test.each([
    ['duplicate id', '<p id="a"></p><p id="a"></p>', 'no-dup-id'],
    ['a paragraph directly in a list', '<ul><p>x</p></ul>', 'element-permitted-content'],
    ['a block closing a paragraph early', '<p><div>x</div></p>', 'close-order'],
    ['a button without a type', '<button>go</button>', 'no-implicit-button-type'],
    ['an image without alt text', '<img src="a.png">', 'wcag/h37'],
    ['an id with a space', '<p id="a b"></p>', 'valid-id'],
    [
      'two text fields with one name',
      '<form><input type="text" name="q" aria-label="a"><input type="text" name="q" aria-label="b"></form>',
      'form-dup-name',
    ],
  ])('%s is an error', async (_, body, rule) => {
    expect(await validate(page(body))).toContain(rule);
  });
});
