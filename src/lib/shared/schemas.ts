/** The pieces both regimes' content schemas are made of: text, our English, URLs, dates, and the English fields of the open data. */
import { z } from 'zod';
import { isRealDay } from './dates.ts';

/** Text of the catalogue: no raw HTML, no empty strings, trimmed. */
export const TextSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !/[<>]/.test(s), 'must not contain raw HTML (< or >)');

/**
 * An English rendering written by this site (names, control points, clauses, items): our own unofficial translation,
 * never official text. English only, so that no Chinese slips onto an English page unmarked.
 */
export const TranslationSchema = TextSchema.refine((s) => !/\p{Script=Han}/u.test(s), 'must be English: no Chinese characters (the Chinese stays in its own field)');

/**
 * Our own prose in English (notes, descriptions of sources, what is missing): the English of a field `x` sits beside it
 * as `xEn`. Not a translation of official text, so English pages show it without the unofficial-translation label.
 */
export const ProseEnSchema = TranslationSchema;

/** The English of a Markdown body (our own notes), written in the frontmatter as `bodyEn`: Markdown, English only. */
export const BodyEnSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((s) => !/\p{Script=Han}/u.test(s), 'must be English: no Chinese characters (the Chinese stays in the body)');

/** An English list beside a Chinese list (`missing` / `missingEn`): one English item per Chinese item, in order. */
export const pairedList = <T extends Record<string, unknown>>(zh: keyof T & string, en: keyof T & string) =>
  (d: T, ctx: z.RefinementCtx) => {
    const a = d[zh] as unknown[] | undefined;
    const b = d[en] as unknown[] | undefined;
    if (b !== undefined && b.length !== (a?.length ?? 0)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [en], message: `has ${b.length} item(s) but ${zh} has ${a?.length ?? 0}: one English item per Chinese item, in order` });
    }
  };

/**
 * Quotes, spaces, backticks and angle brackets are refused, not only because a URL must have them percent-encoded:
 * Astro 5 writes an http(s) URL that contains "&" into an attribute without escaping it (fixed only in later majors,
 * withastro/astro#15740), so a quote in a source URL would end the href and start an attribute of its own.
 */
export const HttpUrlSchema = z
  .string()
  .url('must be a full URL')
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL')
  .refine((u) => !/[\s"'`<>\\]/.test(u), 'must not contain spaces, quotes, backticks, backslashes or < >; percent-encode them (" is %22)');

/** True for a real calendar day written YYYY-MM-DD (one definition: src/lib/shared/dates.ts). */
export const isRealDate = isRealDay;

/** A date written in YAML either as 2023-12-21 (parsed to a Date) or as a quoted string. */
export const DateSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ invalid_type_error: 'must be a date written as YYYY-MM-DD' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
    .refine((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s) || isRealDate(s), 'is not a real calendar date'),
);

/** The description every English field of the downloads carries: it is ours, unofficial, and the Chinese prevails. */
export const EN_DESCRIPTION = (of: string): string =>
  `our own unofficial English translation of ${of}; the Chinese is authoritative. Absent when not yet translated`;

/**
 * An English field of a download, with its description. A new schema each time, so that the generated JSON Schema
 * writes each field out with its own description (a shared schema would become a $ref to another field's).
 */
export const englishField = (description: string) =>
  z
    .string()
    .trim()
    .min(1)
    .refine((s) => !/\p{Script=Han}/u.test(s), 'must be English: no Chinese characters (the Chinese stays in its own field)')
    .optional()
    .describe(description);

/** The description of the English of our own prose in the downloads (`noteEn` beside `note`…): ours, and the Chinese prevails. */
export const PROSE_EN_DESCRIPTION = (of: string): string =>
  `our own words, in English: the English of ${of} (our note, not official wording and not a translation of it); the Chinese ${of} prevails where they differ. Absent when not yet written`;

/** The English of one piece of our prose in a download, with its description (a new schema each time, as englishField). */
export const proseEnField = (of: string) => englishField(PROSE_EN_DESCRIPTION(of));
