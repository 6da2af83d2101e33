/** Open-data serialisers: an edition as JSON and CSV, the JSON Schema of the JSON, and the list of /data/ files. */
import { zodToJsonSchema } from 'zod-to-json-schema';
import type { Catalogue, ClauseRef, EntryVersion } from './model.ts';
import { getEdition, heldCounts, officialTotal, timeline, versionsIn, versionsOfPart } from './queries.ts';
import {
  CodeSchema,
  DownloadClauseSchema,
  DownloadEditionSchema,
  DownloadEntrySchema,
  EditionIdSchema,
  KeySchema,
  SourceSchema,
  type DownloadEdition,
  type DownloadEntry,
} from './schemas.ts';
import { PROSE_EN_DESCRIPTION, TextSchema } from '../shared/schemas.ts';
import { allChanges } from './changes.ts';
import { coverage, coverageJson } from './coverage.ts';
import { absoluteUrl, changesDataUrl, coverageJsonUrl, editionCsvUrl, editionJsonUrl, editionUrl, entryUrl, schemaJsonUrl } from '../site/urls.ts';

/** Drops keys whose value is undefined, so JSON output and schema validation agree. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

const clause = (c: ClauseRef) => defined({ ...c, source: c.source && defined(c.source) });

/** One entry version with everything the model knows about it. */
export function entryRecord(cat: Catalogue, v: EntryVersion, origin: string): DownloadEntry {
  return defined({
    key: v.key,
    edition: v.edition,
    url: absoluteUrl(entryUrl(v.key, v.edition), origin),
    part: v.part,
    code: v.code,
    seq: v.seq,
    industry: v.industry,
    name: v.name,
    nameEn: v.nameEn,
    controlPoints: v.controlPoints.map((cp) =>
      defined({
        n: cp.n,
        text: cp.text,
        en: cp.en,
        anchor: cp.anchor,
        aliases: cp.aliases?.length ? cp.aliases : undefined,
        url: absoluteUrl(`${entryUrl(v.key, v.edition)}#${cp.anchor}`, origin),
        note: cp.note,
        noteEn: cp.noteEn,
        changedBy: cp.changedBy && clause(cp.changedBy),
      }),
    ),
    formerCodes: v.formerCodes,
    predecessors: v.predecessors,
    completeness: v.completeness,
    missing: v.missing,
    missingEn: v.missingEn?.some((m) => m !== undefined) ? v.missing.map((_, i) => v.missingEn?.[i] ?? null) : undefined,
    sources: v.sources.map(defined),
    relativeToPrevious: v.relativeToPrevious,
    origin: v.origin.kind,
    notes: v.origin.kind === 'file' && v.origin.body.trim() ? v.origin.body.trim() : undefined,
    notesEn: v.origin.kind === 'file' && v.origin.body.trim() && v.origin.bodyEn ? v.origin.bodyEn.trim() : undefined,
    changes: v.changes.map(clause),
    uncertain: v.uncertain && defined({ clause: clause(v.uncertain.clause), reason: v.uncertain.reason, reasonEn: v.uncertain.reasonEn }),
    lineage: timeline(cat, v.key).map((s) =>
      defined({
        edition: s.edition.id,
        status: s.version ? ('present' as const) : ('removed' as const),
        code: s.version?.code,
        url: absoluteUrl(entryUrl(v.key, s.edition.id), origin),
      }),
    ),
  });
}

/** Official totals against what is held, for the whole edition and per part. */
export function editionCompleteness(cat: Catalogue, edition: string): DownloadEdition['completeness'] {
  const e = getEdition(cat, edition);
  const versions = versionsIn(cat, edition);
  const held = (vs: EntryVersion[], official: number) => {
    const h = heldCounts(vs);
    return { official, held: h.total, complete: h.complete, partial: h.partial, nameOnly: h.nameOnly };
  };
  return {
    total: held(versions, officialTotal(e)),
    禁止: held(versionsOfPart(versions, '禁止'), e.data.totals.禁止),
    限制: held(versionsOfPart(versions, '限制'), e.data.totals.限制),
  };
}

/** What share of the edition a download holds, in words: the first thing the JSON says after its format. */
export function holdsSentence(cat: Catalogue, edition: string): string {
  const c = editionCompleteness(cat, edition).total;
  return `This file holds ${c.held} of the ${c.official} entries of the ${edition} edition (本文件只含该版 ${c.official} 项中的 ${c.held} 项); the others are not held by this site, which does not mean they do not exist.`;
}

