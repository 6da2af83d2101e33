/** The contents of an announcement page: its sections, its clauses in reading order with the items each holds, and the source its clauses share. */
import type { ControlClause, ControlItem, ControlSource, Instrument } from './model.ts';

/** The sections of an announcement page, by the id of their heading, in the order the page prints them. */
export const TOC_SECTIONS = ['timeline', 'items', 'text', 'quotes', 'conflicts', 'notes', 'sources'] as const;
export type TocSection = (typeof TOC_SECTIONS)[number];

/** One line of the contents: a clause, and the items whose wording stands in it. */
export interface TocClause {
  clause: ControlClause;
  items: ControlItem[];
}

export interface Toc {
  /** The sections the page has, each a heading with that id. */
  sections: TocSection[];
  /** Every clause, in reading order. */
  clauses: TocClause[];
}

/** What the page holds: sections without content (no items, no quotes, no conflicts, no notes) are left out. */
export function instrumentToc(inst: Instrument): Toc {
  const has: Record<TocSection, boolean> = {
    timeline: true,
    items: inst.items.length > 0,
    text: true,
    quotes: inst.data.quotes.length > 0,
    conflicts: inst.data.conflicts.length > 0,
    notes: inst.body.trim().length > 0,
    sources: true,
  };
  return {
    sections: TOC_SECTIONS.filter((s) => has[s]),
    clauses: inst.clauses.map((clause) => ({ clause, items: inst.items.filter((it) => it.clause.id === clause.id) })),
  };
}

/**
 * The source the page names once for its clauses: the one most of them come from (on a tie, the first in reading
 * order). Each clause from another source names its own. Undefined when the instrument has no clause.
 */
export function sharedSource(inst: Instrument): ControlSource | undefined {
  const count = new Map<string, { source: ControlSource; n: number }>();
  for (const c of inst.clauses) {
    const e = count.get(c.source.id) ?? count.set(c.source.id, { source: c.source, n: 0 }).get(c.source.id)!;
    e.n++;
  }
  let best: { source: ControlSource; n: number } | undefined;
  for (const e of count.values()) if (!best || e.n > best.n) best = e;
  return best?.source;
}

/** Whether a clause names its own source under it: when it comes from another source than the one the page names once. */
export const ownSource = (clause: ControlClause, shared: ControlSource | undefined): boolean => clause.source.id !== shared?.id;
