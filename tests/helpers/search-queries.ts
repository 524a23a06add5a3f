/**
 * The search query tables, derived from the content files (not from the search code).
 *
 * Ranking table (searchQueryTable): each name a reader may type, and the page or pages it must
 * bring into the top three results; county and model names must put their case first.
 * - glossary: every term and alias → its entry (/glossary/#id); when several entries share the
 *   name, any of them.
 * - mechanism: every mechanism name and alias → its page (/mechanisms/id/).
 * - programme: every named programme of a case, split at list punctuation and quotes, 2–10
 *   characters, whose text (quotes ignored) occurs in exactly one case file → that case.
 * - place: province, prefecture and the named places of figures, when exactly one case file
 *   names them → that case.
 * - county: a county's full and short name → its case, first.
 * - model: a model's name, when exactly one case file names it → its case, first.
 *
 * Precision table (precisionQueries): terms chosen because some cases contain them and others
 * do not, with the documents that contain each (tests/helpers/search-truth.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, repoRoot } from './content';
import {
  documentsContaining,
  testContentRoot,
  truthDocuments,
  type TruthDocument,
} from './search-truth';

export type QueryKind = 'glossary' | 'mechanism' | 'programme' | 'place' | 'county' | 'model';

/** Kinds whose expected page must be the first result of the list, not only in the top three. */
export const FIRST_KINDS: readonly QueryKind[] = ['county', 'model'];

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
  const content = loadContent(testContentRoot());
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
    content.cases.map((c) => [
      c.id,
      withoutQuotes(
        readFileSync(join(testContentRoot(), 'cases', c.file.split('/').pop()!), 'utf8'),
      ),
    ]),
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
        c.data.prefecture,
        ...c.data.metrics.flatMap((m) => (m.scope.name ? [m.scope.name] : [])),
      ],
      c.id,
      c.file,
    );
    for (const name of new Set([c.data.county, c.data.shortName])) {
      rows.push({ kind: 'county', query: name, expected: [`/cases/${c.id}/`], why: c.file });
    }
    const model = withoutQuotes(c.data.model.name);
    if (holders(model).length === 1)
      rows.push({ kind: 'model', query: model, expected: [`/cases/${c.id}/`], why: c.file });
  }
  return rows;
}

export interface PrecisionRow {
  query: string;
  /** Documents whose text contains the query (site-relative URLs), from the content files. */
  containing: string[];
  /** How many of them are cases, and how many cases there are. */
  cases: number;
  of: number;
  why: string;
}

/**
 * Terms from the issue and the user test, and every glossary term, mechanism name and alias
 * and programme name that some cases contain and others do not. Queries with spaces or list
 * punctuation are left out: the search reads those as several terms.
 */
export function precisionQueries(
  docs: readonly TruthDocument[] = truthDocuments(),
): PrecisionRow[] {
  const content = loadContent(testContentRoot());
  const caseCount = docs.filter((d) => d.kind === 'case').length;
  const fixed = [
    '网格',
    '乡村振兴',
    '1+X',
    '3+',
    'QQ',
    '党群服务中心',
    '志愿服务',
    '双报到',
    '大党委',
    '楼栋',
    '积分',
    '考核',
    '流动党员',
    '时间银行',
    '两新',
  ];
  const candidates = new Map<string, string>();
  for (const q of fixed) candidates.set(q, 'issue 14 and the user test');
  for (const g of content.glossary)
    for (const name of [g.term, ...g.aliases])
      if (!candidates.has(name)) candidates.set(name, 'content/glossary/terms.yaml');
  for (const m of content.mechanisms)
    for (const name of [m.name, ...m.aliases])
      if (!candidates.has(name)) candidates.set(name, 'content/mechanisms/mechanisms.yaml');
  for (const c of content.cases)
    for (const p of c.data.programmes)
      for (const part of parts(p.name)) if (!candidates.has(part)) candidates.set(part, c.file);
  const rows: PrecisionRow[] = [];
  for (const [query, why] of candidates) {
    if (/[\s、，,；;：:。！？]/u.test(query) || chars(withoutQuotes(query)) < 2) continue;
    const containing = documentsContaining(docs, query);
    const cases = containing.filter((d) => d.kind === 'case').length;
    const discriminating = cases > 0 && cases < caseCount;
    if (!discriminating && why !== 'issue 14 and the user test') continue;
    rows.push({ query, containing: containing.map((d) => d.url), cases, of: caseCount, why });
  }
  return rows;
}