/** /data/<edition>.json as an object. */
export function editionRecord(cat: Catalogue, edition: string, origin: string): DownloadEdition {
  const e = getEdition(cat, edition);
  return {
    format: 'export-tech-catalogue/edition@1',
    edition: e.data,
    url: absoluteUrl(editionUrl(edition), origin),
    holds: holdsSentence(cat, edition),
    completeness: editionCompleteness(cat, edition),
    entries: versionsIn(cat, edition).map((v) => entryRecord(cat, v, origin)),
    removed: cat.removals
      .filter((r) => r.edition === edition)
      .map((r) => ({
        key: r.key,
        lastEdition: r.last.edition,
        lastUrl: absoluteUrl(entryUrl(r.key, r.last.edition), origin),
        by: clause(r.by),
      })),
    unappliedClauses: cat.unapplied
      .filter((u) => u.edition === edition)
      .map((u) => defined({ clause: clause(u.clause), part: u.part, industry: u.industry, target: u.target && defined(u.target), text: u.text, cp: u.cp })),
  };
}

export const editionJson = (cat: Catalogue, edition: string, origin: string): string =>
  `${JSON.stringify(editionRecord(cat, edition, origin), null, 2)}\n`;

/** Columns of /data/<edition>.csv, in order. */
export const CSV_COLUMNS = [
  'edition',
  'part',
  'seq',
  'code',
  'name',
  'name_en',
  'industry',
  'completeness',
  'missing',
  'missing_en',
  'cp_n',
  'cp_anchor',
  'cp_text',
  'cp_text_en',
  'cp_note',
  'cp_note_en',
  'former_codes',
  'predecessors',
  'sources',
  'entry_url',
  'cp_url',
  'key',
  'edition_entries_held',
  'edition_entries_official',
] as const;

const BOM = '\uFEFF';

/** One CSV field: quoted when it holds a comma, a quote, a line break or outer spaces (RFC 4180). */
export function csvField(value: string | number | undefined): string {
  const s = value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** /data/<edition>.csv: UTF-8 with BOM, CRLF, one row per control point (one row for an entry without any). */
export function editionCsv(cat: Catalogue, edition: string, origin: string): string {
  const rows: (string | number | undefined)[][] = [[...CSV_COLUMNS]];
  // Every row says what share of the edition the file holds, so that a spreadsheet never passes for the full list.
  const share = editionCompleteness(cat, edition).total;
  for (const v of versionsIn(cat, edition)) {
    const url = absoluteUrl(entryUrl(v.key, v.edition), origin);
    const entryCells = {
      edition: v.edition,
      part: v.part,
      seq: v.seq,
      code: v.code,
      name: v.name,
      name_en: v.nameEn,
      industry: v.industry,
      completeness: v.completeness,
      missing: v.missing.join('；'),
      // Only when every item has its English, so that the column never pairs the wrong items.
      missing_en: v.missing.length > 0 && v.missing.every((_, i) => v.missingEn?.[i] !== undefined) ? v.missingEn!.join('; ') : undefined,
      former_codes: v.formerCodes.join(' '),
      predecessors: v.predecessors.join(' '),
      sources: v.sources.map((s) => `[${s.grade}] ${s.title}${s.url ? ` <${s.url}>` : ''}`).join('；'),
      entry_url: url,
      key: v.key,
      edition_entries_held: share.held,
      edition_entries_official: share.official,
    };
    const points = v.controlPoints.length > 0 ? v.controlPoints : [undefined];
    for (const cp of points) {
      const cells: Record<string, string | number | undefined> = {
        ...entryCells,
        cp_n: cp?.n,
        cp_anchor: cp?.anchor,
        cp_text: cp?.text,
        cp_text_en: cp?.en,
        cp_note: cp?.note,
        cp_note_en: cp?.noteEn,
        cp_url: cp && `${url}#${cp.anchor}`,
      };
      rows.push(CSV_COLUMNS.map((c) => cells[c]));
    }
  }
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * Gives every English field of our prose in a generated JSON Schema (`noteEn` beside `note`, `bodyEn` beside the body)
 * that has no description of its own the one that says whose words they are; a `$ref` is wrapped in `allOf` so that
 * the description is not ignored beside it. Returns the schema, changed in place.
 */
export function describeProseEn<T>(schema: T): T {
  const walk = (o: unknown): void => {
    if (!o || typeof o !== 'object') return;
    const props = (o as { properties?: Record<string, Record<string, unknown>> }).properties;
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        const zh = k.slice(0, -2);
        if (!/^[a-z]\w*En$/.test(k) || k === 'nameEn' || typeof v !== 'object' || v === null || 'description' in v) continue;
        if (k !== 'bodyEn' && !(zh in props)) continue;
        const description = k === 'bodyEn' ? `${PROSE_EN_DESCRIPTION('Markdown body (our notes)')} (Markdown)` : PROSE_EN_DESCRIPTION(`\`${zh}\``);
        props[k] = '$ref' in v ? { allOf: [v], description } : { ...v, description };
      }
    }
    for (const v of Object.values(o)) walk(v);
  };
  walk(schema);
  return schema;
}

