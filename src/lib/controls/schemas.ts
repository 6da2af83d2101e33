/** Schemas of the export-control announcements (content/controls/*.md): instruments, clauses, items, relations. */
import { z } from 'zod';
import { CONTROL_CODE_PATTERN } from '../shared/codes.ts';
import { readClauseLabel } from './clause-labels.ts';
import { BodyEnSchema, DateSchema, HttpUrlSchema, isRealDate, EN_DESCRIPTION, englishField, pairedList, PROSE_EN_DESCRIPTION, ProseEnSchema, proseEnField, TextSchema, TranslationSchema } from '../shared/schemas.ts';

/** Instrument ids are year-number, as the announcements are cited: 2025-62 is 商务部公告2025年第62号. */
export const InstrumentIdSchema = z.string().regex(/^\d{4}-\d{1,3}$/, 'must be year-number such as "2025-62"');

/** Ids of clauses, items and sources inside one instrument: lower-case ASCII words joined by hyphens; they become anchors. */
export const LocalIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case ASCII letters and digits joined by hyphens, e.g. "1-2" or "preamble"');

export { CONTROL_CODE_PATTERN };
export const ControlCodeSchema = z
  .string({ invalid_type_error: 'must be written in quotes, e.g. "1E004": unquoted, YAML reads a code such as 1E004 as a number' })
  .regex(CONTROL_CODE_PATTERN, 'must be a control code: a digit, a capital letter A–E, three digits, then optional parts such as .a or .a.1 (e.g. 1E902.a)');

/** Grades of the sources for controls; only A and B may carry official wording (B- and C give facts only). */
export const FACT_GRADES = ['A', 'B', 'B-', 'C'] as const;
export type FactGrade = (typeof FACT_GRADES)[number];
export const WORDING_GRADES: readonly FactGrade[] = ['A', 'B'];

/** Official wording as held: one or more lines, no markup (pages print it as text). */
export const WordingSchema = z
  .string()
  .min(1, 'must not be empty')
  .refine((s) => s.trim() === s, 'must not start or end with spaces or blank lines')
  .refine((s) => !/<[a-zA-Z!/?]/.test(s), 'must not contain HTML tags');

/** One copy we read, declared once per file and referred to by id. */
export const ControlSourceSchema = z
  .object({
    id: LocalIdSchema,
    title: TextSchema,
    /** Where this copy can be read. */
    url: HttpUrlSchema.optional(),
    /** For a scrape or repost: the address of the official page it copies. */
    copyOf: HttpUrlSchema.optional(),
    grade: z.enum(FACT_GRADES, { errorMap: () => ({ message: 'must be A, B, B- or C' }) }),
    /** Traditional: the copy is in Traditional characters; pages show it converted character by character. */
    script: z.enum(['simplified', 'traditional']).default('simplified'),
    note: TextSchema.optional(),
    titleEn: ProseEnSchema.optional(),
    noteEn: ProseEnSchema.optional(),
  })
  .strict();
export type ControlSource = z.infer<typeof ControlSourceSchema>;

/** A date the sources give (or do not): published, in force. */
export const DatedFactSchema = z
  .object({
    date: DateSchema.optional(),
    /** In force on publication (the text says so); the date is then the publication date. */
    onPublication: z.boolean().optional(),
    /** Only the month is known (the day is not): YYYY-MM. Timelines place the event by month and say so; no status rests on it. */
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written as YYYY-MM (quoted, e.g. "2024-08")').optional(),
    source: LocalIdSchema.optional(),
    /** The official sentence that sets the date, verbatim (its source must be grade A or B). */
    sentence: WordingSchema.optional(),
    note: TextSchema.optional(),
    noteEn: ProseEnSchema.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if ((f.date || f.onPublication || f.month) && !f.source) ctx.addIssue({ code: 'custom', path: ['source'], message: 'is required when a date is given' });
    if (f.month && (f.date || f.onPublication)) ctx.addIssue({ code: 'custom', path: ['month'], message: 'is only for a fact whose day is not known: give either date (or onPublication) or month' });
    if (f.date && f.onPublication) ctx.addIssue({ code: 'custom', path: ['onPublication'], message: 'give either date or onPublication, not both' });
  });
