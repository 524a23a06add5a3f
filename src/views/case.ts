/**
 * Shapes a case's data for reading: metrics grouped by category, mechanisms grouped by family,
 * neighbours in casebook order. Pure, so pages only render.
 */
import type { Metric } from '../schemas/metric';
import type { CaseMechanism } from '../schemas/case';
import { MECHANISM_CATEGORIES, type Mechanism, type MechanismCategory } from '../schemas/mechanism';
import {
  METRIC_CATEGORIES,
  metricDefinition,
  type MetricCategory,
} from '../schemas/metric-vocabulary';

export interface MetricGroup {
  category: MetricCategory;
  label: string;
  metrics: Metric[];
}

/** Metrics by vocabulary category, categories in vocabulary order, metrics in case order. */
export function groupMetrics(metrics: Metric[]): MetricGroup[] {
  return (Object.keys(METRIC_CATEGORIES) as MetricCategory[])
    .map((category) => ({
      category,
      label: METRIC_CATEGORIES[category].zh,
      metrics: metrics.filter((m) => metricDefinition(m.key)?.category === category),
    }))
    .filter((group) => group.metrics.length > 0);
}

export interface MechanismUse {
  mechanism: Mechanism;
  evidence: string;
  quote?: string | undefined;
}

export interface MechanismGroup {
  category: MechanismCategory;
  label: string;
  uses: MechanismUse[];
}

/** A case's mechanisms by family, in the order of the mechanism collection. */
export function groupCaseMechanisms(uses: CaseMechanism[], all: Mechanism[]): MechanismGroup[] {
  const byId = new Map(uses.map((u) => [u.id, u]));
  return (Object.keys(MECHANISM_CATEGORIES) as MechanismCategory[])
    .map((category) => ({
      category,
      label: MECHANISM_CATEGORIES[category].zh,
      uses: all
        .filter((m) => m.category === category && byId.has(m.id))
        .map((mechanism) => ({
          mechanism,
          evidence: byId.get(mechanism.id)!.evidence,
          quote: byId.get(mechanism.id)!.quote,
        })),
    }))
    .filter((group) => group.uses.length > 0);
}

/** The entries before and after `id` in `ids` order. */
export function neighbours<T extends { id: string }>(
  entries: T[],
  id: string,
): { previous?: T; next?: T } {
  const index = entries.findIndex((e) => e.id === id);
  if (index === -1) return {};
  return { previous: entries[index - 1], next: entries[index + 1] };
}

/**
 * Up to `count` figures to show on a card: figures of scale (not of the model's design),
 * county-wide and sector-wide first (they say most about the county), one of each kind
 * (organisations, people, service points, money …) before a second of the same kind and before
 * standards and rates, shown in that broad-first order.
 */
export function headlineMetrics(metrics: Metric[], count = 3): Metric[] {
  const scale = metrics.filter((m) => !metricDefinition(m.key)?.design);
  const broad = scale.filter((m) => m.scope.level === 'county' || m.scope.level === 'sector');
  const narrow = scale.filter((m) => !broad.includes(m));
  const ranked = [...broad, ...narrow];
  const kinds = new Set<string>();
  const firstOfKind = ranked.filter((m) => {
    const kind = metricDefinition(m.key)?.category ?? m.key;
    // Standards and rates (per community, per day) only fill in: they are not totals.
    if (kind === 'standards' || kinds.has(kind)) return false;
    kinds.add(kind);
    return true;
  });
  const picked = [...firstOfKind, ...ranked.filter((m) => !firstOfKind.includes(m))].slice(
    0,
    count,
  );
  return ranked.filter((m) => picked.includes(m));
}

type Suggestable = { id: string; data: { region: string; mechanisms: Array<{ id: string }> } };

/**
 * How many cases of each mechanism's list (in casebook order) a case considers. Exact ranking
 * while no mechanism is used by more cases than this; beyond, the work per case stays bounded
 * (rare mechanisms, whose lists are short, are always seen in full, and they say the most).
 */
const CANDIDATES_PER_MECHANISM = 64;

/** Suggestions for every case of a casebook, computed once per casebook array (once per build). */
const suggestionCache = new WeakMap<object, Map<number, Map<string, Suggestable[]>>>();

