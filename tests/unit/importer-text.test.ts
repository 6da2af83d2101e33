/** The importers' text helpers: numbered lines, digits, Chinese numerals both ways, wrapped cells. */
import { describe, expect, it } from 'vitest';
import { chineseNumeral, foldDigits, joinWrapped, numberedLines, toChineseNumeral, toInt } from '../../src/lib/importer/text.ts';

describe('numberedLines', () => {
  it('numbers lines from 1 as they stand in the file, blank lines counted but dropped', () => {
    expect(numberedLines('第一条\n\n  第二条  \n')).toEqual([
      { n: 1, text: '第一条' },
      { n: 3, text: '第二条' },
    ]);
  });

  it('splits on CRLF, a lone CR and LF alike', () => {
    expect(numberedLines('甲\r\n乙\r丙\n丁').map((l) => `${l.n}:${l.text}`)).toEqual(['1:甲', '2:乙', '3:丙', '4:丁']);
  });

  it('drops a byte-order mark at the start only', () => {
    expect(numberedLines('\uFEFF编号')).toEqual([{ n: 1, text: '编号' }]);
    expect(numberedLines('编\uFEFF号')[0]!.text).toBe('编\uFEFF号');
  });

  it('reads ideographic, no-break spaces and tabs as one space, and collapses runs of spaces', () => {
    expect(numberedLines('控制\u3000要点\u00A0一\t二    三')[0]!.text).toBe('控制 要点 一 二 三');
  });

  it('drops a line of spaces only', () => {
    expect(numberedLines('甲\n\u3000\u3000\n乙').map((l) => l.n)).toEqual([1, 3]);
  });

  it('turns CJK radicals left by PDF extraction into ideographs', () => {
    // U+2F08 KANGXI RADICAL MAN stands for 人.
    expect(numberedLines('\u2F08工')[0]!.text).toBe('人工');
  });
});

describe('digits', () => {
  it('folds full-width digits and leaves everything else', () => {
    expect(foldDigits('第１２条 3')).toBe('第12条 3');
    expect(toInt('０７')).toBe(7);
  });
});

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

describe('joinWrapped', () => {
  it('joins Chinese with nothing and keeps a space only between Latin letters or digits', () => {
    expect(joinWrapped(['稀土 ', ' 提取'])).toBe('稀土提取');
    expect(joinWrapped(['CRISPR ', ' Cas9'])).toBe('CRISPR Cas9');
    expect(joinWrapped(['5', 'G'])).toBe('5 G');
    expect(joinWrapped(['技术', 'A'])).toBe('技术A');
    expect(joinWrapped(['A', '技术'])).toBe('A技术');
  });

  it('skips empty pieces', () => {
    expect(joinWrapped(['', '  ', '甲', ''])).toBe('甲');
    expect(joinWrapped([])).toBe('');
  });
});
