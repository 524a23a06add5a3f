/**
 * The search page's filter panel, rendered before any script runs so that it takes its space
 * from the start: every filter value with its label and the number of indexed documents that
 * carry it (what Pagefind reports before a query), and the words offered before a query.
 */
import type { CaseData } from '../schemas/case';
import type { GlossaryTerm } from '../schemas/glossary';
import type { Mechanism } from '../schemas/mechanism';
import { RESULT_KINDS, REGION_CODES, type SearchFilter } from '../search/contract';
import { provinceCode, regionCode } from '../search/records';

export interface FilterOption {
  code: string;
  label: string;
  count: number;
}

export interface FilterPanel {
  name: SearchFilter;
  options: FilterOption[];
}

export interface SearchPageCase {
  id: string;
  data: Pick<CaseData, 'adminCode' | 'province' | 'region' | 'shortName' | 'mechanisms'>;
}

export interface SearchLabels {
  type: Record<(typeof RESULT_KINDS)[number], string>;
  region: Record<(typeof REGION_CODES)[number], string>;
}

function count<T>(items: readonly T[], key: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of key(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Filter panels in SEARCH_FILTERS order; values in a fixed order (kinds, regions, codes, ids). */
export function searchFilterPanels(
  cases: readonly SearchPageCase[],
  mechanisms: readonly Mechanism[],
  glossary: readonly GlossaryTerm[],
  labels: SearchLabels,
): FilterPanel[] {
  const kindCounts = { case: cases.length, mechanism: mechanisms.length, term: glossary.length };
  const regions = count(cases, (c) => [regionCode(c.data.region)]);
  const provinces = new Map<string, { label: string; count: number }>();
  for (const c of cases) {
    const code = provinceCode(c.data.adminCode);
    const entry = provinces.get(code) ?? { label: c.data.province, count: 0 };
    entry.count += 1;
    provinces.set(code, entry);
  }
  // A mechanism value is carried by the cases that use it, its own page and its terms.
  const uses = count(cases, (c) => [...new Set(c.data.mechanisms.map((m) => m.id))]);
  const terms = count(glossary, (g) => [...new Set(g.mechanisms)]);
  return [
    {
      name: 'type',
      options: RESULT_KINDS.map((code) => ({
        code,
        label: labels.type[code],
        count: kindCounts[code],
      })),
    },
    {
      name: 'region',
      options: REGION_CODES.map((code) => ({
        code,
        label: labels.region[code],
        count: regions.get(code) ?? 0,
      })),
    },
    {
      name: 'province',
      options: [...provinces]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, { label, count }]) => ({ code, label, count })),
    },
    {
      name: 'mechanism',
      options: mechanisms.map((m) => ({
        code: m.id,
        label: m.name,
        count: (uses.get(m.id) ?? 0) + 1 + (terms.get(m.id) ?? 0),
      })),
    },
  ];
}
