/**
 * The open data as served by the built site, under BASE_PATH when it is set: the files parsed
 * with a real CSV parser and a real JSON Schema validator, and compared with the content files
 * read straight from disk with the site's schemas (tests/helpers/content.ts).
 */
import type { APIRequestContext } from '@playwright/test';
import { test, expect, seriousViolations } from './fixtures';
import { loadContent, loadProfiles } from '../helpers/content';
import { compileSchema } from '../helpers/json-schema';
import { mutationsFor, type OpenDataDoc } from '../helpers/open-data-mutations';
import {
  casesInOrder,
  expectedMechanismRecords,
  expectedMetricRows,
  METRICS_HEADER,
  parseCsv,
} from '../helpers/expected-data';
import { QualifierSchema, SCOPE_LEVELS } from '../../src/schemas/metric';

const content = loadContent();
const cases = casesInOrder(content);

async function fetchCsv(request: APIRequestContext, file: string) {
  const response = await request.get(`data/${file}`);
  expect(response.status(), file).toBe(200);
  const bytes = await response.body();
  const text = bytes.toString('utf8');
  return { bytes, text, ...parseCsv(text) };
}

test('metrics.csv: UTF-8 with BOM, RFC 4180, and row for row the metrics of the content files', async ({
  request,
}) => {
  const csv = await fetchCsv(request, 'metrics.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.errors).toEqual([]);
  expect(csv.linebreak).toBe('\r\n');
  expect(csv.text.endsWith('\r\n')).toBe(true);
  expect(csv.header.join(',')).toBe(METRICS_HEADER);

  const expected = expectedMetricRows(content);
  expect(csv.rows.length).toBeGreaterThan(0);
  expect(csv.rows).toHaveLength(expected.length);
  expect(csv.rows).toEqual(expected);
});

test('mechanisms.csv: one row per case and mechanism, with names, family and the case’s evidence', async ({
  request,
}) => {
  const csv = await fetchCsv(request, 'mechanisms.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.errors).toEqual([]);
  expect(csv.records.length).toBeGreaterThan(0);
  expect(csv.records).toEqual(expectedMechanismRecords(content));
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

  expect(doc.cases.map(({ profile: _, ...rest }: { profile?: unknown }) => rest)).toEqual(
    cases.map(({ id, data }) => ({ id, ...data })),
  );
  // Every case carries its county profile as its content file states it, plus registry counts.
  const { profiles } = loadProfiles();
  for (const entry of doc.cases) {
    const file = profiles.find((p) => p.data.case === entry.id);
    expect(entry.profile, entry.id).toMatchObject(file!.data);
    expect(entry.profile.divisions.townships, entry.id).toBeGreaterThan(0);
  }
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
  for (const file of [
    'cases.json',
    'metrics.csv',
    'mechanisms.csv',
    'lessons.csv',
    'schema.json',
  ]) {
    const link = page.getByRole('link', { name: file, exact: true });
    await expect(link).toHaveAttribute('href', `${base}data/${file}`);
    expect((await request.get(`data/${file}`)).status(), file).toBe(200);
  }

  // Every column of the served CSV files is explained in the column tables.
  for (const file of ['metrics.csv', 'mechanisms.csv', 'lessons.csv']) {
    const { header } = await fetchCsv(request, file);
    const table = page.getByRole('table', { name: `${file} 的列` });
    const documented = await table.locator('tbody th').allTextContents();
    expect(documented, file).toEqual(header);
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
