import { z } from 'astro/zod';
import { MetricSchema } from './metric';
import { ADMIN_CODE_PATTERN, ID_PATTERN } from './error-map';

/** The three economic belts of the usual east/central/west division. */
export const REGIONS = ['东部', '中部', '西部'] as const;
export const RegionSchema = z.enum(REGIONS);
export type Region = z.infer<typeof RegionSchema>;

/** Where the model works: urban communities, town and country together, or villages. */
export const SETTINGS = {
  'urban-community': { zh: '城市社区', en: 'Urban communities' },
  'urban-rural': { zh: '城乡统筹', en: 'Urban and rural together' },
  rural: { zh: '农村', en: 'Rural' },
} as const;
export type Setting = keyof typeof SETTINGS;

const id = z.string().regex(ID_PATTERN);

/** A named part of the model, as the county divides it. */
export const ModelPartSchema = z
  .object({
    /** Short id for anchors on the case page. */
    id,
    /** The part's name as the county brands it, e.g. “1个社区党组织+X个党支部”. */
    name: z.string().min(2),
    /** Own-words description of what the part does. */
    summary: z.string().min(20),
    /** Ids of the mechanisms this part uses (each must also be listed under `mechanisms`). */
    mechanisms: z.array(z.string()).min(1),
  })
  .strict();

/** One ordered chain of organisational tiers, top first. */
export const TierChainSchema = z
  .object({
    /** What the chain is called (领导核心轴, 三级架构). */
    name: z.string().min(2),
    /** Tiers from the top down, at least two. */
    levels: z.array(z.string().min(2)).min(2),
    /** Own-words note on how the tiers work together. */
    note: z.string().optional(),
  })
  .strict();

/** A case's use of a cross-case mechanism, with the case-specific evidence. */
export const CaseMechanismSchema = z
  .object({
    /** Id of an entry in content/mechanisms/. */
    id,
    /** Own-words account of how this county applies the mechanism. */
    evidence: z.string().min(10),
    /** Optional short verbatim clause of the source supporting the evidence. */
    quote: z.string().min(2).optional(),
  })
  .strict();

/** A named programme, body or concrete practice that a reader may search for by name. */
export const ProgrammeSchema = z
  .object({
    /** Name as the source gives it (民声茶馆, 四点半学校). */
    name: z.string().min(2),
    /** Own-words description. */
    description: z.string().min(10),
  })
  .strict();

/** Frontmatter of a county case (content/cases/<id>.mdx). */
export const CaseSchema = z
  .object({
    /** Position in the source article, for the default order of the casebook. */
    order: z.number().int().positive(),
    /** Full official name of the county (寻甸回族彝族自治县). */
    county: z.string().min(2),
    /** Short name the source uses (寻甸县). */
    shortName: z.string().min(2),
    /** Province or autonomous region. */
    province: z.string().min(2),
    /** Prefecture-level city or autonomous prefecture. */
    prefecture: z.string().min(2),
    /** East, central or west belt. */
    region: RegionSchema,
    /** Six-digit administrative division code (GB/T 2260). Several cases may share one. */
    adminCode: z.string().regex(ADMIN_CODE_PATTERN),
    /**
     * Which case of the county this is, when the casebook holds several for one county (a
     * period, programme or township): shown after the county name wherever cases are listed.
     * Required, and distinct, for every case of a county that has more than one.
     */
    variant: z.string().min(2).max(24).optional(),
    /** Approximate coordinates of the county seat (WGS 84, decimal degrees). */
    coordinates: z
      .object({
        /** Latitude, north positive. */
        lat: z.number().min(3).max(54),
        /** Longitude, east positive. */
        lon: z.number().min(73).max(136),
      })
      .strict(),
    /** The model as the county brands it. */
    model: z
      .object({
        /** Brand name (1+X, 一轴四网, 3+). */
        name: z.string().min(1),
        /** One-line own-words tagline. */
        tagline: z.string().min(8).max(60),
      })
      .strict(),
    /** Where the model works. */
    setting: z.enum(Object.keys(SETTINGS) as [Setting, ...Setting[]]),
    /** Period the case covers, where the source gives one. */
    period: z
      .object({
        /** First year covered. */
        from: z.number().int().min(1990).max(2100),
        /** How the source states the period (2017年以来). */
        label: z.string().min(2),
      })
      .strict()
      .optional(),
    /** Two or three own-words sentences for cards, search results and link previews. */
    summary: z.string().min(40).max(220),
    /** The model's parts, in the county's order. */
    parts: z.array(ModelPartSchema).min(1),
    /** Organisational tiers of the model, one chain or more. */
    tiers: z.array(TierChainSchema).min(1),
    /** Cross-case mechanisms the county uses, with its evidence. */
    mechanisms: z.array(CaseMechanismSchema).min(1),
    /** Every figure the sources give for this county. */
    metrics: z.array(MetricSchema),
    /** Named programmes and concrete practices. */
    programmes: z.array(ProgrammeSchema).default([]),
    /** Ids of the sources in content/sources/. */
    sources: z.array(z.string()).min(1),
    /**
     * Date this case's content last changed, YYYY-MM-DD: the date of the dataset release that
     * changed it (content/changelog/), shown on the case page.
     */
    updated: z.iso.date({
      error:
        'updated 必须是 YYYY-MM-DD 格式的日期（本案例最近一次改动所属版本的发布日期），例如 2026-12-20',
    }),
    /** Three to five questions for teaching with this case. */
    questions: z.array(z.string().min(8)).min(3).max(5),
    /** Keywords for search and filters. */
    keywords: z.array(z.string().min(1)).min(3),
  })
  .strict();
export type CaseData = z.infer<typeof CaseSchema>;
export type ModelPart = z.infer<typeof ModelPartSchema>;
export type TierChain = z.infer<typeof TierChainSchema>;
export type CaseMechanism = z.infer<typeof CaseMechanismSchema>;
