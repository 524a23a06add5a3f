/**
 * The content lint: reads every file of a content folder the way the build will, before Astro
 * starts, and fails the build with one report in Chinese naming file, line, field and fix.
 *
 * Why before Astro: Astro's own errors are English, carry no line numbers, repeat one missing
 * frontmatter as eighteen "required" lines, and let a second file for one case id, or a second
 * entry with one id, silently replace the first. Why with the same parser: bodies are parsed by
 * Sätteri, the parser the build uses, so the lint and the pipeline cannot disagree about what is
 * an expression or a tag; nothing parsed here is ever compiled or evaluated.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { CaseSchema, type CaseData } from '../schemas/case';
import { GlossaryTermSchema, type GlossaryTerm } from '../schemas/glossary';
import { MechanismSchema, type Mechanism } from '../schemas/mechanism';
import { SourceSchema, type Source } from '../schemas/source';
import { ReleaseSchema, type Release } from '../schemas/changelog';
import { LessonSchema } from '../schemas/lesson';
import { checkLessons, type LessonInput } from '../domain/lesson-checks';
import { lessonProblems } from '../i18n/lesson-messages';
import { describeFound, errorMapFrom, type IssueCode, type IssueParam } from '../schemas/error-map';
import {
  caseFileProblems,
  caseIdOf,
  checkCasebook,
  duplicateEntries,
  type ContentProblem,
} from '../domain/content-checks';
import { bodyProblems, MAX_BODY_CHARS, type BodyNode } from '../domain/body-safety';
import { EDITOR_WORDS, formatReport, type ReportLine } from '../i18n/editor';
import { tileFor } from '../views/tile-map';

export interface LintedCase {
  id: string;
  /** Path relative to the repository root. */
  file: string;
  data: CaseData;
  body: string;
}

export interface LintedContent {
  cases: LintedCase[];
  mechanisms: Mechanism[];
  glossary: GlossaryTerm[];
  sources: Source[];
  /** Releases in the file's order (newest first by convention). */
  releases: Release[];
  /** 借鉴要点, one per case file in content/lessons/, sorted by id. */
  lessons: LessonInput[];
  problems: ReportLine[];
}

type Params = Record<string, IssueParam>;

/** Position of a YAML text inside its file, and a way to find the line of a field path. */
interface YamlSource {
  doc: Document.Parsed;
  lines: LineCounter;
  /** Lines before the YAML text in the file (1 for frontmatter after its opening ---). */
  offset: number;
}

const plural = (n: number) => n.toLocaleString('en');

/** Line in the file of the deepest node of `path` that exists (the field, or its parent). */
function lineOf(source: YamlSource, path: readonly PropertyKey[]): number | undefined {
  let node: unknown = source.doc.contents;
  let start = (node as { range?: [number] } | null)?.range?.[0];
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find(
        (item) => isScalar(item.key) && String(item.key.value) === String(segment),
      );
      if (!pair) break;
      start = (pair.key as { range?: [number] }).range?.[0] ?? start;
      node = pair.value;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      start = (item as { range?: [number] }).range?.[0] ?? start;
      node = item;
    } else break;
  }
  return start === undefined ? undefined : source.lines.linePos(start).line + source.offset;
}

/** The editor code of a YAML parser error. */
function yamlCode(code: string, message: string): { code: string; params: Params } {
  switch (code) {
    case 'BAD_INDENT':
      return { code: 'yaml.indent', params: {} };
    case 'TAB_AS_INDENT':
      return { code: 'yaml.tab', params: {} };
    case 'DUPLICATE_KEY':
      return { code: 'yaml.duplicateKey', params: {} };
    case 'MISSING_CHAR':
    case 'BAD_DQ_ESCAPE':
      return { code: 'yaml.unclosed', params: {} };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return { code: 'yaml.colonInValue', params: {} };
    case 'MULTILINE_IMPLICIT_KEY':
    case 'KEY_OVER_1024_CHARS':
      return { code: 'yaml.missingColon', params: {} };
    case 'UNEXPECTED_TOKEN':
    case 'BAD_SCALAR_START':
    case 'BAD_PROP_ORDER':
    case 'MULTIPLE_TAGS':
    case 'TAG_RESOLVE_FAILED':
      return { code: 'yaml.unexpected', params: {} };
    case 'ALIAS_PROPS':
    case 'BAD_ALIAS':
    case 'MULTIPLE_ANCHORS':
    case 'RESOURCE_EXHAUSTION':
      return { code: 'yaml.alias', params: {} };
    default:
      return { code: 'yaml.other', params: { detail: message.split('\n')[0]!.slice(0, 120) } };
  }
}

