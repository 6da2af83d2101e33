/** The catalogue importer on fictional texts in the official layout: reading, checks, writing, keys, hand edits. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { coverage } from '../../src/lib/catalogue/coverage.ts';
import { parseCatalogueText } from '../../src/lib/importer/catalogue-text.ts';
import { frontmatterOf, newEntryKey } from '../../src/lib/importer/import-catalogue.ts';
import { foldRadicals, RADICAL_COUNT } from '../../src/lib/importer/radicals.ts';
import { joinWrapped } from '../../src/lib/importer/text.ts';
import { versionsIn } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { fixtureFile, readFixture, runImport, snapshot, tempFixture } from '../helpers/import.ts';

const URL_ = 'https://example.org/test-catalogue.pdf';
const text = (name = 'catalogue-2001.txt') => readFixture('import', name);
const problemsOf = (input: string) => parseCatalogueText(input).problems.map((p) => `line ${p.line}: ${p.message}`);

describe('reading the official layout', () => {
  const parsed = parseCatalogueText(text());

  test('every entry with its part, industry heading, 序号, 编号 and name; the 参考原则 are skipped', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => [e.part, e.industry, e.seq, e.code, e.name])).toEqual([
      ['禁止', '测试行业一', 1, '990101J', '测试技术甲'],
      ['禁止', '测试行业一', 2, '990102J', '测试技术乙'],
      ['禁止', '测试行业二', 3, '990103J', '测试技术戊'],
      ['限制', '测试行业三', 1, '990201X', '测试技术丙的很长的名称'],
      ['限制', '测试行业三', 2, '990202X', '测试技术丁'],
    ]);
    expect(parsed.preamble.map((l) => l.text)).toContain('参考原则');
  });

  test('a control point running over several lines is joined; a number starting a wrapped line stays in the text', () => {
    expect(parsed.entries[0]!.controlPoints.map((c) => [c.n, c.text])).toEqual([
      [1, '测试技术甲的第一个测试要点'],
      [2, '测试技术甲的第二个测试要点，这一要点较长，在排版中跨越两行'],
    ]);
    expect(parsed.entries[3]!.controlPoints[0]!.text).toBe('测试技术丙的测试要点，参数300 吨以上的测试设备');
  });

  test('split table cells: a name over two lines, and 序号, name, 编号 each on a line of their own', () => {
    expect(parsed.entries[3]!.lines).toEqual([22, 25]);
    expect(parsed.entries[4]!.controlPoints.map((c) => c.text)).toEqual(['测试技术丁的测试要点']);
  });

  test('full-width and half-width punctuation and digits: 1． 1、 (一) 编号： with full-width digits', () => {
    expect(parsed.entries[1]!.controlPoints[0]!.text).toBe('测试技术乙的全角句点测试要点');
    expect(parsed.entries[2]!.controlPoints.map((c) => c.text)).toEqual([
      '测试技术戊的测试要点(半角括号)与 ASCII words wrapped across lines',
      '测试技术戊的第二个测试要点',
    ]);
  });

  test('a number inside a point that is not the next one due stays text, with its spacing', () => {
    const p = parseCatalogueText('一、禁止出口部分\n1 测试技术甲 990101J 1.测试要点含 5. 这样的数字；2.测试要点二\n');
    expect(p.problems).toEqual([]);
    expect(p.entries[0]!.controlPoints.map((c) => c.text)).toEqual(['测试要点含 5. 这样的数字；', '测试要点二']);
  });

  test('a labelled entry on one line, and a table header line, are read as such', () => {
    const one = parseCatalogueText(
      '一、禁止出口部分\n序号 技术名称 编号 控制要点\n序号：1 技术名称：测试技术甲 编号：990101J 控制要点：1.测试要点一 2.测试要点二\n',
    );
    expect(one.problems).toEqual([]);
    expect(one.entries.map((e) => [e.seq, e.name, e.code, e.controlPoints.map((c) => c.text)])).toEqual([[1, '测试技术甲', '990101J', ['测试要点一', '测试要点二']]]);
  });

  test('wrapped lines join without a space in Chinese and with one between Latin words', () => {
    expect(joinWrapped(['测试要点的前', '半和后半'])).toBe('测试要点的前半和后半');
    expect(joinWrapped(['ASCII words', 'wrapped'])).toBe('ASCII words wrapped');
  });

  test('CJK radicals produced by PDF text extraction become the ideographs they stand for', () => {
    expect(RADICAL_COUNT).toBeGreaterThan(300);
    expect(foldRadicals('测试⽤的⻓⽂本（全⻆）')).toBe('测试用的长文本（全角）');
  });
});

describe('what cannot be read is reported by line, and nothing is written', () => {
  test('a missing 序号', () => {
    expect(problemsOf(text('catalogue-2001-missing-seq.txt'))).toEqual([
      'line 11: no 序号 could be read for the entry with 编号 990102J（测试技术乙） in 一、禁止出口部分',
      'line 14: 序号 2 of 一、禁止出口部分 could not be read (expected after 序号 1 (line 8) and before 序号 3 (line 14))',
    ]);
  });

  test('a duplicate 编号', () => {
    expect(problemsOf(text('catalogue-2001-duplicate-code.txt'))).toEqual(['line 26: 编号 990201X is used 2 times: 序号 1 line 22, 序号 2 line 26']);
  });

  test('a repeated 序号', () => {
    expect(problemsOf(text().replace('\n2 测试技术乙 990102J', '\n1 测试技术乙 990102J'))).toEqual([
      'line 11: 序号 1 appears 2 times in 一、禁止出口部分: lines 8, 11',
      'line 14: 序号 2 of 一、禁止出口部分 could not be read (expected after 序号 1 (line 11) and before 序号 3 (line 14))',
    ]);
  });

  test('J/X that disagrees with the part', () => {
    expect(problemsOf(text().replace('990102J', '990102X'))).toEqual([
      'line 11: 编号 990102X (序号 2) ends in X, which marks a 限制 entry, but it stands in 一、禁止出口部分',
    ]);
  });

  test('a control point number out of sequence', () => {
    expect(problemsOf(text().replace('2.测试技术丙的第二个测试要点', '3.测试技术丙的第二个测试要点'))).toEqual([
      'line 25: control point 3 of 序号 1（编号 990201X, line 22） comes where control point 2 was expected',
    ]);
  });

  test('an industry heading out of sequence', () => {
    expect(problemsOf(text().replace('（二）测试行业二', '（三）测试行业二'))).toEqual([
      'line 13: reads like the industry heading （三） but （二） was expected next in 一、禁止出口部分; check the headings around it',
    ]);
  });

  test('a wrong total: the CLI stops, prints every problem and writes nothing', async () => {
    const root = tempFixture('import');
    const before = snapshot(root);
    const r = await runImport(root, ['--edition', '2001', '--source-url', URL_, fixtureFile('import', 'catalogue-2001-short.txt')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Import stopped; nothing was written. 1 problem:');
    expect(r.out).toContain('  the 禁止 part has 2 entries in the text, but the official total of the 2001 edition is 3 (content/editions/2001.md, totals.禁止)');
    expect(snapshot(root)).toEqual(before);
  });

  test('a missing 序号 through the CLI: nothing written either', async () => {
    const root = tempFixture('import');
    const before = snapshot(root);
    const r = await runImport(root, ['--edition', '2001', '--source-url', URL_, fixtureFile('import', 'catalogue-2001-missing-seq.txt')]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('  line 11: no 序号 could be read for the entry with 编号 990102J（测试技术乙） in 一、禁止出口部分');
    expect(snapshot(root)).toEqual(before);
  });
});

describe('importing into a content tree', () => {
  const args = ['--edition', '2001', '--source-url', URL_, fixtureFile('import', 'catalogue-2001.txt')];

  test('writes one complete grade A entry per entry, updates held entries in place, marks the edition complete', async () => {
    const root = tempFixture('import');
    const r = await runImport(root, args);
    expect(r.code).toBe(0);
    const files = snapshot(root);
    expect(Object.keys(files).filter((f) => f.startsWith('content/entries/')).sort()).toEqual([
      'content/entries/2001/c-990103j.md',
      'content/entries/2001/c-990201x.md',
      'content/entries/2001/c-990202x.md',
      'content/entries/2001/test-jia.md',
      'content/entries/2001/test-yi.md',
    ]);
    const cat = buildCatalogue(readContent(root));
    const versions = versionsIn(cat, '2001');
    expect(versions.every((v) => v.completeness === 'complete' && v.sources[0]!.grade === 'A' && v.sources[0]!.url === URL_)).toBe(true);
    expect(cat.editions[0]!.data.complete).toBe(true);
    expect(coverage(cat)[0]!.parts.map((p) => [p.held, p.official, p.missingSeqs])).toEqual([
      [3, 3, []],
      [2, 2, []],
    ]);
  });

  test('an entry matched by name keeps its key, lineage, notes and earlier sources; one matched by 编号 takes the official name', async () => {
    const root = tempFixture('import');
    await runImport(root, args);
    const jia = readFileSync(join(root, 'content/entries/2001/test-jia.md'), 'utf8');
    const data = frontmatterOf(jia);
    expect(data).toMatchObject({ code: '990101J', seq: 1, formerCodes: ['990001J'], relativeToPrevious: 'modified', completeness: 'complete' });
    expect((data.sources as { grade: string }[]).map((s) => s.grade)).toEqual(['A', 'B']);
    expect(jia.trimEnd().endsWith('测试用的说明：导入后这段说明必须保留。')).toBe(true);
    expect(frontmatterOf(readFileSync(join(root, 'content/entries/2001/test-yi.md'), 'utf8')).name).toBe('测试技术乙');
  });

  test('idempotent: importing the same text twice changes nothing', async () => {
    const root = tempFixture('import');
    await runImport(root, args);
    const once = snapshot(root);
    const r = await runImport(root, args);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Nothing to change: the content already matches the text.');
    expect(snapshot(root)).toEqual(once);
  });

  test('a file edited by hand after the import is not overwritten without --force', async () => {
    const root = tempFixture('import');
    await runImport(root, args);
    const file = join(root, 'content/entries/2001/c-990201x.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('测试技术丙的第二个测试要点', '测试技术丙的第二个测试要点（手工改过）'));
    const edited = snapshot(root);
    const r = await runImport(root, args);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '  content/entries/2001/c-990201x.md was edited by hand since it was imported (the fields the importer owns no longer match its "# imported" hash); re-run with --force to replace them (lineage, sources and notes are kept either way)',
    );
    expect(snapshot(root)).toEqual(edited);
    const forced = await runImport(root, [...args, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toContain('手工改过');
  });

  test('notes and lineage added by hand after the import do not block the next import', async () => {
    const root = tempFixture('import');
    await runImport(root, args);
    const file = join(root, 'content/entries/2001/c-990202x.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}手工添加的测试说明。\n`);
    const r = await runImport(root, args);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('手工添加的测试说明。');
  });

  test('an entry file that matches no entry of the text stops the import', async () => {
    const root = tempFixture('import');
    writeFileSync(
      join(root, 'content/entries/2001/test-extra.md'),
      '---\nedition: "2001"\npart: 限制\nname: 测试技术己\ncompleteness: name-only\nmissing: [控制要点]\nsources:\n  - title: 测试来源\n    grade: B\n---\n',
    );
    const r = await runImport(root, args);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '  content/entries/2001/test-extra.md (「测试技术己」) matches no entry of the text by 编号 or by name: correct its 编号 or 技术名称 to the official ones, or remove the file, then import again',
    );
  });

  test('--dry-run reports and writes nothing', async () => {
    const root = tempFixture('import');
    const before = snapshot(root);
    const r = await runImport(root, [...args, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('  create content/entries/2001/c-990103j.md');
    expect(snapshot(root)).toEqual(before);
  });
});

describe('keys of new entries', () => {
  test('c- and the 编号 in lower case; the edition is appended when that key is taken; undefined when both are', () => {
    expect(newEntryKey('203912X', '2023', new Set())).toBe('c-203912x');
    expect(newEntryKey('203912X', '2023', new Set(['c-203912x']))).toBe('c-203912x-2023');
    expect(newEntryKey('203912X', '2023', new Set(['c-203912x', 'c-203912x-2023']))).toBeUndefined();
  });
});

describe('anchors of held control points survive the import', () => {
  const args = ['--edition', '2001', '--source-url', URL_, fixtureFile('import', 'catalogue-2001.txt')];
  /** A held file for 测试技术戊 (990103J, two official points) with the given control points. */
  const holdWu = (root: string, points: string) =>
    writeFileSync(
      join(root, 'content/entries/2001/test-wu.md'),
      `---\nedition: "2001"\npart: 禁止\ncode: 990103J\nname: 测试技术戊\ncompleteness: partial\nmissing: [控制要点的官方编号]\ncontrolPoints:\n${points}sources:\n  - { title: 测试来源, grade: B }\n---\n`,
    );
  const wu = (root: string) => buildCatalogue(readContent(root)).versions.get('2001')!.find((v) => v.key === 'test-wu')!;

  test('points held without a number are matched by wording and keep cp-u1, cp-u2 as aliases of their numbered points', async () => {
    const root = tempFixture('import');
    holdWu(root, '  - text: 测试技术戊的第二个测试要点\n  - text: 测试技术戊的测试要点（半角括号）\n');
    const held = wu(root).controlPoints.map((cp) => [cp.anchor, cp.text]);
    expect(held).toEqual([
      ['cp-u1', '测试技术戊的第二个测试要点'],
      ['cp-u2', '测试技术戊的测试要点（半角括号）'],
    ]);
    const r = await runImport(root, args);
    expect(r.code, r.out).toBe(0);
    expect(frontmatterOf(readFileSync(join(root, 'content/entries/2001/test-wu.md'), 'utf8')).controlPoints).toEqual([
      { n: 1, text: '测试技术戊的测试要点(半角括号)与 ASCII words wrapped across lines', aliases: ['cp-u2'] },
      { n: 2, text: '测试技术戊的第二个测试要点', aliases: ['cp-u1'] },
    ]);
    // Every anchor published before the import lands on the point with the same wording after it.
    const after = wu(root).controlPoints;
    const at = (anchor: string) => after.find((cp) => cp.anchor === anchor || cp.aliases?.includes(anchor))?.n;
    expect([at('cp-u1'), at('cp-u2')]).toEqual([2, 1]);
    const once = snapshot(root);
    expect((await runImport(root, args)).out).toContain('Nothing to change: the content already matches the text.');
    expect(snapshot(root)).toEqual(once);
  });

  test('a point held without a number that matches no official wording stops the import; numbering it by hand with its alias lets it through', async () => {
    const root = tempFixture('import');
    holdWu(root, '  - text: 测试技术戊的不存在的要点\n');
    const before = snapshot(root);
    const r = await runImport(root, args);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '  content/entries/2001/test-wu.md: control point cp-u1「测试技术戊的不存在的要点」, held without its number, matches no control point of the text by wording; its anchor cp-u1 is published, so it must stay with that point: give the held point its official number (n) by hand with aliases: [cp-u1], then import again',
    );
    expect(snapshot(root)).toEqual(before);
    holdWu(root, '  - { n: 2, text: 测试技术戊的不存在的要点, aliases: [cp-u1] }\n');
    expect((await runImport(root, args)).code).toBe(0);
    expect(wu(root).controlPoints.map((cp) => [cp.anchor, cp.aliases])).toEqual([
      ['cp-1', undefined],
      ['cp-2', ['cp-u1']],
    ]);
  });

  test('a held wording found in several official points, or a held number the text lacks, stops the import', async () => {
    const root = tempFixture('import');
    holdWu(root, '  - text: 测试技术戊\n  - { n: 5, text: 测试技术戊的第五个要点 }\n');
    const r = await runImport(root, args);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '  content/entries/2001/test-wu.md: control point cp-u1「测试技术戊」, held without its number, matches 2 control points of the text (1, 2) by wording; its anchor cp-u1 is published, so it must stay with that point: give the held point its official number (n) by hand with aliases: [cp-u1], then import again',
    );
    expect(r.out).toContain(
      '  content/entries/2001/test-wu.md: control point 5 is not in the text, which has 2; its anchor cp-5 is published, so it must stay with that point: give the held point its official number (n) by hand with aliases: [cp-5], then import again',
    );
  });
});

