/**
 * Excerpts for search results, cut from the page's indexed text (Pagefind's `content`, which
 * holds only what the page contributes to the index: see contract.ts). An excerpt is the
 * sentence that holds the first match, shortened at clause boundaries when it is long, with
 * every whole occurrence of the matched phrase marked. Pure: returns text segments; the page
 * renders them as text nodes and <mark> elements, so nothing from the index is parsed as HTML.
 */
import { charClass, matchForm, readableText } from './tokens';

export interface Segment {
  text: string;
  mark?: boolean;
}

/** Longest excerpt, in characters, before it is shortened. */
export const EXCERPT_MAX = 96;
/** Characters kept before the match when a long sentence is shortened. */
const LEAD_MAX = 36;

/** Sentence ends of Chinese text (full stop, exclamation and question marks, semicolon). */
const SENTENCE_END = /[\u3002\uff01\uff1f\uff1b!?;]/u;
/** Clause boundaries: the commas, the enumeration comma and the colon. */
const CLAUSE_END = /[\uff0c\u3001\uff1a,:]/u;
const ELLIPSIS = '\u2026';

interface Located {
  block: string;
  start: number;
  end: number;
}

/** Each character of `text` that matchForm keeps, with its index in `text`. */
function formIndex(text: string): { form: string; at: number[] } {
  const chars = [...text];
  let form = '';
  const at: number[] = [];
  let offset = 0;
  for (const ch of chars) {
    const cls = charClass(ch);
    if (cls !== 'joiner' && cls !== 'space') {
      const kept = ch.toLowerCase();
      form += kept;
      for (let i = 0; i < kept.length; i++) at.push(offset);
    }
    offset += ch.length;
  }
  return { form, at };
}

/** Where a match form occurs in a block, as string offsets of the block; all occurrences. */
function occurrences(block: string, form: string): Array<[number, number]> {
  if (!form) return [];
  const { form: blockForm, at } = formIndex(block);
  const found: Array<[number, number]> = [];
  const latinStart = /^[\p{L}\p{N}]/u.test(form) && !/^\p{Script=Han}/u.test(form);
  const latinEnd = /[\p{L}\p{N}]$/u.test(form) && !/\p{Script=Han}$/u.test(form);
  let from = 0;
  for (;;) {
    const i = blockForm.indexOf(form, from);
    if (i < 0) break;
    from = i + 1;
    // Latin letters and digits match as whole words, as in the index.
    const before = blockForm[i - 1];
    const after = blockForm[i + form.length];
    if (latinStart && before && /[\p{L}\p{N}]/u.test(before) && !/\p{Script=Han}/u.test(before))
      continue;
    if (latinEnd && after && /[\p{L}\p{N}]/u.test(after) && !/\p{Script=Han}/u.test(after))
      continue;
    const start = at[i]!;
    const lastIndex = at[i + form.length - 1]!;
    const end = lastIndex + ([...block.slice(lastIndex)][0]?.length ?? 1);
    found.push([start, end]);
  }
  return found;
}

/**
 * Blocks of a page's indexed text, as reading text. A quotation shown inside quotation marks
 * that itself starts or ends with one (a figure's source quote) keeps a single mark.
 */
export function contentBlocks(content: string): string[] {
  return readableText(content, '\n')
    .replace(/\u201c{2,}/gu, '\u201c')
    .replace(/\u201d{2,}/gu, '\u201d')
    .split('\n')
    .map((block) => block.trim())
    .filter(Boolean);
}

/** The first block after the page's title (block 0) that holds a match of one of the forms. */
function locate(blocks: readonly string[], forms: readonly string[]): Located | null {
  for (let b = 1; b < blocks.length; b++) {
    for (const form of forms) {
      const [first] = occurrences(blocks[b]!, form);
      if (first) return { block: blocks[b]!, start: first[0], end: first[1] };
    }
  }
  return null;
}

/** The first block after the title that reads as a sentence (not a pinyin or English line). */
function leadBlock(blocks: readonly string[]): string {
  return (
    blocks.slice(1).find((block) => /\p{Script=Han}/u.test(block) && [...block].length >= 8) ??
    blocks[1] ??
    blocks[0] ??
    ''
  );
}

