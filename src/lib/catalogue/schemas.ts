/** Every content schema in one place: editions, entries, amendments, sources. Used by Astro and by `npm run check`. */
import { isRealDay } from '../shared/dates.ts';
import { z } from 'zod';
import { CODE_PATTERN, partOfCode } from '../shared/codes.ts';
import { CONTROL_POINT_ANCHOR, controlPointAnchors } from '../site/urls.ts';

export const PARTS = ['禁止', '限制'] as const;
export type Part = (typeof PARTS)[number];

export const GRADES = ['A', 'B'] as const;
export const COMPLETENESS = ['complete', 'partial', 'name-only'] as const;
export type Completeness = (typeof COMPLETENESS)[number];

/** Edition ids are four-digit years. */
export const EditionIdSchema = z.string().regex(/^\d{4}$/, 'must be a four-digit year such as "2023"');

/** Stable, never-changing identity of an entry across editions; it is the URL segment. */
export const KeySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII words joined by hyphens, e.g. "rare-earth-refining"');

export const CodeSchema = z
  .string()
  .regex(CODE_PATTERN, 'must be exactly six digits followed by J (禁止) or X (限制), e.g. 203912X');

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

/** Where a piece of catalogue wording was seen. Grade C material is never wording, so it is not accepted here. */
export const SourceSchema = z
  .object({
    title: TextSchema,
    url: HttpUrlSchema.optional(),
    grade: z.enum(GRADES, {
      errorMap: (issue) => ({
        message:
          issue.code === 'invalid_type' && issue.received === 'undefined'
            ? 'is required: A (verbatim official text) or B (official wording quoted by a secondary source)'
            : 'must be A or B; grade C material may not be published as catalogue wording',
      }),
    }),
    covers: TextSchema.optional(),
    note: TextSchema.optional(),
    titleEn: ProseEnSchema.optional(),
    coversEn: ProseEnSchema.optional(),
    noteEn: ProseEnSchema.optional(),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

export const ControlPointSchema = z
  .object({
    n: z.number().int().positive().optional(),
    text: TextSchema,
    /** Our unofficial English rendering of `text`. */
    en: TranslationSchema.optional(),
    note: TextSchema.optional(),
    noteEn: ProseEnSchema.optional(),
    /**
     * Anchors the point had before and keeps, so that published links still land on it: when a point held without
     * its number (`#cp-u1`) gets it, it keeps `aliases: [cp-u1]`. Never removed once published.
     */
    aliases: z
      .array(z.string().regex(CONTROL_POINT_ANCHOR, 'must be an anchor the point had before: a temporary one such as cp-u1, or a number\'s such as cp-3'))
      .optional(),
  })
  .strict();
export type ControlPointInput = z.infer<typeof ControlPointSchema>;

const PartSchema = z.enum(PARTS, { errorMap: () => ({ message: 'must be 禁止 (prohibited) or 限制 (restricted)' }) });

/** Fields shared by entry files and by entries added through an amendment clause. */
const entryFields = {
  part: PartSchema,
  code: CodeSchema.optional(),
  seq: z.number().int().positive().optional(),
  industry: TextSchema.optional(),
  name: TextSchema,
  /** Our unofficial English rendering of `name`. */
  nameEn: TranslationSchema.optional(),
  controlPoints: z.array(ControlPointSchema).default([]),
  formerCodes: z.array(CodeSchema).default([]),
  predecessors: z.array(KeySchema).default([]),
  completeness: z.enum(COMPLETENESS, { errorMap: () => ({ message: 'must be complete, partial or name-only' }) }),
  missing: z.array(TextSchema).default([]),
  /** `missing` in English (our words), one item per item. */
  missingEn: z.array(ProseEnSchema).optional(),
};

type EntryLike = {
  part: Part;
  code?: string | undefined;
  controlPoints: ControlPointInput[];
  completeness: Completeness;
  missing: string[];
  missingEn?: string[] | undefined;
};

/** Every anchor of an entry's points and aliases names one point: an alias is neither the point's own anchor nor another point's. */
function checkAliases(points: ControlPointInput[], ctx: z.RefinementCtx): void {
  const anchors = controlPointAnchors(points);
  const owner = new Map<string, string>();
  anchors.forEach((a, i) => owner.set(a, `the anchor of controlPoints[${i}]`));
  points.forEach((cp, i) =>
    (cp.aliases ?? []).forEach((alias, j) => {
      if (!CONTROL_POINT_ANCHOR.test(alias)) return;
      const taken = alias === anchors[i] ? "the point's own anchor" : owner.get(alias);
      if (taken) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['controlPoints', i, 'aliases', j], message: `is ${alias}, which is already ${taken}` });
      else owner.set(alias, `an alias of controlPoints[${i}]`);
    }),
  );
}