export type DatedFact = z.infer<typeof DatedFactSchema>;

export const CLAUSE_ROLES = ['preamble', 'heading', 'clause', 'closing', 'attachments', 'signature'] as const;

/** One block of operative text, verbatim from one source. */
export const ControlClauseSchema = z
  .object({
    id: LocalIdSchema,
    /** How the clause is designated: its number as printed (一、(一)) or, when unnumbered, a plain label. */
    label: TextSchema.refine((s) => readClauseLabel(s) !== undefined, {
      message: 'the English numbering (src/lib/controls/clause-labels.ts) cannot read this label: write the numbering as printed (一, 一（一）, 一（一）1—3) or one of the block names (序言, 一 第二段, 结尾第一段…), or teach the grammar the new form',
    }),
    role: z.enum(CLAUSE_ROLES).default('clause'),
    text: WordingSchema,
    /** Our unofficial English rendering of `text`. */
    en: TranslationSchema.optional(),
    source: LocalIdSchema,
    corroboration: z.array(LocalIdSchema).default([]),
    /** Our own words: what this copy lost, how it was chosen. */
    note: TextSchema.optional(),
    noteEn: ProseEnSchema.optional(),
    /** Only where this clause takes effect on another date than the instrument (e.g. 2025 No.61 一(一)). */
    inForce: DatedFactSchema.optional(),
  })
  .strict();
export type ControlClauseData = z.infer<typeof ControlClauseSchema>;

/** What we know exists but do not hold: said on the page where it would stand. */
export const NotHeldSchema = z
  .object({
    /** The clause it follows; "start" for before the first clause; absent for the instrument as a whole. */
    after: z.union([z.literal('start'), LocalIdSchema]).optional(),
    what: TextSchema,
    whatEn: ProseEnSchema.optional(),
    /** Set when the missing part contains controlled items of this kind. */
    items: z.enum(['technology', 'goods', 'both']).optional(),
    /** Set when the missing part lies within one item's wording (a point, a lead-in, blanked numbers): its id. Every surface that prints the item prints this gap with it. */
    item: LocalIdSchema.optional(),
  })
  .strict();

/** Official wording outside the instrument's own text (a spokesperson's answer, the list quoted by a lawyer). */
export const ControlQuoteSchema = z
  .object({
    id: LocalIdSchema,
    label: TextSchema,
    labelEn: ProseEnSchema.optional(),
    speaker: z.enum(['spokesperson', 'list']),
    text: WordingSchema,
    /** Our unofficial English rendering of `text`. */
    en: TranslationSchema.optional(),
    source: LocalIdSchema,
    note: TextSchema.optional(),
    noteEn: ProseEnSchema.optional(),
  })
  .strict();

