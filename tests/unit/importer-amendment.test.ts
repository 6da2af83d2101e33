/** The adjustment-list importer: the verbatim clauses 1–5 of 公告2020年第38号, and a fictional list of every form. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { parseAdjustmentText } from '../../src/lib/importer/import-amendment.ts';
import { renderFile } from '../../src/lib/importer/files.ts';
import { versionsIn } from '../../src/lib/catalogue/queries.ts';
import { parseMarkdown, readContent } from '../../src/lib/shared/read-content.ts';
import { AmendmentSchema, type ClauseData } from '../../src/lib/catalogue/schemas.ts';
import { fixtureFile, readFixture, runImport, snapshot, tempCopy, tempFixture } from '../helpers/import.ts';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));
const CLAUSES = fixtureFile('import-amendment', '2020-38-clauses-1-5.txt');
const URL_ = 'http://8170pk.com/fagui/show-1488.html';
const args = ['--amendment', '2020-38', '--source-url', URL_, CLAUSES];

const clausesOf = (root: string, id: string): ClauseData[] =>
  AmendmentSchema.parse(parseMarkdown('x', readFileSync(join(root, `content/amendments/${id}.md`), 'utf8')).data).clauses;

/** What the importer owns of a clause: everything but the editor's note and source. */
/** What the importer brings: the official wording and its facts; our notes, sources and English renderings are added by hand. */
const wording = ({ note: _n, noteEn: _ne, source: _s, en: _e, wordingEn: _we, ...rest }: ClauseData) => rest;

