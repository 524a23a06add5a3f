/**
 * What a case body may contain: Markdown, and the casebook's own components with plain text
 * attributes. Everything that would run code in a reader's browser or on the build machine is a
 * problem: MDX import/export and {expressions} (evaluated when the page module runs), raw HTML
 * and <script>, on* handlers, javascript:/data: and other non-web URLs, images from other hosts.
 * Pure: walks a Markdown tree (mdast with MDX nodes, as Sätteri parses it) and returns codes.
 */

/** The tree as the parser gives it; only the fields the rules read. */
export interface BodyNode {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  identifier?: string;
  attributes?: BodyAttribute[];
  children?: BodyNode[];
  position?: { start: { line: number; column: number } };
}

export interface BodyAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export interface BodyProblem {
  /** Code of src/i18n/editor.ts. */
  code: string;
  /** Line and column in the file (the parser counts from the file's first line). */
  line: number;
  column: number;
  params: Record<string, string>;
}

/**
 * Components a case body may use. Empty today: the case page passes none to the body. To offer
 * one, add its name here and pass it in the case page's <Content components={…} />.
 */
export const BODY_COMPONENTS: readonly string[] = [];

/** URL schemes a link may use; anything else (javascript:, data:, vbscript:, file:) is refused. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** An MDX expression that holds only a block comment ({/* note *\/}) cannot run anything. */
const COMMENT_ONLY = /^\s*\/\*(?:[^*]|\*(?!\/))*\*\/\s*$/;
/** A raw HTML node that is one comment and nothing else. */
const HTML_COMMENT_ONLY = /^\s*<!--(?:(?!-->)[\s\S])*-->\s*$/;

/** Long authored text in a message is cut so the report stays readable. */
export function cut(text: string, max = 60): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  const chars = [...oneLine];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : oneLine;
}

/**
 * The scheme of a URL as a browser reads it (tabs, newlines and control characters inside the
 * scheme are ignored by browsers, so `java\tscript:` is `javascript:`), or undefined if relative.
 */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const squeezed = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(squeezed)?.[1];
}

function unsafeScheme(url: string): string | undefined {
  const scheme = urlScheme(url);
  return scheme !== undefined && !SAFE_SCHEMES.has(scheme) ? `${scheme}:` : undefined;
}

function isExternal(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme !== undefined || /^\s*[\\/]{2}/.test(url);
}

/** The first tag name in a piece of raw HTML. */
function firstTag(html: string): string {
  return /<\/?\s*([a-zA-Z][\w:-]*)/.exec(html)?.[1]?.toLowerCase() ?? html.trim().slice(0, 10);
}

export interface BodyRules {
  /** Components the body may use (BODY_COMPONENTS unless a test passes others). */
  components?: readonly string[];
}

export function bodyProblems(root: BodyNode, rules: BodyRules = {}): BodyProblem[] {
  const components = rules.components ?? BODY_COMPONENTS;
  const problems: BodyProblem[] = [];
  const at = (node: BodyNode) => node.position?.start ?? { line: 1, column: 1 };
  const add = (node: BodyNode, code: string, params: Record<string, string> = {}) =>
    problems.push({ code, ...at(node), params });

  const checkUrl = (node: BodyNode, url: string, image: boolean) => {
    const scheme = unsafeScheme(url);
    if (scheme) add(node, 'body.url', { scheme, url: cut(url) });
    else if (image && isExternal(url)) add(node, 'body.externalImage', { url: cut(url) });
  };

  const checkElement = (node: BodyNode) => {
    const name = node.name ?? '';
    const shown = name || '>';
    if (/^script$/i.test(name)) add(node, 'body.script');
    else if (!/^[A-Z]/.test(name)) add(node, 'body.html', { name: shown });
    else if (!components.includes(name))
      add(node, 'body.component', { name, available: components.join(', ') });
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        add(node, 'body.attributeExpression', {
          name: shown,
          code: cut(`{${String(attribute.value ?? '')}}`),
        });
        continue;
      }
      const attrName = attribute.name ?? '';
      if (/^on/i.test(attrName)) add(node, 'body.handler', { attr: attrName });
      const value = attribute.value;
      if (value !== null && typeof value === 'object') {
        const code = String((value as { value?: unknown }).value ?? '');
        add(node, 'body.attributeExpression', { name: shown, code: cut(`${attrName}={${code}}`) });
      } else if (typeof value === 'string') {
        const scheme = unsafeScheme(value);
        if (
          scheme &&
          /^(href|src|action|formaction|xlink:href|srcset|poster|data)$/i.test(attrName)
        )
          add(node, 'body.url', { scheme, url: cut(value) });
      }
    }
  };

  const checkHtml = (node: BodyNode) => {
    const html = String(node.value ?? '');
    if (HTML_COMMENT_ONLY.test(html)) return;
    if (/<\s*script\b/i.test(html)) add(node, 'body.script');
    const handler = /<[^>]*?\s(on[a-z]+)\s*=/i.exec(html);
    if (handler) add(node, 'body.handler', { attr: handler[1]!.toLowerCase() });
    if (!/<\s*script\b/i.test(html) && !handler) add(node, 'body.html', { name: firstTag(html) });
  };

  // Reference-style images take their URL from a definition elsewhere in the body.
  const definitions = new Map<string, string>();
  const collect = (node: BodyNode) => {
    if (node.type === 'definition' && node.identifier)
      definitions.set(node.identifier, node.url ?? '');
    for (const child of node.children ?? []) collect(child);
  };
  collect(root);

  const visit = (node: BodyNode) => {
    switch (node.type) {
      case 'imageReference': {
        const url = node.identifier ? definitions.get(node.identifier) : undefined;
        if (url !== undefined && !unsafeScheme(url) && isExternal(url))
          add(node, 'body.externalImage', { url: cut(url) });
        break;
      }
      case 'mdxjsEsm':
        add(node, 'body.esm', { code: cut(String(node.value ?? '').split('\n')[0] ?? '') });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression': {
        const code = String(node.value ?? '');
        if (!COMMENT_ONLY.test(code)) add(node, 'body.expression', { code: cut(`{${code}}`) });
        return;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        break;
      case 'html':
        checkHtml(node);
        return;
      case 'link':
      case 'definition':
        checkUrl(node, node.url ?? '', false);
        break;
      case 'image':
        checkUrl(node, node.url ?? '', true);
        break;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Longest body the casebook accepts, in characters: a case narrative is an overview. */
export const MAX_BODY_CHARS = 100_000;
