/**
 * What each search document says, read from the content files (not from the search code), and
 * which documents contain a term. This is the ground truth of the precision and recall tests.
 *
 * A document is what src/search/contract.ts says each page type contributes:
 * - a case: county, short name, prefecture, province, model name and tagline, summary, each
 *   part's name and summary, each tier chain's name, note and levels, each programme's name and
 *   description, each mechanism's evidence and quote, each figure's quote, note and place,
 *   the teaching questions, the keywords, and each line of the narrative;
 * - a mechanism: name, English name, definition, aliases;
 * - a glossary term: term, pinyin, English, definition, aliases.
 *
 * "Contains" compares each field on its own, ignoring spaces, quotation marks, brackets and
 * letter case; a match never runs from one field into the next. Latin letters and digits match
 * whole words (QQ is not found inside QQQ, 3 not inside 30).
 */
import { loadContent, contentRoot, type LoadedContent } from './content';

export type DocumentKind = 'case' | 'mechanism' | 'term';

export interface TruthDocument {
  kind: DocumentKind;
  /** Site-relative URL without the base. */
  url: string;
  fields: string[];
}

/** The content folder the site under test was built from. */
export function testContentRoot(): string {
  return process.env.CASEBOOK_CONTENT ?? contentRoot;
}

const IGNORED =
  /[\s\u201c\u201d\u2018\u2019"'\u300c\u300d\u300e\u300f\u300a\u300b\u3008\u3009\uff08\uff09()\u3010\u3011[\]\u3014\u3015]/gu;

/** A field or query as compared: no spaces, quotes or brackets; lower case. */
export function comparable(text: string): string {
  return text.replace(IGNORED, '').toLowerCase();
}

/** Lines of a Markdown narrative as plain text (heading marks, list marks and emphasis gone). */
export function narrativeLines(body: string): string[] {
  return body
    .split('\n')
    .map((line) =>
      line
        .replace(/^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|\d+\.\s+|>\s?)/u, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
        .replace(/(\*\*|__|\*|_)(.+?)\1/gu, '$2')
        .trim(),
    )
    .filter(Boolean);
}

export function truthDocuments(
  content: LoadedContent = loadContent(testContentRoot()),
): TruthDocument[] {
  const docs: TruthDocument[] = [];
  for (const c of content.cases) {
    const d = c.data;
    docs.push({
      kind: 'case',
      url: `/cases/${c.id}/`,
      fields: [
        d.county,
        d.shortName,
        d.prefecture,
        d.province,
        d.model.name,
        d.model.tagline,
        d.summary,
        ...d.parts.flatMap((p) => [p.name, p.summary]),
        ...d.tiers.flatMap((t) => [t.name, t.note ?? '', ...t.levels]),
        ...d.programmes.flatMap((p) => [p.name, p.description]),
        ...d.mechanisms.flatMap((m) => [m.evidence, m.quote ?? '']),
        ...d.metrics.flatMap((m) => [m.quote, m.note ?? '', m.scope.name ?? '']),
        ...d.questions,
        ...d.keywords,
        ...narrativeLines(c.body),
      ].filter(Boolean),
    });
  }
  for (const m of content.mechanisms) {
    docs.push({
      kind: 'mechanism',
      url: `/mechanisms/${m.id}/`,
      fields: [m.name, m.nameEn, m.definition, ...m.aliases],
    });
  }
  for (const g of content.glossary) {
    docs.push({
      kind: 'term',
      url: `/glossary/#${g.id}`,
      fields: [g.term, g.pinyin, g.english, g.definition, ...g.aliases],
    });
  }
  return docs;
}

const WORD = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;
const latin = (ch: string | undefined) => ch !== undefined && WORD.test(ch) && !HAN.test(ch);

/** Whether a field contains the term (see the module comment). */
export function fieldContains(field: string, term: string): boolean {
  const text = comparable(field);
  const q = comparable(term);
  if (!q) return false;
  const chars = [...q];
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
    if (latin(chars[0]) && latin(text[at - 1])) continue;
    if (latin(chars.at(-1)) && latin(text[at + q.length])) continue;
    return true;
  }
  return false;
}

/** Documents that contain the term in one of their fields. */
export function documentsContaining(docs: readonly TruthDocument[], term: string): TruthDocument[] {
  return docs.filter((doc) => doc.fields.some((field) => fieldContains(field, term)));
}
