/**
 * Reads a content folder straight from disk with the site's own schemas and checks, so tests can
 * check the real content and the invalid fixtures without running a build. It is the content
 * lint the build runs first (src/integrations/content-lint.ts), so tests and build cannot differ.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { CaseData } from '../../src/schemas/case';
import type { Mechanism } from '../../src/schemas/mechanism';
import type { GlossaryTerm } from '../../src/schemas/glossary';
import type { Source } from '../../src/schemas/source';
import type { Release } from '../../src/schemas/changelog';
import { ProfileSchema, type ProfileData } from '../../src/schemas/profile';
import type { LessonInput } from '../../src/domain/lesson-checks';
import { lintContent } from '../../src/integrations/content-lint';
import { problemMessage, readableError, type ReportLine } from '../../src/i18n/editor';
import { formatIssues } from '../../src/schemas/error-map';

export const repoRoot = join(import.meta.dirname, '..', '..');
/** The content the tests read: content/, or a synthetic casebook (CASEBOOK_CONTENT). */
export const contentRoot = process.env.CASEBOOK_CONTENT ?? join(repoRoot, 'content');
/** Where the source article was found (see tests/helpers/article.ts), if anywhere. */
export { articlePath } from './article';

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
  /** Releases in the file's order (newest first by convention). */
  releases: Release[];
  /** 借鉴要点, one per case file in content/lessons/, sorted by id. */
  lessons: LessonInput[];
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

export interface LoadedProfile {
  file: string;
  data: ProfileData;
}

/** County profiles (content/profiles/*.yaml) with the site's schema; problems as loadContent's. */
export function loadProfiles(root: string = contentRoot): {
  profiles: LoadedProfile[];
  problems: Array<{ file: string; path: string; message: string }>;
} {
  const problems: Array<{ file: string; path: string; message: string }> = [];
  const dir = join(root, 'profiles');
  const profiles = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .flatMap((name) => {
          const file = relative(repoRoot, join(dir, name));
          const result = ProfileSchema.safeParse(parse(readFileSync(join(dir, name), 'utf8')), {
            error: readableError,
          });
          if (result.success) return [{ file, data: result.data }];
          for (const line of formatIssues(result.error)) {
            const [path, ...rest] = line.split(': ');
            problems.push({ file, path: path!, message: rest.join(': ') });
          }
          return [];
        })
    : [];
  return { profiles, problems };
}
