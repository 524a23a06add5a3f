/**
 * The open data served under /data/: cases.json (every case with all of its structured data,
 * plus the vocabularies and sources it refers to), metrics.csv, mechanisms.csv and schema.json,
 * a JSON Schema (draft 2020-12) generated from the same zod schemas that check the content.
 * Pure: takes the checked casebook, returns text; the endpoints in src/pages/data/ only serve it.
 */
import { z } from 'astro/zod';
import { CaseSchema } from '../schemas/case';
import { MetricSchema, QualifierSchema, ScopeSchema, SCOPE_LEVELS } from '../schemas/metric';
import { MechanismSchema, MECHANISM_CATEGORIES, type Mechanism } from '../schemas/mechanism';
import { SourceSchema, type Source } from '../schemas/source';
import { LessonSchema, type Lesson } from '../schemas/lesson';
import { lessonsCsv } from './lessons-csv';
import { ReleaseSchema, type Release } from '../schemas/changelog';
import { DivisionAliasSchema, ProfileSchema } from '../schemas/profile';
import type { CountyProfile } from '../domain/profile-figures';
import { METRIC_CATEGORIES, METRIC_KEYS, type MetricCategory } from '../schemas/metric-vocabulary';
import { QUALIFIER_LABELS, ROW_LABELS, SCOPE_LEVEL_LABELS } from '../i18n/format';
import { citeSourceApa, citeSourceGbt7714 } from '../domain/citation';
import { CITATION_WORDS } from '../i18n/citation';
import { METRIC_COLUMNS, MECHANISM_COLUMNS, metricRows, mechanismRows, toCsv } from './csv';
import { t } from '../i18n/ui';

/**
 * Version of the shape of cases.json (semantic versioning): a new optional field raises the
 * minor number, a renamed, removed or retyped field the major one. Not the dataset version,
 * which counts releases of the content (content/changelog/) and is in `dataset.version`.
 * 1.1.0: each case may carry its county profile. 2.0.0: sources lost `year` for `published`
 * with `dateBasis`; `dataset` and `changelog` added. 2.1.0: each case carries its 借鉴要点 (`lessons`).
 */
export const OPEN_DATA_VERSION = '2.1.0';

/** Licence of the casebook's own structuring; the figures stay with their original reports. */
export const DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The files served under /data/, in the order the download page lists them. */
export const DATA_FILES = {
  cases: { name: 'cases.json', format: 'JSON', type: 'application/json' },
  metrics: { name: 'metrics.csv', format: 'CSV', type: 'text/csv' },
  mechanisms: { name: 'mechanisms.csv', format: 'CSV', type: 'text/csv' },
  lessons: { name: 'lessons.csv', format: 'CSV', type: 'text/csv' },
  schema: { name: 'schema.json', format: 'JSON Schema', type: 'application/schema+json' },
} as const;
export type DataFile = keyof typeof DATA_FILES;

const METRIC_KEY_IDS = Object.keys(METRIC_KEYS) as [string, ...string[]];
const MetricCategorySchema = z.enum(
  Object.keys(METRIC_CATEGORIES) as [MetricCategory, ...MetricCategory[]],
);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const label = z
  .object({
    /** Chinese label. */
    zh: z.string().min(1),
    /** English label. */
    en: z.string().min(1),
  })
  .strict();

const count = z.number().int().nonnegative();

/** A case's county profile as published: the content file plus what the registry counted. */
export const OpenProfileSchema = z
  .object({
    ...ProfileSchema.shape,
    /** Old names linked to current divisions; a village-level one with its township today. */
    divisionAliases: z.array(
      z
        .object({
          ...DivisionAliasSchema.shape,
          /** Township-level division a village-level current division sits under. */
          currentTownship: z.string().min(2).optional(),
        })
        .strict(),
    ),
    /** Counted from the division registry named in `registry`, never typed by hand. */
    divisions: z
      .object({
        /** Township-level divisions: subdistricts + towns + xiang. */
        townships: count,
        subdistricts: count,
        towns: count,
        xiang: count,
        /** Farms, parks and similar units the registry lists at township level; not counted above. */
        townshipLike: count,
        /** Village-level divisions under those townships: villages + communities. */
        villageLevel: count,
        villages: count,
        communities: count,
      })
      .strict(),
    /** The prefecture is an autonomous prefecture (the county itself may still not be autonomous). */
    prefectureAutonomous: z.boolean(),
  })
  .strict();

