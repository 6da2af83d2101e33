/** Character-level diffs of one entry between two versions (name, code, each control point), on jsdiff's diffChars. */
// Pure and free of the catalogue (src/lib/catalogue/compare.ts finds the versions): the build and the browser's comparison of
// any two editions (src/scripts/compare-editions.ts) run the same code.
import { diffChars } from 'diff';
import type { ClauseRef, ControlPoint, EntryVersion } from './model.ts';

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

/** What the pairing reads of a control point (a ControlPoint of the model, or its copy in the browser's data). */
export interface DiffablePoint {
  n?: number | undefined;
  text?: string | undefined;
  changedBy?: Pick<ClauseRef, 'op'> | undefined;
}

/** What the diff reads of a version. */
export interface DiffableVersion {
  name: string;
  code?: string | undefined;
  part: string;
  completeness: EntryVersion['completeness'];
  controlPoints: DiffablePoint[];
}

type PointOf<V extends DiffableVersion> = V['controlPoints'][number];

/** The UI string that names each point status (with the edition it concerns, for the two "not held" ones). */
const POINT_STATUS_KEY = {
  same: 'cmp.st.same',
  changed: 'cmp.st.changed',
  added: 'cmp.st.added',
  deleted: 'cmp.st.deleted',
  'old-not-held': 'cmp.st.oldNotHeld',
  'new-not-held': 'cmp.st.newNotHeld',
  'text-not-held': 'cmp.st.textNotHeld',
} as const satisfies Record<PointStatus, string>;

/** A point's status in the page's words: `t` is the page's translate function, `a` and `b` the two editions' names. */
export const pointStatusWords = (status: PointStatus, t: (key: (typeof POINT_STATUS_KEY)[PointStatus], vars: { edition?: string }) => string, a: string, b: string): string =>
  t(POINT_STATUS_KEY[status], status === 'old-not-held' ? { edition: a } : status === 'new-not-held' ? { edition: b } : {});

/** The badge classes of a point's status: quiet when unchanged, marked uncertain when either side is not held. */
export const pointBadgeClass = (status: PointStatus): string => (status === 'same' ? 'badge badge-quiet' : status.endsWith('not-held') ? 'badge badge-uncertain' : 'badge');

export interface PointDiff<P extends DiffablePoint = ControlPoint> {
  status: PointStatus;
  before?: P;
  after?: P;
  /** For changed points: the character-level diff of the wording. */
  segments?: Segment[];
}

export interface EntryDiff<V extends DiffableVersion = EntryVersion> {
  before: V;
  after: V;
  name: Segment[];
  nameChanged: boolean;
  codeChanged: boolean;
  partChanged: boolean;
  points: PointDiff<PointOf<V>>[];
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

const addedByClause = (p: DiffablePoint) => p.changedBy?.op === 'add-cp' || p.changedBy?.op === 'add';

/**
 * Pairs the control points of two versions of one entry and diffs each pair. Pure; never guesses a change it cannot
 * see. `direct`: the later version arises from the earlier by one amendment, so a point its clause added is new.
 */
export function diffVersions<V extends DiffableVersion>(before: V, after: V, sameNumbering: boolean, direct = sameNumbering): EntryDiff<V> {
  type P = PointOf<V>;
  const pairOf = new Map<P, P>();
  const usedBefore = new Set<P>();
  const pair = (a: P, b: P) => {
    pairOf.set(b, a);
    usedBefore.add(a);
  };
  const free = (): P[] => before.controlPoints.filter((p) => !usedBefore.has(p));
  const open = (): P[] => after.controlPoints.filter((p) => !pairOf.has(p));

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

  const points: PointDiff<P>[] = after.controlPoints.map((b: P): PointDiff<P> => {
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

/** What a comparison can say: points changed, added, deleted, the same, and those it cannot judge. */
export interface DiffCounts {
  changed: number;
  added: number;
  deleted: number;
  same: number;
  /** Points whose change (or sameness) is not known: one side's wording, or the other side, is not held. */
  unknown: number;
  /** Points whose wording we hold on neither side: they say nothing, and are counted, not shown. */
  blind: number;
}

/** The counts a comparison's summary gives (the compare page and the browser's comparison say the same). */
export function diffCounts(d: Pick<EntryDiff<DiffableVersion>, 'points'>): DiffCounts {
  const n = (s: PointStatus) => d.points.filter((p) => p.status === s).length;
  const known = d.points.filter((p) => ['same', 'changed', 'added', 'deleted'].includes(p.status)).length;
  return {
    changed: n('changed'),
    added: n('added'),
    deleted: n('deleted'),
    same: known - n('changed') - n('added') - n('deleted'),
    unknown: d.points.length - known,
    blind: d.points.filter((p) => !p.before?.text && !p.after?.text).length,
  };
}