export const ITEM_KINDS = ['technology', 'goods'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** A controlled item: a list entry (with its 管制编码) or a technology controlled without a code. */
export const ControlItemSchema = z
  .object({
    id: LocalIdSchema,
    codes: z.array(ControlCodeSchema).default([]),
    kind: z.enum(ITEM_KINDS, { errorMap: () => ({ message: 'must be technology or goods' }) }),
    clause: LocalIdSchema,
    /** The item's wording: an exact part of its clause's text. */
    text: WordingSchema,
    /** Our unofficial English rendering of `text`. */
    en: TranslationSchema.optional(),
    /** Our words on the code, e.g. printed so in the only copy and not verified. */
    codeNote: TextSchema.optional(),
    codeNoteEn: ProseEnSchema.optional(),
    note: TextSchema.optional(),
    noteEn: ProseEnSchema.optional(),
  })
  .strict();
export type ControlItemData = z.infer<typeof ControlItemSchema>;

export const RELATION_TYPES = ['repeals', 'suspends', 'disapplies', 'updates-list', 'concerns'] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** What this instrument does to another one, from which day (and for a suspension until which day, inclusive). */
export const RelationSchema = z
  .object({
    type: z.enum(RELATION_TYPES, { errorMap: () => ({ message: `must be one of ${RELATION_TYPES.join(', ')}` }) }),
    target: InstrumentIdSchema,
    /** Only one clause of the target is concerned (e.g. 2024 No.46 clause 二). */
    targetClause: LocalIdSchema.optional(),
    from: DateSchema,
    /** Suspensions: the last day of the period, inclusive. */
    until: DateSchema.optional(),
    /** The clause of this instrument that says it. */
    clause: LocalIdSchema.optional(),
    source: LocalIdSchema,
    /** Where the dates come from another source than the relation itself (e.g. the end of a period known from news). */
    datesSource: LocalIdSchema.optional(),
    /** Suspensions: where the last day comes from yet another source (e.g. the reported sentence gives the end, news the start). */
    untilSource: LocalIdSchema.optional(),
    /** Our own words: what part is concerned, what the sources disagree on. */
    note: TextSchema.optional(),
    noteEn: ProseEnSchema.optional(),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.type === 'suspends' && !r.until) ctx.addIssue({ code: 'custom', path: ['until'], message: 'is required for a suspension: the last day of the period' });
    if (r.type !== 'suspends' && r.until) ctx.addIssue({ code: 'custom', path: ['until'], message: 'is only for suspensions' });
    if (r.type !== 'suspends' && r.untilSource) ctx.addIssue({ code: 'custom', path: ['untilSource'], message: 'is only for suspensions' });
    if (r.until && isRealDate(r.until) && isRealDate(r.from) && r.until < r.from) ctx.addIssue({ code: 'custom', path: ['until'], message: 'is before from' });
  });
export type RelationData = z.infer<typeof RelationSchema>;

/**
 * A repeal of instruments listed in a part we do not hold (2024 No.51 repealed "…等11个公告（见附件2）"). Every
 * instrument in force on the day before `from` may be among them: from `from` its status is unknown, and says why.
 */
export const UnlistedRepealSchema = z
  .object({
    from: DateSchema,
    /** The clause of this instrument that says it. */
    clause: LocalIdSchema.optional(),
    source: LocalIdSchema,
    /** Our words: what the sentence repeals, e.g. 附件2所列的11个公告. */
    what: TextSchema,
    whatEn: ProseEnSchema.optional(),
  })
  .strict();