/** Cross-field rules of one entry: J/X agrees with the part, control points are numbered properly, gaps are declared. */
function refineEntry(e: EntryLike, ctx: z.RefinementCtx): void {
  pairedList<EntryLike>('missing', 'missingEn')(e, ctx);
  if (e.code && CODE_PATTERN.test(e.code) && partOfCode(e.code) !== e.part) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['code'],
      message: `ends in ${e.code.slice(-1)}, which marks a ${partOfCode(e.code)} entry, but part is ${e.part}`,
    });
  }
  checkAliases(e.controlPoints, ctx);
  const numbers = e.controlPoints.map((cp) => cp.n);
  if (e.completeness === 'complete') {
    numbers.forEach((n, i) => {
      if (n !== i + 1) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['controlPoints', i, 'n'],
          message: `must be ${i + 1}: control points of a complete entry are numbered 1..n (found ${numbers.map((x) => x ?? '?').join(', ')})`,
        });
      }
    });
    if (e.missing.length > 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['missing'], message: 'must be empty when completeness is complete' });
    }
  } else {
    let last = 0;
    e.controlPoints.forEach((cp, i) => {
      if (cp.n === undefined) return;
      if (cp.n <= last) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['controlPoints', i, 'n'],
          message: `must be greater than ${last}: control point numbers rise without repeats`,
        });
      }
      last = Math.max(last, cp.n);
    });
    if (e.missing.length === 0) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['missing'],
        message: `must say what is missing when completeness is ${e.completeness}`,
      });
    }
    if (e.completeness === 'name-only' && e.controlPoints.length > 0) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['completeness'],
        message: 'is name-only but the entry lists control points; use partial',
      });
    }
  }
}

/** Frontmatter of content/entries/<edition>/<key>.md. */
export const EntrySchema = z
  .object({
    edition: EditionIdSchema,
    ...entryFields,
    /** What the edition's own sources say happened to this entry relative to the previous edition. */
    relativeToPrevious: z.enum(['added', 'modified', 'unchanged', 'unknown']).default('unknown'),
    sources: z.array(SourceSchema).min(1, 'needs at least one grade A or B source'),
    /** The Markdown body (our notes) in English. */
    bodyEn: BodyEnSchema.optional(),
  })
  .strict()
  .superRefine(refineEntry);
export type EntryData = z.infer<typeof EntrySchema>;

const TotalsSchema = z
  .object({
    禁止: z.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').nonnegative('must not be negative'),
    限制: z.number({ invalid_type_error: 'must be a number' }).int('must be a whole number').nonnegative('must not be negative'),
  })
  .strict();

const ChangeCountSchema = z
  .object({
    禁止: z.number().int().nonnegative().optional(),
    限制: z.number().int().nonnegative().optional(),
    total: z.number().int().nonnegative(),
  })
  .strict();

/** Official change counts an announcement gives (deleted / added / modified), per part where known. */
export const ChangeCountsSchema = z
  .object({ deleted: ChangeCountSchema, added: ChangeCountSchema, modified: ChangeCountSchema })
  .strict();

const NamedChangeSchema = z
  .object({ part: PartSchema, name: TextSchema, nameEn: TranslationSchema.optional(), source: SourceSchema, note: TextSchema.optional(), noteEn: ProseEnSchema.optional() })
  .strict();

