/**
 * The one module that reads the content collections. Pages ask it for cases, mechanisms,
 * glossary terms and sources already checked, sorted and linked; they never call getCollection,
 * sort or filter on their own. The first call runs the cross-collection checks: a broken
 * reference fails the build here with the file and field named.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { checkCasebook } from '../domain/content-checks';
import { formatReport } from '../i18n/editor';
import { checkDivisions } from '../domain/division-check';
import { buildCountyProfile, type CountyProfile } from '../domain/profile-figures';
import { formatDivisionIssues } from '../i18n/profile';
import { loadDivisionRegistry } from './division-registry';
import { checkLessons } from '../domain/lesson-checks';
import { lessonProblems } from '../i18n/lesson-messages';
import type { Lesson } from '../schemas/lesson';
import { checkTeaching } from '../domain/teaching-checks';
import { teachingProblems } from '../i18n/teach';
import type { Teaching } from '../schemas/teaching';
import { MECHANISM_CATEGORIES, type Mechanism, type MechanismCategory } from '../schemas/mechanism';
import type { GlossaryTerm } from '../schemas/glossary';
import type { Source } from '../schemas/source';
import { compareVersions, type Release } from '../schemas/changelog';
import {
  buildMechanismMatrix,
  mechanismDetail,
  type CaseSummary,
  type MechanismDetail,
  type MechanismMatrix,
} from '../views/mechanism';
import { caseText, casesUsingTerm, groupByInitial, type LetterGroup } from '../views/glossary';

export type CaseEntry = CollectionEntry<'cases'>;

export interface Casebook {
  /** Cases in the source article's order. */
  cases: CaseEntry[];
  /** Mechanisms in id order: the content store sorts a file collection by id, not file order. */
  mechanisms: Mechanism[];
  /** Glossary terms sorted by pinyin. */
  glossary: GlossaryTerm[];
  sources: Source[];
  /** Dataset releases, newest first; the first is the current version. */
  releases: Release[];
  /** County profiles by case id, each with its registry counts; empty when the check is off. */
  profiles: Map<string, CountyProfile>;
  /** Lessons (jiejian yaodian) by case id; every case has one (checked on load). */
  lessons: Map<string, Lesson>;
  /** Teaching notes by case id; every case has one (checked on load). */
  teaching: Map<string, Teaching>;
}

let loading: Promise<Casebook> | undefined;

export function loadCasebook(): Promise<Casebook> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Casebook> {
  const [cases, mechanisms, glossary, sources, changelog, profileEntries, lessons, teaching] =
    await Promise.all([
      getCollection('cases'),
      getCollection('mechanisms'),
      getCollection('glossary'),
      getCollection('sources'),
      getCollection('changelog'),
      getCollection('profiles'),
      getCollection('lessons'),
      getCollection('teaching'),
    ]);
  const problems = checkCasebook({
    cases: cases.map((entry) => ({
      id: entry.id,
      file: entry.filePath ?? `cases/${entry.id}`,
      data: entry.data,
    })),
    mechanisms: mechanisms.map((m) => ({
      ...m.data,
      file: m.filePath ?? 'mechanisms/mechanisms.yaml',
    })),
    sourceIds: sources.map((s) => s.data.id),
    glossary: glossary.map((g) => ({
      id: g.data.id,
      file: g.filePath ?? 'glossary',
      mechanisms: g.data.mechanisms,
    })),
    releases: {
      file: changelog[0]?.filePath ?? 'changelog/changelog.yaml',
      entries: changelog.map((r) => ({
        id: r.data.id,
        date: r.data.date,
        cases: r.data.changes.flatMap((c) => c.cases),
      })),
    },
  });
  problems.push(
    ...lessonProblems(
      checkLessons({
        cases: cases.map((entry) => ({
          id: entry.id,
          file: entry.filePath ?? `cases/${entry.id}`,
          data: entry.data,
        })),
        lessons: lessons.map((entry) => ({
          id: entry.id,
          file: entry.filePath ?? `lessons/${entry.id}.yaml`,
          data: entry.data,
        })),
        lessonDir: 'content/lessons',
      }),
    ),
  );
  problems.push(
    ...teachingProblems(
      checkTeaching({
        cases: cases.map((entry) => ({
          id: entry.id,
          file: entry.filePath ?? `cases/${entry.id}`,
          metricKeys: entry.data.metrics.map((m) => m.key),
        })),
        teaching: teaching.map((entry) => ({
          id: entry.id,
          file: entry.filePath ?? `teaching/${entry.id}.yaml`,
          data: entry.data,
        })),
        teachingDir: 'content/teaching',
      }),
    ),
  );
  if (problems.length) throw new Error(formatReport(problems));
  const profiles = checkedProfiles(cases, profileEntries);

  const collator = new Intl.Collator('en', { sensitivity: 'base' });
  return {
    cases: [...cases].sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id)),
    mechanisms: mechanisms.map((m) => m.data),
    glossary: glossary.map((g) => g.data).sort((a, b) => collator.compare(a.pinyin, b.pinyin)),
    sources: sources.map((s) => s.data),
    releases: changelog.map((r) => r.data).sort((a, b) => compareVersions(b.id, a.id)),
    profiles,
    lessons: new Map(lessons.map((entry) => [entry.id, entry.data])),
    teaching: new Map(teaching.map((entry) => [entry.id, entry.data])),
  };
}