export const INSTRUMENT_KINDS = ['measure', 'suspension', 'list', 'referenced'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

/**
 * What lower-grade material reported after the sources' horizon (checkedThrough), in our words: shown as "later reports
 * (not verified)" beside the status, never changing it, never as wording.
 */
export const LaterReportSchema = z
  .object({
    /** The day of the report (for a run of reports, the latest). */
    date: DateSchema,
    /** The clause concerned, when the report concerns one clause only. */
    clause: LocalIdSchema.optional(),
    /** Our words: what was reported (never official wording; hence not `text`, the name wording fields carry). */
    report: TextSchema,
    reportEn: ProseEnSchema.optional(),
    source: LocalIdSchema,
  })
  .strict();

/** Frontmatter of content/controls/<id>.md: one announcement. Body: our own notes (Markdown). */
export const InstrumentSchema = z
  .object({
    id: InstrumentIdSchema,
    /** measure: puts items under control or sets rules; suspension; list: publishes the list; referenced: known only from others' text. */
    kind: z.enum(INSTRUMENT_KINDS),
    issuers: z.array(TextSchema).default([]),
    /** Our own short description of the subject (never shown as the title). */
    subject: TextSchema,
    /** The same description in English (our own words, like `subject`). */
    subjectEn: TranslationSchema.optional(),
    title: z
      .object({ text: WordingSchema, en: TranslationSchema.optional(), source: LocalIdSchema, note: TextSchema.optional(), noteEn: ProseEnSchema.optional() })
      .strict()
      .optional(),
    published: DatedFactSchema.default({}),
    inForce: DatedFactSchema.default({}),
    /** The newest day the sources were searched up to: status after it is not verified. */
    checkedThrough: DateSchema,
    /** Official pages where a reader can check the text and its status (facts; not necessarily reached by us). */
    officialUrls: z
      .array(
        z
          .object({
            label: TextSchema,
            labelEn: ProseEnSchema.optional(),
            url: HttpUrlSchema,
            /** Set when we know the address only because a source reports it (we have not reached it): that source's id. */
            reportedBy: LocalIdSchema.optional(),
          })
          .strict(),
      )
      .default([]),
    legalBasis: z.array(z.object({ text: WordingSchema, en: TranslationSchema.optional(), source: LocalIdSchema }).strict()).default([]),
    sources: z.array(ControlSourceSchema).default([]),
    clauses: z.array(ControlClauseSchema).default([]),
    notHeld: z.array(NotHeldSchema).default([]),
    conflicts: z.array(TextSchema).default([]),
    /** `conflicts` in English (our words), one item per item. */
    conflictsEn: z.array(ProseEnSchema).optional(),
    quotes: z.array(ControlQuoteSchema).default([]),
    items: z.array(ControlItemSchema).default([]),
    relations: z.array(RelationSchema).default([]),
    /** Repeals of instruments listed in a part we do not hold. */
    repealsUnlisted: z.array(UnlistedRepealSchema).default([]),
    /** Reports after checkedThrough (grade C or B-): a note beside the status, never a status. */
    laterReports: z.array(LaterReportSchema).default([]),
    /** The Markdown body (our notes) in English. */
    bodyEn: BodyEnSchema.optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    pairedList<typeof d>('conflicts', 'conflictsEn')(d, ctx);
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const sources = new Map(d.sources.map((s) => [s.id, s]));
    const seenSources = new Set<string>();
    d.sources.forEach((s, i) => {
      if (seenSources.has(s.id)) issue(['sources', i, 'id'], `repeats source id ${s.id}`);
      seenSources.add(s.id);
    });
    /** A reference to a declared source; `wording` demands grade A or B. */
    const ref = (path: (string | number)[], id: string | undefined, wording: boolean) => {
      if (id === undefined) return;
      const s = sources.get(id);
      if (!s) issue(path, `names source "${id}", which is not in sources (declared: ${[...sources.keys()].join(', ') || 'none'})`);
      else if (wording && !WORDING_GRADES.includes(s.grade)) {
        issue(path, `names source "${id}" of grade ${s.grade}; official wording is published only from grade A or B sources`);
      }
    };
    const fact = (name: 'published' | 'inForce') => {
      ref([name, 'source'], d[name].source, d[name].sentence !== undefined);
    };
    fact('published');
    fact('inForce');
    if (d.title) ref(['title', 'source'], d.title.source, true);
    d.legalBasis.forEach((b, i) => ref(['legalBasis', i, 'source'], b.source, true));
    const clauses = new Set<string>();
    d.clauses.forEach((c, i) => {
      if (clauses.has(c.id)) issue(['clauses', i, 'id'], `repeats clause id ${c.id}`);
      clauses.add(c.id);
      ref(['clauses', i, 'source'], c.source, true);
      c.corroboration.forEach((s, j) => ref(['clauses', i, 'corroboration', j], s, false));
      if (c.inForce) ref(['clauses', i, 'inForce', 'source'], c.inForce.source, c.inForce.sentence !== undefined);
    });
    const clauseRef = (path: (string | number)[], id: string | undefined) => {
      if (id !== undefined && !clauses.has(id)) issue(path, `names clause "${id}", which is not among the clauses`);
    };
    d.notHeld.forEach((n, i) => n.after !== 'start' && clauseRef(['notHeld', i, 'after'], n.after));
    d.officialUrls.forEach((u, i) => ref(['officialUrls', i, 'reportedBy'], u.reportedBy, false));
    d.laterReports.forEach((r, i) => {
      ref(['laterReports', i, 'source'], r.source, false);
      clauseRef(['laterReports', i, 'clause'], r.clause);
      if (isRealDate(r.date) && r.date <= d.checkedThrough) issue(['laterReports', i, 'date'], `is ${r.date}, not after checkedThrough (${d.checkedThrough}): a report the sources were searched through belongs in the sources, not among later reports`);
    });
    d.repealsUnlisted.forEach((u, i) => {
      ref(['repealsUnlisted', i, 'source'], u.source, false);
      clauseRef(['repealsUnlisted', i, 'clause'], u.clause);
    });
    const quotes = new Set<string>();
    d.quotes.forEach((q, i) => {
      if (quotes.has(q.id) || clauses.has(q.id)) issue(['quotes', i, 'id'], `repeats id ${q.id}`);
      quotes.add(q.id);
      ref(['quotes', i, 'source'], q.source, true);
    });
    const items = new Set<string>();
    d.items.forEach((it, i) => {
      if (items.has(it.id)) issue(['items', i, 'id'], `repeats item id ${it.id}`);
      items.add(it.id);
      clauseRef(['items', i, 'clause'], it.clause);
      const clause = d.clauses.find((c) => c.id === it.clause);
      if (clause && !clause.text.includes(it.text)) issue(['items', i, 'text'], `is not part of the text of clause ${it.clause}: an item's wording must be copied from its clause`);
    });
    d.notHeld.forEach((n, i) => {
      if (n.item !== undefined && !items.has(n.item)) issue(['notHeld', i, 'item'], `names item "${n.item}", which is not among the items`);
    });
    d.relations.forEach((r, i) => {
      ref(['relations', i, 'source'], r.source, false);
      ref(['relations', i, 'datesSource'], r.datesSource, false);
      ref(['relations', i, 'untilSource'], r.untilSource, false);
      clauseRef(['relations', i, 'clause'], r.clause);
      if (r.target === d.id) issue(['relations', i, 'target'], 'names this instrument itself');
    });
    if (d.kind === 'suspension' && !d.relations.some((r) => r.type === 'suspends')) issue(['relations'], 'must name what a suspension suspends (a relation of type suspends)');
    if (isRealDate(d.published.date) && isRealDate(d.inForce.date) && d.inForce.date < d.published.date) issue(['inForce', 'date'], 'is before the publication date');
    if (d.inForce.onPublication && !d.published.date) issue(['inForce', 'onPublication'], 'needs a publication date');
  });
export type InstrumentData = z.infer<typeof InstrumentSchema>;

/** A place in an announcement: `<instrument>#<item or clause id>`, e.g. 2025-62#1-1. */
const controlRef = (what: string) => z.string().regex(/^\d{4}-\d{1,3}#[a-z0-9]+(?:-[a-z0-9]+)*$/, `must be <instrument>#<${what}>, e.g. 2025-62#1-1`);

/**
 * content/cross-references.md: the site's own links between places that concern the same technology — catalogue
 * entries, control items, and clauses of announcements that list no items of their own — across the two regimes or
 * between two announcements. Editorial: the reason, in our words, says why, and never that the two are legally the same.
 */
export const CrossReferencesSchema = z
  .object({
    /** The Markdown body (our notes) in English. */
    bodyEn: BodyEnSchema.optional(),
    links: z.array(
      z
        .object({
          id: LocalIdSchema,
          /** Catalogue entry keys (content/entries/<edition>/<key>.md, or an entry an adjustment list adds). */
          entries: z.array(z.string()).default([]),
          /** Control items as <instrument>#<item>, e.g. 2025-62#1-1. */
          items: z.array(controlRef('item')).default([]),
          /** Clauses as <instrument>#<clause>, for an announcement whose wording is held as clauses without items (e.g. 2024-31#1). */
          clauses: z.array(controlRef('clause')).default([]),
          /** Why the places concern the same technology, in our own words. */
          reason: TextSchema,
          reasonEn: ProseEnSchema.optional(),
        })
        .strict()
        .superRefine((l, ctx) => {
          // The catalogue is one document; each announcement is another. A link joins at least two of them.
          const documents = new Set([...(l.entries.length ? ['catalogue'] : []), ...[...l.items, ...l.clauses].map((r) => r.split('#')[0])]);
          if (documents.size < 2) ctx.addIssue({ code: 'custom', message: 'needs places in at least two documents (catalogue entries, items or clauses of two announcements): a link joins the catalogue to an announcement, or two announcements' });
        }),
    ),
  })
  .strict();
export type CrossReferencesData = z.infer<typeof CrossReferencesSchema>;

// ---- Open data: the format of /data/controls.json (controls-schema.json is generated from it).

const DownloadStatusSchema = z
  .object({
    state: z.enum(['not-published', 'not-in-force', 'in-force', 'suspended', 'repealed', 'spent', 'unknown']),
    since: z.string().optional(),
    until: z.string().optional(),
    by: InstrumentIdSchema.optional().describe('the suspension or repeal that decides the state (suspended, repealed)'),
    reasons: z
      .array(
        z
          .object({
            reason: z.enum(['dates-not-held', 'in-force-date-not-held', 'suspension-ended', 'possibly-repealed']),
            by: InstrumentIdSchema.optional().describe('the suspension whose period ran out, or the instrument that repealed a list of announcements we do not hold'),
            from: z.string().optional(),
            until: z.string().optional(),
          })
          .strict(),
      )
      .optional()
      .describe('state unknown: every reason that applies'),
    sinceGrade: z.enum(FACT_GRADES).optional().describe('the grade of the source giving `since`, when below B (B- or C)'),
    untilGrade: z.enum(FACT_GRADES).optional().describe('the grade of the source giving `until`, when below B (B- or C)'),
    unverified: z.boolean().describe('true when the date is after checkedThrough: later events may exist that this site does not hold'),
    text: z.string().describe("the sentence the site's pages print for this status (Chinese; our words)"),
    textEn: z.string().describe("the same sentence in English (our words)"),
  })
  .strict();

const DownloadGapsSchema = z
  .array(z.object({ what: TextSchema, whatEn: proseEnField('`what`') }).strict())
  .optional()
  .describe("what of the item's wording this site does not hold (our words); absent when its text is whole as far as we know");

const DownloadWordingSchema = {
  text: WordingSchema.describe('official wording as shown: Simplified; converted character by character when `converted`'),
  held: WordingSchema.describe('exactly as the source holds it'),
  converted: z.boolean().describe('true when `text` was converted from a Traditional-character copy'),
  source: LocalIdSchema.describe('id of the instrument source it comes from (grade A or B)'),
  en: englishField(EN_DESCRIPTION('`text`')),
};

export const DownloadControlItemSchema = z
  .object({
    id: LocalIdSchema,
    url: HttpUrlSchema,
    codes: z.array(ControlCodeSchema),
    kind: z.enum(ITEM_KINDS),
    clause: LocalIdSchema,
    ...DownloadWordingSchema,
    codeNote: TextSchema.optional(),
    codeNoteEn: proseEnField('`codeNote`'),
    note: TextSchema.optional(),
    noteEn: proseEnField('`note`'),
    gaps: DownloadGapsSchema,
    status: DownloadStatusSchema.describe('the status of the item (that of its clause) on statusDate'),
  })
  .strict();

export const DownloadInstrumentSchema = z
  .object({
    id: InstrumentIdSchema,
    name: TextSchema.describe("the site's designation from issuers and number, not a title"),
    url: HttpUrlSchema,
    kind: z.enum(INSTRUMENT_KINDS),
    issuers: z.array(TextSchema),
    subject: TextSchema.describe("the site's own summary, not official wording"),
    subjectEn: englishField("the site's own summary in English (`subject`), not official wording; the Chinese is authoritative. Absent when not yet written"),
    title: z.object({ ...DownloadWordingSchema, note: TextSchema.optional(), noteEn: proseEnField('`note`') }).strict().optional(),
    published: DatedFactSchema,
    inForce: DatedFactSchema,
    checkedThrough: z.string(),
    officialUrls: z.array(z.object({ label: TextSchema, labelEn: proseEnField('`label`'), url: HttpUrlSchema, reportedBy: LocalIdSchema.optional().describe('set when only a source reports this address (not reached by this site): that source') }).strict()),
    legalBasis: z.array(z.object({ text: WordingSchema, en: englishField(EN_DESCRIPTION('`text`')), source: LocalIdSchema }).strict()),
    sources: z.array(ControlSourceSchema),
    clauses: z.array(
      z
        .object({
          id: LocalIdSchema,
          label: TextSchema,
          labelEn: z.string().describe('our English numbering of `label` ("1(1)", "preamble", "second paragraph of 1"), generated from it by one grammar; unofficial: `label` is the numbering as printed'),
          role: z.enum(CLAUSE_ROLES),
          url: HttpUrlSchema,
          ...DownloadWordingSchema,
          corroboration: z.array(LocalIdSchema),
          note: TextSchema.optional(),
          noteEn: proseEnField('`note`'),
          inForce: DatedFactSchema.optional(),
          status: DownloadStatusSchema,
        })
        .strict(),
    ),
    notHeld: z.array(NotHeldSchema),
    conflicts: z.array(TextSchema),
    conflictsEn: z.array(z.string()).optional().describe(`${PROSE_EN_DESCRIPTION('`conflicts`')}; one item per item, in order`),
    quotes: z.array(ControlQuoteSchema.extend({ en: englishField(EN_DESCRIPTION('`text`')) })),
    items: z.array(DownloadControlItemSchema),
    relations: z.array(RelationSchema),
    repealsUnlisted: z.array(UnlistedRepealSchema),
    laterReports: z.array(LaterReportSchema).describe('what lower-grade material reported after checkedThrough (our words): not verified, and never a status'),
    status: DownloadStatusSchema.describe('the status of the instrument as a whole; clauses with a status of their own are named in statusParts'),
    statusParts: z.array(LocalIdSchema).optional().describe('clauses whose status differs from the whole on statusDate (their own status is on each clause)'),
    headline: z.string().describe('the status in a few words, with "part of it is …" for each other state of its clauses (Chinese; our words)'),
    headlineEn: z.string().describe('the same in English (our words)'),
    notes: z.string().optional().describe("the site's own notes (Markdown), not official wording"),
    notesEn: z.string().optional().describe(`${PROSE_EN_DESCRIPTION('`notes`')} (Markdown)`),
  })
  .strict();

/** /data/controls.json. */
export const DownloadControlsSchema = z
  .object({
    format: z.literal('export-tech-catalogue/controls@2'),
    about: z.string(),
    statusDate: z.string().describe('every status in this file is for this day'),
    instruments: z.array(DownloadInstrumentSchema),
    codes: z.array(z.object({ code: ControlCodeSchema, items: z.array(z.string().describe('<instrument>#<item>')) }).strict()),
  })
  .strict();
export type DownloadControls = z.infer<typeof DownloadControlsSchema>;

/** content/related/<id>.md: an instrument related to both regimes that we know only by facts (e.g. the import catalogue). */
export const RelatedInstrumentSchema = z
  .object({
    id: LocalIdSchema,
    /** Its name as a fact (e.g. the catalogue's title), not quoted wording. */
    name: TextSchema,
    /** Our English of the name (unofficial). */
    nameEn: TranslationSchema.optional(),
    subject: TextSchema,
    subjectEn: ProseEnSchema.optional(),
    checkedThrough: DateSchema,
    sources: z.array(ControlSourceSchema).min(1, 'needs at least one source'),
    /** Dated facts in our own words, each with its source. */
    facts: z
      .array(z.object({ when: TextSchema, whenEn: ProseEnSchema.optional(), text: TextSchema, textEn: ProseEnSchema.optional(), source: LocalIdSchema }).strict())
      .default([]),
    notHeld: z.array(TextSchema).default([]),
    notHeldEn: z.array(ProseEnSchema).optional(),
    /** Our words on its status after the last fact held. */
    status: TextSchema,
    statusEn: ProseEnSchema.optional(),
    /** The Markdown body (our notes) in English. */
    bodyEn: BodyEnSchema.optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    pairedList<typeof d>('notHeld', 'notHeldEn')(d, ctx);
    const ids = new Set(d.sources.map((s) => s.id));
    d.facts.forEach((f, i) => {
      if (!ids.has(f.source)) ctx.addIssue({ code: 'custom', path: ['facts', i, 'source'], message: `names source "${f.source}", which is not in sources` });
    });
  });
export type RelatedInstrumentData = z.infer<typeof RelatedInstrumentSchema>;

const StatusFactSchema = z
  .object({ date: DateSchema.optional(), onPublication: z.boolean().optional(), source: LocalIdSchema.optional().describe('id of the instrument source that gives the date') })
  .strict();

/** /data/status-events.json: the dated facts every status is computed from (src/lib/controls/status-events.ts). */
export const StatusEventsSchema = z
  .object({
    format: z.literal('export-tech-catalogue/status-events@1'),
    about: z.string(),
    statusDate: DateSchema.describe('the day the site was built for: pages without a chosen date give every status for this day'),
    instruments: z.array(
      z
        .object({
          id: InstrumentIdSchema,
          kind: z.enum(INSTRUMENT_KINDS),
          issuers: z.array(TextSchema),
          checkedThrough: DateSchema.describe('the sources were searched up to this day: a status after it is not verified'),
          published: StatusFactSchema.describe('the day it was published, when a source gives it'),
          inForce: StatusFactSchema.describe('the day it took effect (onPublication: the day it was published), when a source gives it'),
          sources: z.array(z.object({ id: LocalIdSchema, grade: z.enum(FACT_GRADES) }).strict()).describe('the grade of each source named by the dates'),
          clauses: z.array(
            z
              .object({ id: LocalIdSchema, label: TextSchema.describe('the clause’s label as printed (official wording)'), refEn: z.string().optional().describe('our English reference to the clause in running text ("clause 1(1)", "the preamble"), unofficial'), inForce: StatusFactSchema.optional().describe('set where the clause takes effect on another day') })
              .strict(),
          ),
          items: z.record(LocalIdSchema, LocalIdSchema).describe('item id → the id of its clause (an item has its clause’s status)'),
          relations: z
            .array(
              z
                .object({
                  type: z.enum([...RELATION_TYPES, 'possibly-repeals']).describe('possibly-repeals is derived: a repeal of announcements listed in a part we do not hold'),
                  target: InstrumentIdSchema,
                  targetClause: LocalIdSchema.optional(),
                  from: DateSchema,
                  until: DateSchema.optional().describe('suspensions: the last day of the period, inclusive'),
                  clause: LocalIdSchema.optional().describe('the clause of this instrument that says it'),
                  grade: z.enum(FACT_GRADES).describe('grade of the relation’s source'),
                  datesGrade: z.enum(FACT_GRADES).optional().describe('grade of the source of its dates, where another'),
                  untilGrade: z.enum(FACT_GRADES).optional().describe('grade of the source of its last day, where another'),
                  what: TextSchema.optional().describe('possibly-repeals: what was repealed (our words)'),
                  whatEn: z.string().optional().describe('`what` in English (our words)'),
                })
                .strict(),
            )
            .describe('what this instrument does to others'),
        })
        .strict(),
    ),
    catalogue: z
      .object({
        checkedThrough: DateSchema.optional().describe('the catalogue’s sources were searched up to this day'),
        editions: z.array(z.object({ id: z.string(), published: DateSchema, inForce: DateSchema }).strict()),
      })
      .strict(),
  })
  .strict();
export type StatusEvents = z.infer<typeof StatusEventsSchema>;
