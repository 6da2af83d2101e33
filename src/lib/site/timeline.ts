/** One timeline of both regimes: every dated event we hold (editions, announcements, suspensions, repeals, horizons), in date order. */
import type { Catalogue } from '../catalogue/model.ts';
import type { Controls } from '../controls/model.ts';
import type { FactGrade } from '../controls/schemas.ts';
import { timeline, type ControlEvent, type EventKind } from '../controls/status.ts';
import { compareInstrumentIds } from '../controls/ids.ts';
import { amendmentUrl, clauseUrl, controlsUrl, editionUrl, instrumentUrl } from './urls.ts';
import { clauseAnchor } from '../controls/ids.ts';

export type Regime = 'catalogue' | 'controls';
/** How much of the date a source gives: the day; only the month; only the year (of an announcement's number). */
export type Precision = 'day' | 'month' | 'year';
export type SiteEventKind = EventKind | 'edition-published' | 'edition-in-force';

export interface SiteEvent {
  /** Derived from what the event is (never from its order, its date or the build): the feeds' entry ids come from it. */
  key: string;
  /** YYYY-MM-DD, or YYYY-MM / YYYY when only the month or year is known. */
  date: string;
  precision: Precision;
  regime: Regime;
  kind: SiteEventKind;
  /** The grade of the source behind the date (announcements); absent where our content does not record one. */
  sourceGrade?: FactGrade;
  /** Announcements: the instrument the event is about, and the event as its own timeline has it. */
  instrument?: string;
  event?: ControlEvent;
  /** Catalogue: the edition, and the adjustment list it arises from (if any). */
  edition?: string;
  amendment?: string;
  /** The page (and anchor) the event is about. */
  path: string;
  /** The page of the instrument that acts, where another one does. */
  byPath?: string;
  /** Catalogue: the instrument that issued the edition (its Chinese designation). */
  instrumentName?: string;
}

const KIND_ORDER: SiteEventKind[] = ['edition-published', 'edition-in-force', 'published', 'in-force', 'clause-in-force', 'list-updated', 'concerned', 'disapplied', 'suspended', 'repealed', 'possibly-repealed', 'suspension-ends', 'checked-through'];

/** Date order; an event known only by month or year comes before the days of that month or year; then regime, kind, instrument. */
export function compareSiteEvents(a: SiteEvent, b: SiteEvent): number {
  return (
    a.date.localeCompare(b.date) ||
    (a.regime === b.regime ? 0 : a.regime === 'catalogue' ? -1 : 1) ||
    KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
    (a.instrument && b.instrument ? compareInstrumentIds(a.instrument, b.instrument) : 0) ||
    a.key.localeCompare(b.key)
  );
}

/** The key of an announcement's event: its instrument, kind, clause and the instrument acting (never its date). */
const controlKey = (inst: string, e: ControlEvent): string =>
  ['controls', inst, e.kind, e.clause ?? '-', e.relation ? `${e.relation.type}:${e.relation.by}` : '-'].join('/');

/** Every event of the export-control announcements: each instrument's own dates and what others did to it, and the horizons. */
export function controlEvents(controls: Controls): SiteEvent[] {
  const out: SiteEvent[] = [];
  for (const inst of controls.instruments) {
    const events = timeline(controls, inst).filter((e) => !e.related && e.kind !== 'checked-through');
    for (const e of events) {
      const path = e.clause ? clauseUrl(inst.id, clauseAnchor(e.clause)) : instrumentUrl(inst.id);
      out.push({
        key: controlKey(inst.id, e),
        date: e.date,
        precision: 'day',
        regime: 'controls',
        kind: e.kind,
        ...(e.sourceGrade && { sourceGrade: e.sourceGrade }),
        instrument: inst.id,
        event: e,
        path,
        ...(e.relation && e.relation.by !== inst.id && { byPath: instrumentUrl(e.relation.by) }),
      });
    }
    // Publication known only by month (a source says so), or not at all: placed by month, or by the year of its number.
    if (!inst.data.published.date) {
      const month = inst.data.published.month;
      const grade = month ? inst.data.sources.find((s) => s.id === inst.data.published.source)?.grade : undefined;
      out.push({
        key: controlKey(inst.id, { date: '', kind: 'published' }),
        date: month ?? inst.id.slice(0, 4),
        precision: month ? 'month' : 'year',
        regime: 'controls',
        kind: 'published',
        ...(grade && { sourceGrade: grade }),
        instrument: inst.id,
        path: instrumentUrl(inst.id),
      });
    }
  }
  for (const date of [...new Set(controls.instruments.map((i) => i.data.checkedThrough))]) {
    out.push({ key: `controls/checked-through/${date}`, date, precision: 'day', regime: 'controls', kind: 'checked-through', path: controlsUrl() });
  }
  return out;
}

/** Every event of the catalogue: each edition published and in force (with its adjustment list), and the horizon of its sources. */
export function catalogueEvents(cat: Catalogue): SiteEvent[] {
  const out: SiteEvent[] = [];
  for (const e of cat.editions) {
    const amendment = e.data.arises.kind === 'amended' ? e.data.arises.amendment : undefined;
    const common = { regime: 'catalogue' as const, precision: 'day' as const, edition: e.id, instrumentName: e.data.instrument, path: editionUrl(e.id), ...(amendment && { amendment, byPath: amendmentUrl(amendment) }) };
    out.push({ ...common, key: `catalogue/${e.id}/published`, date: e.data.published, kind: 'edition-published' });
    out.push({ ...common, key: `catalogue/${e.id}/in-force`, date: e.data.inForce, kind: 'edition-in-force' });
  }
  const newest = cat.editions.at(-1);
  const horizon = newest?.data.laterChanges?.checkedThrough;
  if (newest && horizon) out.push({ key: `catalogue/checked-through/${horizon}`, date: horizon, precision: 'day', regime: 'catalogue', kind: 'checked-through', edition: newest.id, path: editionUrl(newest.id) });
  return out;
}

/** Both regimes, in date order. */
export const siteTimeline = (cat: Catalogue, controls: Controls): SiteEvent[] => [...catalogueEvents(cat), ...controlEvents(controls)].sort(compareSiteEvents);

/** The years the timeline spans, oldest first. */
export const timelineYears = (events: SiteEvent[]): string[] => [...new Set(events.map((e) => e.date.slice(0, 4)))].sort();
