/**
 * Checks across entries and collections that zod cannot do on one entry alone: references that
 * must resolve, metrics that must not repeat. Astro 7 only logs a broken reference, so a broken
 * one here fails the build. Pure: takes plain data, returns problems.
 */
import type { CaseData } from '../schemas/case';

export interface ContentProblem {
  /** File the problem is in, relative to the repository root. */
  file: string;
  /** Field path inside the entry, dotted (metrics.3.source). */
  path: string;
  /** What is wrong: a code of src/i18n/editor.ts and its parameters. */
  code: string;
  params: Record<string, string | number>;
}

export interface CaseInput {
  id: string;
  file: string;
  data: CaseData;
}

export interface CasebookInput {
  cases: CaseInput[];
  mechanismIds: Iterable<string>;
  sourceIds: Iterable<string>;
  glossary: Array<{ id: string; file: string; mechanisms: string[] }>;
}

export function checkCasebook(input: CasebookInput): ContentProblem[] {
  const mechanisms = new Set(input.mechanismIds);
  const sources = new Set(input.sourceIds);
  const problems: ContentProblem[] = [];
  const seenCounties = new Map<string, string>();

  for (const { file, data } of input.cases) {
    const add = (path: string, code: string, params: Record<string, string | number>) =>
      problems.push({ file, path, code, params });

    const other = seenCounties.get(data.adminCode);
    if (other) add('adminCode', 'reference.adminCodeUsed', { code: data.adminCode, other });
    seenCounties.set(data.adminCode, file);

    const listed = new Set<string>();
    data.mechanisms.forEach((mechanism, i) => {
      if (!mechanisms.has(mechanism.id)) {
        add(`mechanisms.${i}.id`, 'reference.mechanism', { id: mechanism.id });
      }
      if (listed.has(mechanism.id))
        add(`mechanisms.${i}.id`, 'reference.mechanismRepeated', { id: mechanism.id });
      listed.add(mechanism.id);
    });

    data.parts.forEach((part, p) => {
      part.mechanisms.forEach((id, m) => {
        if (!listed.has(id)) {
          add(`parts.${p}.mechanisms.${m}`, 'reference.partMechanism', { part: part.name, id });
        }
      });
    });

    data.sources.forEach((id, i) => {
      if (!sources.has(id)) add(`sources.${i}`, 'reference.source', { id });
    });

    const seenMetrics = new Map<string, number>();
    data.metrics.forEach((metric, i) => {
      if (!sources.has(metric.source)) {
        add(`metrics.${i}.source`, 'reference.source', { id: metric.source });
      } else if (!data.sources.includes(metric.source)) {
        add(`metrics.${i}.source`, 'reference.sourceNotListed', { id: metric.source });
      }
      const identity = [
        metric.key,
        metric.scope.level,
        metric.scope.name ?? '',
        metric.period ?? '',
      ].join('|');
      const first = seenMetrics.get(identity);
      if (first !== undefined) {
        add(`metrics.${i}`, 'reference.metricRepeated', {
          key: metric.key,
          scope: metric.scope.name ?? metric.scope.level,
          first,
        });
      } else {
        seenMetrics.set(identity, i);
      }
    });
  }

  for (const term of input.glossary) {
    term.mechanisms.forEach((id, i) => {
      if (!mechanisms.has(id)) {
        problems.push({
          file: term.file,
          path: `${term.id}.mechanisms.${i}`,
          code: 'reference.termMechanism',
          params: { id },
        });
      }
    });
  }
  return problems;
}

/** An entry of a YAML list file, where it starts, and its headword when it has one. */
export interface ListedEntry {
  id: string;
  line: number;
  headword?: string;
}

/**
 * Two entries with one id (or one headword) in a list file: Astro keeps the last and only warns,
 * so the first would vanish from the site. Each later one is reported with the first's line.
 */
export function duplicateEntries(file: string, entries: readonly ListedEntry[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Map<string, ListedEntry>();
  const headwords = new Map<string, ListedEntry>();
  for (const entry of entries) {
    const first = ids.get(entry.id);
    if (first)
      problems.push({
        file,
        path: 'id',
        code: 'duplicate.id',
        params: { id: entry.id, otherFile: file, otherLine: first.line, line: entry.line },
      });
    else ids.set(entry.id, entry);
    if (entry.headword === undefined) continue;
    const word = entry.headword.trim();
    const same = headwords.get(word);
    if (same)
      problems.push({
        file,
        path: 'term',
        code: 'duplicate.headword',
        params: {
          term: word,
          otherFile: file,
          otherLine: same.line,
          otherId: same.id,
          line: entry.line,
        },
      });
    else headwords.set(word, entry);
  }
  return problems;
}

/** The id Astro's glob loader gives a case file: its name, lower case, without extension. */
export function caseIdOf(name: string): string {
  return name
    .replace(/\.[^.]+$/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-');
}

const CASE_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx?$/;
const LOADED = /\.mdx?$/;

/**
 * Problems with the names of the files in content/cases/: a file the loader skips (an extension
 * other than .md/.mdx), a name that is not a lower-case id, two files for one case id.
 * `names` are file names; `dir` is the folder as reports show it.
 */
export function caseFileProblems(dir: string, names: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map<string, string[]>();
  for (const name of [...names].sort()) {
    const file = `${dir}/${name}`;
    if (name.startsWith('.')) continue;
    if (!LOADED.test(name)) {
      if (/\.mdx?$/i.test(name) || /\.(markdown|txt|ya?ml)$/i.test(name))
        problems.push({ file, path: '', code: 'file.ignored', params: { name } });
      continue;
    }
    if (!CASE_FILE.test(name))
      problems.push({ file, path: '', code: 'file.name', params: { name } });
    const id = caseIdOf(name);
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  for (const [id, files] of byId) {
    if (files.length > 1)
      problems.push({
        file: files[0]!,
        path: '',
        code: 'duplicate.caseFile',
        params: { id, files: files.join(', ') },
      });
  }
  return problems;
}
