/** The translation glossary (content/glossary.md): one English term per Chinese term, so every rendering says it the same way. */
import { z } from 'zod';
import type { RawFile } from './catalogue.ts';
import { type ContentProblem, fieldPath, zodProblems } from './errors.ts';
import { TextSchema, TranslationSchema } from './schemas.ts';

export const GlossaryTermSchema = z
  .object({
    zh: TextSchema,
    /** The rendering every translation of a text containing `zh` must use. */
    en: TranslationSchema,
    /** Other forms accepted as the same term (plural, adjective), e.g. "rare-earth" beside "rare earth". */
    also: z.array(TranslationSchema).default([]),
    /** Our own words: why this rendering. */
    note: TextSchema.optional(),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;

export const GlossarySchema = z
  .object({ terms: z.array(GlossaryTermSchema).default([]) })
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
  return { file: f.file, terms: r.data.terms };
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
