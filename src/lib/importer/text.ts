/** Text helpers shared by the importers: numbered lines, digit folding, joining wrapped lines. */
import { foldRadicals } from './radicals.ts';

/** One line of the input, with its 1-based line number as the report cites it. */
export interface Line {
  n: number;
  text: string;
}

/** Any digit, half- or full-width, as a regex fragment. */
export const D = '[0-9０-９]';

/**
 * Splits input into trimmed, numbered lines; ideographic and no-break spaces count as spaces; blank lines are dropped;
 * CJK radical code points (an artefact of PDF text extraction) become the ideographs they stand for.
 */
export function numberedLines(input: string): Line[] {
  return foldRadicals(input)
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .map((text, i) => ({ n: i + 1, text: text.replace(/[\u3000\u00A0\t]/g, ' ').replace(/ {2,}/g, ' ').trim() }))
    .filter((l) => l.text !== '');
}

/** Full-width digits to ASCII, for reading numbers (never applied to wording). */
export const foldDigits = (s: string): string => s.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

export const toInt = (s: string): number => Number.parseInt(foldDigits(s), 10);

const WORD = /[A-Za-z0-9]/;

/**
 * Joins pieces of one cell that a layout wrapped over several lines. Chinese text is joined with nothing; a space is
 * kept only where both sides are Latin letters or digits (a word wrapped at a space).
 */
export function joinWrapped(pieces: string[]): string {
  return pieces
    .map((p) => p.trim())
    .filter(Boolean)
    .reduce((acc, p) => (acc && WORD.test(acc.at(-1)!) && WORD.test(p[0]!) ? `${acc} ${p}` : acc + p), '');
}
