/**
 * PDF text items → lines → the text layout the catalogue reader understands (src/lib/importer/pdf.ts), on items
 * written by hand: baselines within a tolerance, gaps that are spaces, and a table whose cells are put in their columns
 * by position. The PDFs themselves are read in tests/site/import-pdf.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { groupLines, linesToText, type TextItem } from '../../src/lib/importer/pdf.ts';

/** An item of height 10, one unit of width per 10 × character (a CJK character counts as one). */
const at = (str: string, x: number, y: number): TextItem => ({ str, x, y, width: [...str].length * 10, height: 10 });
const texts = (items: TextItem[]) => groupLines(items).map((l) => l.items.map((i) => i.str).join('|'));

describe('groupLines', () => {
  test('items within a third of their height of a line’s first baseline share that line; lines top to bottom, items left to right; blank items dropped', () => {
    expect(texts([at('c', 40, 100), at('b', 20, 102), at('top', 0, 200), at('a', 0, 99), at('  ', 60, 100), at('next', 0, 90)])).toEqual(['top', 'a|b|c', 'next']);
  });
  test('a baseline just beyond the tolerance starts a new line', () => {
    expect(texts([at('a', 0, 100), at('b', 20, 96)])).toEqual(['a', 'b']);
  });
});

describe('linesToText', () => {
  test('outside a table each line is kept: items set close are joined, a wider gap is a space', () => {
    expect(linesToText([[at('AB', 0, 100), at('C', 20, 100), at('D', 40, 100), at('第二行', 0, 80)]])).toBe('ABC D\n第二行\n');
  });
  test('a table: each row as labelled lines, a name wrapped in its cell kept apart from the points beside it; a heading across the columns ends the row', () => {
    const header = [at('序号', 0, 700), at('技术名称', 50, 700), at('编号', 200, 700), at('控制要点', 300, 700)];
    const row1 = [at('1', 0, 680), at('测试技术', 50, 680), at('990101J', 200, 680), at('1.甲要点', 300, 680)];
    const wrap = [at('甲', 50, 665), at('2.乙要点', 300, 665)];
    const heading = [at('二、限制出口部分很长的标题', 0, 640)];
    const row2 = [at('2', 0, 620), at('测试技术乙', 50, 620), at('990201X', 200, 620), at('1.丙要点', 300, 620)];
    expect(linesToText([[...header, ...row1, ...wrap, ...heading, ...row2]])).toBe(
      ['序号：1', '技术名称：测试技术甲', '编号：990101J', '1.甲要点', '2.乙要点', '二、限制出口部分很长的标题', '序号：2', '技术名称：测试技术乙', '编号：990201X', '1.丙要点', ''].join('\n'),
    );
  });
  test('a table with an industry column, in any order on the page: the industry written after the 序号; a row without one has no 行业 line', () => {
    const header = [at('序号', 0, 700), at('行业', 40, 700), at('编号', 100, 700), at('技术名称', 200, 700), at('控制要点', 350, 700)];
    const row1 = [at('1', 0, 680), at('农业', 40, 680), at('010101J', 100, 680), at('测试技术', 200, 680), at('1.要点', 350, 680)];
    const row2 = [at('2', 0, 660), at('010102J', 100, 660), at('另一技术', 200, 660), at('1.要点', 350, 660)];
    expect(linesToText([[...header, ...row1, ...row2]])).toBe(
      ['序号：1', '行业：农业', '技术名称：测试技术', '编号：010101J', '1.要点', '序号：2', '技术名称：另一技术', '编号：010102J', '1.要点', ''].join('\n'),
    );
  });
  test('pages follow one another, and a row goes on across a page break', () => {
    const header = [at('序号', 0, 700), at('技术名称', 50, 700), at('编号', 200, 700), at('控制要点', 300, 700)];
    const page1 = [...header, at('1', 0, 680), at('测试技术', 50, 680), at('990101J', 200, 680), at('1.甲要点', 300, 680)];
    const page2 = [at('2.乙要点', 300, 700)];
    expect(linesToText([page1, page2])).toBe(['序号：1', '技术名称：测试技术', '编号：990101J', '1.甲要点', '2.乙要点', ''].join('\n'));
  });
});