/** The shape of cases.json. Case, mechanism and source entries are the content schemas. */
export const OpenDataSchema = z
  .object({
    /** Version of this shape (semver). */
    version: z.literal(OPEN_DATA_VERSION),
    /** Name of the dataset. */
    title: z.string().min(2),
    /** The release this file belongs to: dataset version (semver) and release date. */
    dataset: z
      .object({
        version: ReleaseSchema.shape.id,
        released: ReleaseSchema.shape.date,
      })
      .strict(),
    /** Every release, newest first, with what changed. */
    changelog: z.array(ReleaseSchema),
    /** Licence of the casebook's structuring, and whose the figures are. */
    licence: z
      .object({
        id: z.literal(DATA_LICENCE.id),
        url: z.literal(DATA_LICENCE.url),
        /** How to use and credit the data. */
        note: z.string().min(10),
      })
      .strict(),
    /** Sources the cases cite, each with ready-made citations. */
    sources: z.array(
      z
        .object({
          ...SourceSchema.shape,
          /** Citation strings generated from the record. */
          citation: z.object({ gbt7714: z.string().min(10), apa: z.string().min(10) }).strict(),
        })
        .strict(),
    ),
    /** The controlled vocabularies the cases use, with labels. */
    vocabularies: z
      .object({
        /** Metric keys: label, category and the one unit every value of the key is in. */
        metricKeys: z.array(
          label
            .extend({
              key: z.enum(METRIC_KEY_IDS),
              category: MetricCategorySchema,
              unit: z.string().min(1),
            })
            .strict(),
        ),
        /** Families of metrics. */
        metricCategories: z.array(label.extend({ id: MetricCategorySchema }).strict()),
        /** Families of mechanisms. */
        mechanismCategories: z.array(label.extend({ id: MechanismSchema.shape.category }).strict()),
        /** exact, at_least, approx. */
        qualifiers: z.array(label.extend({ id: QualifierSchema }).strict()),
        /** Scope levels of metrics. */
        scopeLevels: z.array(z.object({ id: z.enum(SCOPE_LEVELS), zh: z.string() }).strict()),
      })
      .strict(),
    /** The cross-case mechanisms that cases refer to by id. */
    mechanisms: z.array(MechanismSchema),
    /** Every case in casebook order: its id (the page is /cases/<id>/) and its structured data. */
    cases: z.array(
      z
        .object({
          /** Case id: pinyin of the county's short name. */
          id: slug,
          ...CaseSchema.shape,
          /** County profile (population, area, divisions …) with a source record per figure. */
          profile: OpenProfileSchema.optional(),
        })
        .strict(),
    ),
    /**
     * Lessons of every case, in casebook order (since 2.1.0): the content of
     * content/lessons/<case>.yaml, with the case id and the publication date behind its as-of line.
     */
    lessons: z.array(
      z
        .object({
          /** Id of the case the lesson belongs to. */
          case: slug,
          /** Latest publication date (YYYY-MM-DD) of the case's sources; null when none gives one. */
          asOf: z.iso.date().nullable(),
          ...LessonSchema.shape,
        })
        .strict(),
    ),
  })
  .strict();
export type OpenData = z.infer<typeof OpenDataSchema>;

/** Keys grouped by their unit, so the schema can tie each key to its unit. */
function keysByUnit(): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const [key, definition] of Object.entries(METRIC_KEYS)) {
    groups.set(definition.unit, [...(groups.get(definition.unit) ?? []), key]);
  }
  return groups;
}

/**
 * JSON Schema (draft 2020-12) of cases.json, generated with zod 4's z.toJSONSchema. The data
 * file holds parsed content, so the output side of each schema is described (io: 'output':
 * defaulted lists are required). Three rules that the content schemas enforce with refinements,
 * which JSON Schema cannot read from zod, are written in here: a metric key must be in the
 * vocabulary, a key's unit is fixed, and a scope narrower than the county must be named.
 * Not expressible and checked at build instead: a quote contains its value, references resolve.
 */
