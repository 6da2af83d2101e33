/** What applied on a date, for an instrument, a clause or an item: from the dated facts and relations alone. */
import { clauseWithin } from './ids.ts';
import type { ClauseCore, ControlsCore, InstrumentCore, RelationCore as Relation } from './model.ts';
import type { FactGrade } from './schemas.ts';

import type { State } from './state-labels.ts';
export { STATES, type State } from './state-labels.ts';

/** Why a status is unknown. */
export const UNKNOWN_REASONS = ['dates-not-held', 'in-force-date-not-held', 'suspension-ended', 'possibly-repealed'] as const;
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];

/** One reason a status is unknown; `relation` is the suspension whose period ran out, or the repeal of a list we do not hold. */
export interface UnknownBasis {
  reason: UnknownReason;
  relation?: Relation;
}

export interface Status {
  state: State;
  /** The day the state began, when known (in force since, suspended from, repealed on). */
  since?: string;
  /** not-in-force: the day it takes effect. suspended: the last day of the period. spent: the last day of its last period. */
  until?: string;
  /** The suspension or repeal that decides the state (suspended, repealed). */
  relation?: Relation;
  /** unknown: every reason that applies, in a fixed order (never empty); other states: empty. */
  unknown: UnknownBasis[];
  /** The grade of the source that gives `since`, when it is below B (B- or C): pages name it beside the date. */
  sinceGrade?: FactGrade;
  /** The same for `until`. */
  untilGrade?: FactGrade;
  /** The date is after the day the sources were searched up to: later events may exist that we do not hold. */
  unverified: boolean;
  checkedThrough: string;
}

const RANK: Record<FactGrade, number> = { A: 0, B: 1, 'B-': 2, C: 3 };
/** The weakest of some grades. */
export const worstGrade = (...grades: (FactGrade | undefined)[]): FactGrade | undefined => grades.filter((g): g is FactGrade => g !== undefined).sort((a, b) => RANK[b] - RANK[a])[0];
/** The weaker of some grades, kept only when it is below B (the grades that pages must name beside a date). */
export function weakGrade(...grades: (FactGrade | undefined)[]): FactGrade | undefined {
  const worst = worstGrade(...grades);
  return worst && RANK[worst] > RANK.B ? worst : undefined;
}

/** The grade of a source of the instrument, by id. */
const gradeOf = (inst: InstrumentCore, id: string | undefined): FactGrade | undefined => (id ? inst.data.sources.find((s) => s.id === id)?.grade : undefined);

/** The grade behind a relation's first day: the dates' own source where one is named, else the relation's. */
const fromSourceGrade = (r: Relation): FactGrade => (r.datesSource ?? r.source).grade;
/** The grade behind a suspension's last day: its own source where one is named, else as for the first day. */
const untilSourceGrade = (r: Relation): FactGrade => (r.untilSource ?? r.datesSource ?? r.source).grade;
/** The grade behind a relation's first day, when below B. */
export const fromGrade = (r: Relation): FactGrade | undefined => weakGrade(fromSourceGrade(r));
/** The same for a suspension's last day, when below B. */
export const untilGrade = (r: Relation): FactGrade | undefined => weakGrade(untilSourceGrade(r));

/** The clause that sets the day a clause (or, without one, the instrument) takes effect: the most specific one with a day of its own. */
const inForceClause = (inst: InstrumentCore, clauseId?: string): ClauseCore | undefined =>
  clauseId ? inst.clauses.filter((c) => c.inForce && clauseWithin(clauseId, c.id)).sort((a, b) => b.id.length - a.id.length)[0] : undefined;

/** The day an instrument (or one clause of it) takes effect, when the sources give it. */
export function inForceDate(inst: InstrumentCore, clauseId?: string): string | undefined {
  const fact = inForceClause(inst, clauseId)?.inForce ?? inst.data.inForce;
  if (fact.date) return fact.date;
  if (fact.onPublication) return inst.data.published.date;
  return undefined;
}

