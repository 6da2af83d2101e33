/** The catalogue's content schemas: editions, entries, amendments, their sources, and the open data of /data/<edition>.json. */
import { z } from 'zod';
import { CODE_PATTERN, PARTS, partOfCode, type Part } from '../shared/codes.ts';
import { BodyEnSchema, DateSchema, EN_DESCRIPTION, englishField, HttpUrlSchema, isRealDate, pairedList, PROSE_EN_DESCRIPTION, ProseEnSchema, proseEnField, TextSchema, TranslationSchema } from '../shared/schemas.ts';
import { CONTROL_POINT_ANCHOR, controlPointAnchors } from '../site/urls.ts';

export { PARTS, type Part };

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