/**
 * The first error is the real one; the rest follow from it. An unclosed quote is noticed only
 * where the text ends, so it is reported at the first line whose quotes do not pair up.
 */
function firstProblem(
  text: string,
  message: string,
  problem: { line: number; code: string; params: Params },
  offset: number,
) {
  if (problem.code !== 'yaml.unclosed' || !/quote/i.test(message)) return problem;
  const lines = text.split('\n');
  const odd = lines.findIndex(
    (line) => (line.replace(/\\"/g, '').match(/"/g)?.length ?? 0) % 2 === 1,
  );
  return odd === -1 ? problem : { ...problem, line: odd + 1 + offset };
}

interface ParsedYaml {
  source?: YamlSource;
  value?: unknown;
  problems: Array<{ line: number; code: string; params: Params }>;
}

/** Parses YAML text; syntax problems come back with their line in the file. */
function readYaml(text: string, offset: number): ParsedYaml {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const problems = doc.errors.map((error) => ({
    line: lines.linePos(error.pos[0]).line + offset,
    ...yamlCode(error.code, error.message),
  }));
  // A broken document yields follow-on errors; the first one or two are the real ones.
  if (problems.length)
    return { problems: [firstProblem(text, doc.errors[0]!.message, problems[0]!, offset)] };
  const source = { doc, lines, offset };
  try {
    return { source, value: doc.toJS({ maxAliasCount: 100 }), problems };
  } catch (error) {
    return {
      problems: [{ line: offset + 1, ...yamlCode('RESOURCE_EXHAUSTION', String(error)) }],
    };
  }
}

// The lint keeps codes and parameters, not words: the error map hands each issue's code through
// as its message, and the report is put into words once, at the end.
const codeMap = errorMapFrom((issue) => JSON.stringify(issue));
// A schema that words its own message (a per-field `error`, a refinement's `message`) wins over
// the error map: that message is reported as it is.
const decode = (message: string): IssueCode | { message: string } => {
  if (!message.startsWith('{')) return { message };
  try {
    return JSON.parse(message) as IssueCode;
  } catch {
    return { message };
  }
};

function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  file: string,
  source: YamlSource | undefined,
  prefix: Array<string | number>,
  problems: ReportLine[],
): z.output<S> | undefined {
  const result = schema.safeParse(value, { error: codeMap });
  if (result.success) return result.data as z.output<S>;
  const issues = result.error.issues.map((issue) => ({ issue, decoded: decode(issue.message) }));
  // A misspelt field also leaves the real one missing: say it once, as the misspelling.
  const suggested = new Set(
    issues.flatMap(({ issue, decoded }) =>
      'code' in decoded && decoded.code === 'field.unknownSuggest'
        ? [[...issue.path, String(decoded.params.suggestion)].join('.')]
        : [],
    ),
  );
  for (const { issue, decoded } of issues) {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const where = { file, path: issue.path.join('.') || undefined };
    if (!('code' in decoded)) {
      problems.push({ ...where, line: source ? lineOf(source, path) : undefined, ...decoded });
      continue;
    }
    const { code, params } = decoded;
    if (code === 'field.required' && suggested.has(issue.path.join('.'))) continue;
    // An unknown field is found at its own line, not at the line of the object holding it.
    const key = Array.isArray(params.key) && params.key.length === 1 ? params.key[0] : params.key;
    const at = code.startsWith('field.unknown') && typeof key === 'string' ? [...path, key] : path;
    problems.push({ ...where, line: source ? lineOf(source, at) : undefined, code, params });
  }
  return undefined;
}

interface FrontmatterSplit {
  problem?: { code: string; line: number };
  yaml?: string;
  body?: string;
  /** Line of the file where the body starts. */
  bodyLine?: number;
}

/** Splits a case file into frontmatter and body, the way Astro does (--- lines). */
export function splitFrontmatter(text: string): FrontmatterSplit {
  if (text.trim() === '') return { problem: { code: 'file.empty', line: 1 } };
  const lines = text.split(/\r?\n/);
  if (!/^---\s*$/.test(lines[0]!)) return { problem: { code: 'file.noFrontmatter', line: 1 } };
  const close = lines.findIndex((line, i) => i > 0 && /^---\s*$/.test(line));
  if (close === -1) return { problem: { code: 'file.unclosedFrontmatter', line: 1 } };
  return {
    yaml: lines.slice(1, close).join('\n'),
    body: lines.slice(close + 1).join('\n'),
    // The first line of the body that holds text, where an editor looks for it.
    bodyLine:
      close +
      2 +
      Math.max(
        0,
        lines.slice(close + 1).findIndex((line) => line.trim() !== ''),
      ),
  };
}

