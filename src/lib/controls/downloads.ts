/** Open data of the export-control section: every instrument and item as JSON and CSV, with statuses on the status date. */
import { zodToJsonSchema } from 'zod-to-json-schema';
import { csvField, describeProseEn } from '../catalogue/downloads.ts';
import { absoluteUrl, clauseUrl, controlItemUrl, controlsSchemaUrl, instrumentUrl } from '../site/urls.ts';
import { describeStatus, describeStatusEn, clauseListLabel, headlineWords, instrumentName, instrumentNamer } from './labels.ts';
import type { Controls, Instrument } from './model.ts';
import { DownloadControlsSchema, DownloadInstrumentSchema, DownloadControlItemSchema, type DownloadControls } from './schemas.ts';
import { instrumentStatusOn, itemStatusOn, statusOn, type Status } from './status.ts';

function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** A status as the data files give it: the facts, every reason, and the sentence the pages print, in both languages. */
function statusRecord(controls: Controls, s: Status, parts = false) {
  const nameOf = instrumentNamer(controls, 'zh-CN');
  const nameOfEn = instrumentNamer(controls, 'en');
  return defined({
    state: s.state,
    since: s.since,
    until: s.until,
    by: s.relation?.by,
    reasons: s.unknown.length ? s.unknown.map((u) => defined({ reason: u.reason, by: u.relation?.by, from: u.relation?.from, until: u.relation?.until })) : undefined,
    sinceGrade: s.sinceGrade,
    untilGrade: s.untilGrade,
    unverified: s.unverified,
    text: describeStatus(s, nameOf, { parts }),
    textEn: describeStatusEn(s, nameOfEn, { parts }),
  });
}

/** An item's gaps as the data files give them (our words), or undefined when its text is whole as far as we know. */
const gapsRecord = (it: Controls['items'][number]) => (it.gaps.length ? it.gaps.map((g) => defined({ what: g.what, whatEn: g.whatEn })) : undefined);

function instrumentRecord(controls: Controls, inst: Instrument, date: string, origin: string): DownloadControls['instruments'][number] {
  const d = inst.data;
  const headline = instrumentStatusOn(inst, date);
  const clauseIn = (lang: string) => (id: string) => { const c = inst.clauses.find((x) => x.id === id); return c ? clauseListLabel(c, lang) : id; };
  return defined({
    id: inst.id,
    name: instrumentName(inst),
    url: absoluteUrl(instrumentUrl(inst.id), origin),
    kind: d.kind,
    issuers: d.issuers,
    subject: d.subject,
    subjectEn: d.subjectEn,
    title: inst.title && defined({ text: inst.title.text, en: inst.title.en, held: inst.title.held, converted: inst.title.converted, source: inst.title.source.id, note: d.title?.note, noteEn: d.title?.noteEn }),
    published: d.published,
    inForce: d.inForce,
    checkedThrough: d.checkedThrough,
    officialUrls: d.officialUrls,
    legalBasis: d.legalBasis.map((b) => defined({ text: b.text, en: b.en, source: b.source })),
    sources: d.sources,
    clauses: inst.clauses.map((c) =>
      defined({
        id: c.id,
        label: c.label,
        labelEn: c.labelEn,
        role: c.role,
        url: absoluteUrl(clauseUrl(inst.id, c.anchor), origin),
        text: c.text,
        en: c.en,
        held: c.held,
        converted: c.converted,
        source: c.source.id,
        corroboration: c.corroboration.map((s) => s.id),
        note: c.note,
        noteEn: c.noteEn,
        inForce: c.inForce,
        status: statusRecord(controls, statusOn(inst, date, c.id)),
      }),
    ),
    notHeld: d.notHeld,
    conflicts: d.conflicts,
    conflictsEn: d.conflictsEn,
    quotes: d.quotes,
    items: inst.items.map((it) =>
      defined({
        id: it.id,
        url: absoluteUrl(controlItemUrl(inst.id, it.id), origin),
        codes: it.codes,
        kind: it.kind,
        clause: it.clause.id,
        text: it.text,
        en: it.en,
        held: it.held,
        converted: it.converted,
        source: it.source.id,
        codeNote: it.codeNote,
        codeNoteEn: it.codeNoteEn,
        note: it.note,
        noteEn: it.noteEn,
        gaps: gapsRecord(it),
        status: statusRecord(controls, itemStatusOn(controls, it, date)),
      }),
    ),
    relations: d.relations,
    repealsUnlisted: d.repealsUnlisted,
    laterReports: d.laterReports,
    status: statusRecord(controls, headline.status, headline.parts.length > 0),
    statusParts: headline.parts.length ? headline.parts.map((p) => p.clause.id) : undefined,
    headline: headlineWords(headline, 'zh-CN', clauseIn('zh-CN')),
    headlineEn: headlineWords(headline, 'en', clauseIn('en')),
    notes: inst.body.trim() || undefined,
    notesEn: inst.body.trim() && d.bodyEn ? d.bodyEn.trim() : undefined,
  });
}

