/** Chinese numerals read and written (src/lib/shared/numerals.ts: the importers and the clause labels' English both use them). */
import { describe, expect, it } from 'vitest';
import { chineseNumeral, toChineseNumeral } from '../../src/lib/shared/numerals.ts';

describe('chineseNumeral', () => {
  const table: [string, number | undefined][] = [
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三十四', 34],
    ['', undefined],
    ['零', undefined],
    ['十十', undefined],
    ['一二', undefined],
    ['第二', undefined],
    ['二十一条', undefined],
    ['x十', undefined],
  ];
  it.each(table)('%s → %s', (s, n) => expect(chineseNumeral(s)).toBe(n));
});

describe('toChineseNumeral', () => {
  const table: [number, string][] = [
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [34, '三十四'],
    [99, '九十九'],
  ];
  it.each(table)('%s → %s', (n, s) => expect(toChineseNumeral(n)).toBe(s));
  it('reads back what it writes, 1 to 99', () => {
    for (let n = 1; n < 100; n++) expect(chineseNumeral(toChineseNumeral(n))).toBe(n);
  });
});
