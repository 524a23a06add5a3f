/**
 * How text becomes search tokens, the same way for the index and for the query.
 *
 * Pagefind cuts Chinese with one dictionary when it builds the index and another in the browser,
 * and the two disagree, so a query can miss a page that contains it and its quoted (exact)
 * form finds almost nothing. The casebook therefore cuts the text itself before Pagefind sees
 * it: every Han character is a token of its own, a run of Latin letters or digits is one token,
 * and `+` is a token (Pagefind keeps it as a word character: SEARCH_INCLUDE_CHARACTERS). A
 * quoted Pagefind search for the query's tokens then asks for those tokens at consecutive
 * positions, which is an exact match of the string.
 *
 * Positions. Quotation marks and brackets are attached to a neighbouring token, so they never
 * take a position: a term written with quotes inside it is found without them. Clause and
 * sentence punctuation is a token of its own and takes a position, as does PHRASE_BREAK, which
 * the index step writes where one block of text ends and another begins. So a match never
 * runs across a list separator, a sentence end or from one element into the next.
 *
 * The same module turns the indexed text back into reading text for excerpts (readableText).
 */

/** Written between blocks and between names: takes a position, shows nothing (U+2063). */
export const PHRASE_BREAK = '\u2063';

/** Characters Pagefind must keep as word characters (its `includeCharacters` option). */
export const SEARCH_INCLUDE_CHARACTERS = '+';

type CharClass = 'han' | 'joiner' | 'breaker' | 'space' | 'symbol' | 'other';

const HAN = /\p{Script=Han}/u;
/** Quotation marks and brackets, CJK and Latin: attached, never a position. */
const JOINERS = new Set([
  ...'\u201c\u201d\u2018\u2019"\'\u300c\u300d\u300e\u300f\u300a\u300b\u3008\u3009\uff08\uff09()\u3010\u3011[]\u3014\u3015',
]);
/**
 * Clause and sentence punctuation of Chinese text (enumeration comma, comma, full stop,
 * semicolon, colon, exclamation and question marks, ellipsis, dashes, middle dots, bars and
 * slashes, full width and ideographic), and PHRASE_BREAK: each is a position of its own.
 */
const BREAKERS = new Set([
  ...'\u3001\uff0c\u3002\uff1b\uff1a\uff01\uff1f\u2026\u2014\u2013\u00b7\u30fb\uff5c\uff0f\u2015',
  PHRASE_BREAK,
]);
const SYMBOLS = new Set([...SEARCH_INCLUDE_CHARACTERS]);

export function charClass(ch: string): CharClass {
  if (/\s/u.test(ch)) return 'space';
  if (HAN.test(ch)) return 'han';
  if (JOINERS.has(ch)) return 'joiner';
  if (BREAKERS.has(ch)) return 'breaker';
  if (SYMBOLS.has(ch)) return 'symbol';
  return 'other';
}

/**
 * Writes text for the index: the same characters with a space wherever a token ends and another
 * begins. Streaming, so the index step can feed it the text nodes of a page one after another:
 * a run of letters split across inline elements stays one token, and `boundary()` writes a
 * phrase break where a block ends.
 */
export class TokenWriter {
  /** Kind of the open token: a Han character, a symbol or a run of letters and digits. */
  private kind: 'none' | 'han' | 'symbol' | 'other' = 'none';
  /** Last character written, or '' before the first. */
  private last = '';
  /** A joiner was written with no token open: it belongs to the next token. */
  private prefixed = false;

  /** Nothing but whitespace written since the last phrase break (or since the start). */
  private afterBreak = true;

  private emit(text: string): string {
    if (!text) return text;
    this.last = [...text].at(-1)!;
    if (/[^\s\u2063]/u.test(text)) this.afterBreak = false;
    return text;
  }

  private startToken(kind: 'han' | 'symbol' | 'other', written: string): string {
    const gap = this.prefixed || this.last === '' || /\s/u.test(this.last) ? '' : ' ';
    this.kind = kind;
    this.prefixed = false;
    return this.emit(gap + written);
  }

