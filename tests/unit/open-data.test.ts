import { describe, expect, test } from 'vitest';
import {
  buildOpenData,
  mechanismsCsv,
  metricsCsv,
  openDataJsonSchema,
  type OpenDataInput,
} from '../../src/exports/open-data';
import { mechanismRows } from '../../src/exports/csv';
import { lessonsCsv } from '../../src/exports/lessons-csv';
import { loadContent, loadProfiles } from '../helpers/content';
import { loadDivisionRegistry } from '../../src/casebook/division-registry';
import { buildCountyProfile } from '../../src/domain/profile-figures';
import { compileSchema } from '../helpers/json-schema';
import { mutationsFor, type OpenDataDoc } from '../helpers/open-data-mutations';
import {
  casesInOrder,
  datasetVersion,
  expectedMechanismRecords,
  expectedMetricRows,
  METRICS_HEADER,
  parseCsv,
} from '../helpers/expected-data';

const content = loadContent();
const input: OpenDataInput = {
  cases: casesInOrder(content),
  mechanisms: content.mechanisms,
  sources: content.sources,
  lessons: new Map(content.lessons.map((lesson) => [lesson.id, lesson.data])),
  releases: content.releases,
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

  test('the file names the dataset version and release date of the newest changelog entry', () => {
    const newest = content.releases.find((r) => r.id === datasetVersion(content))!;
    expect(doc.dataset).toEqual({ version: newest.id, released: newest.date });
    expect(doc.changelog.map((r: { id: string }) => r.id)).toContain(newest.id);
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

describe('the CSV files, read back with papaparse', () => {
  test('metrics.csv: the header the issue specifies, then one row per metric of the content', () => {
    const csv = parseCsv(metricsCsv(input));
    expect(csv.errors).toEqual([]);
    expect(csv.header.join(',')).toBe(METRICS_HEADER);
    expect(csv.rows).toEqual(expectedMetricRows(content));
  });

  test('mechanisms.csv: one row per case and mechanism, with names, family and the evidence', () => {
    const csv = parseCsv(mechanismsCsv(input));
    expect(csv.errors).toEqual([]);
    expect(csv.records).toEqual(expectedMechanismRecords(content));
  });

  test('a case that names a mechanism missing from the catalogue is refused, not written blank', () => {
    const broken = [
      {
        id: 'x',
        data: { county: 'X县', province: 'X省', mechanisms: [{ id: 'nope', evidence: '……' }] },
      },
    ];
    expect(() => mechanismRows(broken, content.mechanisms, () => '', '1.0.0')).toThrow(/nope/);
  });
});

describe('lessons.csv and the lessons of cases.json', () => {
  const csv = parseCsv(lessonsCsv({ ...input, datasetVersion: datasetVersion(content) }));
  const row = (id: string) => csv.records.find((r) => r.case_id === id)!;

  test('one row per case, in casebook order, read back without errors', () => {
    expect(csv.errors).toEqual([]);
    expect(csv.records.map((r) => r.case_id)).toEqual(input.cases.map((c) => c.id));
  });

  test('every row carries its dates: the stated start year, or that the source gives none', () => {
    expect(row('fengxian').period_from).toBe('2017');
    expect(row('fengxian').period_evidence).toContain('2017年以来');
    expect(row('xundian').period_from).toBe('');
    expect(row('xundian').period_kind).toBe('not-stated');
    for (const r of csv.records) expect(r.as_of, r.case_id).not.toBe('');
  });

  test('every row names the dataset version, as the other CSVs do', () => {
    for (const r of csv.records) expect(r.dataset_version, r.case_id).toBe(datasetVersion(content));
  });

  test('quotes stay verbatim inside 「」 and silent inputs say so', () => {
    for (const lesson of content.lessons) {
      const quotes = row(lesson.id).problem_quotes!;
      for (const s of lesson.data.problem.statements) expect(quotes).toContain(`「${s.quote}」`);
    }
    expect(row('dayu').results).toBe('原文未报告成效。');
    expect(row('xinyuan').input_money).toBe('原文未提及');
  });

  test('cases.json holds one lesson per case, keyed by the case id', () => {
    expect(doc.lessons.map((l: { case: string }) => l.case)).toEqual(input.cases.map((c) => c.id));
    expect(doc.lessons[0].problem).toEqual(
      content.lessons.find((l) => l.id === doc.lessons[0].case)!.data.problem,
    );
  });
});

describe('cases.json with county profiles', () => {
  const registry = loadDivisionRegistry(input.cases.map((c) => c.data.adminCode));
  const adminCode = new Map(input.cases.map((c) => [c.id, c.data.adminCode]));
  const profiles = new Map(
    loadProfiles().profiles.map(({ data }) => [
      data.case,
      buildCountyProfile(
        data.case,
        data,
        registry.counties.get(adminCode.get(data.case)!)!,
        registry.label,
      ),
    ]),
  );
  const withProfiles = JSON.parse(JSON.stringify(buildOpenData({ ...input, profiles }))) as Record<
    string,
    any
  >;

  test('validates against the published schema', () => {
    expect(validate(withProfiles)).toEqual([]);
  });

  test('every case carries its profile, with registry counts and a source record per figure', () => {
    const yongchun = withProfiles.cases.find((c: { id: string }) => c.id === 'yongchun');
    // 永春县人民政府《永春概况》: 22个乡(镇)、236个村(社区).
    expect([yongchun.profile.divisions.townships, yongchun.profile.divisions.villageLevel]).toEqual(
      [22, 236],
    );
    expect(yongchun.profile.population.source.url).toMatch(/^https?:\/\//);
    expect(yongchun.profile.budgetRevenue).toMatchObject({ status: 'not-found' });
    expect(withProfiles.cases.every((c: { profile?: unknown }) => c.profile)).toBe(true);
  });

  test('an old name shows the current division and the township it sits under', () => {
    const xishui = withProfiles.cases.find((c: { id: string }) => c.id === 'xishui');
    expect(xishui.profile.divisionAliases).toContainEqual(
      expect.objectContaining({ source: '东皇镇虹顶社区', currentTownship: '杉王街道' }),
    );
  });

  test('a profile figure without its source record is rejected', () => {
    const spoiled = structuredClone(withProfiles);
    delete spoiled.cases[0].profile.population.source;
    expect(validate(spoiled).length).toBeGreaterThan(0);
  });
});
