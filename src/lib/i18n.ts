/** UI strings by locale: one JSON catalogue per language (src/translations/), checked by zod, served by i18next behind t(). */
import i18next, { type i18n } from 'i18next';
import { z } from 'zod';
import en from '../translations/en.json';
import zhCN from '../translations/zh-CN.json';
import { type ContentProblem, ContentError } from './errors.ts';

/** The site's languages; Chinese is the default, at the root of the site. English pages live under /en/. */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** A UI string's key, e.g. `nav.editions`: the keys of the Chinese catalogue are the keys every catalogue must have. */
export type UiKey = keyof typeof zhCN;

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

/** The schema every catalogue must pass: exactly the Chinese catalogue's keys, non-empty strings, the same {{placeholders}}. */
export const UiStringsSchema = z
  .object(Object.fromEntries(Object.keys(zhCN).map((k) => [k, z.string().trim().min(1, 'must not be empty')])) as Record<UiKey, z.ZodString>)
  .strict()
  .superRefine((strings, ctx) => {
    for (const [k, v] of Object.entries(strings)) {
      const want = placeholders((zhCN as Record<string, string>)[k]!);
      if (placeholders(v).join() !== want.join()) {
        ctx.addIssue({ code: 'custom', path: [k], message: `must use the placeholders ${want.map((p) => `{{${p}}}`).join(', ') || '(none)'}, as the Chinese string does` });
      }
    }
  });

/** Checks the catalogues (given, or the shipped ones); throws ContentError naming the file, the key and the reason. */
export function checkCatalogues(catalogues: Record<Locale, unknown> = { 'zh-CN': zhCN, en }): void {
  const problems: ContentProblem[] = [];
  for (const locale of LOCALES) {
    const r = UiStringsSchema.safeParse(catalogues[locale]);
    if (r.success) continue;
    for (const issue of r.error.issues) {
      const field = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.') || '(file)';
      const reason = issue.code === 'unrecognized_keys' ? 'is not a key of the Chinese catalogue (src/translations/zh-CN.json)' : issue.message === 'Required' ? 'is missing' : issue.message;
      problems.push({ file: `src/translations/${locale}.json`, field, reason });
    }
  }
  if (problems.length) throw new ContentError(problems);
}

let instance: i18n | undefined;

/** The i18next instance, created once: flat keys (no nesting by dots), no escaping (Astro escapes what it prints). */
function engine(): i18n {
  if (instance) return instance;
  checkCatalogues();
  instance = i18next.createInstance();
  void instance.init({
    initImmediate: false,
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: DEFAULT_LOCALE,
    fallbackLng: false,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}

type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/**
 * One t() per locale, remembering what it returned: a page asks for the same few hundred strings as every other page,
 * and i18next's lookup and interpolation, repeated on every page, was a tenth of a large build's time. The result
 * depends only on the key and the values, so a string is made once per build. Values longer than a label (names,
 * wording) are not remembered: they rarely repeat, and would only fill memory.
 */
const translators = new Map<Locale, Translate>();
const MEMO_VARS = 120;

/** t() bound to one locale: `t('nav.editions')`, `t('key', { n: 3 })`. */
export function useTranslations(locale: Locale): Translate {
  let t = translators.get(locale);
  if (t) return t;
  const fixed = engine().getFixedT(locale);
  const made = new Map<string, string>();
  t = (key, vars) => {
    const id = vars === undefined ? key : `${key}\u0000${JSON.stringify(vars)}`;
    let s = made.get(id);
    if (s === undefined) {
      s = fixed(key, vars);
      if (id.length - key.length <= MEMO_VARS) made.set(id, s);
    }
    return s;
  };
  translators.set(locale, t);
  return t;
}

/** Strings of one locale as written, {{placeholders}} not filled: for a script that fills them in the browser. */
export function uiTemplates<K extends UiKey>(locale: Locale, keys: readonly K[]): Record<K, string> {
  const all = (locale === 'en' ? en : zhCN) as Record<UiKey, string>;
  return Object.fromEntries(keys.map((k) => [k, all[k]])) as Record<K, string>;
}

/** The path prefix of a locale: '' for Chinese (the default), '/en' for English. */
export const localePrefix = (locale: Locale): string => (locale === DEFAULT_LOCALE ? '' : `/${locale}`);

/** The same page in another locale: `/controls/2025-62/` → `/en/controls/2025-62/`, and back. */
export function pathIn(path: string, locale: Locale): string {
  const bare = path.replace(/^\/en(?=\/|$)/, '') || '/';
  return `${localePrefix(locale)}${bare}`;
}

/** The locale a path belongs to, decided by routing (its prefix), never by the reader's browser. */
export const localeOf = (path: string): Locale => (/^\/en(\/|$)/.test(path) ? 'en' : DEFAULT_LOCALE);

/** The value of <html lang> and hreflang for a locale. */
export const htmlLang = (locale: Locale): string => locale;

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
  /^\/controls\/codes\/[^/#?]+\/$/,
  /^\/technologies\/$/,
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
