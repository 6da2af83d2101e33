/** The one site configuration: what a build may set from its environment (today: the status date), with its defaults. */

/**
 * Where the site is published: Astro's `site` (astro.config.mjs reads it from here), the origin of every absolute URL
 * in citations, downloads and canonical links, and of the redirect pages scripts/build.ts writes.
 */
export const SITE_URL = 'https://export-tech-catalogue.example';

/** The site's name, in the header, page titles and OpenGraph tags. */
export const SITE_NAME = { zh: '中国技术出口管制参考', en: "China's export controls on technology: a reference" } as const;

/** A day in China (UTC+8), written YYYY-MM-DD: the date the site's statuses are given for when nothing else is set. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export interface SiteConfig {
  /** Every status the site shows ("status as of …") is computed for this day: STATUS_DATE, or the build day in China. */
  statusDate: string;
}

/** Reads the configuration from an environment (process.env at build time); a malformed value is an error, never ignored. */
export function readSiteConfig(env: Record<string, string | undefined> = process.env, now: Date = new Date()): SiteConfig {
  const given = env.STATUS_DATE;
  if (given !== undefined && given !== '') {
    const d = new Date(`${given}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== given) {
      throw new Error(`STATUS_DATE is "${given}": it must be a real date written YYYY-MM-DD, e.g. STATUS_DATE=2026-11-29`);
    }
    return { statusDate: given };
  }
  return { statusDate: todayInChina(now) };
}
