/** The importers' text helpers: numbered lines, digits, wrapped cells. */
import { describe, expect, it } from 'vitest';
import { foldDigits, joinWrapped, numberedLines, toInt } from '../../src/lib/importer/text.ts';

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
