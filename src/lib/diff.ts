/** Character-level diffs of one entry between two editions (name, code, each control point), built on jsdiff's diffChars. */
import { diffChars } from 'diff';
import type { Catalogue, ControlPoint, EntryVersion } from './model.ts';
import { timeline } from './queries.ts';

/** A run of text that is in both versions, only in the earlier (del) or only in the later (ins). */
export interface Segment {
  kind: 'same' | 'del' | 'ins';
  text: string;
}

/**
 * What the two versions say about one control point:
 * - same / changed: both versions hold its wording;
 * - added / deleted: it is in one version only, and we know it is absent from the other (a clause adds it, or the
 *   other version is complete);
 * - old-not-held / new-not-held: it is in one version only, and the other version's wording is simply not held, so
 *   nothing can be said about a change;
 * - text-not-held: the point is in both, but the wording of at least one side is not held.
 */
export type PointStatus = 'same' | 'changed' | 'added' | 'deleted' | 'old-not-held' | 'new-not-held' | 'text-not-held';

export interface PointDiff {
  status: PointStatus;
  before?: ControlPoint;
  after?: ControlPoint;
  /** For changed points: the character-level diff of the wording. */
  segments?: Segment[];
}

export interface EntryDiff {
  before: EntryVersion;
  after: EntryVersion;
  name: Segment[];
  nameChanged: boolean;
  codeChanged: boolean;
  partChanged: boolean;
  points: PointDiff[];
  /** True when control-point numbers of the two editions refer to the same points (no re-issue between them). */
  sameNumbering: boolean;
  /** True when the later version arises from the earlier by one amendment (its clauses describe this step). */
  direct: boolean;
}

/** Character-level diff of two strings; adjacent runs of the same kind are merged. */
export function diffText(before: string, after: string): Segment[] {
  const out: Segment[] = [];
  for (const c of diffChars(before, after)) {
    const kind = c.added ? 'ins' : c.removed ? 'del' : 'same';
    const last = out.at(-1);
    if (last && last.kind === kind) last.text += c.value;
    else out.push({ kind, text: c.value });
  }
  return out;
}

/**
 * How much of the shorter wording survives in the longer one (0..1), from the same diff. A point that gained a
 * bracketed list keeps all of its old wording, so containment, not overall likeness, is what pairs reworded points.
 */
export function similarity(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter === 0) return a.length === b.length ? 1 : 0;
  const common = diffText(a, b)
    .filter((s) => s.kind === 'same')
    .reduce((n, s) => n + s.text.length, 0);
  return common / shorter;
}

/** Points whose shorter wording survives at least this much in the other are taken to be the same point reworded. */
export const SIMILAR = 0.8;

/**
 * An upper bound of similarity() without diffing: the characters the two wordings have in common, counted with
 * repeats, over the shorter length (what survives can never be more). Pairing diffs only the candidates whose bound
 * reaches SIMILAR, so its result is the same, with far fewer diffs where points differ.
 */
export function similarityBound(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  if (shorter === 0) return a.length === b.length ? 1 : 0;
  // Counted by UTF-16 unit, as similarity() measures lengths: a bound whether the diff pairs units or code points.
  const counts = new Map<number, number>();
  for (let i = 0; i < a.length; i++) counts.set(a.charCodeAt(i), (counts.get(a.charCodeAt(i)) ?? 0) + 1);
  let common = 0;
  for (let i = 0; i < b.length; i++) {
    const n = counts.get(b.charCodeAt(i));
    if (n) {
      counts.set(b.charCodeAt(i), n - 1);
      common++;
    }
  }
  return common / shorter;
}

/** Control-point numbers carry over only while editions arise from one another by amendment (no re-issue between). */
export function numberingComparable(cat: Catalogue, a: string, b: string): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return cat.editions.filter((e) => e.id > lo && e.id <= hi).every((e) => e.data.arises.kind === 'amended');
}

