/** Every URL and fragment the site makes, in one file. Changing a pattern here breaks published links: don't. */
import type { Part } from '../shared/codes.ts';

/** Slug of a part in URLs. */
export const PART_SLUG: Record<Part, string> = { 禁止: 'prohibited', 限制: 'restricted' };

export const homeUrl = (): string => '/';
export const editionsUrl = (): string => '/editions/';
export const editionUrl = (edition: string): string => `/editions/${edition}/`;
/** One version of one entry: the permanent address of what the entry said in that edition. */
export const entryUrl = (key: string, edition: string): string => `/entries/${key}/${edition}/`;
/** The entry across editions: its timeline. */
export const entryHistoryUrl = (key: string): string => `/entries/${key}/`;
/** Fragment id of a control point: `cp-5` for numbered points, `cp-u1` for points whose number is not held. */
export const anchorFor = (n: number | undefined, looseIndex: number): string => (n !== undefined ? `cp-${n}` : `cp-u${looseIndex + 1}`);
/** An anchor a control point had before and keeps (`aliases:` in content): a temporary `cp-u1` or a number's `cp-3`. */
export const CONTROL_POINT_ANCHOR = /^cp-u?[1-9][0-9]*$/;
/**
 * The anchors of an entry's control points, in their order. A numbered point is `cp-<n>`. The points without a number
 * are `cp-u1`, `cp-u2`… in their order among themselves (anchorFor), except that a temporary anchor some point keeps
 * as an alias is skipped: when the point that was `cp-u1` gets its number and keeps `aliases: [cp-u1]`, the next point
 * without a number stays `cp-u2` instead of moving up to `cp-u1`. Published anchors therefore never move.
 */
export function controlPointAnchors(points: readonly { n?: number | undefined; aliases?: readonly string[] | undefined }[]): string[] {
  const kept = new Set(points.flatMap((p) => p.aliases ?? []));
  let loose = 0;
  return points.map((p) => {
    if (p.n !== undefined) return anchorFor(p.n, 0);
    while (kept.has(anchorFor(undefined, loose))) loose++;
    return anchorFor(undefined, loose++);
  });
}
export const controlPointUrl = (key: string, edition: string, anchor: string): string => `${entryUrl(key, edition)}#${anchor}`;
export const codeUrl = (code: string): string => `/codes/${code}/`;
export const partUrl = (part: Part): string => `/parts/${PART_SLUG[part]}/`;
export const industriesUrl = (): string => '/industries/';
/** Industry headings are official Chinese text; the URL carries them percent-encoded. */
export const industryUrl = (heading: string): string => `/industries/${encodeURIComponent(heading)}/`;
/** Entries whose industry heading is not held. */
export const NO_INDUSTRY_SLUG = 'unknown';
export const coverageUrl = (): string => '/coverage/';
/** Machine-readable coverage (same data as the /coverage/ page). */
export const coverageJsonUrl = (): string => '/coverage.json';
export const searchUrl = (): string => '/search/';
export const amendmentUrl = (id: string): string => `/amendments/${id}/`;
/** Two editions of one entry side by side: `/entries/<key>/compare/2020...2023/` (earlier edition first). */
export const compareUrl = (key: string, a: string, b: string): string => `/entries/${key}/compare/${a}...${b}/`;
/** The path segment of a pair of consecutive editions: `2020-2023`. */
export const pairSlug = (from: string, to: string): string => `${from}-${to}`;
export const changesUrl = (): string => '/changes/';
/** What changed between two consecutive editions. */
export const changesPairUrl = (from: string, to: string): string => `/changes/${pairSlug(from, to)}/`;
/** The same changes as JSON. */
export const changesDataUrl = (from: string, to: string): string => `/data/changes-${pairSlug(from, to)}.json`;
export const aboutUrl = (): string => '/about/';
/** The glossary of our English renderings (content/glossary.md): `#mofcom`, `#rare-earth`… (glossaryAnchor). */
export const glossaryUrl = (): string => '/glossary/';
/** Open data: the /data/ page and the files it lists. */
export const dataUrl = (): string => '/data/';
export const editionJsonUrl = (edition: string): string => `/data/${edition}.json`;
export const editionCsvUrl = (edition: string): string => `/data/${edition}.csv`;
export const schemaJsonUrl = (): string => '/data/schema.json';
/** An absolute URL on the published site; `origin` is Astro's `site` (SITE_URL, see site-config.ts). */
export const absoluteUrl = (path: string, origin: string): string => new URL(path, origin).href;
/** A search page link holding its state (see search-query.ts searchStateQuery): `/search/?q=稀土&edition=2023`. */
export const searchUrlWith = (query: string): string => (query ? `${searchUrl()}?${query}` : searchUrl());
/** The Traditional→Simplified table the search page fetches on first use. */
export const searchFoldUrl = (): string => '/search-fold.json';
/** Every Chinese page's indexed text, written at build end by src/integrations/pagefind.ts (the search page's deep check). */
export const searchTextUrl = (): string => '/search-text.json';
/** Pagefind's browser API, written by the search integration at build end. */
export const pagefindUrl = (): string => '/pagefind/pagefind.js';

