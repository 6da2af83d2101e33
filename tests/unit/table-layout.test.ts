/** The catalogue's table headers and the layouts their column order gives (src/lib/importer/table-layout.ts), case by case. */
import { describe, expect, test } from 'vitest';
import { CODE_FIRST_LAYOUT, COLUMN_LAYOUT, HEADINGS_LAYOUT, layoutOf, readHeader, type Column } from '../../src/lib/importer/table-layout.ts';

describe('readHeader', () => {
  test('nothing but column names, with spaces between them or not', () => {
    expect(readHeader('序号 技术名称 编号 控制要点')).toEqual({ columns: ['seq', 'name', 'code', 'points'], cells: ['序号', '技术名称', '编号', '控制要点'] });
    expect(readHeader('序号技术名称\u3000编号  控制要点')).toEqual({ columns: ['seq', 'name', 'code', 'points'], cells: ['序号', '技术名称', '编号', '控制要点'] });
    expect(readHeader('序号 所属行业 编号 技术名称 控制要点')).toEqual({ columns: ['seq', 'industry', 'code', 'name', 'points'], cells: ['序号', '所属行业', '编号', '技术名称', '控制要点'] });
  });
  test('three or more short Chinese cells with 序号 and 编号 and other names: an unknown header, the unknown names listed', () => {
    expect(readHeader('序号 技术领域 编号 备注')).toEqual({ unknown: ['技术领域', '备注'], cells: ['序号', '技术领域', '编号', '备注'] });
    expect(readHeader('  序号   类别 编号  ')).toEqual({ unknown: ['类别'], cells: ['序号', '类别', '编号'] });
  });
  test('anything else is not a header', () => {
    for (const line of [
      '序号 技术领域 备注', // no 编号
      '技术领域 编号 备注', // no 序号
      '序号 技术领域说明文字很长 编号', // a cell longer than six characters
      '序号 类别 编号 A类', // a cell not all Chinese
      '序号 类别 编号号码 说', // a one-character cell
      '1 测试技术 990101J 控制要点',
      '',
    ]) expect(readHeader(line), line).toBeUndefined();
  });
});

describe('layoutOf', () => {
  const cases: [Column[], unknown][] = [
    [['seq', 'name', 'code', 'points'], HEADINGS_LAYOUT],
    [['seq', 'industry', 'code', 'name', 'points'], COLUMN_LAYOUT],
    [['seq', 'code', 'name', 'points'], CODE_FIRST_LAYOUT],
    [['seq', 'code', 'industry', 'name', 'points'], undefined], // an order the rows cannot be read in
    [['name', 'seq', 'code', 'points'], undefined], // 序号 not first
    [['seq', 'name', 'points', 'code'], undefined], // 控制要点 not last
    [['seq', 'name', 'code', 'code', 'points'], undefined], // a column twice
    [['seq', 'points'], undefined],
  ];
  test.each(cases)('%j', (columns, layout) => expect(layoutOf(columns)).toBe(layout));
});
