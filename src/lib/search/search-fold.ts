/** Build-time Traditional→Simplified folding table for search, limited to characters the catalogue uses (opencc-js). */
import * as OpenCC from 'opencc-js/t2cn';
import type { Catalogue } from '../catalogue/model.ts';
import { allVersions, PART_LABEL } from '../catalogue/queries.ts';

/** The shipped table: `from[i]` (a Traditional or variant form) folds to `to[i]` (the Simplified form in the corpus). */
export interface FoldTable {
  from: string;
  to: string;
}

/** The catalogue's own wording that search covers: names, control points, industry headings, clause wording, part labels. */
export function corpusTexts(cat: Catalogue): string[] {
  return [
    ...allVersions(cat).flatMap((v) => [
      v.name,
      v.industry ?? '',
      ...v.controlPoints.map((cp) => cp.text ?? ''),
      ...v.changes.map((c) => c.wording ?? ''),
    ]),
    ...cat.removals.map((r) => r.last.name),
    ...Object.values(PART_LABEL).map((l) => l.zh),
  ].filter(Boolean);
}

/** CJK ideograph blocks scanned for Traditional forms: Extension A, Unified Ideographs, Compatibility Ideographs. */
const BLOCKS: [number, number][] = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/**
 * Every character that OpenCC's Hong Kong or Taiwan → Mainland conversion turns into a character of the corpus,
 * excluding characters the corpus itself uses (so 乾 is never folded away if the catalogue writes 乾).
 * Pairs are sorted by code point so the output is stable from build to build.
 */
export function buildFoldTable(texts: string[]): FoldTable {
  const used = new Set([...texts.join('')].filter((ch) => /\p{Script=Han}/u.test(ch)));
  const converters = [OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' })];
  const pairs: [string, string][] = [];
  for (const [lo, hi] of BLOCKS) {
    for (let cp = lo; cp <= hi; cp++) {
      const ch = String.fromCodePoint(cp);
      if (used.has(ch)) continue;
      for (const convert of converters) {
        const out = convert(ch);
        if (out !== ch && used.has(out)) {
          pairs.push([ch, out]);
          break;
        }
      }
    }
  }
  return { from: pairs.map((p) => p[0]).join(''), to: pairs.map((p) => p[1]).join('') };
}
