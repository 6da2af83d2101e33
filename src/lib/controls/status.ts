/** What applied on a date, for an instrument, a clause or an item: from the dated facts and relations alone. */
import { clauseWithin } from './build.ts';
import type { ControlItem, Controls, Instrument, Relation } from './model.ts';

export const STATES = ['not-published', 'not-in-force', 'in-force', 'suspended', 'repealed', 'spent', 'unknown'] as const;
export type State = (typeof STATES)[number];

/** Why a status is unknown. */
export type UnknownReason = 'dates-not-held' | 'in-force-date-not-held' | 'suspension-ended';

export interface Status {
  state: State;
  /** The day the state began, when known (in force since, suspended from, repealed on). */
  since?: string;
  /** not-in-force: the day it takes effect. suspended: the last day of the period. spent: the last day of its last period. */
  until?: string;
  /** The suspension or repeal that decides the state. */
  relation?: Relation;
  /** unknown: why. For suspension-ended, `relation` is the suspension whose period ran out on `relation.until`. */
  reason?: UnknownReason;
  /** The date is after the day the sources were searched up to: later events may exist that we do not hold. */
  unverified: boolean;
  checkedThrough: string;
}

/** The day an instrument (or one clause of it) takes effect, when the sources give it. */
export function inForceDate(inst: Instrument, clauseId?: string): string | undefined {
  // The most specific clause containing `clauseId` that sets a day of its own.
  const clause = clauseId
    ? inst.clauses.filter((c) => c.inForce && clauseWithin(clauseId, c.id)).sort((a, b) => b.id.length - a.id.length)[0]
    : undefined;
  const fact = clause?.inForce ?? inst.data.inForce;
  if (fact.date) return fact.date;
  if (fact.onPublication) return inst.data.published.date;
  return undefined;
}

/** Relations acting on the instrument as a whole, or (with a clause) on that clause or a clause containing it. */
export function actingOn(inst: Instrument, clauseId?: string): Relation[] {
  return inst.incoming.filter(
    (r) => (r.type === 'suspends' || r.type === 'repeals') && (r.targetClause === undefined || (clauseId !== undefined && clauseWithin(clauseId, r.targetClause))),
  );
}

/**
 * The status of an instrument (or of one of its clauses) on `date` (YYYY-MM-DD). A suspension covers its days
 * inclusive; a suspension instrument whose periods have all run out is spent. When the last held event is a suspension whose period has run out, the answer is unknown: whether it was
 * extended, lifted or replaced is not in the sources.
 */
export function statusOn(inst: Instrument, date: string, clauseId?: string): Status {
  const checkedThrough = inst.data.checkedThrough;
  const base = { unverified: date > checkedThrough, checkedThrough };
  const relations = actingOn(inst, clauseId);
  const repeal = relations.filter((r) => r.type === 'repeals' && r.from <= date).sort((a, b) => a.from.localeCompare(b.from))[0];
  if (repeal) return { ...base, state: 'repealed', since: repeal.from, relation: repeal };
  const suspension = relations.find((r) => r.type === 'suspends' && r.from <= date && date <= r.until!);
  if (suspension) return { ...base, state: 'suspended', since: suspension.from, until: suspension.until!, relation: suspension };
  const published = inst.data.published.date;
  if (published && date < published) return { ...base, state: 'not-published' };
  const effective = inForceDate(inst, clauseId);
  if (!published && !effective) return { ...base, state: 'unknown', reason: 'dates-not-held' };
  if (effective && date < effective) return { ...base, state: 'not-in-force', until: effective };
  if (!effective) return { ...base, state: 'unknown', reason: 'in-force-date-not-held' };
  // A suspension instrument has done its work once every period it set has run out.
  if (inst.data.kind === 'suspension' && clauseId === undefined) {
    const periods = inst.outgoing.filter((r) => r.type === 'suspends');
    const last = periods.map((r) => r.until!).sort().at(-1);
    if (last && last < date) return { ...base, state: 'spent', until: last };
  }
  const lapsed = relations
    .filter((r) => r.type === 'suspends' && r.until! < date)
    .sort((a, b) => b.until!.localeCompare(a.until!))[0];
  if (lapsed) return { ...base, state: 'unknown', reason: 'suspension-ended', relation: lapsed };
  return { ...base, state: 'in-force', since: effective };
}

/** The status of an item: that of its clause. */
export const itemStatusOn = (controls: Controls, item: ControlItem, date: string): Status =>
  statusOn(controls.byId.get(item.instrument)!, date, item.clause.id);

export type EventKind = 'published' | 'in-force' | 'clause-in-force' | 'suspended' | 'suspension-ends' | 'repealed' | 'disapplied' | 'list-updated' | 'concerned' | 'checked-through';

/** One dated step on an instrument's timeline. */
export interface ControlEvent {
  date: string;
  kind: EventKind;
  /** The relation behind the event, when another instrument acts. */
  relation?: Relation;
  /** For clause-level events: the clause of this instrument. */
  clause?: string;
}

const ORDER: EventKind[] = ['published', 'in-force', 'clause-in-force', 'list-updated', 'concerned', 'disapplied', 'suspended', 'repealed', 'suspension-ends', 'checked-through'];

/** Every dated event of an instrument, oldest first: its own dates, then what others did to it, then the search horizon. */
export function timeline(inst: Instrument): ControlEvent[] {
  const events: ControlEvent[] = [];
  const published = inst.data.published.date;
  if (published) events.push({ date: published, kind: 'published' });
  const effective = inForceDate(inst);
  if (effective) events.push({ date: effective, kind: 'in-force' });
  for (const c of inst.clauses) {
    const d = c.inForce?.date ?? (c.inForce?.onPublication ? published : undefined);
    if (d && d !== effective) events.push({ date: d, kind: 'clause-in-force', clause: c.id });
  }
  for (const r of inst.incoming) {
    const kind: EventKind = r.type === 'suspends' ? 'suspended' : r.type === 'repeals' ? 'repealed' : r.type === 'disapplies' ? 'disapplied' : r.type === 'updates-list' ? 'list-updated' : 'concerned';
    events.push({ date: r.from, kind, relation: r, ...(r.targetClause !== undefined && { clause: r.targetClause }) });
    if (r.type === 'suspends') events.push({ date: r.until!, kind: 'suspension-ends', relation: r, ...(r.targetClause !== undefined && { clause: r.targetClause }) });
  }
  events.push({ date: inst.data.checkedThrough, kind: 'checked-through' });
  return events.sort((a, b) => a.date.localeCompare(b.date) || ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
}
