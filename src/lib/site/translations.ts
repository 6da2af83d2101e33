/** How much of the official wording has our English rendering, and how much of our own prose its English: counted by kind, for the coverage page. */
import type { Controls } from '../controls/model.ts';
import type { RelatedInstrumentData } from '../controls/schemas.ts';
import type { CrossReference } from './cross-references.ts';
import type { Catalogue } from '../catalogue/model.ts';
import { allVersions } from '../catalogue/queries.ts';

export interface TranslationCount {
  /**
   * What is counted: `entry-names`, `control-points`, `instrument-titles`, `clauses`, `items`; the wording of the
   * adjustment lists' clauses (`amendment-clauses`) and the names of deleted entries known only from the announcement of
   * a re-issue (`deleted-names`).
   */
  kind: 'entry-names' | 'control-points' | 'instrument-titles' | 'clauses' | 'items' | 'amendment-clauses' | 'deleted-names';
  /** Pieces of official wording we hold. */
  held: number;
  /** Of those, the ones with our English rendering. */
  translated: number;
}

/** Counts held wording and its renderings; a catalogue name or point carried into later editions counts once per edition. */
export function translationCounts(cat: Catalogue, controls: Controls): TranslationCount[] {
  const versions = allVersions(cat);
  const points = versions.flatMap((v) => v.controlPoints.filter((cp) => cp.text !== undefined));
  const titles = controls.instruments.flatMap((i) => (i.title ? [i.title] : []));
  const clauses = controls.instruments.flatMap((i) => i.clauses);
  const count = (kind: TranslationCount['kind'], list: { en?: string | undefined }[]): TranslationCount => ({ kind, held: list.length, translated: list.filter((x) => x.en).length });
  return [
    count('entry-names', versions.map((v) => ({ en: v.nameEn }))),
    count('control-points', points),
    count('instrument-titles', titles),
    count('clauses', clauses),
    count('items', controls.items),
    count('amendment-clauses', cat.amendments.flatMap((a) => a.data.clauses.flatMap((c) => (c.wording ? [{ en: c.wordingEn }] : [])))),
    count('deleted-names', cat.editions.flatMap((e) => (e.data.changesFromPrevious?.namedDeletions ?? []).map((d) => ({ en: d.nameEn })))),
  ];
}

/** Our own prose (notes, descriptions, reasons, Markdown bodies) held in Chinese, and how much of it has its English. */
export interface ProseCount {
  /** Where the prose is: notes on the catalogue, on the announcements, the cross-references' reasons, the related instruments, the longer notes (bodies). */
  kind: 'catalogue-notes' | 'controls-notes' | 'cross-reference-reasons' | 'related-notes' | 'bodies';
  /** Pieces of our prose held (each field or list item once, as written in content/, not once per edition). */
  held: number;
  /** Of those, the ones with their English (`noteEn`, `missingEn`, `bodyEn`…). */
  translated: number;
}

type Piece = [zh: string | undefined, en: string | undefined];
type SourceLike = { title: string; titleEn?: string | undefined; covers?: string | undefined; coversEn?: string | undefined; note?: string | undefined; noteEn?: string | undefined };
const ofSource = (s: SourceLike): Piece[] => [[s.title, s.titleEn], [s.covers, s.coversEn], [s.note, s.noteEn]];
const ofList = (zh: string[], en: (string | undefined)[] | undefined): Piece[] => zh.map((z, i) => [z, en?.[i]]);
const ofBody = (body: string, bodyEn: string | undefined): Piece[] => [[body.trim() || undefined, bodyEn]];

/**
 * Counts our prose and its English, from the content as written: editions, entry files and adjustment lists (a note
 * carried into a later edition counts once), announcements, cross-references and related instruments.
 */
export function proseCounts(cat: Catalogue, controls: Controls, crossReferences: CrossReference[], related: (RelatedInstrumentData & { body?: string })[]): ProseCount[] {
  const catalogue: Piece[] = [];
  const bodies: Piece[] = [];
  for (const e of cat.editions) {
    const d = e.data;
    catalogue.push([d.summary, d.summaryEn], [d.laterChanges?.found, d.laterChanges?.foundEn], [d.laterChanges?.source, d.laterChanges?.sourceEn]);
    catalogue.push(...d.officialUrls.map((u): Piece => [u.label, u.labelEn]), ...d.sources.flatMap(ofSource));
    if (d.changesFromPrevious) {
      catalogue.push(...ofSource(d.changesFromPrevious.countsSource));
      for (const n of d.changesFromPrevious.namedDeletions) catalogue.push([n.note, n.noteEn], ...ofSource(n.source));
    }
    bodies.push(...ofBody(e.body, d.bodyEn));
  }
  for (const v of allVersions(cat)) {
    if (v.origin.kind !== 'file') continue;
    catalogue.push(...v.controlPoints.map((cp): Piece => [cp.note, cp.noteEn]), ...ofList(v.missing, v.missingEn), ...v.sources.flatMap(ofSource));
    bodies.push(...ofBody(v.origin.body, v.origin.bodyEn));
  }
  for (const a of cat.amendments) {
    catalogue.push(...ofSource(a.data.countsSource));
    for (const c of a.data.clauses) {
      catalogue.push([c.note, c.noteEn], ...(c.source ? ofSource(c.source) : []), ...ofList(c.entry?.missing ?? [], c.entry?.missingEn));
      for (const cp of c.entry?.controlPoints ?? []) catalogue.push([cp.note, cp.noteEn]);
    }
    bodies.push(...ofBody(a.body, a.data.bodyEn));
  }
  const notes: Piece[] = [];
  for (const inst of controls.instruments) {
    const d = inst.data;
    notes.push([d.subject, d.subjectEn], [d.title?.note, d.title?.noteEn], [d.published.note, d.published.noteEn], [d.inForce.note, d.inForce.noteEn]);
    for (const c of d.clauses) notes.push([c.note, c.noteEn], [c.inForce?.note, c.inForce?.noteEn]);
    for (const it of d.items) notes.push([it.codeNote, it.codeNoteEn], [it.note, it.noteEn]);
    for (const q of d.quotes) notes.push([q.label, q.labelEn], [q.note, q.noteEn]);
    notes.push(...d.relations.map((r): Piece => [r.note, r.noteEn]), ...d.notHeld.map((g): Piece => [g.what, g.whatEn]), ...ofList(d.conflicts, d.conflictsEn));
    notes.push(...d.officialUrls.map((u): Piece => [u.label, u.labelEn]), ...d.sources.flatMap(ofSource));
    bodies.push(...ofBody(inst.body, d.bodyEn));
  }
  const rel: Piece[] = [];
  for (const r of related) {
    rel.push([r.subject, r.subjectEn], [r.status, r.statusEn], ...r.facts.flatMap((f): Piece[] => [[f.when, f.whenEn], [f.text, f.textEn]]), ...ofList(r.notHeld, r.notHeldEn), ...r.sources.flatMap(ofSource));
    bodies.push(...ofBody(r.body ?? '', r.bodyEn));
  }
  const count = (kind: ProseCount['kind'], pieces: Piece[]): ProseCount => {
    const held = pieces.filter(([zh]) => zh !== undefined);
    return { kind, held: held.length, translated: held.filter(([, en]) => en !== undefined).length };
  };
  return [
    count('catalogue-notes', catalogue),
    count('controls-notes', notes),
    count('cross-reference-reasons', crossReferences.map((x): Piece => [x.reason, x.reasonEn])),
    count('related-notes', rel),
    count('bodies', bodies),
  ];
}
