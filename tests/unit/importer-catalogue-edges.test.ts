/** The catalogue importer at its edges: what a plan writes and reports, word for word, on the fictional tree of tests/fixtures/import. */
import { describe, expect, test } from 'vitest';
import { carryAnchors, frontmatterOf, ownedFields, planCatalogueImport, type ImportPlan } from '../../src/lib/importer/import-catalogue.ts';
import { readContentFiles } from '../../src/lib/shared/read-content.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { readFixture } from '../helpers/import.ts';

const URL_ = 'https://example.org/test-catalogue.pdf';
const OUR_TITLE = '《中国禁止出口限制出口技术目录》官方文本（测试令第1号）';
const EDITION = 'content/editions/2001.md';
const JIA = 'content/entries/2001/test-jia.md';
const YI = 'content/entries/2001/test-yi.md';
const TEXT = readFixture('import', 'catalogue-2001.txt');
const READ = 'Read 5 entries: 禁止 3, 限制 2 (official: 禁止 3, 限制 2).';

/** The fictional tree: edition 2001 (totals 禁止 3, 限制 2), test-jia (测试技术甲, no 编号) and test-yi (990102J under an older name). */
const tree = (): Map<string, string> => readContentFiles(fixtureRoot('import'));

const plan = (files: Map<string, string>, text = TEXT, force = false): ImportPlan => planCatalogueImport(files, text, { edition: '2001', sourceUrl: URL_, force });

/** The files as they stand after a plan is carried out. */
function apply(files: Map<string, string>, p: ImportPlan): Map<string, string> {
  const after = new Map(files);
  for (const c of p.changes) after.set(c.file, c.text);
  return after;
}

const edit = (files: Map<string, string>, file: string, from: string, to: string): Map<string, string> => {
  const text = files.get(file)!;
  expect(text).toContain(from);
  files.set(file, text.replace(from, to));
  return files;
};

const changeOf = (p: ImportPlan, file: string) => p.changes.find((c) => c.file === file);

describe('what the importer owns of a control point', () => {
  test('anything in the list that is not an object is kept as it is; an object loses our rendering', () => {
    expect(ownedFields({ controlPoints: [null, 7, { n: 1, text: '测试要点甲', en: 'Test point A' }] }).controlPoints).toEqual([null, 7, { n: 1, text: '测试要点甲' }]);
  });
});

describe('carrying the anchors of points held without a number', () => {
  test('a wording equal to one official point goes to it, even when another official point contains it', () => {
    const r = carryAnchors('test.md', [{ text: '测试要点' }], [
      { n: 1, text: '测试要点' },
      { n: 2, text: '测试要点的补充' },
    ]);
    expect(r).toEqual({ aliases: new Map([[1, ['cp-u1']]]), problems: [] });
  });

  test('white space inside the held wording and its closing punctuation do not count', () => {
    const r = carryAnchors('test.md', [{ text: '测试 要点。' }], [
      { n: 1, text: '测试要点' },
      { n: 2, text: '其他测试要点的补充' },
    ]);
    expect(r).toEqual({ aliases: new Map([[1, ['cp-u1']]]), problems: [] });
  });

  test('a held point without wording matches nothing, and the report quotes it as empty', () => {
    expect(carryAnchors('test.md', [{}], [{ n: 1, text: '测试要点' }]).problems).toEqual([
      'test.md: control point cp-u1「」, held without its number, matches no control point of the text by wording; its anchor cp-u1 is published, so it must stay with that point: give the held point its official number (n) by hand with aliases: [cp-u1], then import again',
    ]);
  });

  test('the fix names every anchor the held point keeps, comma-separated', () => {
    expect(carryAnchors('test.md', [{ text: '其他说明', aliases: ['cp-u5'] }], [{ n: 1, text: '测试要点' }]).problems).toEqual([
      'test.md: control point cp-u1「其他说明」, held without its number, matches no control point of the text by wording; its anchor cp-u1 is published, so it must stay with that point: give the held point its official number (n) by hand with aliases: [cp-u1, cp-u5], then import again',
    ]);
  });
});

