/**
 * Ways to spoil a valid cases.json, each with where a validator must point. Shared by the unit
 * test (schema generated in memory) and the end-to-end test (files served from the built site),
 * so both prove the schema is not vacuous in the same ways.
 */
export interface Mutation {
  name: string;
  /** Changes a deep copy of the document in place. */
  apply: (doc: OpenDataDoc) => void;
  /** JSON Pointer the validator must report. */
  at: string;
  /** Ajv keyword the validator must report there. */
  keyword: string;
}

type Json = Record<string, unknown>;
export interface OpenDataDoc {
  cases: Array<Json & { metrics: Json[]; mechanisms: Json[] }>;
}

/** Mutations aimed at the first case that has a metric. */
export function mutationsFor(doc: OpenDataDoc): Mutation[] {
  const c = doc.cases.findIndex((entry) => entry.metrics.length > 0);
  if (c === -1) throw new Error('cases.json has no metric to spoil');
  const metric = `/cases/${c}/metrics/0`;
  const firstMetric = (d: OpenDataDoc) => d.cases[c]!.metrics[0]!;
  return [
    {
      name: 'a metric value written as text',
      apply: (d) => void (firstMetric(d).value = '十二'),
      at: `${metric}/value`,
      keyword: 'type',
    },
    {
      name: 'an unknown qualifier',
      apply: (d) => void (firstMetric(d).qualifier = 'roughly'),
      at: `${metric}/qualifier`,
      keyword: 'enum',
    },
    {
      name: 'a metric key outside the vocabulary',
      apply: (d) => void (firstMetric(d).key = 'party_cats'),
      at: `${metric}/key`,
      keyword: 'enum',
    },
    {
      name: "a unit other than the key's unit",
      apply: (d) => void (firstMetric(d).unit = '斤'),
      at: `${metric}/unit`,
      keyword: 'const',
    },
    {
      name: 'a scope narrower than the county without its name',
      apply: (d) => void (firstMetric(d).scope = { level: 'township' }),
      at: `${metric}/scope`,
      keyword: 'required',
    },
    {
      name: 'an unknown field on a case',
      apply: (d) => void (d.cases[c]!.population = 100000),
      at: `/cases/${c}`,
      keyword: 'additionalProperties',
    },
    {
      name: 'a case without its county',
      apply: (d) => void delete d.cases[c]!.county,
      at: `/cases/${c}`,
      keyword: 'required',
    },
    {
      name: 'an administrative code of five digits',
      apply: (d) => void (d.cases[c]!.adminCode = '35052'),
      at: `/cases/${c}/adminCode`,
      keyword: 'pattern',
    },
    {
      name: 'a mechanism use without its evidence',
      apply: (d) => void delete d.cases[c]!.mechanisms[0]!.evidence,
      at: `/cases/${c}/mechanisms/0`,
      keyword: 'required',
    },
  ];
}