/** Start of the sentence holding `at`, and the end of the sentence holding `to`. */
function sentence(block: string, at: number, to: number): [number, number] {
  let start = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (SENTENCE_END.test(block[i]!)) {
      start = i + 1;
      break;
    }
  }
  let end = block.length;
  for (let i = to; i < block.length; i++) {
    if (SENTENCE_END.test(block[i]!)) {
      end = i + 1;
      break;
    }
  }
  return [start, end];
}

/** The excerpt window around a match: whole sentence, or shortened at clause boundaries. */
function window(block: string, match: [number, number]): { from: number; to: number } {
  let [from, to] = sentence(block, match[0], match[1]);
  if (to - from <= EXCERPT_MAX) return { from, to };
  // Start at the clause boundary closest before the match that keeps the lead short.
  if (match[0] - from > LEAD_MAX) {
    let cut = match[0];
    for (let i = match[0] - 1; i > from && match[0] - i <= LEAD_MAX; i--) {
      if (CLAUSE_END.test(block[i]!)) cut = i + 1;
    }
    from = cut;
  }
  if (to - from > EXCERPT_MAX) {
    let cut = Math.max(match[1], from + EXCERPT_MAX);
    for (let i = cut; i > match[1]; i--) {
      if (CLAUSE_END.test(block[i - 1]!) || SENTENCE_END.test(block[i - 1]!)) {
        cut = i;
        break;
      }
    }
    to = Math.min(to, cut);
  }
  return { from, to };
}

/** Text with every occurrence of the forms marked. */
function marked(text: string, forms: readonly string[]): Segment[] {
  const spans = forms
    .flatMap((form) => occurrences(text, form))
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start < at) continue;
    if (start > at) segments.push({ text: text.slice(at, start) });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}

const CLOSERS = /^[\u201d\u2019\u300d\u300f\u300b\uff09)\]\u3011]/u;
const OPENERS = /[\u201c\u2018\u300c\u300e\u300a\uff08(\[\u3010]$/u;

/**
 * The excerpt of a page for the given match forms (matchForm of the phrases or pieces); with
 * no form, or no match after the title, the first sentence of the page's text.
 */
export function excerpt(content: string, forms: readonly string[] = []): Segment[] {
  const blocks = contentBlocks(content);
  const wanted = forms.map(matchForm).filter(Boolean);
  const found = wanted.length ? locate(blocks, wanted) : null;
  if (!found) {
    // No match in the text (the page is found by its title or names): its first sentence.
    const block = leadBlock(blocks);
    const end = window(block, [0, 0]).to;
    const text = block.slice(0, end);
    const cut = end < block.length && !SENTENCE_END.test(block[end - 1] ?? '');
    return [{ text: cut ? text + ELLIPSIS : text }];
  }
  const { from, to } = window(found.block, [found.start, found.end]);
  let text = found.block.slice(from, to);
  // A closing quote left at the start or an opening one at the end belongs to the cut text.
  text = text.replace(CLOSERS, '').replace(OPENERS, '');
  const segments = marked(text, wanted);
  if (from > 0 && !SENTENCE_END.test(found.block[from - 1] ?? ''))
    segments.unshift({ text: ELLIPSIS });
  if (to < found.block.length && !SENTENCE_END.test(found.block[to - 1] ?? ''))
    segments.push({ text: ELLIPSIS });
  return segments;
}

/**
 * When a page matches through one of its names only (a keyword, say, that its text does not
 * repeat), the names that hold the match, each marked; empty when none does. `names` is the
 * page's `names` metadata as Pagefind returns it.
 */
export function matchedNames(names: string, forms: readonly string[]): Segment[][] {
  const wanted = forms.map(matchForm).filter(Boolean);
  return readableText(names, '\n')
    .split('\n')
    .map((name) => name.trim())
    .filter((name) => wanted.some((form) => occurrences(name, form).length))
    .map((name) => marked(name, wanted));
}

/** An excerpt as plain text (for tests and measurements). */
export function excerptText(segments: readonly Segment[]): string {
  return segments.map((segment) => segment.text).join('');
}