/**
 * The division-registry check, after the cross-checks pass: a mismatch fails the build with
 * file, field and what the registry says. The build benchmark's synthetic counties have made-up
 * codes, so it alone turns the check off (CASEBOOK_DIVISION_CHECK=off), and says so.
 */
function checkedProfiles(
  cases: CaseEntry[],
  profileEntries: CollectionEntry<'profiles'>[],
): Map<string, CountyProfile> {
  if (process.env.CASEBOOK_DIVISION_CHECK === 'off') {
    console.warn(
      'casebook: CASEBOOK_DIVISION_CHECK=off, division registry check and profiles skipped',
    );
    return new Map();
  }
  const registry = loadDivisionRegistry(cases.map((entry) => entry.data.adminCode));
  const issues = checkDivisions({
    cases: cases.map((entry) => ({
      id: entry.id,
      file: entry.filePath ?? `cases/${entry.id}`,
      ...entry.data,
    })),
    profiles: profileEntries.map((entry) => ({
      file: entry.filePath ?? `profiles/${entry.id}`,
      data: entry.data,
    })),
    registry,
  });
  if (issues.length) throw new Error(formatDivisionIssues(issues));
  const byCase = new Map(cases.map((entry) => [entry.id, entry.data.adminCode]));
  return new Map(
    profileEntries.map((entry) => {
      const county = registry.counties.get(byCase.get(entry.data.case)!)!;
      return [
        entry.data.case,
        buildCountyProfile(entry.data.case, entry.data, county, registry.label),
      ] as const;
    }),
  );
}

/** The county profile of a case, with its registry counts (undefined only when the check is off). */
export async function getProfile(caseId: string): Promise<CountyProfile | undefined> {
  return (await loadCasebook()).profiles.get(caseId);
}

export async function getCases(): Promise<CaseEntry[]> {
  return (await loadCasebook()).cases;
}

export async function getCase(id: string): Promise<CaseEntry | undefined> {
  return (await getCases()).find((entry) => entry.id === id);
}

/** The lessons of a case; the load checks guarantee every case has one. */
export async function getLesson(id: string): Promise<Lesson> {
  const lesson = (await loadCasebook()).lessons.get(id);
  if (!lesson) throw new Error(`no lesson for case ${id}`);
  return lesson;
}

/** The teaching notes of a case; the load checks guarantee every case has one. */
export async function getTeaching(id: string): Promise<Teaching> {
  const notes = (await loadCasebook()).teaching.get(id);
  if (!notes) throw new Error(`no teaching notes for case ${id}`);
  return notes;
}

export async function getMechanisms(): Promise<Mechanism[]> {
  return (await loadCasebook()).mechanisms;
}

/** The mechanism families in their fixed order, each with how many mechanisms it holds. */
export async function getMechanismFamilies() {
  const mechanisms = await getMechanisms();
  return (Object.keys(MECHANISM_CATEGORIES) as MechanismCategory[]).map((category) => ({
    category,
    ...MECHANISM_CATEGORIES[category],
    count: mechanisms.filter((m) => m.category === category).length,
  }));
}

