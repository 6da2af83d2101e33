/** How much of the official wording has our English rendering: counted by kind, for the coverage page and `npm run check`. */
import type { Controls } from './controls/model.ts';
import type { Catalogue } from './model.ts';
import { allVersions } from './queries.ts';

export interface TranslationCount {
  /** What is counted: `entry-names`, `control-points`, `instrument-titles`, `clauses`, `items`. */
  kind: 'entry-names' | 'control-points' | 'instrument-titles' | 'clauses' | 'items';
  /** Pieces of official wording we hold. */
  held: number;
  /** Of those, the ones with our English rendering. */
  translated: number;
}

/** Counts held wording and its renderings; a catalogue name or point carried into later editions counts once per edition. */
export function translationCounts(cat: Catalogue, controls: Controls): TranslationCount[] {
  const versions = allVersions(cat);
  const points = versions.flatMap((v) => v.controlPoints.filter((cp) => cp.text !== undefined));
  const titles = controls.instruments.flatMap((i) => (i.title ? [i.title] : []));
  const clauses = controls.instruments.flatMap((i) => i.clauses);
  const count = (kind: TranslationCount['kind'], list: { en?: string | undefined }[]): TranslationCount => ({ kind, held: list.length, translated: list.filter((x) => x.en).length });
  return [
    count('entry-names', versions.map((v) => ({ en: v.nameEn }))),
    count('control-points', points),
    count('instrument-titles', titles),
    count('clauses', clauses),
    count('items', controls.items),
  ];
}
