/** UI strings by locale: one JSON catalogue per language (src/translations/), checked by zod, served by i18next behind t(). */
import i18next, { type i18n } from 'i18next';
import { z } from 'zod';
import en from '../../translations/en.json';
import zhCN from '../../translations/zh-CN.json';
import { type ContentProblem, ContentError } from '../shared/errors.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale-paths.ts';

export { chineseOnly, DEFAULT_LOCALE, ENGLISH_PAGES, hasEnglish, linkTo, localeOf, localePrefix, LOCALES, pathIn, type Locale } from './locale-paths.ts';


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

/** The value of <html lang> and hreflang for a locale. */
export const htmlLang = (locale: Locale): string => locale;
