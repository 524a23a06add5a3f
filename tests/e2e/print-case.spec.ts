/**
 * The full case in print (issue 13): each case prints to at most 70 % of the A4 pages it took on
 * main before the print work (tests/e2e/print-baseline.json, measured the same way), and the
 * shorter print loses nothing a reader relies on: every figure value and every quote of the
 * case's metrics and mechanisms is in the PDF's text, each tier diagram sits whole on one page,
 * and no page is left holding only the citation.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { loadContent, repoRoot } from '../helpers/content';
import { formatMetricValue } from '../../src/i18n/format';

const cases = loadContent().cases;
const baseline = JSON.parse(
  readFileSync(join(repoRoot, 'tests', 'e2e', 'print-baseline.json'), 'utf8'),
) as { pages: Record<string, number> };
const work = mkdtempSync(join(tmpdir(), 'casebook-print-case-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, '');

/** Each page's text as poppler extracts it (form feeds separate pages), whitespace removed. */
function pageTexts(pdf: Buffer, name: string): string[] {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  const pages = text.split('\f').map(squash);
  if (pages.at(-1) === '') pages.pop();
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  expect(pages).toHaveLength(Number(/^Pages:\s+(\d+)/m.exec(info)![1]));
  return pages;
}

test('every case has a recorded baseline', () => {
  expect(Object.keys(baseline.pages).sort()).toEqual(cases.map((c) => c.id).sort());
});

for (const { id, data } of cases) {
  test(`${id}: prints at least 30 % shorter with every figure and quote`, async ({ page }) => {
    await page.goto(`./cases/${id}/`);
    const pages = pageTexts(await page.pdf({ format: 'A4' }), id);
    const limit = Math.floor(baseline.pages[id]! * 0.7);
    expect(pages.length, `baseline ${baseline.pages[id]} pages`).toBeLessThanOrEqual(limit);

    const all = pages.join('');
    const missing = [
      ...data.metrics.flatMap((m) => [formatMetricValue(m), m.quote]),
      ...data.mechanisms.flatMap((m) => (m.quote ? [m.quote] : [])),
    ].filter((s) => !all.includes(squash(s)));
    expect(missing).toEqual([]);

    for (const chain of data.tiers) {
      const whole = pages.some(
        (p) => p.includes(squash(chain.name)) && chain.levels.every((l) => p.includes(squash(l))),
      );
      expect(whole, `tier diagram ${chain.name} split across pages`).toBe(true);
    }

    // The last page holds more than the page's own citation block.
    const last = pages.at(-1)!;
    const cite = last.indexOf('引用本页');
    expect(cite === -1 || cite > 200, `last page: ${last.slice(0, 80)}`).toBe(true);
  });
}