  /**
   * Writes one character. `as` is the character it stands for when `written` is an HTML
   * entity (`&quot;` stands for a quotation mark).
   */
  write(written: string, as = written): string {
    const cls = charClass(as);
    if (cls === 'space') {
      this.kind = 'none';
      this.prefixed = false;
      return this.emit(written);
    }
    if (cls === 'joiner') {
      if (this.kind !== 'none') return this.emit(written);
      const gap = this.prefixed || this.last === '' || /\s/u.test(this.last) ? '' : ' ';
      this.prefixed = true;
      return this.emit(gap + written);
    }
    if (cls === 'breaker') {
      const gap = this.prefixed || this.last === '' || /\s/u.test(this.last) ? '' : ' ';
      this.kind = 'none';
      this.prefixed = false;
      return this.emit(gap + written + ' ');
    }
    if (cls === 'other' && this.kind === 'other') return this.emit(written);
    return this.startToken(cls === 'han' ? 'han' : cls, written);
  }

  /** Writes a whole string of plain text. */
  text(text: string): string {
    let out = '';
    for (const ch of text) out += this.write(ch);
    return out;
  }

  /**
   * Marks a tag between two pieces of text: the next Han character or symbol starts a new token
   * even if the text before the tag (perhaps not indexed) ended with a space.
   */
  tag(): void {
    if (this.last !== '' && !this.prefixed) this.last = '>';
  }

  /** Ends the open token with a phrase break (once, however many blocks end together). */
  boundary(): string {
    if (this.afterBreak) return '';
    this.kind = 'none';
    this.prefixed = false;
    const out = this.emit(`${/\s/u.test(this.last) ? '' : ' '}${PHRASE_BREAK} `);
    this.afterBreak = true;
    return out;
  }
}

/** Tokens of a text, as the index has them. */
export function tokenize(text: string): string[] {
  return new TokenWriter().text(text).split(/\s+/u).filter(Boolean);
}

/** Text as the index step writes it for Pagefind: tokens separated by spaces. */
export function indexText(text: string): string {
  return tokenize(text).join(' ');
}

/** Names written for the index: each cut into tokens, a phrase break between two names. */
export function indexNames(names: readonly string[]): string {
  return names.map(indexText).filter(Boolean).join(` ${PHRASE_BREAK} `);
}

/** A token without its joiners, lower case: what Pagefind stores for it. */
function bare(token: string): string {
  return [...token]
    .filter((ch) => charClass(ch) !== 'joiner')
    .join('')
    .toLowerCase();
}

/**
 * A query as phrases of tokens: whitespace and clause punctuation separate phrases, joiners are
 * dropped. `1+X` gives [['1', '+', 'x']]; a Chinese query gives one token per character.
 */
export function queryPhrases(query: string): string[][] {
  const phrases: string[][] = [];
  for (const part of query.split(/\s+/u)) {
    let phrase: string[] = [];
    for (const token of tokenize(part)) {
      const word = bare(token);
      if (!/[\p{L}\p{N}+]/u.test(word)) {
        if (phrase.length) phrases.push(phrase);
        phrase = [];
      } else {
        phrase.push(word);
      }
    }
    if (phrase.length) phrases.push(phrase);
  }
  return phrases;
}

/** Whether a string is a reading character that indexing separated with spaces. */
function isTight(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const cls = charClass(ch);
  if (cls === 'han' || cls === 'breaker' || cls === 'symbol') return true;
  // Full-width quotes and brackets sit tight against Chinese text.
  return cls === 'joiner' && ch.charCodeAt(0) > 0x7f;
}

/**
 * Indexed text (as Pagefind returns it in `content`) back as reading text: the spaces the
 * index step put around Chinese characters and symbols are removed, phrase breaks become
 * `blockSeparator`, and the full stop Pagefind adds after a heading becomes the Chinese one.
 */
export function readableText(indexed: string, blockSeparator = '\n'): string {
  const chars = [...indexed.replace(/\s*\u2063[\s\u2063]*/gu, '\u2063')];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (/\s/u.test(ch)) {
      const before = out.at(-1);
      const after = chars[i + 1];
      if (before === undefined || before === '\u2063' || after === '\u2063') continue;
      if (isTight(before) || isTight(after)) continue;
      if (out.endsWith(' ')) continue;
      out += ' ';
    } else {
      out += ch;
    }
  }
  return out
    .replace(/(\p{Script=Han})\.(?=\u2063|$)/gu, '$1\u3002')
    .replace(/^\u2063+|\u2063+$/gu, '')
    .replace(/\u2063/gu, blockSeparator);
}

/**
 * Text as exact matching compares it: joiners and whitespace removed, lower case. Clause
 * punctuation stays, so a match cannot run across it (as in the index).
 */
export function matchForm(text: string): string {
  return [...text]
    .filter((ch) => {
      const cls = charClass(ch);
      return cls !== 'joiner' && cls !== 'space';
    })
    .join('')
    .toLowerCase();
}