/** Frontmatter of content/editions/<year>.md. Body: short description in our own words. */
export const EditionSchema = z
  .object({
    edition: EditionIdSchema,
    instrument: TextSchema,
    instrumentTitle: TextSchema.optional(),
    published: DateSchema,
    inForce: DateSchema,
    totals: TotalsSchema,
    industryCount: z.number().int().positive().optional(),
    officialUrls: z.array(z.object({ label: TextSchema, labelEn: ProseEnSchema.optional(), url: HttpUrlSchema }).strict()).default([]),
    arises: z.discriminatedUnion(
      'kind',
      [
        z.object({ kind: z.literal('full-text') }).strict('is full-text, so it takes no base or amendment: an edition is either full-text or amended'),
        z.object({ kind: z.literal('amended'), base: EditionIdSchema, amendment: z.string().min(1) }).strict(),
      ],
      { errorMap: () => ({ message: 'must be { kind: full-text } or { kind: amended, base, amendment }' }) },
    ),
    /** True once every entry of the official text is held (the check then demands exact totals). */
    complete: z.boolean().default(false),
    /** Becomes the page's meta description; as a bare URL it would meet the Astro escaping gap noted at HttpUrlSchema. */
    summary: TextSchema.refine((s) => !/^https?:/i.test(s), 'must be a sentence in our own words, not a URL'),
    summaryEn: ProseEnSchema.optional(),
    /** For a full re-issue: official change counts against the previous edition and the named changes we hold. */
    changesFromPrevious: z
      .object({
        from: EditionIdSchema,
        counts: ChangeCountsSchema,
        countsSource: SourceSchema,
        namedDeletions: z.array(NamedChangeSchema).default([]),
      })
      .strict()
      .optional(),
    sources: z.array(SourceSchema).default([]),
    /** For the newest edition: how far we searched for a later change, and what we found (our words). */
    laterChanges: z
      .object({ checkedThrough: DateSchema, found: TextSchema, foundEn: ProseEnSchema.optional(), source: TextSchema.optional(), sourceEn: ProseEnSchema.optional() })
      .strict()
      .optional(),
    /** The Markdown body (our description of the edition) in English. */
    bodyEn: BodyEnSchema.optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (isRealDate(e.inForce) && isRealDate(e.published) && e.inForce < e.published) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['inForce'], message: 'is before the publication date' });
    }
  });
export type EditionData = z.infer<typeof EditionSchema>;

const TargetSchema = z
  .object({ key: KeySchema.optional(), code: CodeSchema.optional(), name: TextSchema.optional() })
  .strict()
  .refine((t) => t.key || t.code || t.name, 'needs a key, a code or a name');

/** `modify`: the clause changes the entry's control points or parameters, and which ones is not held. */
export const CLAUSE_OPS = ['delete', 'add', 'replace-cp', 'add-cp', 'rename', 'change-param', 'modify', 'unknown'] as const;

const AddedEntrySchema = z
  .object({ key: KeySchema, ...entryFields })
  .strict()
  .superRefine(refineEntry);

/** One numbered clause of an adjustment list; one operation. */
export const ClauseSchema = z
  .object({
    n: z.number().int().positive().optional(),
    /** Required unless targetHeld is false (a clause known only in part may not tell its part). */
    part: PartSchema.optional(),
    industry: TextSchema.optional(),
    op: z.enum(CLAUSE_OPS),
    target: TargetSchema.optional(),
    /** False when the base edition's entry is not held by this site (the clause is then recorded, not applied). */
    targetHeld: z.boolean().default(true),
    cp: z.number().int().positive().optional(),
    text: TextSchema.optional(),
    /** Our unofficial English rendering of `text` (replace-cp, rename). */
    en: TranslationSchema.optional(),
    /** add-cp: the points added; a point whose wording is not held has a number and no text. */
    points: z
      .array(z.object({ n: z.number().int().positive().optional(), text: TextSchema.optional(), en: TranslationSchema.optional() }).strict())
      .min(1)
      .optional(),
    entry: AddedEntrySchema.optional(),
    wording: TextSchema.optional(),
    /** Our unofficial English rendering of `wording` (the clause as the announcement words it). */
    wordingEn: TranslationSchema.optional(),
    /** The short name a secondary source (e.g. MOFCOM's Q&A) uses for the entry; never shown as the entry's name. */
    shortName: TextSchema.optional(),
    wordingComplete: z.boolean().default(true),
    certainty: z.enum(['certain', 'uncertain']).default('certain'),
    note: TextSchema.optional(),
    noteEn: ProseEnSchema.optional(),
    source: SourceSchema.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    const need = (field: keyof typeof c, why: string) => {
      if (c[field] === undefined) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], message: why });
    };
    if (c.targetHeld) need('part', 'is required (禁止 or 限制) unless targetHeld is false');
    if (c.op === 'add' && c.targetHeld) need('entry', 'is required for an add clause (or set targetHeld: false)');
    else if (c.op !== 'unknown' && c.op !== 'add' && c.targetHeld) need('target', `is required for a ${c.op} clause (or set targetHeld: false)`);
    if (c.op === 'rename') need('text', 'is required for a rename clause (the new name)');
    if (c.op === 'add-cp') need('points', 'is required for an add-cp clause (the control points added)');
    if (c.points && c.op !== 'add-cp') {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['points'], message: 'is only for add-cp clauses' });
    }
    if ((c.wording || c.text || c.entry || c.shortName || c.points?.some((p) => p.text)) && !c.source) {
      need('source', 'is required when the clause carries official wording or a short name');
    }
    if (c.entry && c.part && c.entry.part !== c.part) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['entry', 'part'], message: `is ${c.entry.part} but the clause is in the ${c.part} part` });
    }
  });
