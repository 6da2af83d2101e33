/** Coverage: per edition and part, the official total against what the site holds, and what each held entry lacks. */
import type { Catalogue, EntryVersion } from './model.ts';
import { editionLabel, heldCounts, versionsIn, versionsOfPart } from './queries.ts';
import { PARTS, type Completeness, type Part } from './schemas.ts';
import { entryUrl } from '../site/urls.ts';

/** One held entry and what it lacks (empty for a complete entry). */
export interface EntryCoverage {
  key: string;
  url: string;
  name: string;
  code: string | null;
  seq: number | null;
  completeness: Completeness;
  missing: string[];
  /** Set when a clause may have removed or changed the entry and we cannot tell. */
  uncertain: string | null;
}

export interface PartCoverage {
  edition: string;
  part: Part;
  /** Official number of entries in this part (from the edition file). */
  official: number;
  held: number;
  complete: number;
  partial: number;
  nameOnly: number;
  /**
   * 序号 in 1..official that no held entry carries; null when that cannot be said: no held entry of the part has a
   * 序号, or the edition is computed from an adjustment list (its entries carry the 序号 of the base text).
   */
  missingSeqs: number[] | null;
  entries: EntryCoverage[];
}

export interface EditionCoverage {
  edition: string;
  label: string;
  /** The edition file says every entry is held (the check then demands exact totals). */
  markedComplete: boolean;
  /** Computed from a base edition and an adjustment list rather than held as a full text. */
  computed: boolean;
  parts: PartCoverage[];
}

function entryCoverage(v: EntryVersion): EntryCoverage {
  return {
    key: v.key,
    url: entryUrl(v.key, v.edition),
    name: v.name,
    code: v.code ?? null,
    seq: v.seq ?? null,
    completeness: v.completeness,
    missing: [...v.missing],
    uncertain: v.uncertain?.reason ?? null,
  };
}

/** The numbers in from..from+total-1 not in `held`, ascending. */
export function missingNumbers(total: number, held: Iterable<number>, from = 1): number[] {
  const have = new Set(held);
  const out: number[] = [];
  for (let n = from; n < from + total; n++) if (!have.has(n)) out.push(n);
  return out;
}

/**
 * Where a part's 序号 start. An edition may number each part from 1 or run on across the parts (禁止 1–24, 限制
 * 25–134); a part holding a 序号 above its own official total can only be running on, so it starts after the official
 * totals of the parts before it. Otherwise it is taken to start at 1.
 */
export function seqFrom(totals: Record<Part, number>, part: Part, seqs: number[]): number {
  if (!seqs.some((n) => n > totals[part])) return 1;
  return 1 + PARTS.slice(0, PARTS.indexOf(part)).reduce((sum, p) => sum + totals[p], 0);
}

/** Coverage of every edition, in edition order, 禁止 before 限制. */
export function coverage(cat: Catalogue): EditionCoverage[] {
  return cat.editions.map((e) => {
    const computed = e.data.arises.kind === 'amended';
    return {
      edition: e.id,
      label: editionLabel(e.id),
      markedComplete: e.data.complete,
      computed,
      parts: PARTS.map((part): PartCoverage => {
        const versions = versionsOfPart(versionsIn(cat, e.id), part);
        const official = e.data.totals[part];
        const seqs = versions.flatMap((v) => (v.seq !== undefined ? [v.seq] : []));
        const h = heldCounts(versions);
        return {
          edition: e.id,
          part,
          official,
          held: h.total,
          complete: h.complete,
          partial: h.partial,
          nameOnly: h.nameOnly,
          missingSeqs: computed || seqs.length === 0 ? null : missingNumbers(official, seqs, seqFrom(e.data.totals, part, seqs)),
          entries: versions.map(entryCoverage),
        };
      }),
    };
  });
}

/** Numbers written as runs: [1,2,3,5,7,8] → "1–3, 5, 7–8". */
export function formatRuns(numbers: number[]): string {
  const runs: string[] = [];
  let i = 0;
  while (i < numbers.length) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
    runs.push(i === j ? String(numbers[i]) : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** The 序号 column as shown on the page and in the terminal: runs, 无 when none is missing, 未知 when unknown. */
export function missingSeqsLabel(p: PartCoverage): string {
  if (p.missingSeqs === null) return '未知';
  return p.missingSeqs.length === 0 ? '无' : formatRuns(p.missingSeqs);
}

/** One row per edition and part, as the /coverage/ table and `npm run check` show it. */
export function coverageRows(cov: EditionCoverage[]): string[][] {
  return cov.flatMap((e) =>
    e.parts.map((p) => [e.label, p.part, String(p.official), String(p.held), String(p.complete), String(p.partial), String(p.nameOnly), missingSeqsLabel(p)]),
  );
}

export const COVERAGE_HEADER = ['edition', 'part', 'official', 'held', 'complete', 'partial', 'name-only', 'missing 序号'];

/** Display width in a terminal: CJK characters take two columns. */
const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/** The coverage table as aligned plain text, for the terminal. */
export function coverageTable(cov: EditionCoverage[]): string {
  const rows = [COVERAGE_HEADER, ...coverageRows(cov)];
  const cols = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i]!))));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(cols[i]! - width(c))).join('  ').trimEnd()).join('\n');
}

/** The JSON document served at /coverage.json. */
export function coverageJson(cov: EditionCoverage[]): { editions: EditionCoverage[] } {
  return { editions: cov };
}