describe('a first import into the fictional tree', () => {
  const p = plan(tree());

  test('creates three files, updates the two held ones, marks the edition complete, and counts them so', () => {
    expect(p.problems).toEqual([]);
    expect(p.unchanged).toEqual([]);
    expect(p.summary).toEqual([READ, '3 new entry files, 2 updated, 0 unchanged; content/editions/2001.md marked complete.']);
    expect(p.changes.map((c) => [c.file, c.action])).toEqual([
      [JIA, 'update'],
      [YI, 'update'],
      ['content/entries/2001/c-990103j.md', 'create'],
      ['content/entries/2001/c-990201x.md', 'create'],
      ['content/entries/2001/c-990202x.md', 'create'],
      [EDITION, 'update'],
    ]);
  });

  test('a created file has no body: it ends with its grade A source and the closing ---', () => {
    expect(changeOf(p, 'content/entries/2001/c-990202x.md')!.text.endsWith(`sources:\n  - title: ${OUR_TITLE}\n    url: ${URL_}\n    grade: A\n    covers: 技术名称、编号、序号、行业标题、控制要点\n---\n`)).toBe(true);
  });

  test('the edition file gains complete: true as the last line of its frontmatter, the rest unchanged', () => {
    expect(changeOf(p, EDITION)!.text).toBe(
      '---\nedition: "2001"\ninstrument: 测试令第1号\npublished: 2001-01-01\ninForce: 2001-01-01\ntotals: { 禁止: 3, 限制: 2 }\narises: { kind: full-text }\nsummary: 测试用的虚构版本。\ncomplete: true\n---\nFictional edition for importer tests.\n',
    );
  });
});

describe('marking the edition complete', () => {
  const editionAfter = (from: string, to: string) => changeOf(plan(edit(tree(), EDITION, from, to)), EDITION)?.text;

  test('complete: false becomes complete: true in its place; a comment that mentions complete: is left alone', () => {
    expect(editionAfter('edition: "2001"\n', 'edition: "2001"\n# complete: 待定（测试用注释）\ncomplete: false\n')).toBe(
      '---\nedition: "2001"\n# complete: 待定（测试用注释）\ncomplete: true\ninstrument: 测试令第1号\npublished: 2001-01-01\ninForce: 2001-01-01\ntotals: { 禁止: 3, 限制: 2 }\narises: { kind: full-text }\nsummary: 测试用的虚构版本。\n---\nFictional edition for importer tests.\n',
    );
  });

  test('a comment saying complete: true is no complete field: the field is added', () => {
    expect(editionAfter('edition: "2001"\n', 'edition: "2001"\n# complete: true\n')).toBe(
      '---\nedition: "2001"\n# complete: true\ninstrument: 测试令第1号\npublished: 2001-01-01\ninForce: 2001-01-01\ntotals: { 禁止: 3, 限制: 2 }\narises: { kind: full-text }\nsummary: 测试用的虚构版本。\ncomplete: true\n---\nFictional edition for importer tests.\n',
    );
  });

  test('an edition already complete, however spaced, is not touched', () => {
    expect(editionAfter('edition: "2001"\n', 'edition: "2001"\ncomplete:  true\n')).toBeUndefined();
    expect(editionAfter('edition: "2001"\n', 'edition: "2001"\ncomplete: true  \n')).toBeUndefined();
  });

  test('an edition file written with CRLF line endings and a byte order mark is marked complete in its own line endings', () => {
    const files = tree();
    files.set(EDITION, `\uFEFF${files.get(EDITION)!.replace(/\n/g, '\r\n')}`);
    const p = plan(files);
    expect(p.summary).toEqual([READ, '3 new entry files, 2 updated, 0 unchanged; content/editions/2001.md marked complete.']);
    expect(changeOf(p, EDITION)!.text).toBe(
      '\uFEFF---\r\nedition: "2001"\r\ninstrument: 测试令第1号\r\npublished: 2001-01-01\r\ninForce: 2001-01-01\r\ntotals: { 禁止: 3, 限制: 2 }\r\narises: { kind: full-text }\r\nsummary: 测试用的虚构版本。\r\ncomplete: true\r\n---\r\nFictional edition for importer tests.\r\n',
    );
    const withFalse = tree();
    withFalse.set(EDITION, withFalse.get(EDITION)!.replace('edition: "2001"\n', 'edition: "2001"\ncomplete: false\n').replace(/\n/g, '\r\n'));
    expect(changeOf(plan(withFalse), EDITION)!.text).toContain('edition: "2001"\r\ncomplete: true\r\ninstrument:');
  });

  test('the summary does not mention the edition file when it is already complete', () => {
    expect(plan(edit(tree(), EDITION, 'edition: "2001"\n', 'edition: "2001"\ncomplete: true\n')).summary).toEqual([READ, '3 new entry files, 2 updated, 0 unchanged.']);
  });
});