describe('the verbatim clauses 1–5 of 公告2020年第38号', () => {
  const parsed = parseAdjustmentText(readFileSync(CLAUSES, 'utf8'), '2020');

  test('the fixture ends where the stored copy ends, inside clause 5', () => {
    expect(readFileSync(CLAUSES, 'utf8').trimEnd().endsWith('5.删去化学合成及半合成药物生产技术（编号：052705J）条')).toBe(true);
  });

  test('clauses 1–4 are read with their part, industry heading, operation, target and wording', () => {
    expect(parsed.problems).toEqual([]);
    expect(parsed.clauses.map((c) => [c.clause.n, c.clause.part, c.clause.industry, c.clause.op, (c.clause.target as { code: string }).code])).toEqual([
      [1, '禁止', '畜牧业', 'delete', '050302J'],
      [2, '禁止', '畜牧业', 'replace-cp', '050304J'],
      [3, '禁止', '医药制造业', 'delete', '052701J'],
      [4, '禁止', '医药制造业', 'delete', '052702J'],
      [5, '禁止', '医药制造业', 'delete', '052705J'],
    ]);
    expect(parsed.clauses[1]!.clause).toMatchObject({ cp: 1, text: '除杂交一代蚕品种以外的蚕遗传资源' });
    expect(parsed.clauses[3]!.clause.target).toEqual({ code: '052702J', name: '核黄素（VB2）生产工艺' });
  });

  test('clause 5 is cut off: recorded as incomplete and uncertain, its wording as far as it goes, nothing guessed', () => {
    const c5 = parsed.clauses[4]!;
    expect(c5.clause).toMatchObject({
      wording: '删去化学合成及半合成药物生产技术（编号：052705J）条',
      wordingComplete: false,
      certainty: 'uncertain',
    });
    expect(c5.doubtful).toBe('the text ends inside this clause (after “编号：052705J）条”); recorded as incomplete and uncertain');
  });

  test('imported into a tree holding only the metadata, clauses 1–5 equal the hand-made content/amendments/2020-38.md', async () => {
    const root = tempFixture('import-amendment');
    const r = await runImport(root, args);
    expect(r.code).toBe(0);
    const imported = clausesOf(root, '2020-38');
    const real = clausesOf(PROJECT, '2020-38').filter((c) => c.n !== undefined && c.n <= 5);
    // No 2008 entry is held in this tree, so the importer marks every target as not held.
    expect(imported.map(wording)).toEqual(real.map((c) => ({ ...wording(c), targetHeld: false })));
    expect(imported.every((c) => c.source?.grade === 'A' && c.source.url === URL_)).toBe(true);
  });

  test('imported into a copy of the real content without clauses 1–5: the same clauses, the same computed 2020 edition', async () => {
    const root = tempCopy(PROJECT);
    const file = join(root, 'content/amendments/2020-38.md');
    const raw = parseMarkdown('x', readFileSync(file, 'utf8'));
    const data = raw.data as { clauses: ClauseData[] };
    writeFileSync(file, renderFile({ ...data, clauses: data.clauses.filter((c) => !(c.n !== undefined && c.n <= 5)) }, raw.body));
    expect((await runImport(root, args)).code).toBe(0);
    const real = clausesOf(PROJECT, '2020-38');
    expect(clausesOf(root, '2020-38').map(wording)).toEqual(real.map(wording));
    const after = buildCatalogue(readContent(root));
    const before = buildCatalogue(readContent(PROJECT));
    expect(after.removals.map((x) => [x.key, x.by.n])).toEqual(before.removals.map((x) => [x.key, x.by.n]));
    expect(versionsIn(after, '2020').find((v) => v.code === '052705J')?.uncertain?.clause.n).toBe(5);
  });

  test('into a copy of the real content as it is: the hand-made clauses already say the same, so nothing changes', async () => {
    const root = tempCopy(PROJECT);
    const before = snapshot(root);
    const r = await runImport(root, args);
    expect(r.code).toBe(0);
    expect(r.out).toContain('content/amendments/2020-38.md already holds these clauses; nothing to change.');
    expect(snapshot(root)).toEqual(before);
  });

  test('a hand-made clause that differs from the text is replaced only with --force', async () => {
    const root = tempCopy(PROJECT);
    const file = join(root, 'content/amendments/2020-38.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('    cp: 1\n', '    cp: 2\n'));
    const before = snapshot(root);
    const r = await runImport(root, args);
    expect(r.code).toBe(1);
    expect(r.out).toContain('  content/amendments/2020-38.md clause 2 differs from the text and was written or edited by hand; re-run with --force to replace it');
    expect(snapshot(root)).toEqual(before);
    expect((await runImport(root, [...args, '--force'])).code).toBe(0);
    expect(clausesOf(root, '2020-38').find((c) => c.n === 2)!.cp).toBe(1);
  });
});

describe('a fictional adjustment list with every form the importer reads', () => {
  const fargs = ['--amendment', '2002-2', '--source-url', 'https://example.org/adjustments.pdf', fixtureFile('import-amendment-fictional', 'adjustments-2002-2.txt')];

  test('add-cp, delete with half-width punctuation, replace-cp over two lines, 新增 with numbered points, an unrecognised clause', async () => {
    const root = tempFixture('import-amendment-fictional');
    const r = await runImport(root, fargs);
    expect(r.code).toBe(0);
    expect(r.out).toContain('line 14: clause 5: the operation was not recognised; recorded with op unknown');
    const c = clausesOf(root, '2002-2');
    expect(c.map((x) => [x.n, x.part, x.industry, x.op, x.targetHeld, x.certainty])).toEqual([
      [1, '禁止', '测试行业一', 'add-cp', true, 'certain'],
      [2, '禁止', '测试行业一', 'delete', false, 'certain'],
      [3, '限制', '测试行业二', 'replace-cp', true, 'certain'],
      [4, '限制', '测试行业二', 'add', true, 'certain'],
      [5, '限制', '测试行业二', 'unknown', true, 'uncertain'],
    ]);
    expect(c[0]!.points).toEqual([{ n: 3, text: '测试技术甲的第三个测试要点' }]);
    expect(c[2]!.text).toBe('修改后的测试要点，跨越两行');
    expect(c[3]!.entry).toMatchObject({ key: 'c-990203x', code: '990203X', name: '测试技术庚', completeness: 'complete' });
    const cat = buildCatalogue(readContent(root));
    expect(versionsIn(cat, '2002').find((v) => v.code === '990101J')!.controlPoints.map((p) => p.n)).toEqual([1, 2, 3]);
    expect(cat.unapplied.map((u) => u.clause.n)).toEqual([2, 5]);
  });

  test('idempotent: a second import changes nothing, and the added entry keeps its key', async () => {
    const root = tempFixture('import-amendment-fictional');
    await runImport(root, fargs);
    const once = snapshot(root);
    const r = await runImport(root, fargs);
    expect(r.out).toContain('already holds these clauses; nothing to change.');
    expect(snapshot(root)).toEqual(once);
  });

  test('a clause edited by hand after the import stops the next import; --force restores the text', async () => {
    const root = tempFixture('import-amendment-fictional');
    await runImport(root, fargs);
    const file = join(root, 'content/amendments/2002-2.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('text: 修改后的测试要点，跨越两行', 'text: 手工改过的测试要点'));
    expect((await runImport(root, fargs)).code).toBe(1);
    expect((await runImport(root, [...fargs, '--force'])).code).toBe(0);
    expect(clausesOf(root, '2002-2')[2]!.text).toBe('修改后的测试要点，跨越两行');
  });

  test('a clause the importer wrote, unchanged since, is replaced when the text changes', async () => {
    const root = tempFixture('import-amendment-fictional');
    await runImport(root, fargs);
    const changed = join(root, 'changed.txt');
    writeFileSync(changed, readFixture('import-amendment-fictional', 'adjustments-2002-2.txt').replace('修改后的测试要点，\n跨越两行', '再次修改的测试要点'));
    const r = await runImport(root, ['--amendment', '2002-2', '--source-url', 'https://example.org/adjustments.pdf', changed]);
    expect(r.code).toBe(0);
    expect(clausesOf(root, '2002-2')[2]!.text).toBe('再次修改的测试要点');
  });
});

describe('an added entry whose control points follow on numbered lines of their own (as the 2020 and 2025 lists print them)', () => {
  const POINTS = fixtureFile('import-amendment-fictional', 'adjustments-2002-2-points.txt');

  test('the numbered lines after 新增… are its points, with their conditions; the next clause number starts the next clause', async () => {
    const root = tempFixture('import-amendment-fictional');
    const r = await runImport(root, ['--amendment', '2002-2', '--source-url', 'https://example.org/adjustments.html', POINTS]);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('Read 5 clauses (1, 2, 3, 4, 5).');
    const c = clausesOf(root, '2002-2');
    expect(c.map((x) => [x.n, x.op])).toEqual([
      [1, 'add-cp'],
      [2, 'delete'],
      [3, 'replace-cp'],
      [4, 'add'],
      [5, 'delete'],
    ]);
    expect(c[3]!.entry).toMatchObject({
      key: 'c-990203x',
      code: '990203X',
      name: '测试技术庚',
      completeness: 'complete',
      controlPoints: [
        { n: 1, text: '测试技术庚的第一个测试要点' },
        { n: 2, text: '测试技术庚的第二个测试要点，须同时满足：（1）测试条件一（2）测试条件二' },
      ],
    });
    expect(c[3]!.wording).toBe(
      '新增测试技术庚（编号：990203X）条目，控制要点：\n1.测试技术庚的第一个测试要点\n2.测试技术庚的第二个测试要点，须同时满足：（1）测试条件一（2）测试条件二',
    );
    const cat = buildCatalogue(readContent(root));
    expect(versionsIn(cat, '2002').find((v) => v.code === '990203X')!.controlPoints.map((p) => p.n)).toEqual([1, 2]);
  });

  test('a point whose number is also the next clause due stays a point unless it reads as a clause', () => {
    const p = parseAdjustmentText(
      '二、限制出口部分\n1.新增测试技术庚（编号：990203X）条目，控制要点：\n1.测试要点一\n2.测试要点二\n2.删去测试技术丁（编号：990202X）条目。\n',
      '2002',
    );
    expect(p.problems).toEqual([]);
    expect(p.clauses.map((c) => [c.clause.n, c.clause.op, (c.clause.entry as { controlPoints?: unknown[] } | undefined)?.controlPoints?.length])).toEqual([
      [1, 'add', 2],
      [2, 'delete', undefined],
    ]);
  });
});
