/**
 * The open data as served by the built site, under BASE_PATH when it is set: the files parsed
 * with a real CSV parser and a real JSON Schema validator, and compared with the content files
 * read straight from disk with the site's schemas (tests/helpers/content.ts).
 */
import Papa from 'papaparse';
import type { APIRequestContext } from '@playwright/test';
import { test, expect, seriousViolations } from './fixtures';
import { loadContent } from '../helpers/content';
import { compileSchema } from '../helpers/json-schema';
import { mutationsFor, type OpenDataDoc } from '../helpers/open-data-mutations';
import { METRIC_KEYS } from '../../src/lib/metric-vocabulary';
import { MECHANISM_CATEGORIES } from '../../src/schemas/mechanism';
import { QualifierSchema, SCOPE_LEVELS } from '../../src/schemas/metric';

const content = loadContent();
const cases = [...content.cases].sort((a, b) => a.data.order - b.data.order);

/** The columns of metrics.csv as the issue specifies them. */
const METRICS_HEADER =
  'case_id,county,province,metric_key,metric_label,value,qualifier,unit,scope_level,scope_name,period,quote,source_id';

async function fetchCsv(request: APIRequestContext, file: string) {
  const response = await request.get(`data/${file}`);
  expect(response.status(), file).toBe(200);
  const bytes = await response.body();
  const text = bytes.toString('utf8');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  return { bytes, text, parsed };
}

test('metrics.csv: UTF-8 with BOM, RFC 4180, and row for row the metrics of the content files', async ({
  request,
}) => {
  const { bytes, text, parsed } = await fetchCsv(request, 'metrics.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.linebreak).toBe('\r\n');
  expect(text.endsWith('\r\n')).toBe(true);

  const [header, ...rows] = parsed.data;
  expect(header!.join(',')).toBe(METRICS_HEADER);

  const expected = cases.flatMap(({ id, data }) =>
    data.metrics.map((m) => [
      id,
      data.county,
      data.province,
      m.key,
      METRIC_KEYS[m.key as keyof typeof METRIC_KEYS].zh,
      String(m.value),
      m.qualifier,
      m.unit,
      m.scope.level,
      m.scope.name ?? '',
      m.period ?? '',
      m.quote,
      m.source,
    ]),
  );
  expect(rows.length).toBeGreaterThan(0);
  expect(rows).toHaveLength(expected.length);
  expect(rows).toEqual(expected);
});

test('mechanisms.csv: one row per case and mechanism, with names, family and the case’s evidence', async ({
  request,
}) => {
  const { bytes, parsed } = await fetchCsv(request, 'mechanisms.csv');
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(parsed.errors).toEqual([]);
  const [header, ...rows] = parsed.data;
  const records = rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]])));

  const expected = cases.flatMap(({ id, data }) =>
    data.mechanisms.map((use) => {
      const mechanism = content.mechanisms.find((m) => m.id === use.id)!;
      return {
        case_id: id,
        county: data.county,
        province: data.province,
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
  expect(records.length).toBeGreaterThan(0);
  expect(records).toEqual(expected);
});

test('cases.json validates against schema.json, holds every case as written, and spoiled copies fail', async ({
  request,
}) => {
  const [doc, schema] = await Promise.all(
    ['cases.json', 'schema.json'].map(async (file) => {
      const response = await request.get(`data/${file}`);
      expect(response.status(), file).toBe(200);
      return response.json();
    }),
  );
  expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  const validate = compileSchema(schema);
  expect(validate(doc)).toEqual([]);

  expect(doc.cases).toEqual(cases.map(({ id, data }) => ({ id, ...data })));
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  expect([...doc.mechanisms].sort(byId)).toEqual([...content.mechanisms].sort(byId));
  expect(doc.sources.map((s: { id: string }) => s.id)).toEqual(content.sources.map((s) => s.id));

  for (const mutation of mutationsFor(doc as OpenDataDoc)) {
    const spoiled = structuredClone(doc);
    mutation.apply(spoiled);
    const errors = validate(spoiled);
    expect(
      errors.some((e) => e.instancePath === mutation.at && e.keyword === mutation.keyword),
      `${mutation.name}: ${JSON.stringify(errors)}`,
    ).toBe(true);
  }
});

test('the download page explains every file and column, links under the base path, and is accessible', async ({
  page,
  request,
  watch,
}) => {
  await page.goto('data/');
  await expect(page.getByRole('heading', { level: 1, name: '开放数据' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '数据' }),
  ).toHaveAttribute('aria-current', 'page');

  const base = new URL(page.url()).pathname.replace(/data\/$/, '');
  for (const file of ['cases.json', 'metrics.csv', 'mechanisms.csv', 'schema.json']) {
    const link = page.getByRole('link', { name: file, exact: true });
    await expect(link).toHaveAttribute('href', `${base}data/${file}`);
    expect((await request.get(`data/${file}`)).status(), file).toBe(200);
  }

  // Every column of the served CSV files is explained in the column tables.
  for (const file of ['metrics.csv', 'mechanisms.csv']) {
    const { parsed } = await fetchCsv(request, file);
    const table = page.getByRole('table', { name: `${file} 的列` });
    const documented = await table.locator('tbody th').allTextContents();
    expect(documented, file).toEqual(parsed.data[0]);
  }
  // The qualifier and scope conventions list every code the schemas allow.
  const codes = (name: string) =>
    page.getByRole('table', { name }).locator('tbody th').allTextContents();
  expect(await codes('限定（qualifier）')).toEqual(QualifierSchema.options);
  expect(await codes('范围（scope_level 与 scope_name）')).toEqual([...SCOPE_LEVELS]);
  await expect(page.getByText('CC BY 4.0').first()).toBeVisible();
  await expect(page.getByText('GB/T 7714').first()).toBeVisible();
  await expect(page.getByText('APA').first()).toBeVisible();
  for (const source of content.sources) {
    await expect(page.getByText(source.title).first()).toBeVisible();
  }

  expect(await page.locator('script').count()).toBe(0);
  await page.waitForLoadState('networkidle');
  expect(watch.external).toEqual([]);
  expect(watch.errors).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
});