describe('our additions to a held entry survive the import (renderings, notes, their English)', () => {
  const args = ['--edition', '2001', '--source-url', URL_, fixtureFile('import', 'catalogue-2001.txt')];
  const jiaFile = 'content/entries/2001/test-jia.md';
  /** test-jia as held, with our English name, a rendering and notes on its point, and the English of its notes. */
  const withAdditions = (root: string, point = '测试技术甲的第一个测试要点', name = '测试技术甲') => {
    const file = join(root, jiaFile);
    const held = readFileSync(file, 'utf8')
      .replace('name: 测试技术甲\n', `name: ${name}\nnameEn: Test technology A\n`)
      .replace('    text: 测试技术甲的第一个测试要点\n', `    text: ${point}\n    en: The first test point of test technology A\n    note: 测试用的要点说明\n    noteEn: A note on the test point\n`)
      .replace('\n---\n测试用的说明', '\nbodyEn: "Test notes: they must stay after the import."\n---\n测试用的说明');
    writeFileSync(file, held);
    return file;
  };

  test('the English name, the point\'s rendering and notes, and bodyEn stay where the wording is unchanged; a second import changes nothing', async () => {
    const root = tempFixture('import');
    const file = withAdditions(root);
    expect((await runImport(root, args)).code).toBe(0);
    const data = frontmatterOf(readFileSync(file, 'utf8'));
    expect(Object.keys(data).slice(0, 6)).toEqual(['edition', 'part', 'code', 'seq', 'industry', 'name']);
    expect(data.nameEn).toBe('Test technology A');
    expect(data.controlPoints).toEqual([
      { n: 1, text: '测试技术甲的第一个测试要点', en: 'The first test point of test technology A', note: '测试用的要点说明', noteEn: 'A note on the test point' },
      { n: 2, text: '测试技术甲的第二个测试要点，这一要点较长，在排版中跨越两行' },
    ]);
    expect(data.bodyEn).toBe('Test notes: they must stay after the import.');
    const once = snapshot(root);
    const again = await runImport(root, args);
    expect(again.code).toBe(0);
    expect(snapshot(root)).toEqual(once);
  });

  test('a rendering whose wording changed is not carried over, and the report says so, word for word', async () => {
    const root = tempFixture('import');
    const file = withAdditions(root, '测试技术甲的旧要点');
    // test-yi is held under an older name (matched by its 编号): its English name renders the old one.
    const yi = join(root, 'content/entries/2001/test-yi.md');
    writeFileSync(yi, readFileSync(yi, 'utf8').replace('name: 测试技术乙（旧称）\n', 'name: 测试技术乙（旧称）\nnameEn: Test technology B (old name)\n'));
    const r = await runImport(root, args);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('content/entries/2001/test-yi.md: nameEn not carried over: the name changed from「测试技术乙（旧称）」to「测试技术乙」; translate the new name');
    expect(r.out).toContain(`${jiaFile}: en, note, noteEn of the control point「测试技术甲的旧要点」not carried over: no control point of the text has that wording`);
    expect(frontmatterOf(readFileSync(yi, 'utf8')).nameEn).toBeUndefined();
    const data = frontmatterOf(readFileSync(file, 'utf8'));
    expect(data.nameEn).toBe('Test technology A');
    expect(JSON.stringify(data.controlPoints)).not.toContain('test point');
  });
});
