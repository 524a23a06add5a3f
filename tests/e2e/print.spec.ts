/**
 * Printing for trainers (issue 13): every case's one-page handout prints to exactly one A4 page in
 * Chromium and carries the county, the model and two questions but no instructor note; the
 * teaching page is linked from the case page and holds the instructor notes. Page counts come
 * from poppler's pdfinfo (a missing pdfinfo fails the test: it is a precondition, not a skip).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { test, expect } from './fixtures';
import { contentRoot, loadContent } from '../helpers/content';
import type { Teaching } from '../../src/schemas/teaching';

const cases = loadContent().cases;
const notes = (id: string) =>
  parse(readFileSync(join(contentRoot, 'teaching', `${id}.yaml`), 'utf8')) as Teaching;
const work = mkdtempSync(join(tmpdir(), 'casebook-print-'));
test.afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Pages of a PDF, as poppler counts them. */
export function pdfPages(pdf: Buffer, name: string): number {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

/** Text of a PDF, as poppler extracts it, with line breaks and spaces removed. */
export function pdfText(pdf: Buffer, name: string): string {
  const file = join(work, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  }).replace(/\s+/g, '');
}

test('there are 8 cases to print', () => {
  expect(cases).toHaveLength(8);
});

for (const { id, data } of cases) {
  test(`${id}: the handout prints to exactly one A4 page, without instructor notes`, async ({
    page,
  }) => {
    await page.goto(`./cases/${id}/handout/`);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdfPages(pdf, `handout-${id}`)).toBe(1);
    const text = pdfText(pdf, `handout-${id}-text`);
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(text).toContain(squash(data.county));
    expect(text).toContain(squash(data.model.name));
    for (const q of notes(id).questions.slice(0, 2)) expect(text).toContain(squash(q.question));
    for (const note of [
      ...notes(id).instructor.notInSource,
      ...notes(id).instructor.misreadings,
      notes(id).instructor.comparison.note,
    ])
      expect(text).not.toContain(squash(note).slice(0, 12));
    // At most five key figures; every figure when the case has fewer (大余 has two, and says so).
    const figures = await page.locator('[data-handout] [data-figure]').count();
    expect(figures).toBe(Math.min(5, data.metrics.length));
    if (data.metrics.length < 3) expect(text).toContain(`原文只给出${data.metrics.length}个数字`);
  });
}

test('the case page links the handout and the teaching notes, which hold the instructor notes', async ({
  page,
}) => {
  const { id, data } = cases[0]!;
  await page.goto(`./cases/${id}/`);
  const links = page.getByRole('navigation', { name: '打印与下载' });
  // The reading page runs no script: the full case prints with the browser's own command.
  await expect(links).toContainText('打印完整案例：用浏览器的“打印”');
  await expect(links.getByRole('button')).toHaveCount(0);
  await links.getByRole('link', { name: '教学说明（讲师用）' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(data.model.name);
  await expect(page.getByRole('heading', { name: '讲师提示' })).toBeVisible();
  await expect(page.locator('aside.instructor')).toContainText(
    notes(id).instructor.misreadings[0]!,
  );
  await page.goBack();
  await links.getByRole('link', { name: '打印一页纸讲义' }).click();
  await expect(page.locator('[data-handout] h1')).toContainText(data.county);
});
