import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import {
  buildOpenData,
  mechanismsCsv,
  openDataJsonSchema,
  type OpenDataInput,
} from '../../src/lib/open-data';
import { mechanismRows } from '../../src/lib/csv';
import { MECHANISM_CATEGORIES } from '../../src/schemas/mechanism';
import { loadContent } from '../helpers/content';
import { compileSchema } from '../helpers/json-schema';
import { mutationsFor, type OpenDataDoc } from '../helpers/open-data-mutations';

const content = loadContent();
const input: OpenDataInput = {
  cases: [...content.cases].sort((a, b) => a.data.order - b.data.order),
  mechanisms: content.mechanisms,
  sources: content.sources,
};
const schema = openDataJsonSchema();
const validate = compileSchema(schema);
const doc = JSON.parse(JSON.stringify(buildOpenData(input))) as OpenDataDoc & Record<string, any>;

describe('cases.json and its JSON Schema', () => {
  test('the schema declares JSON Schema draft 2020-12 and forbids unknown fields at the top', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
  });

  test('the casebook as published validates against the schema', () => {
    expect(validate(doc)).toEqual([]);
  });

  test('every case appears once, in casebook order, with all of its frontmatter', () => {
    expect(doc.cases).toEqual(input.cases.map((c) => ({ id: c.id, ...c.data })));
  });

  test('the metric vocabulary in the file covers every key a case uses', () => {
    const keys = new Set(doc.vocabularies.metricKeys.map((k: { key: string }) => k.key));
    const used = input.cases.flatMap((c) => c.data.metrics.map((m) => m.key));
    expect(used.filter((key) => !keys.has(key))).toEqual([]);
  });

  for (const mutation of mutationsFor(doc)) {
    test(`rejects ${mutation.name}`, () => {
      const spoiled = structuredClone(doc);
      mutation.apply(spoiled);
      const errors = validate(spoiled);
      expect(
        errors.some((e) => e.instancePath === mutation.at && e.keyword === mutation.keyword),
        JSON.stringify(errors),
      ).toBe(true);
    });
  }
});

describe('mechanisms.csv', () => {
  test('one row per case and mechanism it uses, with the mechanism’s names and the case’s evidence', () => {
    const parsed = Papa.parse<Record<string, string>>(mechanismsCsv(input).replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const expected = input.cases.flatMap((c) =>
      c.data.mechanisms.map((use) => {
        const mechanism = content.mechanisms.find((m) => m.id === use.id)!;
        return {
          case_id: c.id,
          county: c.data.county,
          province: c.data.province,
          mechanism_id: use.id,
          mechanism_name: mechanism.name,
          mechanism_name_en: mechanism.nameEn,
          category: mechanism.category,
          category_name: MECHANISM_CATEGORIES[mechanism.category].zh,
          evidence: use.evidence,
          quote: use.quote ?? '',
        };
      }),
    );
    expect(parsed.data).toEqual(expected);
  });

  test('a case that names a mechanism missing from the catalogue is refused, not written blank', () => {
    const broken = [
      {
        id: 'x',
        data: { county: 'X县', province: 'X省', mechanisms: [{ id: 'nope', evidence: '……' }] },
      },
    ];
    expect(() => mechanismRows(broken, content.mechanisms, () => '')).toThrow(/nope/);
  });
});
