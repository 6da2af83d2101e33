/** Types of the resolved export-control instruments: what pages, downloads, search and tests read. */
import type { ControlSource, DatedFact, InstrumentData, InstrumentKind, ItemKind, RelationType } from './schemas.ts';

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

export interface ControlClause extends Wording {
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
}

/** A relation as both ends see it: `by` acts on `target`. */
export interface Relation {
  type: RelationType;
  by: string;
  target: string;
  targetClause?: string;
  from: string;
  until?: string;
  /** The clause of `by` that says it. */
  clause?: ControlClause;
  source: ControlSource;
  datesSource?: ControlSource;
  note?: string;
  noteEn?: string;
}

export interface Instrument {
  id: string;
  file: string;
  body: string;
  data: InstrumentData;
  title?: Wording;
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