/** The editor code of a Sätteri MDX syntax error, with its line in the file. */
export function mdxSyntaxProblem(message: string): { line: number; code: string; params: Params } {
  const match = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message);
  const line = match ? Number(match[1]) : 1;
  const detail = (match?.[3] ?? message).replace(/\s*\([\w-]+:[\w-]+\)\s*$/, '');
  if (/to create a comment in MDX/.test(detail))
    return { line, code: 'body.htmlComment', params: {} };
  if (/after `<`/.test(detail)) return { line, code: 'body.unexpectedLt', params: {} };
  if (/closing tag/i.test(detail)) return { line, code: 'body.unclosedTag', params: {} };
  if (/expression|brace/i.test(detail)) return { line, code: 'body.brace', params: {} };
  return { line, code: 'body.syntax', params: { detail: detail.slice(0, 160) } };
}

function lintCase(
  path: string,
  file: string,
  problems: ReportLine[],
): { data: CaseData; body: string; source: YamlSource } | undefined {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const split = splitFrontmatter(text);
  if (split.problem) {
    problems.push({ file, line: split.problem.line, code: split.problem.code, params: {} });
    return undefined;
  }
  const parsed = readYaml(split.yaml!, 1);
  for (const p of parsed.problems)
    problems.push({ file, line: p.line, code: p.code, params: p.params });
  let data: CaseData | undefined;
  if (parsed.source) {
    const value = parsed.value;
    if (value === null || value === undefined) {
      problems.push({ file, line: 1, code: 'file.emptyFrontmatter', params: {} });
    } else if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push({
        file,
        line: 2,
        code: 'file.rootType',
        params: { found: describeFound(value) },
      });
    } else {
      data = validate(CaseSchema, value, file, parsed.source, [], problems);
    }
  }

  const body = split.body!;
  if (body.length > MAX_BODY_CHARS) {
    problems.push({
      file,
      line: split.bodyLine,
      code: 'file.tooLarge',
      params: { size: plural(body.length), max: plural(MAX_BODY_CHARS) },
    });
  } else {
    try {
      // The whole file is parsed so that positions are the file's own lines.
      const tree = (path.endsWith('.mdx') ? mdxToMdast(text) : markdownToMdast(text)) as unknown;
      for (const p of bodyProblems(tree as BodyNode))
        problems.push({ file, line: p.line, code: p.code, params: p.params });
    } catch (error) {
      const p = mdxSyntaxProblem(error instanceof Error ? error.message : String(error));
      problems.push({ file, line: p.line, code: p.code, params: p.params });
    }
  }
  // The home page places every case on the province tile map by this name.
  if (data && parsed.source && !tileFor(data.province)) {
    problems.push({
      file,
      line: lineOf(parsed.source, ['province']),
      path: 'province',
      code: 'field.province',
      params: { value: data.province },
    });
  }
  return data && parsed.source ? { data, body, source: parsed.source } : undefined;
}

interface LintedList<T> {
  items: T[];
  /** Ids present in the file, valid or not, so one broken entry does not break its references. */
  ids: Set<string>;
  /** False when the file is missing, empty or not a list: references to it are not checked. */
  usable: boolean;
  source?: YamlSource;
  /** Index in the file of each id, for finding lines. */
  indexOf: Map<string, number>;
}