/** /data/schema.json: JSON Schema (draft-07) of /data/<edition>.json, generated from the zod schema the site uses. */
export function downloadJsonSchema(origin: string): string {
  const schema = describeProseEn(zodToJsonSchema(DownloadEditionSchema, {
    name: 'EditionDownload',
    // Named parts, so that the schema refers to #/definitions/Source rather than to a path inside another definition.
    definitions: { Entry: DownloadEntrySchema, Clause: DownloadClauseSchema, Source: SourceSchema, Text: TextSchema, Code: CodeSchema, Key: KeySchema, EditionId: EditionIdSchema },
  }));
  return `${JSON.stringify({ $id: absoluteUrl(schemaJsonUrl(), origin), title: '禁止出口限制出口技术目录 · 参考：版本数据 / edition download', description: 'English fields (`nameEn`, `controlPoints[].en`) are our own unofficial translations of the Chinese beside them; the Chinese is authoritative. Fields such as `noteEn`, `missingEn`, `notesEn` and `summaryEn` hold our own words (notes, not official wording) in English; the Chinese beside them prevails where they differ.', ...schema }, null, 2)}\n`;
}

/** One file under /data/. */
export interface DownloadFile {
  path: string;
  kind: 'json' | 'csv' | 'schema';
  edition?: string;
  zh: string;
  en: string;
  body: () => string;
}

/**
 * Every file under /data/, in the order the /data/ page lists them. Other downloads (e.g. changes-<from>-<to>.json)
 * are added to this list so that the page lists them with their sizes.
 */
export function downloadFiles(cat: Catalogue, origin: string): DownloadFile[] {
  return [
    ...cat.editions.flatMap((e): DownloadFile[] => [
      { path: editionJsonUrl(e.id), kind: 'json', edition: e.id, zh: '全部条目（JSON）', en: 'all entries, JSON', body: () => editionJson(cat, e.id, origin) },
      { path: editionCsvUrl(e.id), kind: 'csv', edition: e.id, zh: '控制要点表（CSV，UTF-8 带 BOM）', en: 'one row per control point, CSV', body: () => editionCsv(cat, e.id, origin) },
    ]),
    ...allChanges(cat).map((c): DownloadFile => ({
      path: changesDataUrl(c.from, c.to),
      kind: 'json',
      zh: `${c.from}→${c.to} 的变化（JSON）`,
      en: `changes ${c.from} to ${c.to}, JSON`,
      body: () => changesJson(cat, c.slug),
    })),
    {
      path: coverageJsonUrl(),
      kind: 'json',
      zh: '收录情况：各版本各部分持有与缺少的内容（JSON）',
      en: 'coverage of each edition and part, JSON',
      body: () => coverageFile(cat),
    },
    { path: schemaJsonUrl(), kind: 'schema', zh: 'JSON 数据的结构说明（JSON Schema）', en: 'JSON Schema of the edition files', body: () => downloadJsonSchema(origin) },
  ];
}

/** /data/changes-<from>-<to>.json: the changes between two consecutive editions, from the same model as the pages. */
export function changesJson(cat: Catalogue, slug: string): string {
  const c = allChanges(cat).find((x) => x.slug === slug);
  if (!c) throw new Error(`No edition pair ${slug}`);
  const body = {
    about:
      'Changes between two consecutive editions of 中国禁止出口限制出口技术目录. `official` are the counts the authorities published; ' +
      '`counts` set them beside the changes this site identifies. `shortName` is a short name used in MOFCOM’s Q&A, not an official entry name. ' +
      'Every `sources[].grade` is A (official text) or B (official wording quoted by a secondary source).',
    from: c.from,
    to: c.to,
    via: c.via,
    official: c.official,
    countsSource: c.countsSource,
    counts: c.counts,
    determined: c.determined,
    complete: c.complete,
    // `noteEn`: our note (or the model's reason) in English, where there is one.
    changes: c.changes,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

/** /coverage.json: the coverage model, the same data as the /coverage/ page. */
export const coverageFile = (cat: Catalogue): string => `${JSON.stringify(coverageJson(coverage(cat)), null, 2)}\n`;

/** Size in bytes of a file's UTF-8 body. */
export const byteSize = (body: string): number => new TextEncoder().encode(body).length;

/** 12.3 KB style size label. */
export const formatBytes = (n: number): string => (n < 1024 ? `${n} B` : `${(n / 1024).toFixed(1)} KB`);