export async function getMechanism(id: string): Promise<Mechanism | undefined> {
  return (await getMechanisms()).find((m) => m.id === id);
}

export async function getGlossary(): Promise<GlossaryTerm[]> {
  return (await loadCasebook()).glossary;
}

export async function getSources(): Promise<Source[]> {
  return (await loadCasebook()).sources;
}

/** Dataset releases, newest first. */
export async function getReleases(): Promise<Release[]> {
  return (await loadCasebook()).releases;
}

/** The current dataset release: the newest in the changelog. */
export async function getCurrentRelease(): Promise<Release> {
  const [current] = await getReleases();
  if (!current) throw new Error('content/changelog/changelog.yaml lists no release');
  return current;
}

export async function getSource(id: string): Promise<Source | undefined> {
  return (await getSources()).find((s) => s.id === id);
}

/** Cases that use a mechanism, each with its evidence, in casebook order. */
export async function casesUsingMechanism(id: string) {
  return (await getCases()).flatMap((entry) => {
    const use = entry.data.mechanisms.find((m) => m.id === id);
    return use ? [{ entry, use }] : [];
  });
}

function summarise(entry: CaseEntry): CaseSummary {
  return {
    id: entry.id,
    shortName: entry.data.shortName,
    variant: entry.data.variant,
    province: entry.data.province,
    modelName: entry.data.model.name,
    mechanisms: entry.data.mechanisms,
  };
}

/** Mechanisms × cases: rows grouped by family, columns in casebook order, with counts. */
export async function getMechanismMatrix(): Promise<MechanismMatrix> {
  const { cases, mechanisms } = await loadCasebook();
  return buildMechanismMatrix(cases.map(summarise), mechanisms);
}

/** Every mechanism with the cases that use it, its related terms and its siblings. */
export async function getMechanismDetails(): Promise<MechanismDetail[]> {
  const { cases, mechanisms, glossary } = await loadCasebook();
  const summaries = cases.map(summarise);
  return mechanisms.map((m) => mechanismDetail(m, summaries, glossary, mechanisms));
}

export interface GlossaryEntryView {
  term: GlossaryTerm;
  /** Related mechanisms, in the term's order. */
  mechanisms: Mechanism[];
  /** Cases whose narrative or data mention the term or an alias, in casebook order. */
  cases: CaseSummary[];
}

/** The glossary by pinyin initial, each term with its mechanisms and the cases that use it. */
export async function getGlossaryIndex(): Promise<LetterGroup<GlossaryEntryView>[]> {
  const { cases, mechanisms, glossary } = await loadCasebook();
  const texts = cases.map((entry) => caseText(entry.id, entry.data, entry.body));
  const byId = new Map(cases.map((entry) => [entry.id, summarise(entry)]));
  const views = glossary.map((term) => ({
    term,
    mechanisms: term.mechanisms.flatMap((id) => mechanisms.filter((m) => m.id === id)),
    cases: casesUsingTerm(term, texts).map((id) => byId.get(id)!),
  }));
  return groupByInitial(views, (view) => view.term.pinyin);
}

/**
 * Words the search page offers before a query and when nothing is found: the counties of the
 * cases in casebook order, and the mechanisms used by the most cases (ties in file order).
 */
export async function getSearchSuggestions(mechanismCount = 8) {
  const [cases, mechanisms] = await Promise.all([getCases(), getMechanisms()]);
  const uses = new Map<string, number>();
  for (const entry of cases) {
    for (const m of entry.data.mechanisms) uses.set(m.id, (uses.get(m.id) ?? 0) + 1);
  }
  return {
    counties: cases.map((entry) => entry.data.shortName),
    mechanisms: mechanisms
      .map((m, index) => ({ name: m.name, count: uses.get(m.id) ?? 0, index }))
      .filter((m) => m.count > 0)
      .sort((a, b) => b.count - a.count || a.index - b.index)
      .slice(0, mechanismCount)
      .map((m) => m.name),
  };
}
