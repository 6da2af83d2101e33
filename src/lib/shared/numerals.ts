/** Chinese numerals as the official texts number their parts (一 to 九十九), read and written. */

const DIGITS: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十四 → 34; undefined for anything else (零, 十十, 一二, words around it). */
export function chineseNumeral(s: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  const [, a, ten, b] = m;
  if (!ten) return a && !b ? DIGITS[a] : undefined;
  return (a ? DIGITS[a]! : 1) * 10 + (b ? DIGITS[b]! : 0);
}

/** 1 → 一, 12 → 十二, 34 → 三十四 (1 to 99). */
export function toChineseNumeral(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : digits[tens]}十${ones ? digits[ones] : ''}`;
}