/** /data/controls.json as an object. */
export function controlsRecord(controls: Controls, date: string, origin: string): DownloadControls {
  return {
    format: 'export-tech-catalogue/controls@2',
    about:
      'Export-control announcements of MOFCOM and other bodies that this site holds, with their clauses, controlled items and ' +
      'control codes. Wording comes only from grade A or B sources; a Traditional-character copy is converted character by ' +
      'character (`converted`), with the text as held in `held`. Every `status` is computed for `statusDate` from the dated ' +
      'facts and relations alone, with every reason it is unknown (`reasons`) and the sentence the pages print (`text`, `textEn`); ' +
      '`unverified` means the date lies after the day the sources were searched up to. A clause or item has its own status; ' +
      'an instrument whose clauses differ lists them in `statusParts`, and `headline` says it in a few words. `gaps` lists what of an item we do not hold. ' +
      'Fields named `en`, `subjectEn` and the CSV columns ending in `_en` are our own unofficial English translations; the Chinese is authoritative. ' +
      'Other fields ending in `En` (`noteEn`, `whatEn`, `conflictsEn`, `notesEn`…) hold our own words (notes, not official wording) in English; the Chinese beside them prevails where they differ.',
    statusDate: date,
    instruments: controls.instruments.map((i) => instrumentRecord(controls, i, date, origin)),
    codes: [...controls.codes].map(([code, items]) => ({ code, items: items.map((it) => `${it.instrument}#${it.id}`) })),
  };
}

export const controlsJson = (controls: Controls, date: string, origin: string): string => `${JSON.stringify(controlsRecord(controls, date, origin), null, 2)}\n`;

/** Columns of /data/controls.csv: one row per controlled item. */
export const CONTROLS_CSV_COLUMNS = [
  'instrument',
  'instrument_name',
  'instrument_title_en',
  'item',
  'codes',
  'kind',
  'clause',
  'clause_label',
  'clause_label_en',
  'clause_text_en',
  'text',
  'text_en',
  'gaps',
  'gaps_en',
  'converted_from_traditional',
  'grade',
  'source',
  'status_date',
  'status',
  'status_since',
  'status_until',
  'status_by',
  'status_reason',
  'status_since_grade',
  'status_until_grade',
  'unverified_after',
  'status_text',
  'status_text_en',
  'item_url',
  'instrument_url',
] as const;

/** /data/controls.csv: UTF-8 with BOM, CRLF, RFC 4180 quoting; one row per item. */
export function controlsCsv(controls: Controls, date: string, origin: string): string {
  const rows: (string | number | undefined)[][] = [[...CONTROLS_CSV_COLUMNS]];
  for (const inst of controls.instruments) {
    for (const it of inst.items) {
      const s = itemStatusOn(controls, it, date);
      const said = statusRecord(controls, s);
      const cells: Record<(typeof CONTROLS_CSV_COLUMNS)[number], string | undefined> = {
        instrument: inst.id,
        instrument_name: instrumentName(inst),
        instrument_title_en: inst.title?.en,
        item: it.id,
        codes: it.codes.join(' '),
        kind: it.kind,
        clause: it.clause.id,
        clause_label: it.clause.label,
        clause_label_en: it.clause.labelEn,
        clause_text_en: it.clause.en,
        text: it.text,
        text_en: it.en,
        gaps: it.gaps.map((g) => g.what).join('\n') || undefined,
        gaps_en: it.gaps.length && it.gaps.every((g) => g.whatEn) ? it.gaps.map((g) => g.whatEn).join('\n') : undefined,
        converted_from_traditional: it.converted ? 'yes' : 'no',
        grade: it.source.grade,
        source: `${it.source.title}${it.source.url ? ` <${it.source.url}>` : ''}`,
        status_date: date,
        status: s.state,
        status_since: s.since,
        status_until: s.until,
        status_by: s.relation?.by ?? (s.unknown.flatMap((u) => (u.relation ? [u.relation.by] : [])).join(' ') || undefined),
        status_reason: s.unknown.map((u) => u.reason).join(' ') || undefined,
        status_since_grade: s.sinceGrade,
        status_until_grade: s.untilGrade,
        unverified_after: s.unverified ? s.checkedThrough : '',
        status_text: said.text,
        status_text_en: said.textEn,
        item_url: absoluteUrl(controlItemUrl(inst.id, it.id), origin),
        instrument_url: absoluteUrl(instrumentUrl(inst.id), origin),
      };
      rows.push(CONTROLS_CSV_COLUMNS.map((c) => cells[c]));
    }
  }
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** /data/controls-schema.json: JSON Schema (draft-07) of /data/controls.json, from the zod schema. */
export function controlsJsonSchema(origin: string): string {
  const schema = describeProseEn(zodToJsonSchema(DownloadControlsSchema, {
    name: 'ControlsDownload',
    definitions: { Instrument: DownloadInstrumentSchema, Item: DownloadControlItemSchema },
  }));
  return `${JSON.stringify({ $id: absoluteUrl(controlsSchemaUrl(), origin), title: '出口管制公告数据 / export-control announcements download', description: 'English fields (`en` beside the title, a clause, an item or a legal basis, and `subjectEn`) are our own unofficial translations of the Chinese beside them; the Chinese is authoritative. Fields such as `noteEn`, `whatEn`, `conflictsEn` and `notesEn` hold our own words (notes, not official wording) in English; the Chinese beside them prevails where they differ.', ...schema }, null, 2)}\n`;
}