export type ClauseData = z.infer<typeof ClauseSchema>;

/** Frontmatter of content/amendments/<id>.md: one adjustment list, mirroring the official one. */
export const AmendmentSchema = z
  .object({
    id: z.string().regex(/^\d{4}-\d+$/, 'must look like 2020-38 (year-number)'),
    instrument: TextSchema,
    title: TextSchema.optional(),
    published: DateSchema,
    base: EditionIdSchema,
    result: EditionIdSchema,
    clauseCount: z.number().int().positive().optional(),
    counts: ChangeCountsSchema,
    countsSource: SourceSchema,
    clauses: z.array(ClauseSchema).default([]),
    /** The Markdown body (our notes) in English. */
    bodyEn: BodyEnSchema.optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    const seen = new Set<number>();
    a.clauses.forEach((c, i) => {
      if (c.n === undefined) return;
      if (seen.has(c.n)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['clauses', i, 'n'], message: `repeats clause number ${c.n}` });
      seen.add(c.n);
      if (a.clauseCount && c.n > a.clauseCount) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['clauses', i, 'n'], message: `is ${c.n}, beyond clauseCount ${a.clauseCount}` });
      }
    });
  });
export type AmendmentData = z.infer<typeof AmendmentSchema>;

// ---- Open data: the format of /data/<edition>.json, built from the content schemas above (schema.json is generated from it).

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

export const DownloadClauseSchema = z
  .object({
    amendment: z.string(),
    instrument: TextSchema,
    n: z.number().int().positive().optional(),
    op: z.enum(CLAUSE_OPS),
    wording: TextSchema.optional(),
    wordingEn: englishField(EN_DESCRIPTION('`wording`')),
    wordingComplete: z.boolean(),
    certainty: z.enum(['certain', 'uncertain']),
    note: TextSchema.optional(),
    noteEn: proseEnField('`note`'),
    /** The short name MOFCOM's Q&A uses for the entry: never an official entry name. */
    shortName: TextSchema.optional(),
    source: SourceSchema.optional(),
  })
  .strict();

/** One entry version in a download: every field of the model, absolute URLs, and its lineage across editions. */
export const DownloadEntrySchema = z
  .object({
    key: KeySchema,
    edition: EditionIdSchema,
    url: HttpUrlSchema,
    ...entryFields,
    nameEn: englishField(EN_DESCRIPTION('`name`')),
    missingEn: z
      .array(z.string().nullable())
      .optional()
      .describe('our own words, in English: one item per `missing` item, in order, null where not yet written; the Chinese `missing` prevails where they differ. Absent when none is written'),
    controlPoints: z.array(
      z
        .object({
          n: z.number().int().positive().optional(),
          text: TextSchema.optional().describe('absent when the point is known to exist but its wording is not held'),
          en: englishField(EN_DESCRIPTION('`text`')),
          anchor: z.string(),
          aliases: z.array(z.string()).optional().describe('earlier anchors of the point that still land on it, e.g. cp-u1 before its number was known'),
          url: HttpUrlSchema,
          note: TextSchema.optional(),
          noteEn: proseEnField('`note`'),
          changedBy: DownloadClauseSchema.optional(),
        })
        .strict(),
    ),
    sources: z.array(SourceSchema),
    relativeToPrevious: z.enum(['added', 'modified', 'unchanged', 'unknown']),
    origin: z.enum(['file', 'carried', 'added']).describe('file: an entry file of a full-text edition; carried: unchanged from the base edition; added: by an amendment clause'),
    notes: z.string().optional().describe("the site's own notes (Markdown), not catalogue wording"),
    notesEn: z.string().optional().describe(`${PROSE_EN_DESCRIPTION('`notes`')} (Markdown)`),
    changes: z.array(DownloadClauseSchema),
    uncertain: z.object({ clause: DownloadClauseSchema, reason: TextSchema, reasonEn: proseEnField('`reason`') }).strict().optional(),
    lineage: z.array(
      z
        .object({ edition: EditionIdSchema, status: z.enum(['present', 'removed']), code: CodeSchema.optional(), url: HttpUrlSchema })
        .strict(),
    ),
  })
  .strict();
