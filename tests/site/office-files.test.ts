/**
 * The Word and PowerPoint files of the real build open in an office suite: LibreOffice headless
 * converts all 16 (8 .docx, 8 .pptx) to PDF, and each PDF's text holds the county, the model
 * and the key figures the case's handout prints (read from the built handout page); the Word
 * file holds every figure of the case. LibreOffice is a precondition: missing, the test fails
 * under CI=true and is skipped with a message otherwise.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distDir } from '../gates/site';
import { loadContent } from '../helpers/content';
import { formatMetricValue } from '../../src/i18n/format';

const cases = loadContent().cases;
const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const ci = Boolean(process.env.CI);
const work = mkdtempSync(join(tmpdir(), 'casebook-office-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const squash = (s: string) => s.replace(/\s+/g, '');

/** Converts the files of one kind in one LibreOffice run (start-up is most of the cost). */
function convert(ext: 'docx' | 'pptx'): Map<string, string> {
  const out = join(work, ext);
  const files = cases.map((c) => join(distDir, 'downloads', `${c.id}.${ext}`));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${work}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      ...files,
    ],
    { stdio: 'pipe', timeout: 240_000 },
  );
  return new Map(
    cases.map((c) => {
      const pdf = join(out, `${c.id}.pdf`);
      const text = existsSync(pdf)
        ? execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
        : '';
      return [c.id, squash(text)];
    }),
  );
}

/** The figures the built handout of a case prints, by metric key. */
function handoutKeys(id: string): string[] {
  const html = readFileSync(join(distDir, 'cases', id, 'handout', 'index.html'), 'utf8');
  return [...html.matchAll(/data-figure="([^"]+)"/g)].map((m) => m[1]!);
}

test('LibreOffice is installed (apt-get install libreoffice-writer-nogui libreoffice-impress-nogui)', () => {
  if (ci) expect(soffice, 'soffice not found').toBe(true);
  else if (!soffice) console.warn('office-files: soffice not found, conversion tests skipped');
});

// In CI the conversions run even without soffice, so a missing LibreOffice fails them too.
describe.runIf(soffice || ci)('the downloads convert to PDF and carry the case', () => {
  const texts = { docx: new Map<string, string>(), pptx: new Map<string, string>() };

  test('8 Word files and 8 PowerPoint decks convert', { timeout: 480_000 }, () => {
    texts.docx = convert('docx');
    texts.pptx = convert('pptx');
    const empty = (['docx', 'pptx'] as const).flatMap((ext) =>
      cases.filter((c) => !texts[ext].get(c.id)).map((c) => `${c.id}.${ext}`),
    );
    expect(empty).toEqual([]);
  });

  for (const { id, data } of cases) {
    test(`${id}: county, model and key figures in both files, every figure in the Word file`, () => {
      const keys = handoutKeys(id);
      expect(keys.length).toBeGreaterThanOrEqual(Math.min(3, data.metrics.length));
      const value = (key: string) =>
        squash(formatMetricValue(data.metrics.find((m) => m.key === key)!));
      for (const ext of ['docx', 'pptx'] as const) {
        const text = texts[ext].get(id) ?? '';
        expect(text, ext).toContain(squash(data.county));
        expect(text, ext).toContain(squash(data.model.name));
        expect(
          keys.map(value).filter((v) => !text.includes(v)),
          `${ext}: key figures`,
        ).toEqual([]);
      }
      const docx = texts.docx.get(id) ?? '';
      const missing = data.metrics
        .map((m) => squash(formatMetricValue(m)))
        .filter((v) => !docx.includes(v));
      expect(missing, 'docx: figures').toEqual([]);
    });
  }
});
