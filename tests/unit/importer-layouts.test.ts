/**
 * The catalogue reader on both table layouts the 2023 text may use: industry as headings (序号 技术名称 编号 控制要点)
 * or as a column (序号 行业 编号 技术名称 控制要点, the 2022 draft's); 序号 per part or running on; conditions (1)/（1）
 * under a control point; and a clear report when the rows fit neither layout. Fictional three-entry texts only.
 */
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { coverage, missingNumbers, seqFrom } from '../../src/lib/catalogue/coverage.ts';
import { parseCatalogueText, type ParsedCatalogue } from '../../src/lib/importer/catalogue-text.ts';
import { frontmatterOf } from '../../src/lib/importer/import-catalogue.ts';
import { versionsIn } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { fixtureFile, readFixture, runImport, snapshot, tempFixture } from '../helpers/import.ts';

const read = (name: string) => parseCatalogueText(readFixture('import-layouts', name));
const rows = (p: ParsedCatalogue) => p.entries.map((e) => [e.part, e.industry, e.seq, e.code, e.name, e.controlPoints.map((c) => `${c.n}.${c.text}`)]);
const problemsOf = (input: string) => parseCatalogueText(input).problems.map((p) => `line ${p.line}: ${p.message}`);

/** The three fictional entries both layout fixtures hold, conditions joined to the point above them. */
const THREE = [
  ['禁止', '测试行业一', 1, '990101J', '测试技术甲', ['1.测试技术甲的第一个测试要点', '2.测试技术甲的第二个测试要点，须同时满足：（1）测试条件一（2）测试条件二']],
  ['禁止', '测试行业二', 2, '990102J', '测试技术乙', ['1.测试技术乙的测试要点']],
  ['限制', '测试行业三', 3, '990201X', '测试技术丙', ['1.测试技术丙的测试要点：(1)测试条件甲(2)测试条件乙', '2.测试技术丙的第二个测试要点']],
];
const URL_ = 'https://example.org/test-catalogue.pdf';