/** The weakest grade behind the day of entry into force (and the publication day it refers to). */
function inForceSourceGrade(inst: InstrumentCore, clauseId?: string): FactGrade | undefined {
  const fact = inForceClause(inst, clauseId)?.inForce ?? inst.data.inForce;
  return worstGrade(gradeOf(inst, fact.source), fact.onPublication ? gradeOf(inst, inst.data.published.source) : undefined);
}
/** The same, when below B. */
const inForceGrade = (inst: InstrumentCore, clauseId?: string): FactGrade | undefined => weakGrade(inForceSourceGrade(inst, clauseId));

/** The grades (when below B) of the sources for an instrument's day of publication and of entry into force, for lists that print them. */
export const factGrades = (inst: InstrumentCore): { published?: FactGrade; inForce?: FactGrade } => {
  const published = weakGrade(gradeOf(inst, inst.data.published.source));
  const inForce = inForceGrade(inst);
  return { ...(published && { published }), ...(inForce && { inForce }) };
};

/** Relations acting on the instrument as a whole, or (with a clause) on that clause or a clause containing it. */
export function actingOn(inst: InstrumentCore, clauseId?: string): Relation[] {
  return inst.incoming.filter(
    (r) =>
      (r.type === 'suspends' || r.type === 'repeals' || r.type === 'possibly-repeals') &&
      (r.targetClause === undefined || (clauseId !== undefined && clauseWithin(clauseId, r.targetClause))),
  );
}

/** The suspension running on `date` over the instrument (or the clause), if any. */
export const suspensionOn = (inst: InstrumentCore, date: string, clauseId?: string): Relation | undefined =>
  actingOn(inst, clauseId).find((r) => r.type === 'suspends' && r.from <= date && date <= r.until!);

/**
 * The status of an instrument (or of one of its clauses) on `date` (YYYY-MM-DD). A suspension covers its days
 * inclusive; a suspension instrument whose periods have all run out is spent (its clauses with it). A status is unknown
 * when anything it would rest on is missing, and then it names every such reason: dates not held, a suspension period
 * that ran out with no later event held, a repeal of announcements listed in a part we do not hold.
 */
export function statusOn(inst: InstrumentCore, date: string, clauseId?: string): Status {
  const checkedThrough = inst.data.checkedThrough;
  const base = { unverified: date > checkedThrough, checkedThrough, unknown: [] as UnknownBasis[] };
  const relations = actingOn(inst, clauseId);
  const repeal = relations.filter((r) => r.type === 'repeals' && r.from <= date).sort((a, b) => a.from.localeCompare(b.from))[0];
  if (repeal) return graded({ ...base, state: 'repealed', since: repeal.from, relation: repeal }, fromGrade(repeal));
  const suspension = relations.find((r) => r.type === 'suspends' && r.from <= date && date <= r.until!);
  if (suspension) return graded({ ...base, state: 'suspended', since: suspension.from, until: suspension.until!, relation: suspension }, fromGrade(suspension), untilGrade(suspension));
  const published = inst.data.published.date;
  if (published && date < published) return { ...base, state: 'not-published' };
  const effective = inForceDate(inst, clauseId);
  if (effective && date < effective) return graded({ ...base, state: 'not-in-force', until: effective }, undefined, inForceGrade(inst, clauseId));
  const unknown: UnknownBasis[] = [];
  if (!published && !effective) unknown.push({ reason: 'dates-not-held' });
  else if (!effective) unknown.push({ reason: 'in-force-date-not-held' });
  // A suspension instrument has done its work once every period it set has run out; its clauses are spent with it.
  if (inst.data.kind === 'suspension' && unknown.length === 0) {
    const periods = inst.outgoing.filter((r) => r.type === 'suspends');
    const last = periods.map((r) => r.until!).sort().at(-1);
    if (last && last < date) return graded({ ...base, state: 'spent', until: last }, undefined, weakGrade(...periods.filter((r) => r.until === last).map(untilGrade)));
  }
  const lapsed = relations.filter((r) => r.type === 'suspends' && r.until! < date).sort((a, b) => b.until!.localeCompare(a.until!))[0];
  if (lapsed) unknown.push({ reason: 'suspension-ended', relation: lapsed });
  const possible = relations.filter((r) => r.type === 'possibly-repeals' && r.from <= date).sort((a, b) => a.from.localeCompare(b.from))[0];
  if (possible) unknown.push({ reason: 'possibly-repealed', relation: possible });
  if (unknown.length) return { ...base, state: 'unknown', unknown };
  return graded({ ...base, state: 'in-force', since: effective! }, inForceGrade(inst, clauseId));
}

