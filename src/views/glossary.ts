/**
 * Shapes the glossary for reading: which cases use each term, and the terms grouped by the
 * initial letter of their pinyin for the letter index. Pure, so the page only renders.
 */
import type { GlossaryTerm } from '../schemas/glossary';

/** A case as the glossary sees it: its id and every piece of text it carries. */
export interface CaseText {
  id: string;
  /** The narrative (MDX body) and all strings of the frontmatter, joined. */
  text: string;
}

/** Every string inside a value (objects and arrays walked depth-first), in order. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The text a case carries: its MDX body and every string of its data. */
export function caseText(id: string, data: unknown, body: string | undefined): CaseText {
  return { id, text: [body ?? '', ...stringsIn(data)].join('\n') };
}

/** The forms that count as a term in running text: the term and its aliases. */
export function termForms(term: Pick<GlossaryTerm, 'term' | 'aliases'>): string[] {
  return [term.term, ...term.aliases].filter((form) => form.length > 0);
}

/** Ids of the cases, in the order given, whose text contains the term or one of its aliases. */
export function casesUsingTerm(
  term: Pick<GlossaryTerm, 'term' | 'aliases'>,
  cases: CaseText[],
): string[] {
  const forms = termForms(term);
  return cases.filter((c) => forms.some((form) => c.text.includes(form))).map((c) => c.id);
}

/** The pinyin without tone marks, lower-cased (dǎngjiàn → dangjian, lǜ → lu). */
export function plainPinyin(pinyin: string): string {
  return pinyin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Upper-case Latin initial of a pinyin reading, or '#' when it does not start with a letter. */
export function pinyinInitial(pinyin: string): string {
  const first = plainPinyin(pinyin).trim().charAt(0);
  return /[a-z]/.test(first) ? first.toUpperCase() : '#';
}

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/**
 * Items grouped by the initial of their pinyin, keeping the order given (the glossary arrives
 * sorted by pinyin), letters in alphabetical order with '#' last.
 */
export function groupByInitial<T>(items: T[], pinyinOf: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = pinyinInitial(pinyinOf(item));
    const list = groups.get(letter) ?? [];
    list.push(item);
    groups.set(letter, list);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map(([letter, list]) => ({ letter, items: list }));
}
