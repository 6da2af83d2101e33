/** The site's languages and the paths of each: which pages exist in English, links between the two (no dependencies: pages' scripts use it too). */

/** The site's languages; Chinese is the default, at the root of the site. English pages live under /en/. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The path prefix of a locale: '' for Chinese (the default), '/en' for English. */
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);

/** The same page in another locale: `/controls/2025-62/` → `/en/controls/2025-62/`, and back. */
export function pathIn(path: string, locale: Locale): string {
  const bare = path.replace(/^\/en(?=\/|$)/, '') || '/';
  return `${localePrefix(locale)}${bare}`;
}

/** The locale a path belongs to, decided by routing (its prefix), never by the reader's browser. */
export const localeOf = (path: string): Locale => (/^\/en(\/|$)/.test(path) ? 'en' : DEFAULT_LOCALE);

/**
 * The pages that exist in English so far (paths without the /en prefix). A page not listed here has no English
 * counterpart yet: its language switch and hreflang alternates are left out rather than pointing at nothing.
 */
export const ENGLISH_PAGES: readonly RegExp[] = [
  /^\/$/,
  // The export-control section (src/views/controls/ and beside it).
  /^\/controls\/$/,
  /^\/controls\/\d{4}-\d{1,3}\/$/,
  /^\/controls\/\d{4}-\d{1,3}\/items\/[^/#?]+\/$/,
  /^\/controls\/codes\/$/,
  /^\/controls\/changes\/$/,
  /^\/controls\/codes\/[^/#?]+\/$/,
  /^\/technologies\/$/,
  /^\/timeline\/$/,
  /^\/related\/[^/#?]+\/$/,
  // The catalogue (src/views/catalogue/): editions, parts, industries, codes, entries, comparisons, adjustment lists, changes.
  /^\/editions\/$/,
  /^\/editions\/\d{4}\/$/,
  /^\/parts\/(prohibited|restricted)\/$/,
  /^\/industries\/$/,
  /^\/industries\/[^/]+\/$/,
  /^\/codes\/[^/]+\/$/,
  /^\/entries\/[^/]+\/$/,
  /^\/entries\/[^/]+\/\d{4}\/$/,
  /^\/entries\/[^/]+\/compare\/\d{4}\.\.\.\d{4}\/$/,
  /^\/amendments\/[^/]+\/$/,
  /^\/changes\/$/,
  /^\/changes\/\d{4}-\d{4}\/$/,
  // The pages of prose and the search.
  /^\/about\/$/,
  /^\/glossary\/$/,
  /^\/coverage\/$/,
  /^\/data\/$/,
  /^\/search\/$/,
];


/** Answers of hasEnglish by page: every page asks it of its header's links and of most of its own. */
const englishPage = new Map<string, boolean>();

/** True when the page at `path` (in either locale) has an English counterpart. */
export const hasEnglish = (path: string): boolean => {
  // A link may carry a fragment or a query (/controls/2025-62/#cl-1-1): the page is what counts.
  const page = pathIn(path, DEFAULT_LOCALE).split(/[?#]/)[0]!;
  let known = englishPage.get(page);
  if (known === undefined) englishPage.set(page, (known = ENGLISH_PAGES.some((re) => re.test(page))));
  return known;
};

/**
 * Links from a page in `locale`: `<a {...linkTo(locale)(controlsUrl())}>`. To the page in the same language when it
 * exists; from an English page to a page that exists only in Chinese, the Chinese page, marked with hreflang="zh-CN"
 * (pages also say "(in Chinese)" beside such links: see `chineseOnly`).
 */
export function linkTo(locale: Locale): (path: string) => { href: string; hreflang?: string } {
  return (path) => {
    if (locale === DEFAULT_LOCALE) return { href: path };
    return hasEnglish(path) ? { href: pathIn(path, locale) } : { href: path, hreflang: 'zh-CN' };
  };
}

/** True when a link from a page in `locale` to `path` leads to a page that exists only in Chinese. */
export const chineseOnly = (locale: Locale, path: string): boolean => locale !== DEFAULT_LOCALE && !hasEnglish(path);
