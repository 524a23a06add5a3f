/**
 * The page HTML the index step hands to Pagefind: the built page with its text cut into tokens
 * (src/search/tokens.ts) and a phrase break wherever a block of text ends. Tags, attributes,
 * comments, scripts and styles pass through unchanged; only text between tags is rewritten, so
 * `data-pagefind-*` attributes keep their meaning. The page readers get is not touched.
 */
import { PHRASE_BREAK, TokenWriter } from './tokens.ts';

/** Elements whose start or end ends a run of text (block and table elements, line breaks). */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'q',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements whose content is not text. */
const RAW_TAGS = new Set(['script', 'style', 'textarea', 'title', 'svg', 'template']);

/** A tag, a comment or a doctype; attribute values may hold `>` inside quotes. */
const MARKUP = /<!--[\s\S]*?-->|<![^>]*>|<\/?([A-Za-z][A-Za-z0-9-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/gu;

const ENTITIES: Record<string, string> = {
  '&quot;': '"',
  '&#34;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&nbsp;': ' ',
  '&#160;': ' ',
};

function decodeEntity(entity: string): string {
  if (entity in ENTITIES) return ENTITIES[entity]!;
  const numeric = /^&#(x[0-9a-f]+|\d+);$/iu.exec(entity);
  if (numeric) {
    const code = numeric[1]!.startsWith('x')
      ? parseInt(numeric[1]!.slice(1), 16)
      : Number(numeric[1]);
    return String.fromCodePoint(code);
  }
  return 'a';
}

function writeText(writer: TokenWriter, text: string): string {
  if (!text) return '';
  if (!/\S/u.test(text)) return text + writer.boundary();
  let out = '';
  for (const part of text.split(/(&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);)/u)) {
    if (!part) continue;
    if (part.startsWith('&') && part.endsWith(';')) out += writer.write(part, decodeEntity(part));
    else out += writer.text(part);
  }
  return out;
}

/** Marks an inline element as a field of its own (contract.ts SEARCH_ATTR.break). */
const BREAK_ATTR = /\sdata-search-break(?=[\s=>/])/u;

/** The page with its text cut for the index (see the module comment). */
export function indexableHtml(html: string): string {
  const writer = new TokenWriter();
  let out = '';
  let at = 0;
  let raw: string | null = null;
  // Open elements marked as fields: tag name and how many of that name are open inside.
  const fields: Array<{ name: string; depth: number }> = [];
  for (const match of html.matchAll(MARKUP)) {
    const text = html.slice(at, match.index);
    at = match.index + match[0].length;
    const name = match[1]?.toLowerCase();
    const closing = match[0].startsWith('</');
    if (raw !== null) {
      out += text + match[0];
      if (closing && name === raw) raw = null;
      continue;
    }
    out += writeText(writer, text);
    let boundary = !!name && BLOCK_TAGS.has(name);
    const field = fields.at(-1);
    if (name && field && field.name === name) {
      field.depth += closing ? -1 : 1;
      if (field.depth === 0) {
        fields.pop();
        boundary = true;
      }
    }
    if (name && !closing && BREAK_ATTR.test(match[0])) {
      fields.push({ name, depth: 1 });
      boundary = true;
    }
    if (boundary) out += writer.boundary();
    out += match[0];
    writer.tag();
    if (name && !closing && RAW_TAGS.has(name) && !match[0].endsWith('/>')) raw = name;
  }
  return out + (raw === null ? writeText(writer, html.slice(at)) : html.slice(at));
}

export { PHRASE_BREAK };
