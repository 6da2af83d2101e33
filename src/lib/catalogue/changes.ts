/** What changed between consecutive editions: official counts beside what the site holds, and every known change. */
import { changeKind, fullyIdentified } from './amendments.ts';
import type { Catalogue, ClauseRef, EntryVersion, Part, Source } from './model.ts';
import { PARTS, type AmendmentData } from './schemas.ts';
import { changesDataUrl, changesPairUrl, compareUrl, entryUrl, pairSlug } from '../site/urls.ts';
import { indexed, timeline, versionsIn } from './queries.ts';

export type CountedKind = 'deleted' | 'added' | 'modified';
export const COUNTED_KINDS: CountedKind[] = ['deleted', 'added', 'modified'];
/** `uncertain`: a clause may have made a change we cannot tell; `unknown`: a clause whose operation is not held. */
export type ChangeKind = CountedKind | 'renumbered' | 'uncertain' | 'unknown';

export const KIND_LABEL: Record<ChangeKind, { zh: string; en: string }> = {
  added: { zh: '新增', en: 'added' },
  deleted: { zh: '删除', en: 'deleted' },
  modified: { zh: '修改', en: 'modified' },
  renumbered: { zh: '重新编号', en: 'renumbered' },
  uncertain: { zh: '效果不确定', en: 'uncertain' },
  unknown: { zh: '内容未知', en: 'unknown' },
};

export interface VersionLink {
  edition: string;
  code?: string;
  url: string;
}

/** One change we know of, with as much as is known about it. */
export interface Change {
  kind: ChangeKind;
  part?: Part;
  industry?: string;
  /** The entry's permanent key, when the site holds a version of it. */
  key?: string;
  /** The entry's official name (grade A/B), when held. */
  name?: string;
  /** Our unofficial English rendering of `name`, when written (a deletion named only by the re-issue's announcement). */
  nameEn?: string;
  /** A short name from a secondary source (MOFCOM's Q&A); never the entry's official name. */
  shortName?: string;
  /** A code the change is known by when no version is held (e.g. a deletion identified only by code). */
  code?: string;
  /** The version before the change, when held. */
  from?: VersionLink;
  /** The version after the change; for a deletion, the URL that says the entry was deleted. */
  to?: VersionLink;
  /** Both versions side by side, when both are held. */
  compare?: string;
  renumbered?: { from: string; to: string };
  /** identified: the entry is named by key, code or official name; partial: only its part or a short name is known. */
  known: 'identified' | 'partial';
  clauses: ClauseRef[];
  note?: string;
  /** `note` in English (our words), when written. */
  noteEn?: string;
  sources: Source[];
}

/** Official count of one kind and part beside what the site holds. */
export interface CountLine {
  kind: CountedKind;
  part: Part | 'total';
  official?: number;
  /** Changes of this kind the site identifies (entry named by key, code or official name), certain ones only. */
  identified: number;
  /** Changes known only in part (a part or a short name). */
  partial: number;
  /** official − identified − partial, when the official count is given. */
  unaccounted?: number;
}

export interface EditionChanges {
  from: string;
  to: string;
  slug: string;
  url: string;
  dataUrl: string;
  via: { kind: 'amendment'; id: string; instrument: string } | { kind: 'reissue'; instrument: string };
  official: AmendmentData['counts'];
  countsSource: Source;
  counts: CountLine[];
  changes: Change[];
  /** Entries held in `to`, and how many of them the site can say what happened to since `from`. */
  determined: { held: number; determined: number };
  /** True when every change the announcement counts is identified (amendments only). */
  complete: boolean;
}

const link = (v: EntryVersion): VersionLink => ({ edition: v.edition, code: v.code, url: entryUrl(v.key, v.edition) });


/** An entry stands in the later edition with its status relative to the earlier one known. */
export const isDetermined = (v: EntryVersion): boolean => v.relativeToPrevious !== 'unknown' && !v.uncertain;

function renumbering(before: EntryVersion | undefined, after: EntryVersion): Change['renumbered'] {
  if (before?.code && after.code && before.code !== after.code) return { from: before.code, to: after.code };
  return undefined;
}