// ---- The export-control announcements (second regime): everything under /controls/.

/** The section's index: every instrument with its status. */
export const controlsUrl = (): string => '/controls/';
/** One announcement: `/controls/2025-62/`; clauses are `#cl-1-1`, items `#item-1-1`. */
export const instrumentUrl = (id: string): string => `/controls/${id}/`;
export const clauseUrl = (id: string, anchor: string): string => `${instrumentUrl(id)}#${anchor}`;
/** One controlled item, coded or not, by instrument and item id: `/controls/2024-33/items/1-1-7/`. */
export const controlItemUrl = (instrument: string, item: string): string => `/controls/${instrument}/items/${item}/`;
/** Every control code. */
export const controlCodesUrl = (): string => '/controls/codes/';
/** One 管制编码 across every instrument that touches it: `/controls/codes/1E902.a/` (the code as printed, dots kept). */
export const controlCodeUrl = (code: string): string => `/controls/codes/${code}/`;
/** Every controlled technology across both regimes. */
export const technologiesUrl = (): string => '/technologies/';
/** Open data of the second regime. */
export const controlsJsonUrl = (): string => '/data/controls.json';
export const controlsCsvUrl = (): string => '/data/controls.csv';
export const controlsSchemaUrl = (): string => '/data/controls-schema.json';
/** An instrument related to both regimes that we know only by facts: `/related/import-catalogue/`. */
export const relatedUrl = (id: string): string => `/related/${id}/`;

// ---- What the record of published URLs (content/published-urls.txt, src/lib/site/published-urls.ts) holds besides pages.

/**
 * The fragment ids a reader may link to, by the section of the site they sit in: control points on entry pages
 * (`#cp-5`, `#cp-u1` and the aliases a point keeps), clauses and items on the announcement pages (`#cl-1-1`, `#item-1-1`).
 */
export const LINKABLE_ANCHORS: readonly { section: string; id: RegExp }[] = [
  { section: '/entries/', id: /^cp-/ },
  { section: controlsUrl(), id: /^(cl|item)-/ },
];

/**
 * True for a published data file (not a page): every file under /data/ but its index page, and /coverage.json. The
 * .gz and .br copies written at build end are how a server sends a file, not addresses of their own.
 */
export const isPublishedFile = (path: string): boolean =>
  !/\.(gz|br)$/.test(path) && ((path.startsWith(dataUrl()) && !path.endsWith('/') && !path.endsWith('.html')) || path === coverageJsonUrl());

// ---- Time: the status events, the timeline of both regimes, the feeds, comparing two dates.

/** The dated facts every status is computed from (src/lib/controls/status-events.ts). */
export const statusEventsUrl = (): string => '/data/status-events.json';
/** Every dated event of both regimes, in date order. */
export const timelineUrl = (): string => '/timeline/';
/** The Atom feed of events a reader wants to hear about: Chinese at /feed.xml, English at /en/feed.xml. */
export const feedUrl = (locale: 'zh-CN' | 'en' = 'zh-CN'): string => (locale === 'en' ? '/en/feed.xml' : '/feed.xml');
/** What changed between two dates in the export-control section (the dates in ?from=…&to=…). */
export const controlsChangesUrl = (): string => '/controls/changes/';
