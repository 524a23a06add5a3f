/**
 * The search query table, derived from the content files (not from the search code): each name
 * a reader may type, and the page or pages it must bring into the top three results.
 *
 * - glossary: every term and alias → its entry (/glossary/#id); when several entries share the
 *   name, any of them.
 * - mechanism: every mechanism name and alias → its page (/mechanisms/id/).
 * - programme: every named programme of a case, split at list punctuation and quotes, 2–10
 *   characters, whose text (quotes ignored) occurs in exactly one case file → that case.
 * - place: province, county, short name, prefecture and the named places of figures, when exactly one
 *   case file names them → that case.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, repoRoot } from './content';

export type QueryKind = 'glossary' | 'mechanism' | 'programme' | 'place';

export interface QueryRow {
  kind: QueryKind;
  query: string;
  /** Site-relative URLs (no base path), any of which must be in the top three. */
  expected: string[];
  /** Where the expectation comes from, for failure messages. */
  why: string;
}

const QUOTES = /[“”"‘’「」『』]/g;
const withoutQuotes = (text: string) => text.replace(QUOTES, '');
const chars = (text: string) => [...text].length;

/** Parts of a written name that a reader would type on their own. */
function parts(name: string): string[] {
  return name
    .split(/”\s*“|[、，,；;：:\s]+/)
    .map((part) =>
      withoutQuotes(part)
        .replace(/[（）()]/g, '')
        .trim(),
    )
    .filter((part) => chars(part) >= 2 && chars(part) <= 10);
}

export function searchQueryTable(): QueryRow[] {
  const content = loadContent();
  const rows: QueryRow[] = [];

  const glossaryByName = new Map<string, string[]>();
  for (const term of content.glossary) {
    for (const name of [term.term, ...term.aliases]) {
      const key = withoutQuotes(name);
      glossaryByName.set(key, [...(glossaryByName.get(key) ?? []), `/glossary/#${term.id}`]);
    }
  }
  for (const [name, urls] of glossaryByName) {
    rows.push({
      kind: 'glossary',
      query: name,
      expected: urls,
      why: 'content/glossary/terms.yaml',
    });
  }

  const mechanismByName = new Map<string, string[]>();
  for (const m of content.mechanisms) {
    for (const name of [m.name, ...m.aliases]) {
      mechanismByName.set(name, [...(mechanismByName.get(name) ?? []), `/mechanisms/${m.id}/`]);
    }
  }
  for (const [name, urls] of mechanismByName) {
    rows.push({
      kind: 'mechanism',
      query: name,
      expected: urls,
      why: 'content/mechanisms/mechanisms.yaml',
    });
  }

  const texts = new Map(
    content.cases.map((c) => [c.id, withoutQuotes(readFileSync(join(repoRoot, c.file), 'utf8'))]),
  );
  const holders = (phrase: string) => [...texts].filter(([, text]) => text.includes(phrase));
  const seen = new Set<string>();
  const addCaseRows = (kind: QueryKind, names: string[], id: string, file: string) => {
    for (const name of names) {
      for (const phrase of parts(name)) {
        const found = holders(phrase);
        if (found.length !== 1 || found[0]![0] !== id || seen.has(`${kind}:${phrase}`)) continue;
        seen.add(`${kind}:${phrase}`);
        rows.push({ kind, query: phrase, expected: [`/cases/${id}/`], why: file });
      }
    }
  };
  for (const c of content.cases) {
    addCaseRows(
      'programme',
      c.data.programmes.map((p) => p.name),
      c.id,
      c.file,
    );
    addCaseRows(
      'place',
      [
        c.data.province,
        c.data.county,
        c.data.shortName,
        c.data.prefecture,
        ...c.data.metrics.flatMap((m) => (m.scope.name ? [m.scope.name] : [])),
      ],
      c.id,
      c.file,
    );
  }
  return rows;
}