const graded = (s: Status, since: FactGrade | undefined, until?: FactGrade): Status => ({
  ...s,
  ...(since && { sinceGrade: since }),
  ...(until && { untilGrade: until }),
});

/** The status of an item: that of its clause (which takes in its clause's own suspensions and dates). */
export const itemStatusOn = (controls: ControlsCore, item: { instrument: string; clause: { id: string } }, date: string): Status =>
  statusOn(controls.byId.get(item.instrument)!, date, item.clause.id);

/** Two statuses say the same thing (state, dates, what decides it, every reason). */
export function sameStatus(a: Status, b: Status): boolean {
  const key = (s: Status) => [s.state, s.since, s.until, s.relation?.by, s.relation?.targetClause, ...s.unknown.map((u) => `${u.reason}:${u.relation?.by ?? ''}:${u.relation?.until ?? ''}`)].join('|');
  return key(a) === key(b);
}

/** A clause whose status on the date differs from its instrument's. */
export interface PartStatus {
  clause: ClauseCore;
  status: Status;
}

/**
 * What an instrument's headline must say on a date: its status as a whole and every part whose own status differs
 * (one clause suspended, unknown, or taking effect on another day), outermost first. A headline with parts says
 * "part of it is …"; it never says "no later suspension found" while a part was suspended.
 */
export interface InstrumentStatus {
  status: Status;
  parts: PartStatus[];
}

/** The instrument's status as a whole and the clauses whose status differs from it, on `date`. */
export function instrumentStatusOn(inst: InstrumentCore, date: string): InstrumentStatus {
  const status = statusOn(inst, date);
  const targeted = new Set([
    ...inst.incoming.flatMap((r) => (r.targetClause ? [r.targetClause] : [])),
    ...inst.clauses.filter((c) => c.inForce).map((c) => c.id),
  ]);
  const parts = inst.clauses
    .filter((c) => targeted.has(c.id))
    .map((clause) => ({ clause, status: statusOn(inst, date, clause.id) }))
    .filter((p) => !sameStatus(p.status, status))
    // A clause inside another one listed with the same status adds nothing.
    .filter((p, _, all) => !all.some((q) => q !== p && clauseWithin(p.clause.id, q.clause.id) && sameStatus(p.status, q.status)));
  return { status, parts };
}

/** Every state the headline shows: the whole's, then each other state among its parts, without repeats. */
export const headlineStates = (s: InstrumentStatus): State[] => [...new Set([s.status.state, ...s.parts.map((p) => p.status.state)])];

export type EventKind = 'published' | 'in-force' | 'clause-in-force' | 'suspended' | 'suspension-ends' | 'repealed' | 'possibly-repealed' | 'disapplied' | 'list-updated' | 'concerned' | 'checked-through';

/** One dated step on an instrument's timeline. */
export interface ControlEvent {
  date: string;
  kind: EventKind;
  /** The relation behind the event, when another instrument acts. */
  relation?: Relation;
  /** For clause-level events: the clause of this instrument (or, for a related measure's event, of that measure). */
  clause?: string;
  /**
   * For a day of entry into force (the instrument's, a clause's, or for list-updated the updating measure's): the
   * suspension already running on that day. The event is then what the text provided, not what applied.
   */
  during?: Relation;
  /** suspension-ends: a later suspension or repeal of the same scope or a wider one follows, so the end is not the last word. */
  followed?: boolean;
  /** The grade of the source that gives the event's date, when below B (B- or C). */
  grade?: FactGrade;
  /** The grade of the source that gives the event's date, whatever it is (absent for the search horizon). */
  sourceGrade?: FactGrade;
  /** Set when the event is a related measure's: one that sets further rules for this one, or updates its list. */
  related?: { by: string; clause?: string; via: 'concerns' | 'updates-list' };
}

