import { describe, expect, it } from 'vitest';
import { casePageView } from '../../src/views/case';
import type { Mechanism } from '../../src/schemas/mechanism';

const mechanisms = [
  { id: 'joint-meeting', name: 'M1', category: 'organisation' },
  { id: 'dual-reporting', name: 'M2', category: 'organisation' },
] as unknown as Mechanism[];
const data = {
  parts: [
    { id: 'a', name: 'Part A', summary: 'sa', mechanisms: ['joint-meeting', 'joint-meeting'] },
    { id: 'b', name: 'Part B', summary: 'sb', mechanisms: ['joint-meeting', 'dual-reporting'] },
    { id: 'c', name: 'Part C', summary: 'sc', mechanisms: [] },
  ],
  mechanisms: [
    { id: 'joint-meeting', evidence: 'e1' },
    { id: 'dual-reporting', evidence: 'e2' },
  ],
  metrics: [],
};
const headings = [
  { depth: 2, slug: 'bg', text: 'Background' },
  { depth: 2, slug: 'part-a', text: 'Part A' },
  { depth: 3, slug: 'sub', text: 'Sub' },
  { depth: 2, slug: 'part-b', text: 'Part B' },
  { depth: 2, slug: 'limits', text: 'Limits' },
];
const view = casePageView(
  data,
  headings,
  mechanisms,
  { before: [{ id: 'facts', label: 'Facts' }], after: [{ id: 'mech', label: 'Mechanisms' }] },
  'Parts',
);

describe('casePageView', () => {
  it('gives each part the narrative section of the same name, once', () => {
    expect(view.parts.map((p) => p.anchor)).toEqual(['part-a', 'part-b', undefined]);
    expect(view.parts[0]!.mechanisms.map((m) => m.id)).toEqual(['joint-meeting']);
    expect(view.looseParts.map((p) => p.id)).toEqual(['c']);
  });

  it('links each mechanism back to the parts that use it', () => {
    const uses = view.mechanismGroups.flatMap((g) => g.uses);
    const byId = Object.fromEntries(
      uses.map((u) => [u.mechanism.id, u.parts.map((p) => p.anchor)]),
    );
    expect(byId).toEqual({ 'joint-meeting': ['part-a', 'part-b'], 'dual-reporting': ['part-b'] });
  });

  it('lists every h2 once in the contents, parts grouped under one label', () => {
    expect(view.contents).toEqual([
      { id: 'facts', label: 'Facts' },
      { id: 'bg', label: 'Background' },
      {
        id: 'part-a',
        label: 'Parts',
        children: [
          { id: 'part-a', label: 'Part A' },
          { id: 'part-b', label: 'Part B' },
        ],
      },
      { id: 'limits', label: 'Limits' },
      { id: 'mech', label: 'Mechanisms' },
    ]);
  });
});
