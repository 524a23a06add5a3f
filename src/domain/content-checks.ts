/**
 * Checks across entries and collections that zod cannot do on one entry alone: references that
 * must resolve, metrics that must not repeat. Astro 7 only logs a broken reference, so a broken
 * one here fails the build. Pure: takes plain data, returns problems.
 */
import type { CaseData } from '../schemas/case';
import type { Mechanism } from '../schemas/mechanism';
import { compareVersions } from '../schemas/changelog';

/**
 * A problem found in the content. What is wrong is a code of src/i18n/editor.ts with its
 * parameters; checks whose words live with their owners (the codebook, the changelog, the
 * lessons) give the message itself instead.
 */
export type ContentProblem = {
  /** File the problem is in, relative to the repository root. */
  file: string;
  /** Field path inside the entry, dotted (metrics.3.source). */
  path: string;
} & (
  | { code: string; params: Record<string, string | number>; message?: undefined }
  | { message: string; code?: undefined; params?: undefined }
);

export interface CaseInput {
  id: string;
  file: string;
  data: CaseData;
}

/** What the codebook checks read of a mechanism, and the file it lives in. */
export type MechanismInput = Pick<
  Mechanism,
  'id' | 'name' | 'aliases' | 'definition' | 'inclusion' | 'exclusion' | 'example'
> & { file: string };

export interface CasebookInput {
  cases: CaseInput[];
  mechanisms: MechanismInput[];
  sourceIds: Iterable<string>;
  glossary: Array<{ id: string; file: string; mechanisms: string[] }>;
  /** Dataset releases as content/changelog/changelog.yaml lists them (newest first). */
  releases?: { file: string; entries: Array<{ id: string; date: string; cases: string[] }> };
}

export function checkCasebook(input: CasebookInput): ContentProblem[] {
  const mechanisms = new Set(input.mechanisms.map((m) => m.id));
  const sources = new Set(input.sourceIds);
  const problems: ContentProblem[] = [];
  const seenCounties = new Map<string, Array<{ file: string; variant: string | undefined }>>();

  for (const { file, data } of input.cases) {
    const add = (path: string, code: string, params: Record<string, string | number>) =>
      problems.push({ file, path, code, params });

    // Several cases may share a county when each says which one it is (variant), distinctly.
    const others = seenCounties.get(data.adminCode) ?? [];
    const clash = others.find(
      (other) => !data.variant || !other.variant || other.variant === data.variant,
    );
    if (clash) {
      add(data.variant ? 'variant' : 'adminCode', 'reference.adminCodeUsed', {
        code: data.adminCode,
        other: clash.file,
      });
    }
    seenCounties.set(data.adminCode, [...others, { file, variant: data.variant }]);

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

  problems.push(...checkCodebook(input.mechanisms, input.cases));
  if (input.releases) problems.push(...checkReleases(input.releases, input.cases));

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

/** Kebab-case words in rule text: the way a rule points at another mechanism. */
const MECHANISM_REFERENCE = /\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g;

/** How a county may be written in an example: full name, short name, short name without 县. */
function countyNames(cases: CaseInput[]): string[] {
  const names = new Set<string>();
  for (const { data } of cases) {
    names.add(data.county);
    names.add(data.shortName);
    const stem = data.shortName.replace(/县$/u, '');
    if ([...stem].length >= 2) names.add(stem);
  }
  return [...names];
}

/**
 * The codebook's own rules. A name or alias means one mechanism only, or a coder could not tell
 * which to code; a rule that points at another mechanism must point at one that exists; an
 * example never names a county of the casebook, because the coders' codebook prints examples as
 * they are and must not reveal how any county is coded.
 */
export function checkCodebook(mechanisms: MechanismInput[], cases: CaseInput[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set(mechanisms.map((m) => m.id));
  const owner = new Map<string, string>();
  const counties = countyNames(cases);

  for (const m of mechanisms) {
    const add = (path: string, message: string) =>
      problems.push({ file: m.file, path: `${m.id}.${path}`, message });

    const names: Array<[string, string]> = [
      ['name', m.name],
      ...m.aliases.map((alias, i): [string, string] => [`aliases.${i}`, alias]),
    ];
    for (const [path, name] of names) {
      const other = owner.get(name);
      if (other !== undefined && other !== m.id) {
        add(
          path,
          `名称「${name}」已经用于机制「${other}」：一个名称只能指一项机制，请从其中一项删去`,
        );
      } else {
        owner.set(name, m.id);
      }
    }

    for (const field of ['definition', 'inclusion', 'exclusion', 'example'] as const) {
      for (const ref of new Set(m[field].match(MECHANISM_REFERENCE) ?? [])) {
        if (!ids.has(ref))
          add(field, `提到的机制「${ref}」不存在：请改成 mechanisms.yaml 中已有的机制编号`);
      }
    }

    // The longest form only: 测试县 rather than 测试县 and 测试.
    const named = counties
      .filter((county) => m.example.includes(county))
      .filter((county, _, all) => !all.some((other) => other !== county && other.includes(county)));
    if (named.length) {
      add(
        'example',
        `示例提到了收录的县「${named.join('、')}」：示例会原样印进编码手册，不能透露哪个县有哪项机制，请改用虚构的“某县”`,
      );
    }
  }
  return problems;
}

/**
 * The changelog: versions never repeat, a higher version is never dated before a lower one,
 * every case it names exists, and every case's `updated` date is the date of a release.
 */
function checkReleases(
  releases: NonNullable<CasebookInput['releases']>,
  cases: CaseInput[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: string, message: string) =>
    problems.push({ file: releases.file, path, message });
  const caseIds = new Set(cases.map((c) => c.id));
  const seen = new Map<string, number>();
  releases.entries.forEach((release, i) => {
    const first = seen.get(release.id);
    if (first !== undefined) add(`${i}.id`, `版本 ${release.id} 重复，与第 ${first} 条冲突`);
    seen.set(release.id, i);
    release.cases.forEach((id) => {
      if (!caseIds.has(id)) add(`${i}.changes`, `更新记录提到的案例「${id}」不存在`);
    });
  });
  const byVersion = [...releases.entries].sort((a, b) => compareVersions(a.id, b.id));
  byVersion.forEach((release, i) => {
    const older = byVersion[i - 1];
    if (older && release.date < older.date) {
      add(
        `${releases.entries.indexOf(release)}.date`,
        `版本 ${release.id} 的日期 ${release.date} 早于较低的版本 ${older.id}（${older.date}）`,
      );
    }
  });
  if (releases.entries.length === 0) return problems;
  const dates = new Set(releases.entries.map((r) => r.date));
  for (const { file, data } of cases) {
    if (!dates.has(data.updated)) {
      problems.push({
        file,
        path: 'updated',
        message: `updated 写的是 ${data.updated}，但更新记录里没有这一天发布的版本：请改为改动所属版本的发布日期，或在 content/changelog/changelog.yaml 中登记该版本`,
      });
    }
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