function entryChange(kind: ChangeKind, after: EntryVersion, before: EntryVersion | undefined, clauses: ClauseRef[], sources: Source[]): Change {
  return {
    kind,
    part: after.part,
    industry: after.industry ?? before?.industry,
    key: after.key,
    name: after.name,
    from: before && link(before),
    to: link(after),
    compare: before && before.key === after.key ? compareUrl(after.key, before.edition, after.edition) : undefined,
    renumbered: renumbering(before, after),
    known: 'identified',
    clauses,
    sources,
  };
}

const clauseSources = (clauses: ClauseRef[]): Source[] => {
  const out: Source[] = [];
  for (const c of clauses) if (c.source && !out.some((s) => s.title === c.source!.title && s.url === c.source!.url)) out.push(c.source);
  return out;
};

/** Changes made by an adjustment list, from the catalogue it produced (removals, added, modified, recorded-only clauses). */
function amendmentChanges(cat: Catalogue, from: string, to: string): Change[] {
  const before = new Map(versionsIn(cat, from).map((v) => [v.key, v]));
  const out: Change[] = [];
  for (const r of cat.removals.filter((x) => x.edition === to)) {
    out.push({
      kind: 'deleted',
      part: r.last.part,
      industry: r.last.industry,
      key: r.key,
      name: r.last.name,
      from: link(r.last),
      to: { edition: to, url: entryUrl(r.key, to) },
      known: 'identified',
      clauses: [r.by],
      sources: clauseSources([r.by]),
    });
  }
  for (const v of versionsIn(cat, to)) {
    const b = before.get(v.key);
    if (v.origin.kind === 'added') out.push(entryChange('added', v, undefined, v.changes, clauseSources(v.changes)));
    else if (v.uncertain) out.push({ ...entryChange('uncertain', v, b, v.changes, clauseSources(v.changes)), note: v.uncertain.reason, ...(v.uncertain.reasonEn !== undefined && { noteEn: v.uncertain.reasonEn }) });
    else if (v.relativeToPrevious === 'modified') out.push(entryChange('modified', v, b, v.changes, clauseSources(v.changes)));
    const renum = renumbering(b, v);
    if (renum) out.push({ ...entryChange('renumbered', v, b, [], []), renumbered: renum });
  }
  for (const u of cat.unapplied.filter((x) => x.edition === to)) {
    const t = u.target;
    out.push({
      kind: changeKind(u.clause.op) ?? 'unknown',
      part: u.part,
      industry: u.industry,
      name: t?.name,
      shortName: u.clause.shortName,
      code: t?.code,
      known: t?.code || t?.name || t?.key ? 'identified' : 'partial',
      clauses: [u.clause],
      note: u.clause.note,
      ...(u.clause.noteEn !== undefined && { noteEn: u.clause.noteEn }),
      sources: clauseSources([u.clause]),
    });
  }
  return out;
}

/** Changes across a full re-issue: derived from lineage (same key, predecessors, former codes) and named deletions. */
function reissueChanges(cat: Catalogue, from: string, to: string): Change[] {
  const prev = versionsIn(cat, from);
  const next = versionsIn(cat, to);
  const toEdition = cat.editions.find((e) => e.id === to)!;
  const out: Change[] = [];
  const continued = new Set<string>();
  const prevByKey = new Map(prev.map((p) => [p.key, p]));
  const nextKeys = new Set(next.map((v) => v.key));
  for (const v of next) {
    const b = prevByKey.get(v.key) ?? v.predecessors.map((k) => prevByKey.get(k)).find((p) => p !== undefined);
    if (b) continued.add(b.key);
    if (v.relativeToPrevious === 'added') out.push(entryChange('added', v, undefined, [], v.sources));
    else if (v.relativeToPrevious === 'modified') out.push(entryChange('modified', v, b, [], v.sources));
    const renum = renumbering(b, v) ?? (!b && v.code && v.formerCodes.length ? { from: v.formerCodes.join('、'), to: v.code } : undefined);
    if (renum) out.push({ ...entryChange('renumbered', v, b, [], v.sources), renumbered: renum });
  }
  const named = toEdition.data.changesFromPrevious?.namedDeletions ?? [];
  for (const d of named) {
    const b = prev.find((p) => p.name === d.name && p.part === d.part);
    if (b) continued.add(b.key);
    out.push({
      kind: 'deleted',
      part: d.part,
      industry: b?.industry,
      key: b?.key,
      name: d.name,
      ...(d.nameEn !== undefined && { nameEn: d.nameEn }),
      from: b && link(b),
      known: 'identified',
      clauses: [],
      note: d.note,
      ...(d.noteEn !== undefined && { noteEn: d.noteEn }),
      sources: [d.source],
    });
  }
  // Only a complete re-issue lets us say that an entry it does not list was deleted.
  if (toEdition.data.complete) {
    for (const b of prev.filter((p) => !continued.has(p.key) && !nextKeys.has(p.key))) {
      out.push({ kind: 'deleted', part: b.part, industry: b.industry, key: b.key, name: b.name, from: link(b), known: 'identified', clauses: [], sources: [] });
    }
  }
  return out;
}

