/** Types of the resolved catalogue: what pages, downloads and tests read. */
import type { AmendmentData, ClauseData, Completeness, EditionData, EntryData, Part, Source } from './schemas.ts';

export type { Part, Source, Completeness };

/** A clause of an adjustment list as other parts of the model refer to it. */
export interface ClauseRef {
  amendment: string;
  instrument: string;
  n?: number;
  op: ClauseData['op'];
  wording?: string;
  /** Our unofficial English rendering of `wording`, when written. */
  wordingEn?: string;
  /** A short name a secondary source uses for the target (e.g. MOFCOM's Q&A); not the entry's official name. */
  shortName?: string;
  wordingComplete: boolean;
  certainty: 'certain' | 'uncertain';
  note?: string;
  /** `note` in English (our words), when written. */
  noteEn?: string;
  source?: Source;
}

export interface ControlPoint {
  /** Official number; absent when the source gives the text without its number. */
  n?: number;
  /** Official text; absent when we know the point exists but do not hold its wording. */
  text?: string;
  /** Our unofficial English rendering of `text`, when written. */
  en?: string;
  /** Fragment id on the entry page, stable for numbered points: `cp-5`. */
  anchor: string;
  /** Anchors the point had before and keeps (`cp-u1` before its number was known); the page carries each one. */
  aliases?: string[];
  note?: string;
  /** `note` in English (our words), when written. */
  noteEn?: string;
  /** The clause that set this text in this edition, if any. */
  changedBy?: ClauseRef;
}

export type Origin =
  | { kind: 'file'; file: string; body: string; bodyEn?: string }
  | { kind: 'carried'; from: string }
  | { kind: 'added'; clause: ClauseRef };

/** One entry as it stands in one edition. */
export interface EntryVersion {
  key: string;
  edition: string;
  part: Part;
  code?: string;
  seq?: number;
  industry?: string;
  name: string;
  /** Our unofficial English rendering of `name`, when written. */
  nameEn?: string;
  controlPoints: ControlPoint[];
  formerCodes: string[];
  predecessors: string[];
  completeness: Completeness;
  missing: string[];
  /** The English of each `missing` item, by position (our words); absent or undefined where not written. */
  missingEn?: (string | undefined)[];
  sources: Source[];
  origin: Origin;
  relativeToPrevious: EntryData['relativeToPrevious'];
  /** Clauses of the amendment that produced this edition which touched this entry. */
  changes: ClauseRef[];
  /** Set when a clause may have removed or changed this entry and we cannot tell. */
  uncertain?: { clause: ClauseRef; reason: string; reasonEn?: string };
}

/** An entry that no longer stands in an edition, and why. */
export interface Removal {
  key: string;
  edition: string;
  last: EntryVersion;
  by: ClauseRef;
}

/** A clause recorded but not applied to a held entry (target not held, or the operation is unknown). */
export interface UnappliedClause {
  edition: string;
  clause: ClauseRef;
  /** Absent when even the part of a clause known only in part is not known. */
  part?: Part;
  industry?: string;
  target?: { key?: string; code?: string; name?: string };
  text?: string;
  cp?: number;
}

export interface Edition {
  id: string;
  data: EditionData;
  body: string;
  file: string;
}

export interface Amendment {
  id: string;
  data: AmendmentData;
  body: string;
  file: string;
}

export interface Catalogue {
  editions: Edition[];
  amendments: Amendment[];
  /** Entries standing in each edition, in display order. */
  versions: Map<string, EntryVersion[]>;
  removals: Removal[];
  unapplied: UnappliedClause[];
}