export type DownloadEntry = z.infer<typeof DownloadEntrySchema>;

const HeldSchema = z
  .object({
    official: z.number().int().nonnegative(),
    held: z.number().int().nonnegative(),
    complete: z.number().int().nonnegative(),
    partial: z.number().int().nonnegative(),
    nameOnly: z.number().int().nonnegative(),
  })
  .strict();

/** /data/<edition>.json. */
export const DownloadEditionSchema = z
  .object({
    format: z.literal('export-tech-catalogue/edition@1'),
    edition: EditionSchema,
    url: HttpUrlSchema,
    holds: z.string().describe('what share of the edition this file holds: held entries of the official total'),
    completeness: z.object({ total: HeldSchema, 禁止: HeldSchema, 限制: HeldSchema }).strict(),
    entries: z.array(DownloadEntrySchema),
    removed: z.array(z.object({ key: KeySchema, lastEdition: EditionIdSchema, lastUrl: HttpUrlSchema, by: DownloadClauseSchema }).strict()),
    unappliedClauses: z.array(
      z
        .object({
          clause: DownloadClauseSchema,
          part: PartSchema.optional(),
          industry: TextSchema.optional(),
          target: z.object({ key: KeySchema.optional(), code: CodeSchema.optional(), name: TextSchema.optional() }).strict().optional(),
          text: TextSchema.optional(),
          cp: z.number().int().positive().optional(),
        })
        .strict(),
    ),
  })
  .strict();
export type DownloadEdition = z.infer<typeof DownloadEditionSchema>;

// ---- Search vocabulary (content/search-synonyms.md): what an English reader may type for the same thing.

/** One term of a synonym group: English words as a reader types them (letters, digits, spaces, hyphens, apostrophes). */
export const SynonymTermSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((s, ctx) => {
    const reason = /[<>]/.test(s)
      ? 'must not contain raw HTML (< or >)'
      : /\p{Script=Han}/u.test(s)
        ? 'must be English: no Chinese characters (the Chinese stays in its own field)'
        : !/^[A-Za-z0-9][A-Za-z0-9 '’-]*$/.test(s)
          ? 'must be English words: letters, digits, spaces, hyphens or apostrophes only (hyphen and plural forms need no term of their own)'
          : undefined;
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

/**
 * content/search-synonyms.md: groups of terms that mean the same thing to a reader searching in English. A query that
 * holds one term is also searched with the others (src/lib/search/search-match.ts); a term may stand in one group only.
 */
export const SearchSynonymsSchema = z
  .object({
    groups: z
      .array(
        z
          .object({
            terms: z.array(SynonymTermSchema).min(2, 'needs at least two terms: a group says that its terms mean the same thing'),
            /** Our own words: why these terms are searched together. */
            note: ProseEnSchema.optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((d, ctx) => {
    /** A term as search compares it: lower case, hyphens read as spaces. */
    const key = (t: string) => t.toLowerCase().replace(/[-’']+/g, ' ').replace(/\s+/g, ' ').trim();
    const seen = new Map<string, string>();
    d.groups.forEach((g, i) =>
      g.terms.forEach((t, j) => {
        const at = seen.get(key(t));
        if (at !== undefined) ctx.addIssue({ code: 'custom', path: ['groups', i, 'terms', j], message: `repeats "${t}", already ${at} (hyphens and case do not make another term)` });
        else seen.set(key(t), `groups[${i}].terms[${j}]`);
      }),
    );
  });
export type SearchSynonymsData = z.infer<typeof SearchSynonymsSchema>;
