/** The one site configuration: name, origin, status date, error-report address and official sites, from the build's environment. */

/** The site's name, in the header, page titles and OpenGraph tags. */
export const SITE_NAME = { zh: '中国技术出口管制参考', en: "China's export controls on technology: a reference" } as const;

/** Where `npm start` serves the site: the origin of a local build, so that its absolute links open on this machine. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/** Official sites where readers check texts and statuses (facts; overridable with OFFICIAL_SITES). */
export const DEFAULT_OFFICIAL_SITES: readonly OfficialSite[] = [
  { label: '商务部网站', url: 'https://www.mofcom.gov.cn/' },
  { label: '商务部出口管制信息网', url: 'http://exportcontrol.mofcom.gov.cn/' },
  { label: '科学技术部网站', url: 'https://www.most.gov.cn/' },
];

export interface OfficialSite {
  label: string;
  url: string;
}

/** A day in China (UTC+8), written YYYY-MM-DD: the date the site's statuses are given for when nothing else is set. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export interface SiteConfig {
  /** Origin of every absolute link (canonical, citations, sitemap, downloads): SITE_URL, or LOCAL_ORIGIN. */
  origin: string;
  /** A build for publishing (PUBLISH=1, set by `npm run build -- --publish`): a real origin and a report address are required. */
  publish: boolean;
  /** Every status the site shows ("status as of …") is computed for this day: STATUS_DATE, or the build day in China. */
  statusDate: string;
  /** Where readers report errors (REPORT_URL: an https issue-tracker address or a mailto: address); absent when not set. */
  reportUrl?: string;
  /** Where readers check official texts and statuses. */
  officialSites: OfficialSite[];
}

/** Raised for a configuration a build cannot run with; the message says which variable and how to set it. */
export class SiteConfigError extends Error {}

/**
 * Host names that are never a published site's: this machine (localhost, 127.x.x.x, 0.0.0.0, [::1]), the reserved
 * top-level names .example, .invalid, .test, .local and .localhost, and the example domains example.com, .net, .org.
 */
const NOT_PUBLIC = /(^|\.)(localhost|example|invalid|test|local|example\.(com|net|org))$|^127(\.\d{1,3}){3}$|^0\.0\.0\.0$|^\[::1\]$/;

function readOrigin(given: string | undefined, publish: boolean): string {
  if (!given) {
    if (publish) throw new SiteConfigError('A build for publishing needs SITE_URL, the origin the site is published at, e.g. SITE_URL=https://export-controls.example.org npm run build -- --publish');
    return LOCAL_ORIGIN;
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new SiteConfigError(`SITE_URL is "${given}": it must be an origin such as https://export-controls.example.org`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username || !/^https?:\/\/[^/]+\/?$/.test(given)) {
    throw new SiteConfigError(`SITE_URL is "${given}": it must be an origin such as https://export-controls.example.org (scheme and host only, no path)`);
  }
  if (publish && (url.protocol !== 'https:' || NOT_PUBLIC.test(url.hostname))) {
    throw new SiteConfigError(`SITE_URL is "${given}": a build for publishing needs the real https origin of the site, not a local, test or example address`);
  }
  return url.origin;
}

function readSites(given: string | undefined): OfficialSite[] {
  if (!given) return [...DEFAULT_OFFICIAL_SITES];
  return given.split(';').map((part) => {
    const [label, url] = part.split('|').map((s) => s.trim());
    if (!label || !url || !/^https?:\/\/[^\s"'<>]+$/.test(url)) {
      throw new SiteConfigError(`OFFICIAL_SITES has "${part}": write each site as label|URL, separated by ;, e.g. OFFICIAL_SITES="商务部网站|https://www.mofcom.gov.cn/"`);
    }
    return { label, url };
  });
}

/** Reads the configuration from an environment (process.env at build time); a malformed value is an error, never ignored. */
export function readSiteConfig(env: Record<string, string | undefined> = process.env, now: Date = new Date()): SiteConfig {
  const publish = env.PUBLISH === '1';
  const origin = readOrigin(env.SITE_URL, publish);
  const report = env.REPORT_URL;
  if (report && !/^(https:\/\/[^\s"'<>]+|mailto:[^\s"'<>@]+@[^\s"'<>]+)$/.test(report)) {
    throw new SiteConfigError(`REPORT_URL is "${report}": it must be an https:// address (an issue tracker) or a mailto: address, e.g. REPORT_URL=mailto:errors@example.org`);
  }
  if (publish && !report) {
    throw new SiteConfigError('A build for publishing needs REPORT_URL, where readers report errors: an issue tracker (https://…) or an e-mail address (mailto:…)');
  }
  const given = env.STATUS_DATE;
  let statusDate = todayInChina(now);
  if (given !== undefined && given !== '') {
    const d = new Date(`${given}T00:00:00Z`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(given) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== given) {
      throw new SiteConfigError(`STATUS_DATE is "${given}": it must be a real date written YYYY-MM-DD, e.g. STATUS_DATE=2026-11-29`);
    }
    statusDate = given;
  }
  return { origin, publish, statusDate, ...(report && { reportUrl: report }), officialSites: readSites(env.OFFICIAL_SITES) };
}
