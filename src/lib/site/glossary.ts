/** The translation glossary (content/glossary.md): one English term per Chinese term, so every rendering says it the same way. */
import { z } from 'zod';
import type { RawFile } from '../shared/read-content.ts';
import { type ContentProblem, fieldPath, zodProblems } from '../shared/errors.ts';
import { ProseEnSchema, TextSchema, TranslationSchema } from '../shared/schemas.ts';

export const GlossaryTermSchema = z
  .object({
    zh: TextSchema,
    /** The rendering every translation of a text containing `zh` must use. */
    en: TranslationSchema,
    /** Other forms accepted as the same term (plural, adjective), e.g. "rare-earth" beside "rare earth". */
    also: z.array(TranslationSchema).default([]),
    /** English that may not be written anywhere in our English: a second rendering or a second spelling of the term. */
    not: z.array(TranslationSchema).default([]),
    /** For an abbreviation (MOFCOM): the name spelled out, given once on every English page that uses it. */
    full: TranslationSchema.optional(),
    /** Our own words, one line, shown on the glossary page: what the term is, why this rendering. */
    note: TextSchema.optional(),
    /** `note` in English (our words). */
    noteEn: ProseEnSchema.optional(),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

/** One spelling the site writes, and the spellings of the same word it does not write. */
export const SpellingSchema = z.object({ use: TranslationSchema, not: z.array(TranslationSchema).min(1, 'must name at least one spelling not to write') }).strict();

export const GlossarySchema = z
  .object({
    /** The spelling convention of our English: British (licence, vapour, -ise), enforced in every English field. */
    spelling: z.literal('British', { errorMap: () => ({ message: 'must be British: the site writes British English (og:locale en_GB)' }) }).default('British'),
    /** Words outside the -ise/-ize rule that have a British and an American spelling: the one we write, the ones we do not. */
    spellings: z.array(SpellingSchema).default([]),
    terms: z.array(GlossaryTermSchema).default([]),
  })
  .strict()
  .superRefine((g, ctx) => {
    const seen = new Map<string, number>();
    g.terms.forEach((t, i) => {
      if (seen.has(t.zh)) ctx.addIssue({ code: 'custom', path: ['terms', i, 'zh'], message: `repeats ${t.zh}, already terms[${seen.get(t.zh)}]` });
      seen.set(t.zh, i);
    });
  });

export interface Glossary {
  file: string;
  terms: GlossaryTerm[];
  spellings?: z.infer<typeof SpellingSchema>[];
}

export const GLOSSARY_FILE = 'content/glossary.md';

/** Reads content/glossary.md (absent: an empty glossary). */
export function readGlossary(files: RawFile[], problems: ContentProblem[]): Glossary {
  const f = files[0];
  if (!f) return { file: GLOSSARY_FILE, terms: [] };
  const r = GlossarySchema.safeParse(f.data);
  if (!r.success) {
    problems.push(...zodProblems(f.file, r.error));
    return { file: f.file, terms: [] };
  }
  return { file: f.file, terms: r.data.terms, spellings: r.data.spellings };
}

/** The glossary's English for a term used whole, e.g. an industry heading: `医药制造业` → "Manufacture of medicines". */
export const termEn = (g: Glossary, zh: string | undefined): string | undefined => (zh === undefined ? undefined : g.terms.find((t) => t.zh === zh)?.en);

/** Codes and numbers: runs of ASCII letters and digits with at least one digit (1E902.a, 203912X, 2025, 0.5). */
const numberTokens = (s: string): string[] => [...s.matchAll(/[0-9A-Za-z](?:[0-9A-Za-z.\-]*[0-9A-Za-z])?/g)].filter((m) => /\d/.test(m[0])).map((m) => ({ token: m[0], after: s[m.index! + m[0].length] })).filter((t) => t.after !== '月').map((t) => t.token);

/**
 * What is wrong with one rendering: a glossary term of the Chinese not rendered as the glossary says, or a code or
 * number of the Chinese missing from the English (month numbers are exempt: English writes the month's name).
 */
export function renderingProblems(g: Glossary, zh: string, en: string): string[] {
  const out: string[] = [];
  const lower = en.toLowerCase();
  for (const t of g.terms) {
    if (!zh.includes(t.zh)) continue;
    const forms = [t.en, ...t.also];
    if (!forms.some((f) => lower.includes(f.toLowerCase()))) out.push(`renders ${t.zh} without the glossary's "${t.en}" (${g.file})`);
  }
  const have = new Set(numberTokens(en));
  for (const n of new Set(numberTokens(zh))) if (!have.has(n)) out.push(`leaves out ${n}, which the Chinese has: codes and numbers are kept as they are`);
  return out;
}

/**
 * The pairs (Chinese field, English field) a content file may hold, wherever they appear in its data: renderings of
 * official wording (`text`/`en`, `name`/`nameEn`) and our own prose beside its English (`note`/`noteEn`…).
 */
const PAIRS: [zh: string, en: string][] = [
  ['text', 'en'],
  ['name', 'nameEn'],
  ['wording', 'wordingEn'],
  ...['note', 'what', 'codeNote', 'title', 'covers', 'summary', 'found', 'source', 'label', 'reason', 'subject', 'when', 'text', 'status', 'report'].map(
    (k): [string, string] => [k, `${k}En`],
  ),
];
/** Lists of our prose beside their English, item by item (`missing`/`missingEn`). */
const LIST_PAIRS: [zh: string, en: string][] = [
  ['missing', 'missingEn'],
  ['conflicts', 'conflictsEn'],
  ['notHeld', 'notHeldEn'],
];

/** Checks every rendering in the given files against the glossary; one problem per file, field and reason. */
export function checkRenderings(g: Glossary, files: RawFile[], problems: ContentProblem[]): void {
  const walk = (file: string, value: unknown, path: (string | number)[]): void => {
    if (Array.isArray(value)) return value.forEach((v, i) => walk(file, v, [...path, i]));
    if (value === null || typeof value !== 'object') return;
    const o = value as Record<string, unknown>;
    for (const [zh, en] of PAIRS) {
      if (typeof o[zh] === 'string' && typeof o[en] === 'string') {
        for (const reason of renderingProblems(g, o[zh] as string, o[en] as string)) problems.push({ file, field: fieldPath([...path, en]), reason });
      }
    }
    for (const [zh, en] of LIST_PAIRS) {
      const a = o[zh];
      const b = o[en];
      if (!Array.isArray(a) || !Array.isArray(b)) continue;
      b.forEach((x, i) => {
        if (typeof a[i] !== 'string' || typeof x !== 'string') return;
        for (const reason of renderingProblems(g, a[i] as string, x)) problems.push({ file, field: fieldPath([...path, en, i]), reason });
      });
    }
    for (const [k, v] of Object.entries(o)) walk(file, v, [...path, k]);
  };
  for (const f of files) {
    walk(f.file, f.data, []);
    // The Markdown body (our notes) beside its English in the frontmatter.
    const bodyEn = (f.data as Record<string, unknown> | null)?.['bodyEn'];
    if (typeof bodyEn === 'string' && f.body.trim()) {
      for (const reason of renderingProblems(g, f.body, bodyEn)) problems.push({ file: f.file, field: 'bodyEn', reason });
    }
  }
}

/** Words spelt with z that are British too: the z is not the -ize suffix. */
const Z_WORDS = new Set(['size', 'sized', 'sizes', 'sizing', 'seize', 'seized', 'seizes', 'seizing', 'prize', 'prizes', 'capsize', 'capsized', 'maize', 'baize', 'assize', 'assizes']);
/** The -ize and -yze families: organization, utilized, analyze… (British: organisation, utilised, analyse). */
const IZE = /\b[A-Za-z]*[iy]z(?:e|es|ed|ing|ation|ations|er|ers|able)\b/g;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (w: string): RegExp => new RegExp(`(?<![A-Za-z])${escape(w)}(?![A-Za-z])`, 'i');

/**
 * What is wrong with the spelling of one English text: an American spelling (organization, vapor) where the site writes
 * British, or a form of a glossary term the glossary refuses (a second rendering or spelling of it).
 */
export function spellingProblems(g: Glossary, en: string): string[] {
  const out: string[] = [];
  for (const m of en.matchAll(IZE)) {
    const word = m[0];
    if (Z_WORDS.has(word.toLowerCase())) continue;
    const british = word.replace(/([iy])z(?=[a-z]*$)/i, (_, v: string) => `${v}s`);
    out.push(`writes "${word}": our English is British, "${british}" (${g.file}, spelling)`);
  }
  for (const r of refusals(g)) {
    const m = r.re.exec(en);
    if (m) out.push(r.reason(m[0]));
  }
  return out;
}

/** The forms a glossary refuses, each with its pattern and the reason given: compiled once per glossary. */
const compiled = new WeakMap<Glossary, { re: RegExp; reason: (word: string) => string }[]>();
function refusals(g: Glossary): { re: RegExp; reason: (word: string) => string }[] {
  let list = compiled.get(g);
  if (!list) {
    list = [
      ...(g.spellings ?? []).flatMap((s) => s.not.map((n) => ({ re: wordRe(n), reason: (w: string) => `writes "${w}": our English is British, "${s.use}" (${g.file}, spellings)` }))),
      ...g.terms.flatMap((t) => t.not.map((n) => ({ re: wordRe(n), reason: (w: string) => `writes "${w}": the glossary's English for ${t.zh} is "${t.en}" (${g.file})` }))),
    ];
    compiled.set(g, list);
  }
  return list;
}

/** Every English string of a file's data, with its path: fields `en` and `…En` (a string, or a list of strings). */
function englishStrings(value: unknown, path: (string | number)[] = [], out: [path: (string | number)[], text: string][] = []): [(string | number)[], string][] {
  if (Array.isArray(value)) value.forEach((v, i) => englishStrings(v, [...path, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const english = k === 'en' || k === 'also' || k === 'full' || k === 'use' || /En$/.test(k);
      if (english && typeof v === 'string') out.push([[...path, k], v]);
      else if (english && Array.isArray(v) && v.every((x) => typeof x === 'string')) v.forEach((x, i) => out.push([[...path, k, i], x as string]));
      else englishStrings(v, [...path, k], out);
    }
  }
  return out;
}

/** Checks the spelling of every English field of the given files (and any extra English texts); one problem per file, field and word. */
export function checkSpelling(g: Glossary, files: { file: string; data: unknown; english?: boolean }[], problems: ContentProblem[]): void {
  for (const f of files) {
    // A file all in English (src/translations/en.json): every string is checked, under its own key.
    const texts = f.english ? Object.entries(f.data as Record<string, unknown>).flatMap(([k, v]): [(string | number)[], string][] => (typeof v === 'string' ? [[[k], v]] : [])) : englishStrings(f.data);
    for (const [path, text] of texts) {
      for (const reason of spellingProblems(g, text)) problems.push({ file: f.file, field: fieldPath(path), reason });
    }
  }
}