/** Official counts beside identified and partly known changes, per kind and per part (and in total). */
export function countLines(official: AmendmentData['counts'], changes: Change[]): CountLine[] {
  return COUNTED_KINDS.flatMap((kind) =>
    ([...PARTS, 'total'] as const).flatMap((part): CountLine[] => {
      const of = changes.filter((c) => c.kind === kind && (part === 'total' || c.part === part));
      const counted = official[kind][part];
      if (part !== 'total' && counted === undefined && of.length === 0) return [];
      const identified = of.filter((c) => c.known === 'identified').length;
      const partial = of.filter((c) => c.known === 'partial').length;
      return [{ kind, part, official: counted, identified, partial, unaccounted: counted === undefined ? undefined : counted - identified - partial }];
    }),
  );
}

const ORDER: ChangeKind[] = ['deleted', 'added', 'modified', 'renumbered', 'uncertain', 'unknown'];

/** Stable order: part (禁止, 限制, unknown), then industry as first seen, then kind, then name. */
function sortChanges(changes: Change[]): Change[] {
  const industries: (string | undefined)[] = [];
  for (const c of changes) if (!industries.includes(c.industry)) industries.push(c.industry);
  const partRank = (p?: Part) => (p ? PARTS.indexOf(p) : PARTS.length);
  const indRank = (i?: string) => (i === undefined ? Infinity : industries.indexOf(i));
  return changes
    .map((c, i) => ({ c, i }))
    .sort(
      (a, b) =>
        partRank(a.c.part) - partRank(b.c.part) ||
        indRank(a.c.industry) - indRank(b.c.industry) ||
        ORDER.indexOf(a.c.kind) - ORDER.indexOf(b.c.kind) ||
        a.i - b.i,
    )
    .map((x) => x.c);
}

/** The changes from one edition to the next one in the catalogue. */
export function editionChanges(cat: Catalogue, from: string, to: string): EditionChanges {
  const edition = cat.editions.find((e) => e.id === to);
  if (!edition) throw new Error(`No edition ${to}`);
  const arises = edition.data.arises;
  let via: EditionChanges['via'];
  let official: AmendmentData['counts'];
  let countsSource: Source;
  let changes: Change[];
  let complete = false;
  if (arises.kind === 'amended') {
    const a = cat.amendments.find((x) => x.id === arises.amendment)!;
    if (arises.base !== from) throw new Error(`The ${to} edition is amended from ${arises.base}, not ${from}`);
    via = { kind: 'amendment', id: a.id, instrument: a.data.instrument };
    official = a.data.counts;
    countsSource = a.data.countsSource;
    changes = amendmentChanges(cat, from, to);
    complete = fullyIdentified(a);
  } else {
    const cfp = edition.data.changesFromPrevious;
    if (!cfp || cfp.from !== from) throw new Error(`The ${to} edition gives no official changes from ${from}`);
    via = { kind: 'reissue', instrument: edition.data.instrument };
    official = cfp.counts;
    countsSource = cfp.countsSource;
    changes = reissueChanges(cat, from, to);
  }
  const held = versionsIn(cat, to);
  return {
    from,
    to,
    slug: pairSlug(from, to),
    url: changesPairUrl(from, to),
    dataUrl: changesDataUrl(from, to),
    via,
    official,
    countsSource,
    counts: countLines(official, changes),
    changes: sortChanges(changes),
    determined: { held: held.length, determined: held.filter(isDetermined).length },
    complete,
  };
}

