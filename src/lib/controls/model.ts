/** Types of the resolved export-control instruments: what pages, downloads, search and tests read. */
import type { ControlSource, DatedFact, FactGrade, InstrumentData, InstrumentKind, ItemKind, RelationType } from './schemas.ts';

export type { ControlSource, InstrumentKind, ItemKind, RelationType };

/** Official wording as shown: Simplified; for a Traditional copy, converted character by character from `held`. */
export interface Wording {
  text: string;
  /** Exactly as the source holds it. */
  held: string;
  /** True when `text` was converted from a Traditional-character copy. */
  converted: boolean;
  source: ControlSource;
  /** Our unofficial English rendering, when written. */
  en?: string;
}

export interface ControlClause extends Wording, ClauseCore {
  instrument: string;
  id: string;
  label: string;
  /** The label in English (src/lib/controls/clause-labels.ts): 一（一） → "1(1)", 序言 → "preamble". */
  labelEn: string;
  role: InstrumentData['clauses'][number]['role'];
  /** Fragment id on the instrument page: `cl-1-1`. */
  anchor: string;
  corroboration: ControlSource[];
  note?: string;
  /** `note` in English (our words), when written. */
  noteEn?: string;
  /** Set only where this clause takes effect on another day than the instrument. */
  inForce?: DatedFact;
}

export interface ControlItem extends Wording {
  instrument: string;
  id: string;
  codes: string[];
  kind: ItemKind;
  clause: ControlClause;
  /** Fragment id on the instrument page: `item-1-1`. */
  anchor: string;
  codeNote?: string;
  codeNoteEn?: string;
  note?: string;
  noteEn?: string;
  /** What of its wording we do not hold: printed wherever the item's text is printed. Empty when the text is whole as far as we know. */
  gaps: ItemGap[];
}

/**
 * What the status rules and the status sentences read of a relation, and no more: the status events file
 * (/data/status-events.json, src/lib/controls/status-events.ts) carries exactly this, so that a page's script computes
 * a status on another date with the same functions as the build.
 */
export interface RelationCore {
  type: RelationType | 'possibly-repeals';
  by: string;
  target: string;
  targetClause?: string;
  from: string;
  until?: string;
  clause?: { id: string };
  source: { grade: FactGrade };
  datesSource?: { grade: FactGrade };
  untilSource?: { grade: FactGrade };
  note?: string;
  noteEn?: string;
  what?: string;
  whatEn?: string;
}

/** What the status rules read of a clause: its id, how pages name and anchor it, and its own day of entry into force. */
export interface ClauseCore {
  id: string;
  label: string;
  anchor: string;
  /** Our English reference to the clause in running text ("clause 1(1)", "the preamble"; clause-labels.ts), unofficial. */
  refEn?: string;
  inForce?: Pick<DatedFact, 'date' | 'onPublication' | 'source'>;
}

/** What the status rules and sentences read of an instrument (an Instrument is one; so is a record of the status events file). */
export interface InstrumentCore {
  id: string;
  data: {
    kind: InstrumentKind;
    issuers: string[];
    checkedThrough: string;
    published: Pick<DatedFact, 'date' | 'source'>;
    inForce: Pick<DatedFact, 'date' | 'onPublication' | 'source'>;
    sources: { id: string; grade: FactGrade }[];
  };
  clauses: ClauseCore[];
  incoming: RelationCore[];
  outgoing: RelationCore[];
}

/** What the status rules read of the whole section: every instrument by id. */
export interface ControlsCore {
  byId: Map<string, InstrumentCore>;
}

/**
 * A relation as both ends see it: `by` acts on `target`. `possibly-repeals` is never written in content: it is derived
 * from a repeal of instruments listed in a part we do not hold (`repealsUnlisted`), for each instrument in force the day
 * before, and `what` then says, in our words, what was repealed.
 */
export interface Relation extends RelationCore {
  type: RelationType | 'possibly-repeals';
  by: string;
  target: string;
  targetClause?: string;
  from: string;
  until?: string;
  /** The clause of `by` that says it. */
  clause?: ControlClause;
  source: ControlSource;
  datesSource?: ControlSource;
  /** Where the last day of a suspension comes from another source than `datesSource` (e.g. the reported sentence itself). */
  untilSource?: ControlSource;
  note?: string;
  noteEn?: string;
  /** possibly-repeals: what the sentence repeals, in our words (e.g. 附件2所列的11个公告). */
  what?: string;
  whatEn?: string;
}

/** A part of an item's wording that we do not hold (a point, a lead-in, blanked numbers), in our words. */
export interface ItemGap {
  what: string;
  whatEn?: string;
}

export interface Instrument {
  id: string;
  file: string;
  body: string;
  data: InstrumentData;
  title?: Wording;
  /** Legal bases named in the text, as shown (converted when held in Traditional characters). */
  legalBasis: Wording[];
  clauses: ControlClause[];
  items: ControlItem[];
  /** What this instrument does to others. */
  outgoing: Relation[];
  /** What others do to this one. */
  incoming: Relation[];
}

export interface Controls {
  /** Oldest first (by id: year, then number). */
  instruments: Instrument[];
  byId: Map<string, Instrument>;
  items: ControlItem[];
  /** Every 管制编码 → the items that carry it, in instrument order. */
  codes: Map<string, ControlItem[]>;
}
