/**
 * Markdown (Sätteri) hast plugin: marks the first occurrence of each glossary term in a case
 * narrative with a link to its glossary entry and a tooltip holding the definition (shown on
 * hover and focus, in CSS, so reading pages need no JavaScript).
 */
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import type { HastPluginEntry, HastNode } from 'satteri';
import type { Element } from 'hast';
import { splitByTerms, type TermPattern } from './glossary-markup';

interface GlossaryYamlEntry {
  id: string;
  term: string;
  definition: string;
  aliases?: string[];
}

export interface GlossaryPluginOptions {
  /** Path of content/glossary/terms.yaml. */
  file: string;
  /** Site base path, so links work under a sub-path. */
  base: string;
}

/** Text inside these elements is never marked: links, code, headings. */
const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'abbr', 'dfn']);

export function glossaryPlugin({ file, base }: GlossaryPluginOptions): HastPluginEntry {
  const entries: GlossaryYamlEntry[] = existsSync(file)
    ? ((parse(readFileSync(file, 'utf8')) as GlossaryYamlEntry[] | null) ?? [])
    : [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const patterns: TermPattern[] = entries.map((e) => ({
    id: e.id,
    forms: [e.term, ...(e.aliases ?? [])],
  }));
  const root = base.endsWith('/') ? base : `${base}/`;

  const mark = (text: string, id: string): Element => {
    const entry = byId.get(id)!;
    return {
      type: 'element',
      tagName: 'span',
      properties: { className: ['term'] },
      children: [
        {
          type: 'element',
          tagName: 'a',
          properties: {
            href: `${root}glossary/#${id}`,
            ariaDescribedBy: [`term-tip-${id}`],
            dataGlossary: id,
          },
          children: [{ type: 'text', value: text }],
        },
        {
          type: 'element',
          tagName: 'span',
          // The definition belongs to the glossary entry, not to this page's search text.
          properties: {
            className: ['term-tip'],
            role: 'tooltip',
            id: `term-tip-${id}`,
            dataPagefindIgnore: 'all',
          },
          children: [{ type: 'text', value: `${entry.term}：${entry.definition}` }],
        },
      ],
    };
  };

  // A factory, so every document starts with no term seen.
  return () => {
    if (patterns.length === 0) return null;
    const seen = new Set<string>();
    return {
      name: 'casebook-glossary',
      text(node, ctx) {
        for (
          let parent = ctx.parent(node);
          parent && parent.type === 'element';
          parent = ctx.parent(parent)
        ) {
          if (SKIP.has(parent.tagName)) return;
        }
        const parts = splitByTerms(node.value, patterns, seen);
        if (!parts.some((part) => part.id)) return;
        ctx.replaceNode(
          node,
          parts.map((part) =>
            part.id ? mark(part.text, part.id) : { type: 'text', value: part.text },
          ) as HastNode[],
        );
      },
    };
  };
}