function lintList<S extends z.ZodType>(
  schema: S,
  path: string,
  file: string,
  problems: ReportLine[],
  headword?: (item: Record<string, unknown>) => unknown,
  /** False where another check already reports repeated ids (the changelog's versions). */
  duplicates = true,
): LintedList<z.output<S>> {
  const empty = { items: [], ids: new Set<string>(), usable: false, indexOf: new Map() };
  if (!existsSync(path)) return empty;
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '' || /^(\s*#.*\n?)*\s*$/.test(text)) {
    problems.push({ file, line: 1, code: 'collection.empty', params: {} });
    return empty;
  }
  const parsed = readYaml(text, 0);
  for (const p of parsed.problems)
    problems.push({ file, line: p.line, code: p.code, params: p.params });
  if (!parsed.source) return empty;
  const raw = parsed.value;
  if (raw === null || raw === undefined) {
    problems.push({ file, line: 1, code: 'collection.empty', params: {} });
    return empty;
  }
  if (!Array.isArray(raw)) {
    problems.push({
      file,
      line: 1,
      code: 'collection.notList',
      params: { found: describeFound(raw) },
    });
    return { ...empty, source: parsed.source };
  }
  const source = parsed.source;
  const items: Array<z.output<S>> = [];
  const ids = new Set<string>();
  const indexOf = new Map<string, number>();
  const listed: Array<{ id: string; line: number; headword?: string }> = [];
  raw.forEach((item: unknown, i) => {
    const record = (item ?? {}) as Record<string, unknown>;
    const line = lineOf(source, [i]) ?? 1;
    if (typeof record.id === 'string') {
      ids.add(record.id);
      if (!indexOf.has(record.id)) indexOf.set(record.id, i);
      const word = headword?.(record);
      listed.push({ id: record.id, line, ...(typeof word === 'string' ? { headword: word } : {}) });
    }
    const valid = validate(schema, item, file, source, [i], problems);
    if (valid !== undefined) items.push(valid);
  });
  for (const p of duplicates ? duplicateEntries(file, listed) : []) {
    problems.push({
      file,
      line: Number(p.params?.line),
      path: p.path,
      code: p.code,
      params: p.params,
    });
  }
  return { items, ids, usable: true, source, indexOf };
}

const MECHANISM_REFERENCES = new Set([
  'reference.mechanism',
  'reference.partMechanism',
  'reference.termMechanism',
]);
const SOURCE_REFERENCES = new Set(['reference.source', 'reference.sourceNotListed']);

/** Reads and checks a content folder laid out like content/; `repoRoot` makes paths relative. */
export function lintContent(contentRoot: string, repoRoot: string = process.cwd()): LintedContent {
  const root = isAbsolute(contentRoot) ? contentRoot : resolve(repoRoot, contentRoot);
  const rel = (path: string) => relative(repoRoot, path).split(sep).join('/');
  const problems: ReportLine[] = [];
  const toLine = (p: ContentProblem, line?: number): ReportLine => ({
    file: p.file,
    line,
    path: p.path || undefined,
    ...(p.message !== undefined ? { message: p.message } : { code: p.code, params: p.params }),
  });

  const caseDir = join(root, 'cases');
  const names = existsSync(caseDir) ? readdirSync(caseDir) : [];
  for (const p of caseFileProblems(rel(caseDir), names)) problems.push(toLine(p, undefined));

  const cases: Array<LintedCase & { source: YamlSource }> = [];
  for (const name of names.filter((n) => /\.mdx?$/.test(n)).sort()) {
    const file = rel(join(caseDir, name));
    const linted = lintCase(join(caseDir, name), file, problems);
    if (linted) cases.push({ id: caseIdOf(name), file, ...linted });
  }

  const mechanisms = lintList(
    MechanismSchema,
    join(root, 'mechanisms', 'mechanisms.yaml'),
    rel(join(root, 'mechanisms', 'mechanisms.yaml')),
    problems,
  );
  const glossaryFile = join(root, 'glossary', 'terms.yaml');
  const glossary = lintList(
    GlossaryTermSchema,
    glossaryFile,
    rel(glossaryFile),
    problems,
    (item) => item.term,
  );
  const sourcesFile = join(root, 'sources', 'sources.yaml');
  const sources = lintList(SourceSchema, sourcesFile, rel(sourcesFile), problems);

  const changelogFile = join(root, 'changelog', 'changelog.yaml');
  const releases = lintList(
    ReleaseSchema,
    changelogFile,
    rel(changelogFile),
    problems,
    undefined,
    false,
  );

  const byFile = new Map(cases.map((c) => [c.file, c]));
  const mechanismsFile = rel(join(root, 'mechanisms', 'mechanisms.yaml'));
  const validMechanisms = new Set(mechanisms.items.map((m) => m.id));
  const cross = checkCasebook({
    cases: cases.map(({ id, file, data }) => ({ id, file, data })),
    mechanisms: mechanisms.items.map((m) => ({ ...m, file: mechanismsFile })),
    sourceIds: sources.ids,
    glossary: glossary.items.map((g) => ({
      id: g.id,
      file: rel(glossaryFile),
      mechanisms: g.mechanisms,
    })),
    ...(releases.usable
      ? {
          releases: {
            file: rel(changelogFile),
            entries: releases.items.map((r) => ({
              id: r.id,
              date: r.date,
              cases: r.changes.flatMap((c) => c.cases),
            })),
          },
        }
      : {}),
  });
  for (const p of cross) {
    const code = p.code ?? '';
    // A broken vocabulary file is reported once; references into it are not checked until it is fixed.
    if (!mechanisms.usable && MECHANISM_REFERENCES.has(code)) continue;
    if (!sources.usable && SOURCE_REFERENCES.has(code)) continue;
    // An entry that is in the file but fails its schema is reported there, not again as missing.
    const id = String(p.params?.id ?? '');
    if (MECHANISM_REFERENCES.has(code) && mechanisms.ids.has(id) && !validMechanisms.has(id))
      continue;
    let line: number | undefined;
    const linted = byFile.get(p.file);
    const [head, ...rest] = p.path.split('.');
    if (linted) line = lineOf(linted.source, p.path.split('.'));
    else if (p.file === rel(glossaryFile) && glossary.source) {
      const index = glossary.indexOf.get(head!);
      if (index !== undefined) line = lineOf(glossary.source, [index, ...rest]);
    } else if (p.file === mechanismsFile && mechanisms.source) {
      const index = mechanisms.indexOf.get(head!);
      if (index !== undefined) line = lineOf(mechanisms.source, [index, ...rest]);
    } else if (p.file === rel(changelogFile) && releases.source) {
      line = lineOf(releases.source, p.path.split('.'));
    }
    problems.push(toLine(p, line));
  }

  const lessons = lintLessons(join(root, 'lessons'), rel, cases, names, problems);

  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    cases: cases.map(({ id, file, data, body }) => ({ id, file, data, body })),
    mechanisms: mechanisms.items,
    glossary: glossary.items,
    sources: sources.items,
    releases: releases.items,
    lessons,
    problems,
  };
}

