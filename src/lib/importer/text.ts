/** Text helpers shared by the importers: numbered lines, digit folding, Chinese numerals, joining wrapped lines. */
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

const NUMERALS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十四 → 34; undefined for anything else. */
export function chineseNumeral(s: string): number | undefined {
  const m = s.match(/^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/);
  if (!m || s === '') return undefined;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? NUMERALS[a] : undefined;
  return (a ? NUMERALS[a]! : 1) * 10 + (b ? NUMERALS[b]! : 0);
}

/** 1 → 一, 12 → 十二, 34 → 三十四. */
export function toChineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones ? digits[ones] : ''}`;
}

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
