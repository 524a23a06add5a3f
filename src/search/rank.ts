/**
 * Final ordering of a page of search results. Pagefind scores words, not phrases: a query for
 * 楼栋党小组 reaches it as 楼|栋|党|小组, and a page whose names contain those four words in
 * different names scores like the page that has the programme itself. Among the results loaded
 * for display, a page whose title or one of whose names is the query comes first, then pages
 * with a name containing it, then the rest, each group in Pagefind's order.
 */

/** The query as names are compared: no spaces, quotes or punctuation, lower case. */
export function normaliseForMatch(text: string): string {
  return text.replace(/[\s\p{P}]+/gu, '').toLowerCase();
}

/** 2 when the title or a name is the query, 1 when one contains it, 0 otherwise. */
export function nameMatch(query: string, title: string, names: readonly string[]): 0 | 1 | 2 {
  const q = normaliseForMatch(query);
  if (!q) return 0;
  const all = [title, ...names].map(normaliseForMatch).filter(Boolean);
  if (all.some((name) => name === q)) return 2;
  if (all.some((name) => name.includes(q))) return 1;
  return 0;
}

/** Stable reordering of `items` by nameMatch, best first. */
export function rankByName<T>(
  items: readonly T[],
  query: string,
  describe: (item: T) => { title: string; names: readonly string[] },
): T[] {
  return items
    .map((item, index) => {
      const { title, names } = describe(item);
      return { item, index, match: nameMatch(query, title, names) };
    })
    .sort((a, b) => b.match - a.match || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * An excerpt as Pagefind returns it, tidied for Chinese: Pagefind marks each matched word, so a
 * query the browser cut into 网|格 comes back as two marks with a separator between them; they
 * are joined into one. Leading punctuation left over from cutting mid-sentence is dropped.
 * Pagefind escapes the page text; only its own <mark> tags are markup.
 */
export function tidyExcerpt(excerpt: string): string {
  return excerpt
    .replace(/<\/mark>[\s\u200B]*<mark>/g, '')
    .replace(/\u200B/g, '')
    .replace(/^(?:&quot;|&#39;|(?!&)[\s\p{P}])+/u, '')
    .trim();
}