/**
 * content/lessons/<case id>.yaml, one per case: each file against the lesson schema, then the
 * lesson checks against the cases (their words live in src/i18n/lesson-messages.ts).
 */
function lintLessons(
  dir: string,
  rel: (path: string) => string,
  cases: ReadonlyArray<LintedCase>,
  caseFileNames: readonly string[],
  problems: ReportLine[],
): LessonInput[] {
  if (!existsSync(dir)) return [];
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort();
  const sources = new Map<string, YamlSource>();
  const lessons: LessonInput[] = names.flatMap((name) => {
    const file = rel(join(dir, name));
    const parsed = readYaml(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, ''), 0);
    for (const p of parsed.problems)
      problems.push({ file, line: p.line, code: p.code, params: p.params });
    if (!parsed.source) return [];
    sources.set(file, parsed.source);
    const data = validate(LessonSchema, parsed.value, file, parsed.source, [], problems);
    return data ? [{ id: name.replace(/\.yaml$/, ''), file, data }] : [];
  });
  // A lesson of a case file that failed its schema is not an orphan: that case is reported already.
  const caseFileIds = caseFileNames.filter((n) => /\.mdx?$/.test(n)).map(caseIdOf);
  const issues = lessonProblems(
    checkLessons({
      cases: cases.map(({ id, file, data }) => ({ id, file, data })),
      lessons: lessons.filter(
        (l) => cases.some((c) => c.id === l.id) || !caseFileIds.includes(l.id),
      ),
      lessonFileIds: names.map((name) => name.replace(/\.yaml$/, '')),
      lessonDir: rel(dir),
    }),
  );
  for (const p of issues) {
    const source = sources.get(p.file);
    const line = source && p.path ? lineOf(source, p.path.split('.')) : undefined;
    problems.push({ file: p.file, line, path: p.path || undefined, message: p.message ?? '' });
  }
  return lessons;
}

/** Astro integration: runs the lint before every build, dev server start and sync. */
export function contentLint(): AstroIntegration {
  return {
    name: 'casebook-content-lint',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        if (command === 'preview') return;
        const repoRoot = fileURLToPath(config.root);
        const contentRoot = process.env.CASEBOOK_CONTENT ?? './content';
        const { problems } = lintContent(contentRoot, repoRoot);
        if (problems.length === 0) return;
        const error = new AstroError(formatReport(problems), EDITOR_WORDS.reportHint);
        // The report is the whole story: a stack trace would only bury it.
        error.stack = '';
        throw error;
      },
    },
  };
}
