/**
 * Every internal link goes through here so the site works under a sub-path (Astro `base`),
 * for example `/casebook/` on an intranet server.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = path.replace(/^\/+/, '');
  return `${root}${rest}`;
}
