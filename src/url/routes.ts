/**
 * Every internal link goes through here so the site works under a sub-path (Astro `base`),
 * for example `/casebook/` on an intranet server.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = path.replace(/^\/+/, '');
  return `${root}${rest}`;
}

/**
 * Absolute address of a path on the deployed site, or undefined when the build has no site URL
 * (SITE_URL unset): the casebook leaves an address out rather than invent a host.
 */
export function absoluteUrl(path: string, site: URL | undefined): string | undefined {
  return site ? new URL(path, site).href : undefined;
}

/** Paths (without base) of the teaching features: pass them through withBase. */
export const teachPaths = {
  case: (id: string) => `cases/${id}/`,
  teaching: (id: string) => `cases/${id}/teaching/`,
  handout: (id: string) => `cases/${id}/handout/`,
  docx: (id: string) => `downloads/${id}.docx`,
  pptx: (id: string) => `downloads/${id}.pptx`,
} as const;

/** One case's open-data file (/data/cases/<id>.json). */
export function caseDataHref(id: string): string {
  return withBase(`data/cases/${id}.json`);
}

/** Page `page` (1, 2, …) of the case index: the first is /cases/ itself. */
export function caseIndexHref(page: number): string {
  return withBase(page <= 1 ? 'cases/' : `cases/page/${page}/`);
}
