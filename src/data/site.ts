/** The published site's origin (Astro `site` in astro.config.mjs), for absolute URLs in citations and downloads. */
export function siteOrigin(site: URL | undefined): string {
  if (!site) throw new Error('astro.config.mjs must set `site`: citations and downloads carry absolute URLs');
  return site.origin;
}