export function openDataJsonSchema(): Record<string, unknown> {
  const units = keysByUnit();
  const schema = z.toJSONSchema(OpenDataSchema, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === MetricSchema.shape.key) {
        jsonSchema.enum = [...METRIC_KEY_IDS];
      } else if (zodSchema === MetricSchema) {
        // Each sub-schema names its type and the properties it requires, as Ajv's strict mode
        // asks of every schema (strictTypes, strictRequired).
        jsonSchema.allOf = [...units].map(([unit, keys]) => ({
          if: { type: 'object', properties: { key: { type: 'string', enum: keys } } },
          then: { type: 'object', properties: { unit: { type: 'string', const: unit } } },
        }));
      } else if (zodSchema === ScopeSchema) {
        jsonSchema.if = {
          type: 'object',
          properties: { level: { type: 'string', const: 'county' } },
        };
        jsonSchema.else = {
          type: 'object',
          properties: { name: { type: 'string', minLength: 1 } },
          required: ['name'],
        };
      }
    },
  });
  return {
    ...schema,
    title: '区域化党建县域案例库 cases.json',
    description: `Shape of cases.json, version ${OPEN_DATA_VERSION}. Generated from the casebook's zod schemas.`,
  };
}

export interface OpenDataInput {
  cases: Array<{ id: string; data: z.output<typeof CaseSchema> }>;
  mechanisms: Mechanism[];
  sources: Source[];
  /** Lessons by case id; every case has one. */
  lessons: ReadonlyMap<string, Lesson>;
  /** Releases, newest first: the first is the version these files carry. */
  releases: Release[];
  /** County profiles by case id, when the build has them. */
  profiles?: ReadonlyMap<string, CountyProfile>;
}

/** The current release: the newest. */
function currentRelease(input: Pick<OpenDataInput, 'releases'>): Release {
  const [release] = input.releases;
  if (!release) throw new Error('content/changelog/changelog.yaml lists no release');
  return release;
}

/** A label dictionary as a list of `{ id, zh, en }`, in the dictionary's order. */
function labelled<K extends string>(labels: Record<K, { zh: string; en: string }>) {
  return (Object.keys(labels) as K[]).map((id) => ({ id, zh: labels[id].zh, en: labels[id].en }));
}

/** The cases.json payload. */
export function buildOpenData(input: OpenDataInput): OpenData {
  const release = currentRelease(input);
  return {
    version: OPEN_DATA_VERSION,
    title: t('data.datasetTitle'),
    dataset: { version: release.id, released: release.date },
    changelog: input.releases,
    licence: { id: DATA_LICENCE.id, url: DATA_LICENCE.url, note: t('data.licenceNote') },
    sources: input.sources.map((source) => ({
      ...source,
      citation: {
        gbt7714: citeSourceGbt7714(source, CITATION_WORDS),
        apa: citeSourceApa(source, CITATION_WORDS),
      },
    })),
    vocabularies: {
      metricKeys: Object.entries(METRIC_KEYS).map(([key, d]) => ({
        key,
        zh: d.zh,
        en: d.en,
        category: d.category,
        unit: d.unit,
      })),
      metricCategories: labelled(METRIC_CATEGORIES),
      mechanismCategories: labelled(MECHANISM_CATEGORIES),
      qualifiers: labelled(QUALIFIER_LABELS),
      scopeLevels: SCOPE_LEVELS.map((id) => ({ id, zh: SCOPE_LEVEL_LABELS[id] })),
    },
    mechanisms: input.mechanisms,
    cases: input.cases.map(({ id, data }) => {
      const profile = input.profiles?.get(id);
      return profile ? { id, ...data, profile: openProfile(profile) } : { id, ...data };
    }),
    lessons: input.cases.map(({ id, data }) => {
      const lesson = input.lessons.get(id);
      if (!lesson) throw new Error(`${id}: no lesson`);
      const dates = input.sources
        .filter((s) => data.sources.includes(s.id) && s.published !== undefined)
        .map((s) => s.published!)
        .sort();
      return { case: id, asOf: dates.at(-1) ?? null, ...lesson };
    }),
  };
}

