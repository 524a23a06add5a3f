/**
 * Several cases per county (issue 16): a casebook of thousands of cases holds several for one
 * county, so two cases may share an adminCode when each says which one it is (variant) and the
 * variants differ; otherwise the build stops, naming the other file.
 */
import { describe, expect, test } from 'vitest';
import { checkCasebook, type CaseInput } from '../../src/domain/content-checks';
import { loadContent } from '../helpers/content';

const real = loadContent();
const [first] = real.cases;
const base = {
  mechanisms: real.mechanisms.map((m) => ({ ...m, file: 'content/mechanisms/mechanisms.yaml' })),
  sourceIds: real.sources.map((s) => s.id),
  glossary: [],
};
const twin = (variantA: string | undefined, variantB: string | undefined): CaseInput[] => [
  { id: 'a', file: 'content/cases/a.mdx', data: { ...first!.data, variant: variantA } },
  { id: 'b', file: 'content/cases/b.mdx', data: { ...first!.data, variant: variantB } },
];
const countyProblems = (cases: CaseInput[]) =>
  checkCasebook({ ...base, cases }).filter((p) => p.code === 'reference.adminCodeUsed');

describe('several cases for one county', () => {
  test('are accepted when each carries its own variant', () => {
    expect(countyProblems(twin('2015年起·城关镇', '2021年起·全县推广'))).toEqual([]);
  });

  test('fail on the second file when a variant is missing, naming the first', () => {
    const problems = countyProblems(twin('2015年起·城关镇', undefined));
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/cases/b.mdx',
        path: 'adminCode',
        params: expect.objectContaining({ other: 'content/cases/a.mdx' }),
      }),
    ]);
  });

  test('fail when two cases of a county carry the same variant', () => {
    const problems = countyProblems(twin('城关镇试点', '城关镇试点'));
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/cases/b.mdx', path: 'variant' }),
    ]);
  });
});