describe('our additions to the held entries', () => {
  const held = () => {
    const files = tree();
    edit(files, JIA, 'name: 测试技术甲\n', 'name: 测试技术甲\nnameEn: Test technique A\n');
    edit(
      files,
      JIA,
      'controlPoints:\n  - n: 1\n    text: 测试技术甲的第一个测试要点\n',
      [
        'controlPoints:',
        '  - text: 测试技术甲的第一个 测试要点',
        '    en: The first test point of A',
        '  - text: 测试技术甲的第二个测试要点，这一要点较长，在排版中跨越两行。',
        '    note: 测试用的要点说明',
        '    aliases: [cp-u9, 7]',
        '',
      ].join('\n'),
    );
    edit(
      files,
      JIA,
      '    covers: 控制要点1\n',
      `    covers: 控制要点1\n  - title: 测试用的另一标题\n    url: ${URL_}\n    grade: B\n  - title: ${OUR_TITLE}\n    url: https://example.org/another-copy.pdf\n    grade: B\n`,
    );
    edit(files, YI, 'missing: [控制要点]\n', 'missing: [控制要点]\ncontrolPoints:\n  - n: 1\n    text: 测试技术乙的旧要点\n    en: The old test point of B\n');
    return files;
  };
  const p = plan(held());
  const jia = () => frontmatterOf(changeOf(p, JIA)!.text);

  test('the report names only the rendering that could not follow its wording', () => {
    expect(p.problems).toEqual([]);
    expect(p.summary).toEqual([
      READ,
      'content/entries/2001/test-yi.md: en of the control point「测试技术乙的旧要点」not carried over: no control point of the text has that wording',
      '3 new entry files, 2 updated, 0 unchanged; content/editions/2001.md marked complete.',
    ]);
  });

  test('the English name is written right after the name', () => {
    expect(Object.keys(jia())).toEqual(['edition', 'part', 'code', 'seq', 'industry', 'name', 'nameEn', 'formerCodes', 'relativeToPrevious', 'completeness', 'controlPoints', 'sources']);
    expect(jia().nameEn).toBe('Test technique A');
  });

  test('renderings and notes follow their wording (spaces and closing punctuation aside); anchors follow as aliases, non-string aliases dropped', () => {
    expect(jia().controlPoints).toEqual([
      { n: 1, text: '测试技术甲的第一个测试要点', en: 'The first test point of A', aliases: ['cp-u1'] },
      { n: 2, text: '测试技术甲的第二个测试要点，这一要点较长，在排版中跨越两行', note: '测试用的要点说明', aliases: ['cp-u2', 'cp-u9'] },
    ]);
  });

  test('earlier sources are kept after ours unless both their title and their address are ours', () => {
    expect(jia().sources).toEqual([
      { title: OUR_TITLE, url: URL_, grade: 'A', covers: '技术名称、编号、序号、行业标题、控制要点' },
      { title: '测试用的二手来源', grade: 'B', covers: '控制要点1' },
      { title: '测试用的另一标题', url: URL_, grade: 'B' },
      { title: OUR_TITLE, url: 'https://example.org/another-copy.pdf', grade: 'B' },
    ]);
  });

  test('an earlier copy of our own source is replaced, not repeated', () => {
    const files = edit(tree(), JIA, '    covers: 控制要点1\n', `    covers: 控制要点1\n  - title: ${OUR_TITLE}\n    url: ${URL_}\n    grade: A\n`);
    expect(frontmatterOf(changeOf(plan(files), JIA)!.text).sources).toEqual([
      { title: OUR_TITLE, url: URL_, grade: 'A', covers: '技术名称、编号、序号、行业标题、控制要点' },
      { title: '测试用的二手来源', grade: 'B', covers: '控制要点1' },
    ]);
  });
});

