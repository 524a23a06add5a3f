/**
 * What a reader citing the casebook sees: every page's footer cites the source with its address
 * and dated, with the date's basis; a case page says when it last changed and in which release;
 * the download page names the dataset version and cites the dataset; the changelog lists every
 * release. Expectations come from the content files, not from the code that renders them.
 */
import { test, expect } from './fixtures';
import { loadContent } from '../helpers/content';
import { datasetVersion } from '../helpers/expected-data';
import { listPages } from '../gates/site';
import Papa from 'papaparse';

const content = loadContent();
const [source] = content.sources;
const version = datasetVersion(content);
const release = content.releases.find((r) => r.id === version)!;

test('every page type’s footer cites the source with its address, date and the date’s basis', async ({
  page,
}) => {
  expect(source?.url, 'the source record has an address').toBeTruthy();
  // One page of every type, and each page without a type of its own (editors, changelog).
  const built = listPages();
  const paths = [
    ...new Set([
      ...[...Map.groupBy(built, (p) => p.type).values()].map((g) => g[0]!.route),
      ...built.filter((p) => p.type === 'other').map((p) => p.route),
    ]),
  ];
  expect(paths.length).toBeGreaterThan(12);
  for (const path of paths) {
    await page.goto(path);
    const footer = page.locator('.site-footer');
    await expect(footer, `/${path}`).toContainText(source!.url!);
    await expect(footer).toContainText(`(${source!.published})[引用日期]`);
    // The date comes from the URL path, and the footer says so beside it.
    await expect(footer).toContainText('网址路径');
  }
});

test('a case page shows when it was last updated, in which release, and cites itself by that date', async ({
  page,
}) => {
  for (const entry of content.cases) {
    await page.goto(`cases/${entry.id}/`);
    const facts = page.locator('.key-facts');
    await expect(facts).toContainText(entry.data.updated);
    const inRelease = content.releases.find((r) => r.date === entry.data.updated)!;
    await expect(facts.getByRole('link', { name: `数据版本 ${inRelease.id}` })).toHaveAttribute(
      'href',
      /data\/changelog\/$/,
    );
    const pageCitation = page.locator('.page-citations .citation-text').first();
    await expect(pageCitation).toContainText(`(${entry.data.updated})[引用日期]`);
    // The only date in it is the content's; the access date is left for the reader to fill in.
    const text = (await pageCitation.textContent()) ?? '';
    expect(text.match(/\d{4}-\d{2}-\d{2}/g)).toEqual([entry.data.updated]);
  }
});

test('the download page names the dataset version and cites the dataset as [DS/OL] with it', async ({
  page,
}) => {
  await page.goto('data/');
  await expect(page.locator('.release')).toContainText(version);
  const gbt = page.locator('.page-citations .citation-text').first();
  await expect(gbt).toContainText(`[DS/OL]. ${version}版. (${release.date})[引用日期]`);
  await expect(page.locator('.page-citations .citation-text').nth(1)).toContainText(
    `(Version ${version}) [Data set]`,
  );
});

test('the changelog lists every release with its date and names the cases each change touched', async ({
  page,
}) => {
  await page.goto('data/changelog/');
  for (const r of content.releases) {
    const section = page.locator(`section[id="v${r.id}"]`);
    await expect(section.getByRole('heading', { level: 2 })).toContainText(r.id);
    await expect(section.locator('time').first()).toHaveAttribute('datetime', r.date);
    for (const change of r.changes) {
      for (const id of change.cases) {
        await expect(section.locator(`a[href$="cases/${id}/"]`).first()).toBeVisible();
      }
    }
  }
});

test('every file a reader downloads names the dataset version', async ({ request }) => {
  const csvs = ['data/metrics.csv', 'data/mechanisms.csv', 'data/lessons.csv'];
  csvs.push('data/codebook/codebook.csv');
  for (const path of csvs) {
    const text = (await (await request.get(path)).text()).replace(/^\uFEFF/, '');
    const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    expect(parsed.errors, path).toEqual([]);
    expect(parsed.meta.fields, path).toContain('dataset_version');
    expect(parsed.data.length).toBeGreaterThan(0);
    expect(new Set(parsed.data.map((r) => r.dataset_version)), path).toEqual(new Set([version]));
  }
  for (const path of ['data/cases.json', 'data/codebook/codebook.json']) {
    const doc = await (await request.get(path)).json();
    expect(doc.dataset, path).toEqual({ version, released: release.date });
  }
});
