/**
 * Reads a content folder straight from disk with the site's own schemas and checks, so tests can
 * check the real content and the invalid fixtures without running a build. It is the content
 * lint the build runs first (src/integrations/content-lint.ts), so tests and build cannot differ.
 */
import { join } from 'node:path';
import type { CaseData } from '../../src/schemas/case';
import type { Mechanism } from '../../src/schemas/mechanism';
import type { GlossaryTerm } from '../../src/schemas/glossary';
import type { Source } from '../../src/schemas/source';
import { lintContent } from '../../src/integrations/content-lint';
import { problemMessage, type ReportLine } from '../../src/i18n/editor';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const contentRoot = join(repoRoot, 'content');
/** The article the first eight cases come from; present on developer machines and in CI. */
export const articlePath = join(
  repoRoot,
  '..',
  'shared',
  'sources',
  'quyuhua-dangjian-xianyu-tansuo.txt',
);

export interface LoadedCase {
  id: string;
  file: string;
  data: CaseData;
  body: string;
}

/** A problem as a test reads it: where, and the message the build prints. */
export interface LoadedProblem extends ReportLine {
  path: string;
  message: string;
}

export interface LoadedContent {
  cases: LoadedCase[];
  mechanisms: Mechanism[];
  glossary: GlossaryTerm[];
  sources: Source[];
  problems: LoadedProblem[];
}

/** Loads and checks a content folder laid out like content/. */
export function loadContent(root: string = contentRoot): LoadedContent {
  const linted = lintContent(root, repoRoot);
  return {
    ...linted,
    // The casebook's order: the source article's order, as the case files state it.
    cases: [...linted.cases].sort(
      (a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id),
    ),
    problems: linted.problems.map((p) => ({
      ...p,
      path: p.path ?? '',
      message: problemMessage(p),
    })),
  };
}
