import { describe, expect, test } from 'vitest';
import {
  buildMechanismMatrix,
  mechanismDetail,
  orderMechanisms,
  ruleSegments,
  type CaseSummary,
} from '../../src/views/mechanism';
import { MECHANISM_CATEGORIES, type Mechanism } from '../../src/schemas/mechanism';
import { loadContent, type LoadedCase } from '../helpers/content';

const content = loadContent();
const summary = (c: LoadedCase): CaseSummary => ({
  id: c.id,
  shortName: c.data.shortName,
  province: c.data.province,
  modelName: c.data.model.name,
  mechanisms: c.data.mechanisms,
});
const cases = content.cases.map(summary);
const listed = (c: LoadedCase, mechanismId: string) =>
  c.data.mechanisms.some((u) => u.id === mechanismId);

describe('mechanism matrix', () => {
  const matrix = buildMechanismMatrix(cases, content.mechanisms);
  const rows = matrix.groups.flatMap((g) => g.rows);

  test('there is content to test against', () => {
    expect(content.cases.length).toBeGreaterThan(1);
    expect(content.mechanisms.length).toBeGreaterThan(1);
  });

  test('one column per case, in the casebook order the case files state', () => {
    const byOrder = [...content.cases].sort((a, b) => a.data.order - b.data.order);
    expect(matrix.columns.map((c) => c.case.id)).toEqual(byOrder.map((c) => c.id));
  });

  test('every mechanism is one row, under its own family, families in the fixed order', () => {
    expect(rows.map((r) => r.mechanism.id).sort()).toEqual(
      content.mechanisms.map((m) => m.id).sort(),
    );
    const families = Object.keys(MECHANISM_CATEGORIES);
    expect(matrix.groups.map((g) => g.category)).toEqual(
      families.filter((f) => content.mechanisms.some((m) => m.category === f)),
    );
    for (const group of matrix.groups) {
      expect(group.label).toBe(MECHANISM_CATEGORIES[group.category].zh);
      for (const row of group.rows) expect(row.mechanism.category).toBe(group.category);
    }
  });

  test('a cell is marked exactly when the case file lists the mechanism, with its evidence', () => {
    for (const row of rows) {
      row.cells.forEach((cell, i) => {
        const file = content.cases.find((c) => c.id === matrix.columns[i]!.case.id)!;
        expect(cell.caseId).toBe(file.id);
        const use = file.data.mechanisms.find((u) => u.id === row.mechanism.id);
        expect(cell.use?.evidence, `${file.id} × ${row.mechanism.id}`).toBe(use?.evidence);
      });
    }
  });

  test('row counts are the number of counties; a county column carries no total', () => {
    for (const row of rows) {
      expect(row.count).toBe(content.cases.filter((c) => listed(c, row.mechanism.id)).length);
    }
    // A per-county total mostly measures how much the article wrote, so none is offered.
    for (const column of matrix.columns) expect(Object.keys(column)).toEqual(['case']);
  });

  test('within a family the most widespread mechanisms come first', () => {
    for (const group of matrix.groups) {
      const counts = group.rows.map((r) => r.count);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });
});

describe('mechanism page data', () => {
  test('lists exactly the counties whose files name the mechanism, in casebook order', () => {
    for (const mechanism of content.mechanisms) {
      const detail = mechanismDetail(mechanism, cases, content.glossary, content.mechanisms);
      const expected = [...content.cases]
        .sort((a, b) => a.data.order - b.data.order)
        .filter((c) => listed(c, mechanism.id));
      expect(detail.uses.map((u) => u.case.id)).toEqual(expected.map((c) => c.id));
      for (const use of detail.uses) {
        const file = expected.find((c) => c.id === use.case.id)!;
        const own = file.data.mechanisms.find((u) => u.id === mechanism.id)!;
        expect(use.evidence).toBe(own.evidence);
        expect(use.quote).toBe(own.quote);
      }
    }
  });

  test('related terms are the glossary entries that name the mechanism', () => {
    for (const mechanism of content.mechanisms) {
      const detail = mechanismDetail(mechanism, cases, content.glossary, content.mechanisms);
      expect(detail.terms.map((t) => t.id).sort()).toEqual(
        content.glossary
          .filter((t) => t.mechanisms.includes(mechanism.id))
          .map((t) => t.id)
          .sort(),
      );
    }
  });

  test('siblings are the rest of the family, in matrix order', () => {
    const mechanism = content.mechanisms[0]!;
    const detail = mechanismDetail(mechanism, cases, content.glossary, content.mechanisms);
    expect(detail.siblings.map((m) => m.id)).toEqual(
      orderMechanisms(content.mechanisms, cases)
        .filter((m) => m.category === mechanism.category && m.id !== mechanism.id)
        .map((m) => m.id),
    );
  });

  test('a mechanism no case uses still gets a page, with no counties', () => {
    const unused: Mechanism = {
      id: 'not-used-anywhere',
      name: '无人采用的机制',
      nameEn: 'Unused mechanism',
      category: 'safeguards',
      definition: '只用于测试：收录的案例都没有列出这一机制，因此页面应说明无县采用。',
      inclusion: '只用于测试：没有任何县的资料会满足这条纳入规则。',
      exclusion: '只用于测试：相似的做法编 joint-meeting。',
      example: '某县从未有过这种做法。（虚构示例，只用于测试）',
      aliases: [],
    };
    const all = [...content.mechanisms, unused];
    const detail = mechanismDetail(unused, cases, content.glossary, all);
    expect(detail.uses).toEqual([]);
    const row = buildMechanismMatrix(cases, all)
      .groups.flatMap((g) => g.rows)
      .find((r) => r.mechanism.id === unused.id)!;
    expect(row.count).toBe(0);
    expect(row.cells.every((c) => !c.use)).toBe(true);
  });
});

describe('codebook rules on the mechanism page', () => {
  const joined = (segments: ReturnType<typeof ruleSegments>) =>
    segments.map((s) => ('text' in s ? s.text : s.mechanism.id)).join('');

  test('every mechanism id a rule names becomes a link to that mechanism, by its name', () => {
    let pointers = 0;
    for (const mechanism of content.mechanisms) {
      for (const rule of [mechanism.inclusion, mechanism.exclusion]) {
        const segments = ruleSegments(rule, content.mechanisms);
        expect(joined(segments), mechanism.id).toBe(rule);
        for (const segment of segments) {
          if ('text' in segment) {
            expect(segment.text, mechanism.id).not.toMatch(/\b[a-z]+-[a-z-]+\b/);
          } else {
            pointers++;
            const target = content.mechanisms.find((m) => m.id === segment.mechanism.id);
            expect(segment.mechanism.name).toBe(target?.name);
          }
        }
      }
    }
    // The codebook's exclusion rules point at where look-alikes go.
    expect(pointers).toBeGreaterThan(0);
  });

  test('a kebab-case word that names no mechanism stays plain text', () => {
    expect(ruleSegments('见 not-a-mechanism 一项', content.mechanisms)).toEqual([
      { text: '见 not-a-mechanism 一项' },
    ]);
  });

  test('the page data carries the rules and the example of the mechanism', () => {
    const mechanism = content.mechanisms.find((m) => m.exclusion.includes('-'))!;
    const detail = mechanismDetail(mechanism, cases, content.glossary, content.mechanisms);
    expect(joined(detail.rules.inclusion)).toBe(mechanism.inclusion);
    expect(joined(detail.rules.exclusion)).toBe(mechanism.exclusion);
    expect(detail.rules.example).toBe(mechanism.example);
  });
});