describe('importing again', () => {
  const once = () => {
    const files = tree();
    return apply(files, plan(files));
  };

  test('a file the last import wrote is updated without --force when the text changes; points without our additions report nothing', () => {
    const p = plan(once(), TEXT.replace('1.测试技术丁的测试要点', '1.测试技术丁的修改后的测试要点'));
    expect(p.problems).toEqual([]);
    expect(p.summary).toEqual([READ, '0 new entry files, 1 updated, 4 unchanged.']);
    expect(p.changes.map((c) => [c.file, c.action])).toEqual([['content/entries/2001/c-990202x.md', 'update']]);
    expect(p.unchanged).toEqual([JIA, YI, 'content/entries/2001/c-990103j.md', 'content/entries/2001/c-990201x.md']);
  });

  test('a file edited by hand since stops the plan: nothing planned, the summary only says what was read', () => {
    const files = edit(once(), 'content/entries/2001/c-990202x.md', 'text: 测试技术丁的测试要点', 'text: 测试技术丁的手改要点');
    expect(plan(files)).toEqual({
      problems: [
        'content/entries/2001/c-990202x.md was edited by hand since it was imported (the fields the importer owns no longer match its "# imported" hash); re-run with --force to replace them (lineage, sources and notes are kept either way)',
      ],
      changes: [],
      unchanged: [],
      summary: [READ],
    });
  });
});

describe('keys of new entries', () => {
  test('a key an amendment gave an entry it added is taken: the new entry gets the edition appended', () => {
    const files = tree();
    files.set(
      'content/editions/2002.md',
      '---\nedition: "2002"\ninstrument: 测试公告第2号\npublished: 2002-01-01\ninForce: 2002-01-01\ntotals: { 禁止: 3, 限制: 3 }\narises: { kind: amended, base: "2001", amendment: "2002-2" }\nsummary: 测试用的虚构修订版本。\n---\n',
    );
    files.set(
      'content/amendments/2002-2.md',
      [
        '---',
        'id: "2002-2"',
        'instrument: 测试公告第2号',
        'published: 2002-01-01',
        'base: "2001"',
        'result: "2002"',
        'counts:',
        '  deleted: { total: 0 }',
        '  added: { total: 1 }',
        '  modified: { total: 0 }',
        'countsSource:',
        '  title: 测试来源',
        '  grade: B',
        'clauses:',
        '  - n: 1',
        '    part: 限制',
        '    op: add',
        '    entry:',
        '      key: c-990201x',
        '      part: 限制',
        '      code: 999911X',
        '      name: 测试技术癸',
        '      completeness: name-only',
        '      missing: [控制要点]',
        '    wording: 新增测试技术癸（编号：999911X）条目。',
        '    source: { title: 测试来源, grade: B }',
        '---',
        '',
      ].join('\n'),
    );
    const p = plan(files);
    expect(p.problems).toEqual([]);
    expect(p.changes.filter((c) => c.action === 'create').map((c) => c.file)).toEqual([
      'content/entries/2001/c-990103j.md',
      'content/entries/2001/c-990201x-2001.md',
      'content/entries/2001/c-990202x.md',
    ]);
  });

  test('both keys already used as file names in another edition: a problem naming the entry, and nothing planned', () => {
    const files = tree();
    files.set('content/entries/2000/c-990103j.md', '---\n---\n');
    files.set('content/entries/2000/c-990103j-2001.md', '---\n---\n');
    expect(plan(files)).toEqual({
      problems: ["序号 3（禁止，编号 990103J，line 14）: both c-990103j and c-990103j-2001 are already used as keys; create this entry's file by hand"],
      changes: [],
      unchanged: [],
      summary: [READ],
    });
  });
});

describe('matching held files to the entries of the text', () => {
  test('two held files with the name of one entry: both named in one problem, and neither matched', () => {
    const files = tree();
    files.set('content/entries/2001/test-jia-2.md', files.get(JIA)!);
    expect(plan(files).problems).toEqual([
      '序号 1（禁止，编号 990101J，line 8） 「测试技术甲」 matches several files by name: content/entries/2001/test-jia.md, content/entries/2001/test-jia-2.md',
      'content/entries/2001/test-jia.md (「测试技术甲」) matches no entry of the text by 编号 or by name: correct its 编号 or 技术名称 to the official ones, or remove the file, then import again',
      'content/entries/2001/test-jia-2.md (「测试技术甲」) matches no entry of the text by 编号 or by name: correct its 编号 or 技术名称 to the official ones, or remove the file, then import again',
    ]);
  });

  test('an entry matched by 编号 is not matched again by name; a file matched by neither is reported with its 编号', () => {
    const files = tree();
    files.set(
      'content/entries/2001/test-bing.md',
      '---\nedition: "2001"\npart: 限制\ncode: 990201X\nname: 测试技术丙（旧称）\ncompleteness: name-only\nmissing: [控制要点]\nsources:\n  - title: 测试来源\n    grade: B\n---\n',
    );
    files.set(
      'content/entries/2001/test-bing-2.md',
      '---\nedition: "2001"\npart: 限制\ncode: 990209X\nname: 测试技术丙的很长的名称\ncompleteness: name-only\nmissing: [控制要点]\nsources:\n  - title: 测试来源\n    grade: B\n---\n',
    );
    expect(plan(files)).toEqual({
      problems: [
        'content/entries/2001/test-bing-2.md (「测试技术丙的很长的名称」, 编号 990209X) matches no entry of the text by 编号 or by name: correct its 编号 or 技术名称 to the official ones, or remove the file, then import again',
      ],
      changes: [],
      unchanged: [],
      summary: [READ],
    });
  });
});

