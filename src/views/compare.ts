/**
 * Build-time side of the comparison tool: turns checked case entries into the slim data the
 * compare island receives as props. Kept apart from comparability.ts because it reads the
 * schema modules (and so zod), which must not reach the browser.
 */
import { SETTINGS, type CaseData } from '../schemas/case';
import { MECHANISM_CATEGORIES, type Mechanism } from '../schemas/mechanism';
import type { CompareCase, CompareMechanism } from '../domain/comparability';

/** What the island needs of a case: no summaries, bodies, programmes or questions. */
export function toCompareCase(id: string, data: CaseData): CompareCase {
  return {
    id,
    county: data.county,
    shortName: data.shortName,
    province: data.province,
    prefecture: data.prefecture,
    region: data.region,
    setting: SETTINGS[data.setting].zh,
    model: { name: data.model.name, tagline: data.model.tagline },
    period: data.period?.label,
    parts: data.parts.map((p) => ({ id: p.id, name: p.name })),
    tiers: data.tiers.map((t) => ({ name: t.name, levels: t.levels })),
    mechanisms: data.mechanisms.map((m) => ({ id: m.id, evidence: m.evidence })),
    metrics: data.metrics.map((m) => ({
      key: m.key,
      value: m.value,
      qualifier: m.qualifier,
      unit: m.unit,
      scope: m.scope,
      period: m.period,
      source: m.source,
      quote: m.quote,
      note: m.note,
    })),
  };
}

/** Mechanisms labelled for the matrix, in the given (file) order. */
export function toCompareMechanisms(mechanisms: readonly Mechanism[]): CompareMechanism[] {
  return mechanisms.map((m) => ({
    id: m.id,
    name: m.name,
    category: MECHANISM_CATEGORIES[m.category].zh,
  }));
}