function openProfile(profile: CountyProfile): z.output<typeof OpenProfileSchema> {
  const {
    townships,
    subdistricts,
    towns,
    xiang,
    townshipLike,
    villageLevel,
    villages,
    communities,
  } = profile.counts;
  return {
    ...profile.data,
    divisionAliases: profile.aliases.map(({ currentTownship, ...alias }) =>
      currentTownship ? { ...alias, currentTownship } : alias,
    ),
    divisions: {
      townships,
      subdistricts,
      towns,
      xiang,
      townshipLike,
      villageLevel,
      villages,
      communities,
    },
    prefectureAutonomous: profile.prefectureAutonomous,
  };
}

/** metrics.csv: one row per metric, columns METRIC_COLUMNS, UTF-8 with BOM. */
export function metricsCsv(input: Pick<OpenDataInput, 'cases' | 'releases'>): string {
  return toCsv(METRIC_COLUMNS, metricRows(input.cases, ROW_LABELS, currentRelease(input).id));
}

/** mechanisms.csv: one row per case × mechanism, columns MECHANISM_COLUMNS, UTF-8 with BOM. */
export function mechanismsCsv(
  input: Pick<OpenDataInput, 'cases' | 'mechanisms' | 'releases'>,
): string {
  return toCsv(
    MECHANISM_COLUMNS,
    mechanismRows(
      input.cases,
      input.mechanisms,
      (category) => MECHANISM_CATEGORIES[category as keyof typeof MECHANISM_CATEGORIES].zh,
      currentRelease(input).id,
    ),
  );
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The files of one casebook, built once: five endpoints and the download page read them. */
const textCache = new WeakMap<OpenDataInput, Record<DataFile, string>>();

/** The text of every file of /data/: what the endpoints serve and the download page measures. */
export function dataFileTexts(input: OpenDataInput): Record<DataFile, string> {
  const cached = textCache.get(input);
  if (cached) return cached;
  const texts = {
    cases: json(buildOpenData(input)),
    metrics: metricsCsv(input),
    mechanisms: mechanismsCsv(input),
    lessons: lessonsCsv({ ...input, datasetVersion: currentRelease(input).id }),
    schema: json(openDataJsonSchema()),
  };
  textCache.set(input, texts);
  return texts;
}

/**
 * /data/cases/<id>.json: one case as cases.json holds it (profile included) with its 借鉴要点,
 * the dataset version and the format version, so a reader can fetch one county without the
 * whole casebook. The vocabularies and sources stay in cases.json, which the index points to.
 */
export function caseDataFile(input: OpenDataInput, id: string): string {
  const entry = input.cases.find((c) => c.id === id);
  if (!entry) throw new Error(`open data: no case ${id}`);
  const release = currentRelease(input);
  const whole = buildOpenData({ ...input, cases: [entry], sources: [] });
  return json({
    version: OPEN_DATA_VERSION,
    dataset: { version: release.id, released: release.date },
    licence: { id: DATA_LICENCE.id, url: DATA_LICENCE.url },
    case: whole.cases[0],
    lessons: whole.lessons[0],
  });
}

/**
 * /data/cases/index.json: one short line per case (id, county, variant, province, code, model,
 * updated) and the address of its file, beside the whole casebook in cases.json.
 */
export function caseDataIndex(
  input: OpenDataInput,
  fileOf: (id: string) => string,
  whole: string,
): string {
  const release = currentRelease(input);
  return json({
    version: OPEN_DATA_VERSION,
    dataset: { version: release.id, released: release.date },
    whole,
    cases: input.cases.map(({ id, data }) => ({
      id,
      county: data.county,
      ...(data.variant ? { variant: data.variant } : {}),
      province: data.province,
      adminCode: data.adminCode,
      model: data.model.name,
      updated: data.updated,
      file: fileOf(id),
    })),
  });
}

/** How much the casebook holds, for the download page. */
export function openDataCounts(input: Pick<OpenDataInput, 'cases'>) {
  return {
    cases: input.cases.length,
    metrics: input.cases.reduce((sum, c) => sum + c.data.metrics.length, 0),
    uses: input.cases.reduce((sum, c) => sum + c.data.mechanisms.length, 0),
  };
}

/** A file size as readers see it: UTF-8 bytes in KB with one decimal (“84.2 KB”). */
export function formatFileSize(text: string): string {
  const bytes = new TextEncoder().encode(text).length;
  return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