function rankSuggestions<T extends Suggestable>(cases: T[], count: number): Map<string, T[]> {
  // Inverted index: mechanism → positions of the cases using it, in casebook order.
  const postings = new Map<string, number[]>();
  cases.forEach((c, i) => {
    for (const { id } of c.data.mechanisms) {
      const list = postings.get(id) ?? [];
      if (list.length <= CANDIDATES_PER_MECHANISM) list.push(i);
      postings.set(id, list);
    }
  });
  const byRegion = Map.groupBy(
    cases.map((_, i) => i),
    (i) => cases[i]!.data.region,
  );
  const result = new Map<string, T[]>();
  cases.forEach((self, at) => {
    const shared = new Map<number, number>();
    for (const { id } of self.data.mechanisms) {
      for (const other of postings.get(id) ?? []) {
        if (other !== at) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const ranked = [...shared]
      .map(([i, n]) => ({ i, n, sameRegion: cases[i]!.data.region === self.data.region ? 1 : 0 }))
      .sort((a, b) => b.n - a.n || b.sameRegion - a.sameRegion || a.i - b.i)
      .slice(0, count)
      .map(({ i }) => i);
    // Too few sharing a mechanism: the same region, then casebook order, fill the list.
    for (const pool of [byRegion.get(self.data.region) ?? [], cases.keys()]) {
      for (const i of pool) {
        if (ranked.length >= count) break;
        if (i !== at && !ranked.includes(i)) ranked.push(i);
      }
    }
    result.set(
      self.id,
      ranked.map((i) => cases[i]!),
    );
  });
  return result;
}

/**
 * Cases to offer for "compare with…" on a case page: those sharing the most mechanisms first,
 * then the same region, then casebook order. Capped, because a page listing every other county
 * grows with the casebook (and the comparison tool takes at most eight cases). The whole
 * casebook is ranked once, through an inverted index over mechanisms (n · mechanisms · 64 at
 * most), and every case page reads its list from that.
 */
export function compareSuggestions<T extends Suggestable>(cases: T[], id: string, count = 7): T[] {
  const byCount = suggestionCache.get(cases) ?? new Map<number, Map<string, Suggestable[]>>();
  suggestionCache.set(cases, byCount);
  let all = byCount.get(count);
  if (!all) {
    all = rankSuggestions(cases, count);
    byCount.set(count, all);
  }
  return (all.get(id) as T[] | undefined) ?? [];
}

/** A heading of the case narrative, as `render(entry).headings` gives it. */
export interface NarrativeHeading {
  depth: number;
  slug: string;
  text: string;
}

/** One line of the page contents; `children` are the parts under their group label. */
export interface ContentsEntry {
  id: string;
  label: string;
  children?: ContentsEntry[];
}

export interface PartView {
  id: string;
  name: string;
  summary: string;
  /** Id of the narrative section that tells this part; the part box is rendered there. */
  anchor?: string | undefined;
  mechanisms: Array<{ id: string; name: string }>;
}

export interface MechanismUseView extends MechanismUse {
  /** The parts that use this mechanism, to link back to. */
  parts: Array<{ name: string; anchor: string }>;
}

export interface CasePageView {
  parts: PartView[];
  /** Parts with no narrative section of their own (rendered as a list instead). */
  looseParts: PartView[];
  mechanismGroups: Array<Omit<MechanismGroup, 'uses'> & { uses: MechanismUseView[] }>;
  metricGroups: MetricGroup[];
  contents: ContentsEntry[];
}

/** The case-page sections that are not narrative, in page order. Ids are the pages' anchors. */
export interface FixedSections {
  before: ContentsEntry[];
  after: ContentsEntry[];
}

/**
 * The case page's model. Each fact has one owner, the others link to it:
 * the part's own narrative section owns its summary and its list of mechanisms (as links to the
 * mechanism section); the mechanism section owns each mechanism's evidence and quote, linking
 * back to the parts; the figures section owns every figure; the page header owns place and
 * model name (the key facts do not repeat them).
 */
export function casePageView(
  data: {
    parts: Array<{ id: string; name: string; summary: string; mechanisms: string[] }>;
    mechanisms: CaseMechanism[];
    metrics: Metric[];
  },
  headings: NarrativeHeading[],
  allMechanisms: Mechanism[],
  sections: FixedSections,
  partsLabel: string,
): CasePageView {
  const top = headings.filter((h) => h.depth === 2);
  const name = (id: string) => allMechanisms.find((m) => m.id === id)?.name ?? id;
  const parts: PartView[] = data.parts.map((part) => ({
    id: part.id,
    name: part.name,
    summary: part.summary,
    anchor: top.find((h) => h.text.trim() === part.name.trim())?.slug,
    mechanisms: [...new Set(part.mechanisms)].map((id) => ({ id, name: name(id) })),
  }));
  const partAnchors = new Set(parts.map((p) => p.anchor).filter(Boolean));
  const mechanismGroups = groupCaseMechanisms(data.mechanisms, allMechanisms).map((group) => ({
    ...group,
    uses: group.uses.map((use) => ({
      ...use,
      parts: parts
        .filter((p) => p.anchor && p.mechanisms.some((m) => m.id === use.mechanism.id))
        .map((p) => ({ name: p.name, anchor: p.anchor! })),
    })),
  }));
  // Narrative sections in order; consecutive part sections are grouped under one label.
  const narrative: ContentsEntry[] = [];
  for (const h of top) {
    const entry = { id: h.slug, label: h.text };
    const last = narrative[narrative.length - 1];
    if (!partAnchors.has(h.slug)) narrative.push(entry);
    else if (last?.children) last.children.push(entry);
    else narrative.push({ id: entry.id, label: partsLabel, children: [entry] });
  }
  return {
    parts,
    looseParts: parts.filter((p) => !p.anchor),
    mechanismGroups,
    metricGroups: groupMetrics(data.metrics),
    contents: [...sections.before, ...narrative, ...sections.after],
  };
}