const addedByClause = (p: ControlPoint) => p.changedBy?.op === 'add-cp' || p.changedBy?.op === 'add';

/**
 * Pairs the control points of two versions of one entry and diffs each pair. Pure; never guesses a change it cannot
 * see. `direct`: the later version arises from the earlier by one amendment, so a point its clause added is new.
 */
export function diffVersions(before: EntryVersion, after: EntryVersion, sameNumbering: boolean, direct = sameNumbering): EntryDiff {
  const pairOf = new Map<ControlPoint, ControlPoint>();
  const usedBefore = new Set<ControlPoint>();
  const pair = (a: ControlPoint, b: ControlPoint) => {
    pairOf.set(b, a);
    usedBefore.add(a);
  };
  const free = () => before.controlPoints.filter((p) => !usedBefore.has(p));
  const open = () => after.controlPoints.filter((p) => !pairOf.has(p));

  // 1. identical wording; 2. same official number when numbering carries over; 3. similar wording.
  for (const b of open()) {
    const a = free().find((p) => p.text !== undefined && p.text === b.text);
    if (a) pair(a, b);
  }
  if (sameNumbering) {
    for (const b of open()) {
      const a = b.n === undefined ? undefined : free().find((p) => p.n === b.n);
      if (a) pair(a, b);
    }
  }
  for (const b of open()) {
    if (b.text === undefined) continue;
    const best = free()
      .filter((p) => p.text !== undefined && similarityBound(p.text, b.text!) >= SIMILAR)
      .map((p) => ({ p, s: similarity(p.text!, b.text!) }))
      .sort((x, y) => y.s - x.s)[0];
    if (best && best.s >= SIMILAR) pair(best.p, b);
  }

  const points: PointDiff[] = after.controlPoints.map((b) => {
    const a = pairOf.get(b);
    if (!a) {
      const known = (direct && addedByClause(b)) || before.completeness === 'complete';
      return { status: known ? 'added' : 'old-not-held', after: b };
    }
    if (a.text === undefined || b.text === undefined) return { status: 'text-not-held', before: a, after: b };
    if (a.text === b.text) return { status: 'same', before: a, after: b };
    return { status: 'changed', before: a, after: b, segments: diffText(a.text, b.text) };
  });
  for (const a of free()) points.push({ status: after.completeness === 'complete' ? 'deleted' : 'new-not-held', before: a });

  return {
    before,
    after,
    name: diffText(before.name, after.name),
    nameChanged: before.name !== after.name,
    codeChanged: (before.code ?? '') !== (after.code ?? '') && Boolean(before.code && after.code),
    partChanged: before.part !== after.part,
    points,
    sameNumbering,
    direct,
  };
}

/** The last diff made: a compare page asks for its diff twice (title, then the view), one after the other. */
let last: { cat: Catalogue; id: string; diff: EntryDiff | undefined } | undefined;

/**
 * The diff of an entry between two editions in which it stands, or undefined when it does not stand in both. The last
 * one is remembered (a built catalogue is not changed), not every one: a large build would hold them all.
 */
export function compareEditions(cat: Catalogue, key: string, a: string, b: string): EntryDiff | undefined {
  const id = `${key}/${a < b ? `${a}...${b}` : `${b}...${a}`}`;
  if (last?.cat !== cat || last.id !== id) last = { cat, id, diff: diffOfEditions(cat, key, a, b) };
  return last.diff;
}

function diffOfEditions(cat: Catalogue, key: string, a: string, b: string): EntryDiff | undefined {
  const find = (ed: string) => timeline(cat, key).find((s) => s.edition.id === ed)?.version;
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const before = find(lo);
  const after = find(hi);
  const arises = cat.editions.find((e) => e.id === hi)?.data.arises;
  const direct = arises?.kind === 'amended' && arises.base === lo;
  return before && after ? diffVersions(before, after, numberingComparable(cat, lo, hi), direct) : undefined;
}
