/**
 * Shapes mechanisms for the cross-case pages: the mechanisms × counties matrix and one
 * mechanism's page (the counties that use it with their evidence, related glossary terms,
 * sibling mechanisms). Pure: takes plain data in casebook order, so pages only render.
 */
import type { CaseMechanism } from '../schemas/case';
import type { GlossaryTerm } from '../schemas/glossary';
import { MECHANISM_CATEGORIES, type Mechanism, type MechanismCategory } from '../schemas/mechanism';

/** What the mechanism pages need to know about a case. */
export interface CaseSummary {
  id: string;
  shortName: string;
  /** Which case of the county, when it has several. */
  variant?: string | undefined;
  province: string;
  modelName: string;
  mechanisms: CaseMechanism[];
}

/**
 * A county column. It carries no total: how many mechanisms a county shows mostly measures how
 * much the article wrote about it, and a total per county would read as a score.
 */
export interface MatrixColumn {
  case: CaseSummary;
}

export interface MatrixCell {
  caseId: string;
  /** The case's use of the mechanism, absent when the sources do not report one. */
  use?: CaseMechanism | undefined;
}

export interface MatrixRow {
  mechanism: Mechanism;
  /** One cell per column, in column order. */
  cells: MatrixCell[];
  /** How many counties use the mechanism. */
  count: number;
}

export interface MatrixGroup {
  category: MechanismCategory;
  label: string;
  labelEn: string;
  rows: MatrixRow[];
}

export interface MechanismMatrix {
  columns: MatrixColumn[];
  /** Non-empty families in MECHANISM_CATEGORIES order, rows as orderMechanisms puts them. */
  groups: MatrixGroup[];
}

const byPinyin = new Intl.Collator('zh-CN');

/** How many of the cases use each mechanism. */
function usageCounts(cases: CaseSummary[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of cases)
    for (const id of new Set(c.mechanisms.map((u) => u.id)))
      counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/**
 * Mechanisms in reading order: by family (MECHANISM_CATEGORIES order), within a family the most
 * widespread first, ties by the Chinese name in pinyin order.
 */
export function orderMechanisms(mechanisms: Mechanism[], cases: CaseSummary[]): Mechanism[] {
  const counts = usageCounts(cases);
  const families = Object.keys(MECHANISM_CATEGORIES);
  return [...mechanisms].sort(
    (a, b) =>
      families.indexOf(a.category) - families.indexOf(b.category) ||
      (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) ||
      byPinyin.compare(a.name, b.name),
  );
}

/**
 * Rows are mechanisms grouped by family (ordered as orderMechanisms), columns are cases in the
 * order given.
 */
export function buildMechanismMatrix(
  cases: CaseSummary[],
  mechanisms: Mechanism[],
): MechanismMatrix {
  const uses = cases.map((c) => new Map(c.mechanisms.map((u) => [u.id, u])));
  const ordered = orderMechanisms(mechanisms, cases);
  const groups = (Object.keys(MECHANISM_CATEGORIES) as MechanismCategory[])
    .map((category) => ({
      category,
      label: MECHANISM_CATEGORIES[category].zh,
      labelEn: MECHANISM_CATEGORIES[category].en,
      rows: ordered
        .filter((m) => m.category === category)
        .map((mechanism) => {
          const cells = cases.map((c, i) => ({ caseId: c.id, use: uses[i]!.get(mechanism.id) }));
          return { mechanism, cells, count: cells.filter((cell) => cell.use).length };
        }),
    }))
    .filter((group) => group.rows.length > 0);
  const columns = cases.map((c) => ({ case: c }));
  return { columns, groups };
}

export interface MechanismUseByCase {
  case: CaseSummary;
  evidence: string;
  quote?: string | undefined;
}

/** A piece of rule text: plain words, or a pointer to another mechanism of the codebook. */
export type RuleSegment = { text: string } | { mechanism: Pick<Mechanism, 'id' | 'name'> };

/** Kebab-case words in rule text are mechanism ids (the content checks hold them to exist). */
const MECHANISM_REFERENCE = /\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g;

/**
 * Splits a rule into words and mechanism pointers, so a page can link each id by the
 * mechanism's name. An id not in the codebook stays text (the build has already failed on it).
 */
export function ruleSegments(text: string, mechanisms: Mechanism[]): RuleSegment[] {
  const byId = new Map(mechanisms.map((m) => [m.id, m]));
  const segments: RuleSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(MECHANISM_REFERENCE)) {
    const target = byId.get(match[0]);
    if (!target) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ mechanism: { id: target.id, name: target.name } });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** The codebook rules of one mechanism, each split into segments. */
export interface MechanismRules {
  inclusion: RuleSegment[];
  exclusion: RuleSegment[];
  example: string;
}

export interface MechanismDetail {
  mechanism: Mechanism;
  /** How to code it: inclusion and exclusion rules with linked pointers, and the example. */
  rules: MechanismRules;
  categoryLabel: string;
  categoryLabelEn: string;
  /** Counties that use the mechanism, in casebook order, each with its evidence. */
  uses: MechanismUseByCase[];
  /** Glossary terms whose `mechanisms` list names this mechanism, in glossary order. */
  terms: GlossaryTerm[];
  /** Other mechanisms of the same family, ordered as in the matrix. */
  siblings: Mechanism[];
}

export function mechanismDetail(
  mechanism: Mechanism,
  cases: CaseSummary[],
  glossary: GlossaryTerm[],
  mechanisms: Mechanism[],
): MechanismDetail {
  return {
    mechanism,
    rules: {
      inclusion: ruleSegments(mechanism.inclusion, mechanisms),
      exclusion: ruleSegments(mechanism.exclusion, mechanisms),
      example: mechanism.example,
    },
    categoryLabel: MECHANISM_CATEGORIES[mechanism.category].zh,
    categoryLabelEn: MECHANISM_CATEGORIES[mechanism.category].en,
    uses: cases.flatMap((c) => {
      const use = c.mechanisms.find((u) => u.id === mechanism.id);
      return use ? [{ case: c, evidence: use.evidence, quote: use.quote }] : [];
    }),
    terms: glossary.filter((term) => term.mechanisms.includes(mechanism.id)),
    siblings: orderMechanisms(mechanisms, cases).filter(
      (m) => m.category === mechanism.category && m.id !== mechanism.id,
    ),
  };
}
