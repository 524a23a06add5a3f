/**
 * Reads a content folder straight from disk with the site's own schemas, so tests can check the
 * real content and the invalid fixtures without running a build.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { CaseSchema, type CaseData } from '../../src/schemas/case';
import { MechanismSchema, type Mechanism } from '../../src/schemas/mechanism';
import { GlossaryTermSchema, type GlossaryTerm } from '../../src/schemas/glossary';
import { SourceSchema, type Source } from '../../src/schemas/source';
import { ReleaseSchema, type Release } from '../../src/schemas/changelog';
import { ProfileSchema, type ProfileData } from '../../src/schemas/profile';
import { readableError, formatIssues } from '../../src/schemas/error-map';
import { checkCasebook, type ContentProblem } from '../../src/domain/content-checks';
import { LessonSchema, type Lesson } from '../../src/schemas/lesson';
import { checkLessons, type LessonInput } from '../../src/domain/lesson-checks';
import { lessonProblems } from '../../src/i18n/lesson-messages';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const contentRoot = join(repoRoot, 'content');
/** Where the source article was found (see tests/helpers/article.ts), if anywhere. */
export { articlePath } from './article';

export interface LoadedCase {
  id: string;
  file: string;
  data: CaseData;
  body: string;
}

export interface LoadedContent {
  cases: LoadedCase[];
  mechanisms: Mechanism[];
  glossary: GlossaryTerm[];
  sources: Source[];
  /** 借鉴要点, one per case file in content/lessons/, sorted by id. */
  lessons: LessonInput[];
  /** Releases in the file's order (newest first by convention). */
  releases: Release[];
  problems: ContentProblem[];
}

function splitFrontmatter(text: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { frontmatter: undefined, body: text };
  return { frontmatter: parse(match[1]!), body: match[2]! };
}

function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  problems: ContentProblem[],
) {
  const result = schema.safeParse(data, { error: readableError });
  if (result.success) return result.data as z.output<S>;
  for (const line of formatIssues(result.error)) {
    const [path, ...rest] = line.split(': ');
    problems.push({ file, path: path!, message: rest.join(': ') });
  }
  return undefined;
}

function loadList<S extends z.ZodType>(
  schema: S,
  file: string,
  problems: ContentProblem[],
): Array<z.output<S>> {
  if (!existsSync(file)) return [];
  const raw = parse(readFileSync(file, 'utf8')) as unknown[];
  const rel = relative(repoRoot, file);
  return (raw ?? []).flatMap((item, i) => {
    const parsed = validate(schema, item, `${rel}#${i}`, problems);
    return parsed === undefined ? [] : [parsed];
  });
}

/** Loads and checks a content folder laid out like content/. */
export function loadContent(root: string = contentRoot): LoadedContent {
  const problems: ContentProblem[] = [];
  const caseDir = join(root, 'cases');
  const cases: LoadedCase[] = existsSync(caseDir)
    ? readdirSync(caseDir)
        .filter((name) => /\.mdx?$/.test(name))
        .sort()
        .flatMap((name) => {
          const file = relative(repoRoot, join(caseDir, name));
          const { frontmatter, body } = splitFrontmatter(readFileSync(join(caseDir, name), 'utf8'));
          const data = validate(CaseSchema, frontmatter, file, problems);
          return data ? [{ id: name.replace(/\.mdx?$/, ''), file, data, body }] : [];
        })
        // The casebook's order: the source article's order, as the case files state it.
        .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    : [];
  const mechanisms = loadList(
    MechanismSchema,
    join(root, 'mechanisms', 'mechanisms.yaml'),
    problems,
  );
  const glossary = loadList(GlossaryTermSchema, join(root, 'glossary', 'terms.yaml'), problems);
  const sources = loadList(SourceSchema, join(root, 'sources', 'sources.yaml'), problems);
  const changelogFile = join(root, 'changelog', 'changelog.yaml');
  const releases = loadList(ReleaseSchema, changelogFile, problems);
  problems.push(
    ...checkCasebook({
      cases,
      mechanisms: mechanisms.map((m) => ({
        ...m,
        file: relative(repoRoot, join(root, 'mechanisms', 'mechanisms.yaml')),
      })),
      sourceIds: sources.map((s) => s.id),
      glossary: glossary.map((g) => ({ id: g.id, file: 'glossary', mechanisms: g.mechanisms })),
      releases: {
        file: relative(repoRoot, changelogFile),
        entries: releases.map((r) => ({
          id: r.id,
          date: r.date,
          cases: r.changes.flatMap((c) => c.cases),
        })),
      },
    }),
  );
  const lessonDir = join(root, 'lessons');
  const lessonFiles = existsSync(lessonDir)
    ? readdirSync(lessonDir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
    : [];
  const lessons: LessonInput[] = lessonFiles.flatMap((name) => {
    const file = relative(repoRoot, join(lessonDir, name));
    const raw = parse(readFileSync(join(lessonDir, name), 'utf8')) as unknown;
    const data: Lesson | undefined = validate(LessonSchema, raw, file, problems);
    return data ? [{ id: name.replace(/\.yaml$/, ''), file, data }] : [];
  });
  // A lesson of a case file that failed its schema is not an orphan: that case is reported already.
  const caseFileIds = existsSync(caseDir)
    ? readdirSync(caseDir)
        .filter((name) => /\.mdx?$/.test(name))
        .map((name) => name.replace(/\.mdx?$/, ''))
    : [];
  problems.push(
    ...lessonProblems(
      checkLessons({
        cases,
        lessons: lessons.filter(
          (l) => cases.some((c) => c.id === l.id) || !caseFileIds.includes(l.id),
        ),
        lessonFileIds: lessonFiles.map((name) => name.replace(/\.yaml$/, '')),
        lessonDir: relative(repoRoot, lessonDir),
      }),
    ),
  );
  return { cases, mechanisms, glossary, sources, releases, lessons, problems };
}

export interface LoadedProfile {
  file: string;
  data: ProfileData;
}

/** County profiles (content/profiles/*.yaml) with the site's schema; problems as loadContent's. */
export function loadProfiles(root: string = contentRoot): {
  profiles: LoadedProfile[];
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const dir = join(root, 'profiles');
  const profiles = existsSync(dir)
    ? readdirSync(dir)
        .filter((name) => name.endsWith('.yaml'))
        .sort()
        .flatMap((name) => {
          const file = relative(repoRoot, join(dir, name));
          const data = validate(
            ProfileSchema,
            parse(readFileSync(join(dir, name), 'utf8')),
            file,
            problems,
          );
          return data ? [{ file, data }] : [];
        })
    : [];
  return { profiles, problems };
}