describe('what stops a plan before matching or after it', () => {
  test('an edition file that does not exist', () => {
    expect(planCatalogueImport(tree(), TEXT, { edition: '2009', sourceUrl: URL_ })).toEqual({
      problems: ['content/editions/2009.md does not exist: create the edition file (instrument, dates, official totals) before importing its text'],
      changes: [],
      unchanged: [],
      summary: [],
    });
  });

  test('an edition file whose metadata lacks a field', () => {
    expect(plan(edit(tree(), EDITION, 'instrument: 测试令第1号\n', ''))).toEqual({
      problems: ['content/editions/2001.md — instrument: is required'],
      changes: [],
      unchanged: [],
      summary: [],
    });
  });

  test('an edition computed from an adjustment list is not imported from a full text', () => {
    const files = tree();
    files.set(
      'content/editions/2002.md',
      '---\nedition: "2002"\ninstrument: 测试公告第2号\npublished: 2002-01-01\ninForce: 2002-01-01\ntotals: { 禁止: 3, 限制: 2 }\narises: { kind: amended, base: "2001", amendment: "2002-2" }\nsummary: 测试用的虚构修订版本。\n---\n',
    );
    expect(planCatalogueImport(files, TEXT, { edition: '2002', sourceUrl: URL_ })).toEqual({
      problems: ['the 2002 edition is computed from 2001 and the adjustment list 2002-2; import that list with --amendment 2002-2 instead'],
      changes: [],
      unchanged: [],
      summary: [],
    });
  });

  test('a held file of the edition that cannot be read is reported, and nothing is planned', () => {
    const files = tree();
    files.set('content/entries/2001/test-broken.md', '---\n- 测试\n---\n');
    expect(plan(files)).toEqual({
      problems: ['content/entries/2001/test-broken.md — (frontmatter): must be a YAML mapping of fields'],
      changes: [],
      unchanged: [],
      summary: [READ],
    });
  });

  test('an entry that fails the entry schema is named by 序号, part, 编号 and line', () => {
    expect(plan(tree(), TEXT.replace('990202X', '990202J'))).toEqual({
      problems: [
        'line 26: 编号 990202J (序号 2) ends in J, which marks a 禁止 entry, but it stands in 二、限制出口部分',
        '序号 2（限制，编号 990202J，line 26） — code: ends in J, which marks a 禁止 entry, but part is 限制',
      ],
      changes: [],
      unchanged: [],
      summary: [READ],
    });
  });

  test('a count that differs from the official total stops the plan before held files are matched', () => {
    const files = tree();
    files.set(
      'content/entries/2001/test-extra.md',
      '---\nedition: "2001"\npart: 限制\nname: 测试技术己\ncompleteness: name-only\nmissing: [控制要点]\nsources:\n  - title: 测试来源\n    grade: B\n---\n',
    );
    expect(plan(edit(files, EDITION, 'totals: { 禁止: 3, 限制: 2 }', 'totals: { 禁止: 3, 限制: 3 }'))).toEqual({
      problems: ['the 限制 part has 2 entries in the text, but the official total of the 2001 edition is 3 (content/editions/2001.md, totals.限制)'],
      changes: [],
      unchanged: [],
      summary: ['Read 5 entries: 禁止 3, 限制 2 (official: 禁止 3, 限制 3).'],
    });
  });

  test('lineage kept from a held file that the content check rejects stops the plan', () => {
    const files = edit(tree(), JIA, 'relativeToPrevious: modified\n', 'predecessors: [c-999999j]\n');
    expect(plan(files)).toEqual({
      problems: ['after the import the content would fail the check: content/entries/2001/test-jia.md — predecessors: names "c-999999j", which is no entry in any edition'],
      changes: [],
      unchanged: [],
      summary: [READ],
    });
  });
});
