import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { CaseSchema } from './schemas/case';
import { GlossaryTermSchema } from './schemas/glossary';
import { LessonSchema } from './schemas/lesson';
import { MechanismSchema } from './schemas/mechanism';
import { ProfileSchema } from './schemas/profile';
import { SourceSchema } from './schemas/source';
import { TeachingSchema } from './schemas/teaching';
import { ReleaseSchema } from './schemas/changelog';
import { withReadableErrors } from './schemas/error-map';
import { readableError } from './i18n/editor';

/**
 * Content lives in content/ at the repository root. CASEBOOK_CONTENT points the build at another
 * folder of the same layout: the benchmark's synthetic cases and the invalid-content fixtures.
 */
const root = (process.env.CASEBOOK_CONTENT ?? './content').replace(/\/+$/, '');

const cases = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${root}/cases` }),
  schema: withReadableErrors(CaseSchema, readableError),
});

const mechanisms = defineCollection({
  loader: file(`${root}/mechanisms/mechanisms.yaml`),
  schema: withReadableErrors(MechanismSchema, readableError),
});

const glossary = defineCollection({
  loader: file(`${root}/glossary/terms.yaml`),
  schema: withReadableErrors(GlossaryTermSchema, readableError),
});

const sources = defineCollection({
  loader: file(`${root}/sources/sources.yaml`),
  schema: withReadableErrors(SourceSchema, readableError),
});

/** Dated releases of the dataset, newest first. */
const changelog = defineCollection({
  loader: file(`${root}/changelog/changelog.yaml`),
  schema: withReadableErrors(ReleaseSchema, readableError),
});

/** County profiles, one file per case, apart from the case MDX so the two edit separately. */
const profiles = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/profiles` }),
  schema: withReadableErrors(ProfileSchema, readableError),
});

/** Lessons: one file per case, named by the case id (content/lessons/<caseId>.yaml). */
const lessons = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/lessons` }),
  schema: withReadableErrors(LessonSchema, readableError),
});

/** Teaching notes: one file per case, named by the case id (content/teaching/<caseId>.yaml). */
const teaching = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/teaching` }),
  schema: withReadableErrors(TeachingSchema, readableError),
});

export const collections = {
  cases,
  mechanisms,
  glossary,
  sources,
  changelog,
  profiles,
  lessons,
  teaching,
};
