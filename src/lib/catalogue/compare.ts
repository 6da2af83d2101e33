/** An entry between two editions: the diff, which pairs get a compare page, the data the browser compares others with. */
// Pairs of editions next to each other among those that hold the entry get a page of their own; any other pair is
// compared in the reader's browser, from the data the history page carries.
import { diffVersions, type EntryDiff } from './diff.ts';
import type { UiKey } from '../site/i18n.ts';
import type { Catalogue, ControlPoint, EntryVersion } from './model.ts';
import { timeline } from './queries.ts';

/** Control-point numbers carry over only while editions arise from one another by amendment (no re-issue between). */
export function numberingComparable(cat: Catalogue, a: string, b: string): boolean {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return cat.editions.filter((e) => e.id > lo && e.id <= hi).every((e) => e.data.arises.kind === 'amended');
}

/** True when the later edition arises from the earlier by one amendment, so its clauses describe this step. */
function arisesDirectly(cat: Catalogue, lo: string, hi: string): boolean {
  const arises = cat.editions.find((e) => e.id === hi)?.data.arises;
  return arises?.kind === 'amended' && arises.base === lo;
}

/** The last diff made: a compare page asks for its diff twice (title, then the view), one after the other. */
let last: { cat: Catalogue; id: string; diff: EntryDiff | undefined } | undefined;

/**
 * The diff of an entry between two editions in which it stands, or undefined when it does not stand in both. The last
 * one is remembered (a built catalogue is not changed), not every one: a large build would hold them all.
 */
export function compareEditions(cat: Catalogue, key: string, a: string, b: string): EntryDiff | undefined {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const id = `${key}/${lo}...${hi}`;
  if (last?.cat === cat && last.id === id) return last.diff;
  const find = (ed: string) => timeline(cat, key).find((s) => s.edition.id === ed)?.version;
  const before = find(lo);
  const after = find(hi);
  const diff = before && after ? diffVersions(before, after, numberingComparable(cat, lo, hi), arisesDirectly(cat, lo, hi)) : undefined;
  last = { cat, id, diff };
  return diff;
}

/** A pair of editions an entry can be compared in, earlier first; `page`: it has a compare page of its own. */
export interface ComparePair {
  a: string;
  b: string;
  page: boolean;
}

/**
 * Every pair of editions an entry can be compared in, in the order of the history page's list. A pair of editions next
 * to each other among those that hold the entry has a compare page (linked from timelines and change lists); every
 * other pair is compared in the browser, on the history page: a page for each pair made most of a large build.
 */
export function comparePairs(cat: Catalogue, key: string): ComparePair[] {
  const eds = timeline(cat, key).flatMap((s) => (s.version ? [s.edition.id] : []));
  return eds.flatMap((a, i) => eds.slice(i + 1).map((b, j) => ({ a, b, page: j === 0 })));
}

/** The id of a pair on the history page (its item in the list, and the address of its comparison): `compare-2008-2023`. */
export const pairId = (a: string, b: string): string => `compare-${a}-${b}`;

/** A control point as the browser's comparison needs it. */
export type BrowserPoint = Pick<ControlPoint, 'n' | 'text' | 'en' | 'anchor'> & { changedBy?: Pick<NonNullable<ControlPoint['changedBy']>, 'op'> };

/** A version as the browser's comparison needs it; `url` is its page in the language of the page that carries it. */
export type BrowserVersion = Pick<EntryVersion, 'edition' | 'name' | 'nameEn' | 'code' | 'part' | 'completeness'> & { url: string; controlPoints: BrowserPoint[] };

/** What the history page gives its script: the versions, and each pair compared in the browser with its two flags. */
export interface BrowserCompareData {
  versions: Record<string, BrowserVersion>;
  pairs: Record<string, { a: string; b: string; sameNumbering: boolean; direct: boolean }>;
}

/** The data for the pairs an entry is compared in in the browser (none when every pair has its page). */
export function browserCompareData(cat: Catalogue, key: string, urlOf: (edition: string) => string): BrowserCompareData | undefined {
  const inBrowser = comparePairs(cat, key).filter((p) => !p.page);
  if (!inBrowser.length) return undefined;
  const versions: BrowserCompareData['versions'] = {};
  for (const step of timeline(cat, key)) {
    const v = step.version;
    if (!v) continue;
    versions[v.edition] = {
      edition: v.edition,
      name: v.name,
      nameEn: v.nameEn,
      code: v.code,
      part: v.part,
      completeness: v.completeness,
      url: urlOf(v.edition),
      controlPoints: v.controlPoints.map((cp) => ({ n: cp.n, text: cp.text, en: cp.en, anchor: cp.anchor, changedBy: cp.changedBy && { op: cp.changedBy.op } })),
    };
  }
  const pairs: BrowserCompareData['pairs'] = {};
  for (const { a, b } of inBrowser) pairs[pairId(a, b)] = { a, b, sameNumbering: numberingComparable(cat, a, b), direct: arisesDirectly(cat, a, b) };
  return { versions, pairs };
}

/** The interface strings the browser's comparison uses, given to it by the page in the page's language. */
export const BROWSER_COMPARE_STRINGS = [
  'cmp.title', 'cmp.nameChanged', 'cmp.nameSame', 'cmp.codeChanged', 'cmp.codeSame', 'cmp.codeUnknown', 'cmp.pointsUnknown',
  'cmp.points', 'cmp.pointsAndUndecided', 'cmp.renumbered', 'cmp.incomplete', 'cmp.and', 'cmp.marks', 'cmp.marksDel',
  'cmp.marksIns', 'cmp.fullStop', 'cmp.name', 'cmp.blind', 'cmp.noPoints', 'cmp.wordingNotHeld',
  'cmp.noSuchPoint', 'cmp.notHeld', 'cmp.point', 'cmp.pointUnnumbered', 'cmp.st.same', 'cmp.st.changed', 'cmp.st.added',
  'cmp.st.deleted', 'cmp.st.oldNotHeld', 'cmp.st.newNotHeld', 'cmp.st.textNotHeld', 'cmp.inBrowserNote', 'diff.open',
  'diff.del', 'diff.ins', 'diff.close', 'entry.controlPoints', 'entry.code', 'entry.unknown', 'entry.link', 'edition.label', 'rendering.label',
  'rendering.missingInline',
] as const satisfies readonly UiKey[];
