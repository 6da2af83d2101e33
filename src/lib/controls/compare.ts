/** What changed between two dates, for one announcement or the whole section: each status that differs, and the events in between. */
import type { ControlsCore, InstrumentCore } from './model.ts';
import { instrumentStatusOn, sameStatus, statusOn, timeline, type ControlEvent, type Status } from './status.ts';

/** How a status changed, named by what it became: published, came into force, suspended, a suspension ran out, spent, repealed, possibly repealed. */
export const CHANGE_KINDS = ['published', 'came-into-force', 'suspended', 'lapsed', 'spent', 'repealed', 'possibly-repealed', 'became-unknown', 'other'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface StatusChange {
  instrument: string;
  /** Set for a clause whose own status changed apart from its announcement's (a part, at either date). */
  clause?: string;
  before: Status;
  after: Status;
  kind: ChangeKind;
}

/** The name of a change, from the status before and after (a status never changes without one of these). */
export function changeKind(before: Status, after: Status): ChangeKind {
  const had = new Set(before.unknown.map((u) => u.reason));
  switch (after.state) {
    case 'not-in-force':
      return before.state === 'not-published' ? 'published' : 'other';
    case 'in-force':
      return before.state === 'not-published' || before.state === 'not-in-force' ? 'came-into-force' : 'other';
    case 'suspended':
      return 'suspended';
    case 'repealed':
      return 'repealed';
    case 'spent':
      return 'spent';
    case 'unknown':
      if (after.unknown.some((u) => u.reason === 'possibly-repealed') && !had.has('possibly-repealed')) return 'possibly-repealed';
      if (after.unknown.some((u) => u.reason === 'suspension-ended') && (before.state === 'suspended' || !had.has('suspension-ended'))) return 'lapsed';
      if (before.state === 'not-published') return 'published';
      return 'became-unknown';
    case 'not-published':
      return 'other';
  }
}

/** The clauses of an instrument whose status is its own (differs from the whole's) on either date. */
function partsOn(inst: InstrumentCore, from: string, to: string): string[] {
  const ids = new Set([...instrumentStatusOn(inst, from).parts, ...instrumentStatusOn(inst, to).parts].map((p) => p.clause.id));
  return inst.clauses.filter((c) => ids.has(c.id)).map((c) => c.id);
}

/**
 * Every status that differs between `from` and `to` (YYYY-MM-DD, from ≤ to): each instrument as a whole, then each of
 * its clauses with a status of its own whose change is not the whole's, in instrument order. `only` keeps one instrument.
 */
export function changesBetween(controls: ControlsCore & { instruments: InstrumentCore[] }, from: string, to: string, only?: string): StatusChange[] {
  if (from > to) throw new Error(`changesBetween: from (${from}) is after to (${to})`);
  const out: StatusChange[] = [];
  for (const inst of controls.instruments.filter((i) => only === undefined || i.id === only)) {
    const before = statusOn(inst, from);
    const after = statusOn(inst, to);
    if (!sameStatus(before, after)) out.push({ instrument: inst.id, before, after, kind: changeKind(before, after) });
    for (const clause of partsOn(inst, from, to)) {
      const b = statusOn(inst, from, clause);
      const a = statusOn(inst, to, clause);
      if (sameStatus(b, a)) continue;
      out.push({ instrument: inst.id, clause, before: b, after: a, kind: changeKind(b, a) });
    }
  }
  return out;
}

/** The events after `from` up to and including `to`, instrument by instrument (their own events and what others did to them). */
export function eventsBetween(controls: ControlsCore & { instruments: InstrumentCore[] }, from: string, to: string, only?: string): { instrument: string; event: ControlEvent }[] {
  return controls.instruments
    .filter((i) => only === undefined || i.id === only)
    .flatMap((inst) => timeline(controls, inst).filter((e) => !e.related && e.kind !== 'checked-through' && e.date > from && e.date <= to).map((event) => ({ instrument: inst.id, event })))
    .sort((a, b) => a.event.date.localeCompare(b.event.date));
}
