/**
 * Finds where glossary terms first occur in running text, so each term is marked up once per
 * page. Pure: the rehype plugin (glossary-plugin.ts) applies the result to the HTML tree.
 */
export interface TermPattern {
  /** Glossary id the match links to. */
  id: string;
  /** Strings that count as the term: the term itself and its aliases. */
  forms: string[];
}

export interface TermMatch {
  id: string;
  start: number;
  end: number;
}

/**
 * The earliest match in `text` of any term not yet in `seen`; at one position the longest form
 * wins (社区大党委 before 大党委).
 */
export function firstTermMatch(
  text: string,
  terms: TermPattern[],
  seen: ReadonlySet<string>,
): TermMatch | undefined {
  let best: TermMatch | undefined;
  for (const term of terms) {
    if (seen.has(term.id)) continue;
    for (const form of term.forms) {
      if (!form) continue;
      const start = text.indexOf(form);
      if (start === -1) continue;
      const end = start + form.length;
      if (!best || start < best.start || (start === best.start && end > best.end))
        best = { id: term.id, start, end };
    }
  }
  return best;
}

/** Splits text into plain runs and first-occurrence matches, marking each matched id as seen. */
export function splitByTerms(
  text: string,
  terms: TermPattern[],
  seen: Set<string>,
): Array<{ text: string; id?: string }> {
  const parts: Array<{ text: string; id?: string }> = [];
  let rest = text;
  for (;;) {
    const match = firstTermMatch(rest, terms, seen);
    if (!match) break;
    if (match.start > 0) parts.push({ text: rest.slice(0, match.start) });
    parts.push({ text: rest.slice(match.start, match.end), id: match.id });
    seen.add(match.id);
    rest = rest.slice(match.end);
  }
  if (rest) parts.push({ text: rest });
  return parts;
}