/** Consecutive pairs of editions for which official change counts exist (an amendment, or a re-issue stating them). */
export function editionPairs(cat: Catalogue): { from: string; to: string }[] {
  return cat.editions.slice(1).flatMap((e, i) => {
    const from = cat.editions[i]!.id;
    const ok =
      e.data.arises.kind === 'amended' ? e.data.arises.base === from : e.data.changesFromPrevious?.from === from;
    return ok ? [{ from, to: e.id }] : [];
  });
}

const changesCache = new WeakMap<Catalogue, EditionChanges[]>();

/** The changes of every consecutive pair of editions; computed once per catalogue (every entry page's timeline asks). */
export const allChanges = (cat: Catalogue): EditionChanges[] =>
  indexed(changesCache, cat, () => editionPairs(cat).map((p) => editionChanges(cat, p.from, p.to)));

const changesByKeyCache = new WeakMap<EditionChanges, Map<string, Change[]>>();

/** The changes of one edition pair that concern entry `key`. */
const changesOfKey = (pair: EditionChanges, key: string): Change[] =>
  indexed(changesByKeyCache, pair, () => {
    const m = new Map<string, Change[]>();
    for (const c of pair.changes) if (c.key) (m.get(c.key) ?? m.set(c.key, []).get(c.key)!).push(c);
    return m;
  }).get(key) ?? [];

/** One edition on an entry's timeline: its code there, what happened since the previous edition, links. */
export interface TimelineStep {
  edition: string;
  /** The version standing in this edition; absent when the entry was deleted by it. */
  version?: EntryVersion;
  /** The clause that deleted the entry in this edition, when it was deleted. */
  removedBy?: ClauseRef;
  url: string;
  code?: string;
  /** Changes of this entry from the previous edition (empty when none are known). */
  changes: Change[];
  /** relativeToPrevious of the version, for steps with no change: unchanged, or unknown. */
  status: 'first' | 'changed' | 'unchanged' | 'unknown' | 'deleted';
  /** Side-by-side view with the previous edition's version of the same entry, when both stand. */
  compare?: string;
}

/** Every edition in which an entry stands or was deleted, with the changes at each step. */
export function entryTimeline(cat: Catalogue, key: string, changes: EditionChanges[] = allChanges(cat)): TimelineStep[] {
  const steps: TimelineStep[] = [];
  for (const { edition: e, version, removal } of timeline(cat, key)) {
    const pair = changes.find((c) => c.to === e.id);
    const mine = pair ? changesOfKey(pair, key) : [];
    const prev = steps.at(-1);
    let status: TimelineStep['status'];
    if (removal) status = 'deleted';
    else if (mine.length) status = 'changed';
    else if (!prev) status = 'first';
    else status = version!.relativeToPrevious === 'unchanged' ? 'unchanged' : 'unknown';
    steps.push({
      edition: e.id,
      version,
      removedBy: removal?.by,
      url: entryUrl(key, e.id),
      code: version?.code,
      changes: mine,
      status,
      compare: version && prev?.version ? compareUrl(key, prev.edition, e.id) : undefined,
    });
  }
  return steps;
}

/** One row of a changes table: an entry's changes in one pair of editions, all its facts together (modified and renumbered). */
export interface ChangeRow {
  change: Change;
  kinds: ChangeKind[];
  /** For a modification: whether we can show what changed (a side-by-side view or the clause's wording), or not. */
  contentKnown: boolean;
}

/** Rows for a list of changes: changes of the same entry become one row; entries without a key stay one row each. */
export function changeRows(changes: Change[]): ChangeRow[] {
  const rows: ChangeRow[] = [];
  const byKey = new Map<string, ChangeRow>();
  for (const c of changes) {
    const row = c.key ? byKey.get(c.key) : undefined;
    if (row) {
      row.kinds.push(c.kind);
      row.change = { ...row.change, renumbered: row.change.renumbered ?? c.renumbered, clauses: [...row.change.clauses, ...c.clauses.filter((x) => !row.change.clauses.includes(x))] };
    } else {
      const fresh: ChangeRow = { change: c, kinds: [c.kind], contentKnown: true };
      rows.push(fresh);
      if (c.key) byKey.set(c.key, fresh);
    }
  }
  for (const r of rows) r.contentKnown = !r.kinds.includes('modified') || !!r.change.compare || r.change.clauses.some((cl) => !!cl.wording);
  return rows;
}