const ORDER: EventKind[] = ['published', 'in-force', 'clause-in-force', 'list-updated', 'concerned', 'disapplied', 'suspended', 'repealed', 'possibly-repealed', 'suspension-ends', 'checked-through'];

const KIND_OF: Record<Relation['type'], EventKind> = {
  suspends: 'suspended',
  repeals: 'repealed',
  'possibly-repeals': 'possibly-repealed',
  disapplies: 'disapplied',
  'updates-list': 'list-updated',
  concerns: 'concerned',
};

/** The instrument's own events and what others did to it, oldest first, without related measures or the horizon. */
function ownEvents(inst: InstrumentCore, controls: ControlsCore): ControlEvent[] {
  const events: ControlEvent[] = [];
  const during = (date: string, clauseId?: string) => {
    const s = suspensionOn(inst, date, clauseId);
    return s ? { during: s } : {};
  };
  /** An event's grades: the source's behind its date, and the same again as `grade` when below B. */
  const graded = (g: FactGrade | undefined) => ({ ...(g && { sourceGrade: g }), ...(weakGrade(g) && { grade: weakGrade(g)! }) });
  const published = inst.data.published.date;
  if (published) events.push({ date: published, kind: 'published', ...graded(gradeOf(inst, inst.data.published.source)) });
  const effective = inForceDate(inst);
  if (effective) events.push({ date: effective, kind: 'in-force', ...during(effective), ...graded(inForceSourceGrade(inst)) });
  for (const c of inst.clauses) {
    const d = c.inForce?.date ?? (c.inForce?.onPublication ? published : undefined);
    if (d && d !== effective) events.push({ date: d, kind: 'clause-in-force', clause: c.id, ...during(d, c.id), ...graded(inForceSourceGrade(inst, c.id)) });
  }
  for (const r of inst.incoming) {
    const clause = r.targetClause !== undefined ? { clause: r.targetClause } : {};
    const by = controls.byId.get(r.by);
    // A list update takes effect with the updating measure: it is suspended when that measure is.
    const updaterSuspended = r.type === 'updates-list' && by ? suspensionOn(by, r.from) : undefined;
    events.push({ date: r.from, kind: KIND_OF[r.type], relation: r, ...clause, ...(updaterSuspended && { during: updaterSuspended }), ...graded(fromSourceGrade(r)) });
    if (r.type === 'suspends') {
      // Followed by a later suspension or repeal of the same scope or a wider one (the whole, or a clause containing it).
      const followed = inst.incoming.some(
        (x) => (x.type === 'suspends' || x.type === 'repeals') && x.from > r.until! && (x.targetClause === undefined || (r.targetClause !== undefined && clauseWithin(r.targetClause, x.targetClause))),
      );
      events.push({ date: r.until!, kind: 'suspension-ends', relation: r, ...clause, followed, ...graded(untilSourceGrade(r)) });
    }
  }
  return events;
}

const sortEvents = (events: ControlEvent[]): ControlEvent[] =>
  events.sort((a, b) => a.date.localeCompare(b.date) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));

/**
 * Every dated event of an instrument, oldest first: its own dates, what others did to it, the suspensions and repeals
 * of measures that set further rules for it or update its list (marked `related`), and the search horizon.
 */
export function timeline(controls: ControlsCore, inst: InstrumentCore): ControlEvent[] {
  const events = ownEvents(inst, controls);
  for (const r of inst.incoming.filter((x) => x.type === 'concerns' || x.type === 'updates-list')) {
    const by = controls.byId.get(r.by);
    if (!by) continue;
    for (const e of ownEvents(by, controls)) {
      if (!['suspended', 'suspension-ends', 'repealed', 'possibly-repealed'].includes(e.kind)) continue;
      if (r.clause && e.clause && !clauseWithin(r.clause.id, e.clause)) continue;
      events.push({ ...e, related: { by: r.by, ...(r.clause && r.type === 'concerns' && { clause: r.clause.id }), via: r.type as 'concerns' | 'updates-list' } });
    }
  }
  events.push({ date: inst.data.checkedThrough, kind: 'checked-through' });
  return sortEvents(events);
}