describe('the draft layout: one table, the industry as a column, the 编号 before the name', () => {
  const parsed = read('catalogue-column.txt');

  test('every row is read: industry from its column, name after the 编号 (wrapped over two lines), conditions under their point', () => {
    expect(parsed.problems).toEqual([]);
    expect(rows(parsed)).toEqual(THREE.map((r, i) => (i === 1 ? [...r.slice(0, 4), '测试技术乙的很长的名称', r[5]] : r)));
  });

  test('the header above the first part sets the layout for both parts; 序号 run on across the parts', () => {
    expect([...parsed.layouts]).toEqual([
      ['一、禁止出口部分', '序号 行业 编号 技术名称 控制要点'],
      ['二、限制出口部分', '序号 行业 编号 技术名称 控制要点'],
    ]);
    expect(parsed.numbering).toBe('running');
  });

  test('npm run import writes the three entries, with their industry, and the coverage shows every 序号 held', async () => {
    const root = tempFixture('import-layouts');
    const r = await runImport(root, ['--edition', '2001', '--source-url', URL_, fixtureFile('import-layouts', 'catalogue-column.txt')]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('Read 3 entries: 禁止 2, 限制 1 (official: 禁止 2, 限制 1).');
    const cat = buildCatalogue(readContent(root));
    expect(versionsIn(cat, '2001').map((v) => [v.part, v.seq, v.code, v.industry, v.name])).toEqual([
      ['禁止', 1, '990101J', '测试行业一', '测试技术甲'],
      ['禁止', 2, '990102J', '测试行业二', '测试技术乙的很长的名称'],
      ['限制', 3, '990201X', '测试行业三', '测试技术丙'],
    ]);
    expect(coverage(cat)[0]!.parts.map((p) => [p.part, p.held, p.official, p.missingSeqs])).toEqual([
      ['禁止', 2, 2, []],
      ['限制', 1, 1, []],
    ]);
    const c = frontmatterOf(snapshot(root)['content/entries/2001/c-990201x.md']!);
    expect(c.controlPoints).toEqual([
      { n: 1, text: '测试技术丙的测试要点：(1)测试条件甲(2)测试条件乙' },
      { n: 2, text: '测试技术丙的第二个测试要点' },
    ]);
  });

  test('without a table header, rows with text on both sides of the 编号 are read as the industry column', () => {
    const p = parseCatalogueText('一、禁止出口部分\n1 测试行业一 990101J 测试技术甲 1.测试要点甲\n2 测试行业一 990102J 测试技术乙 1.测试要点乙\n二、限制出口部分\n1 测试行业三 990201X 测试技术丙 1.测试要点丙\n');
    expect(p.problems).toEqual([]);
    expect([...p.layouts.values()]).toEqual(['序号 行业 编号 技术名称 控制要点', '序号 行业 编号 技术名称 控制要点']);
    expect(p.numbering).toBe('per-part');
    expect(rows(p)).toEqual([
      ['禁止', '测试行业一', 1, '990101J', '测试技术甲', ['1.测试要点甲']],
      ['禁止', '测试行业一', 2, '990102J', '测试技术乙', ['1.测试要点乙']],
      ['限制', '测试行业三', 1, '990201X', '测试技术丙', ['1.测试要点丙']],
    ]);
  });

  test('an industry cell merged over several rows (printed once) carries on to the rows below it, within the part', () => {
    const p = parseCatalogueText(
      '序号 行业 编号 技术名称 控制要点\n一、禁止出口部分\n1 测试行业一 990101J 测试技术甲 1.测试要点甲\n2 990102J 测试技术乙 1.测试要点乙\n二、限制出口部分\n3 990201X 测试技术丙 1.测试要点丙\n',
    );
    expect(p.problems).toEqual([]);
    expect(p.entries.map((e) => [e.code, e.industry])).toEqual([
      ['990101J', '测试行业一'],
      ['990102J', '测试行业一'],
      ['990201X', undefined],
    ]);
  });

  test('labelled cells (as the PDF reader writes table rows) with 行业： are read in any order', () => {
    const p = parseCatalogueText('一、禁止出口部分\n序号：1\n行业：测试行业一\n编号：990101J\n技术名称：测试技术甲\n1.测试要点甲\n');
    expect(p.problems).toEqual([]);
    expect(rows(p)).toEqual([['禁止', '测试行业一', 1, '990101J', '测试技术甲', ['1.测试要点甲']]]);
    expect([...p.layouts.values()]).toEqual(['序号： 行业： 技术名称： 编号： (labelled cells)']);
  });

  test('industry headings with the 编号 before the name (序号 编号 技术名称 控制要点)', () => {
    const p = parseCatalogueText('一、禁止出口部分\n（一）测试行业一\n序号 编号 技术名称 控制要点\n1 990101J 测试技术甲 1.测试要点甲\n');
    expect(p.problems).toEqual([]);
    expect(rows(p)).toEqual([['禁止', '测试行业一', 1, '990101J', '测试技术甲', ['1.测试要点甲']]]);
  });
});

describe('the layout the importer always read: industry headings, 序号 技术名称 编号 控制要点', () => {
  test('序号 running on across the parts, conditions (1) and （1） under their control point', () => {
    const parsed = read('catalogue-headings-running.txt');
    expect(parsed.problems).toEqual([]);
    expect(rows(parsed)).toEqual(THREE);
    expect([...parsed.layouts.values()]).toEqual(['序号 技术名称 编号 控制要点', '序号 技术名称 编号 控制要点']);
    expect(parsed.numbering).toBe('running');
  });

  test('序号 from 1 in each part', () => {
    const parsed = parseCatalogueText(readFixture('import', 'catalogue-2001.txt'));
    expect(parsed.problems).toEqual([]);
    expect(parsed.numbering).toBe('per-part');
  });

  test('a conditions line never starts a new control point: the point numbers stay 1, 2', () => {
    const p = parseCatalogueText('一、禁止出口部分\n1 测试技术甲 990101J 1.测试要点一：\n（1）测试条件一\n(2)测试条件二\n2.测试要点二\n');
    expect(p.problems).toEqual([]);
    expect(p.entries[0]!.controlPoints.map((c) => [c.n, c.text])).toEqual([
      [1, '测试要点一：（1）测试条件一(2)测试条件二'],
      [2, '测试要点二'],
    ]);
  });

  test('a 序号 missing where the numbering runs on is named with the number due', () => {
    const input = readFixture('import-layouts', 'catalogue-headings-running.txt').replace('\n3 测试技术丙', '\n4 测试技术丙');
    expect(problemsOf(input)).toEqual(['line 14: 序号 3 of 二、限制出口部分 could not be read (expected before 序号 4 (line 14))']);
  });
});

describe('rows that fit neither layout: a report naming the lines, and nothing written', () => {
  test('rows of both shapes in one part, with no header to decide', () => {
    expect(problemsOf(readFixture('import-layouts', 'catalogue-neither.txt'))).toEqual([
      'line 4: the rows of 一、禁止出口部分 fit neither layout, and no table header says which it is: 序号 1 (line 4) has text only before the 编号 (序号 技术名称 编号 控制要点); 序号 2 (line 5) has text after it (序号 行业 编号 技术名称 控制要点). Correct these lines, or put the table header the document prints above the rows',
      'line 5: text after the 编号 of 序号 2（编号 990102J, line 5） is not part of any numbered control point: "测试技术乙  1. 测试技术乙的测试要点"',
      'line 5: no numbered 控制要点 could be read for 序号 2（编号 990102J, line 5）',
    ]);
  });

  test('through the CLI: the import stops and no file changes', async () => {
    const root = tempFixture('import-layouts');
    const before = snapshot(root);
    const r = await runImport(root, ['--edition', '2001', '--source-url', URL_, fixtureFile('import-layouts', 'catalogue-neither.txt')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Import stopped; nothing was written. 3 problems:');
    expect(r.out).toContain('  line 4: the rows of 一、禁止出口部分 fit neither layout, and no table header says which it is:');
    expect(snapshot(root)).toEqual(before);
  });

  test('a table header with a column the importer does not know', () => {
    expect(problemsOf('一、禁止出口部分\n序号 技术领域 编号 技术名称 控制要点\n1 测试领域 990101J 测试技术甲 1.测试要点甲\n')[0]).toBe(
      'line 2: the table header "序号 技术领域 编号 技术名称 控制要点" has a column the importer does not know (技术领域); it reads 序号 技术名称 编号 控制要点 (industry as headings) or 序号 行业 编号 技术名称 控制要点 (industry as a column)',
    );
  });

  test('a table header whose column order cannot be read from text (two text columns before the 编号)', () => {
    expect(problemsOf('一、禁止出口部分\n序号 行业 技术名称 编号 控制要点\n1 测试行业一 测试技术甲 990101J 1.测试要点甲\n')[0]).toBe(
      'line 2: the table header "序号 行业 技术名称 编号 控制要点" puts its columns in an order the importer cannot read; it reads 序号 技术名称 编号 控制要点 (industry as headings) or 序号 行业 编号 技术名称 控制要点 (industry as a column)',
    );
  });
});

describe('coverage of an edition whose 序号 run on across the parts', () => {
  test('a part holding a 序号 above its own total starts after the parts before it', () => {
    expect(seqFrom({ 禁止: 24, 限制: 110 }, '限制', [25, 71, 134])).toBe(25);
    expect(seqFrom({ 禁止: 24, 限制: 110 }, '限制', [71])).toBe(1);
    expect(seqFrom({ 禁止: 24, 限制: 110 }, '禁止', [3])).toBe(1);
    expect(missingNumbers(3, [25, 27], 25)).toEqual([26]);
  });
});
