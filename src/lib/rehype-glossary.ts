/**
 * Rehype plugin: marks the first occurrence of each glossary term in a case narrative with a link
 * to its glossary entry and a tooltip holding the definition (shown on hover and focus, in CSS,
 * so reading pages need no JavaScript).
 */
import { readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { splitByTerms, type TermPattern } from './glossary-markup';

interface GlossaryYamlEntry {
  id: string;
  term: string;
  definition: string;
  aliases?: string[];
}

export interface RehypeGlossaryOptions {
  /** Path of content/glossary/terms.yaml. */
  file: string;
  /** Site base path, so links work under a sub-path. */
  base: string;
}

const SKIP = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'abbr', 'dfn']);

export default function rehypeGlossary({ file, base }: RehypeGlossaryOptions) {
  const entries: GlossaryYamlEntry[] = existsSync(file)
    ? ((parse(readFileSync(file, 'utf8')) as GlossaryYamlEntry[]) ?? [])
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
          properties: { className: ['term-tip'], role: 'tooltip', id: `term-tip-${id}` },
          children: [{ type: 'text', value: `${entry.term}：${entry.definition}` }],
        },
      ],
    };
  };

  return (tree: Root) => {
    if (patterns.length === 0) return;
    const seen = new Set<string>();
    const walk = (node: Root | Element) => {
      const next: Array<RootContent | ElementContent> = [];
      for (const child of node.children) {
        if (child.type === 'text') {
          for (const part of splitByTerms((child as Text).value, patterns, seen)) {
            next.push(part.id ? mark(part.text, part.id) : { type: 'text', value: part.text });
          }
        } else {
          if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child);
          next.push(child);
        }
      }
      node.children = next as typeof node.children;
    };
    walk(tree);
  };
}
