/** The adjustment-list importer at its edges: cut-off clauses, points inside quotes, numbered point lines, headings, stray lines, and what a plan writes and reports. */
import { describe, expect, test } from 'vitest';
import { parseAdjustmentText, planAmendmentImport } from '../../src/lib/importer/import-amendment.ts';
import { readContentFiles } from '../../src/lib/shared/read-content.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

const FILE = 'content/amendments/2002-2.md';
const URL_ = 'https://example.org/test-adjustments.txt';
const SOURCE = { title: '测试公告第2号（调整内容官方文本）', url: URL_, grade: 'A' };

/** The fictional tree: editions 2001 (full text: 990101J 测试技术甲, 990201X 测试技术丙) and 2002, the amendment 2002-2 with clauses: []. */
const fictional = (): Map<string, string> => readContentFiles(fixtureRoot('import-amendment-fictional'));

/** The fictional tree with the amendment file's `clauses: []` replaced by the given YAML list. */
function withClauses(yamlList: string, files = fictional()): Map<string, string> {
  const text = files.get(FILE)!;
  files.set(FILE, text.replace('clauses: []\n', `clauses:\n${yamlList}`));
  return files;
}

const plan = (files: Map<string, string>, text: string, force = false) => planAmendmentImport(files, text, { id: '2002-2', sourceUrl: URL_, force });

/** The `- n:` lines of a planned amendment file's clause list, in file order. */
const clauseLines = (text: string) => text.split('\n').filter((l) => /^ {2}- n: /.test(l));

describe('a clause the text cuts off', () => {
  test('a deletion that runs on past 条目。 is recorded as an incomplete, uncertain deletion of its target, with the last 12 characters quoted', () => {
    const p = parseAdjustmentText('一、禁止出口部分\n1.删去 测试技术甲 （编号：999901J）条目。另见测试附注\n', '2002');
    expect(p.problems).toEqual([]);
    expect(p.clauses).toEqual([
      {
        clause: {
          n: 1,
          part: '禁止',
          op: 'delete',
          target: { code: '999901J', name: '测试技术甲' },
          wording: '删去 测试技术甲 （编号：999901J）条目。另见测试附注',
          wordingComplete: false,
          certainty: 'uncertain',
          note: '导入的文本在本条中断，止于“1J）条目。另见测试附注”；本条的完整措辞及其效果无法确定，导入程序未作推断。',
        },
        lines: [2, 2],
        doubtful: 'the text ends inside this clause (after “1J）条目。另见测试附注”); recorded as incomplete and uncertain',
      },
    ]);
  });

  test('a cut-off clause that does not begin as a deletion is recorded with op unknown and no target', () => {
    const p = parseAdjustmentText('二、限制出口部分\n1.对测试技术乙（编号：999902X）作测试\n', '2002');
    expect(p.clauses.map((c) => c.clause)).toEqual([
      {
        n: 1,
        part: '限制',
        op: 'unknown',
        wording: '对测试技术乙（编号：999902X）作测试',
        wordingComplete: false,
        certainty: 'uncertain',
        note: '导入的文本在本条中断，止于“：999902X）作测试”；本条的完整措辞及其效果无法确定，导入程序未作推断。',
      },
    ]);
  });
});

describe('control points quoted inside an add-cp clause', () => {
  const addCp = (quoted: string) =>
    parseAdjustmentText(`一、禁止出口部分\n1.在 测试技术甲 （编号：999901J）项下增加控制要点：“${quoted}”。\n`, '2002').clauses[0]!.clause;

  test('numbered points are split at their numbers: spaces trimmed, a trailing ； dropped, a ； inside a point kept', () => {
    const c = addCp(' 1. 测试要点一；附注；2. 测试要点二；附注二；');
    expect(c.op).toBe('add-cp');
    expect(c.target).toEqual({ code: '999901J', name: '测试技术甲' });
    expect(c.points).toEqual([
      { n: 1, text: '测试要点一；附注' },
      { n: 2, text: '测试要点二；附注二' },
    ]);
  });

  test('a single numbered point loses its trailing ；', () => {
    expect(addCp('1.测试要点一；').points).toEqual([{ n: 1, text: '测试要点一' }]);
  });

  test('numbers that do not run 1, 2, 3… leave the quoted text as one point without a number', () => {
    expect(addCp('1.测试要点一；3.测试要点三').points).toEqual([{ text: '1.测试要点一；3.测试要点三' }]);
  });

  test('text before the first number leaves the quoted text as one point without a number', () => {
    expect(addCp('附注；1.测试要点一；2.测试要点二').points).toEqual([{ text: '附注；1.测试要点一；2.测试要点二' }]);
  });

  test('quoted text without numbers is one point without a number, trimmed', () => {
    expect(addCp(' 测试要点无编号 ').points).toEqual([{ text: '测试要点无编号' }]);
  });
});

describe('names and texts of the other operations are trimmed', () => {
  test('delete and replace-cp: the target name and the new text lose the spaces around them', () => {
    const p = parseAdjustmentText(
      '一、禁止出口部分\n1.删去 测试技术甲 （编号：999901J）条目。\n2.将 测试技术乙 （编号：999902J）控制要点2修改为：“ 修改后的测试要点 ”。\n',
      '2002',
    );
    expect(p.clauses.map((c) => c.clause)).toEqual([
      { n: 1, part: '禁止', op: 'delete', target: { code: '999901J', name: '测试技术甲' }, wording: '删去 测试技术甲 （编号：999901J）条目。' },
      {
        n: 2,
        part: '禁止',
        op: 'replace-cp',
        target: { code: '999902J', name: '测试技术乙' },
        cp: 2,
        text: '修改后的测试要点',
        wording: '将 测试技术乙 （编号：999902J）控制要点2修改为：“ 修改后的测试要点 ”。',
      },
    ]);
  });
});

describe('entries added with 新增 and their completeness', () => {
  test('quoted points without numbers: a partial entry, missing the official numbers of its points', () => {
    const p = parseAdjustmentText('一、禁止出口部分\n1.新增 测试技术乙 （编号：999902J）条目，控制要点为：“ 测试技术乙的测试要点 ”。\n', '2002');
    expect(p.clauses[0]!.clause.entry).toEqual({
      key: 'c-999902j',
      part: '禁止',
      code: '999902J',
      name: '测试技术乙',
      completeness: 'partial',
      missing: ['控制要点的官方编号'],
      controlPoints: [{ text: '测试技术乙的测试要点' }],
    });
  });

  test('quoted numbered points: a complete entry with those points', () => {
    const p = parseAdjustmentText('一、禁止出口部分\n1.新增测试技术丁（编号：999904J）条目，控制要点为：“1.测试要点一；2.测试要点二”。\n', '2002');
    expect(p.clauses[0]!.clause.entry).toEqual({
      key: 'c-999904j',
      part: '禁止',
      code: '999904J',
      name: '测试技术丁',
      completeness: 'complete',
      controlPoints: [
        { n: 1, text: '测试要点一' },
        { n: 2, text: '测试要点二' },
      ],
    });
  });

  test('no points at all, and no numbered lines after it: a name-only entry, its points missing', () => {
    const p = parseAdjustmentText('一、禁止出口部分\n1.新增测试技术丙（编号：999903J）条目。\n', '2002');
    expect(p.clauses[0]!.clause).toEqual({
      n: 1,
      part: '禁止',
      op: 'add',
      entry: { key: 'c-999903j', part: '禁止', code: '999903J', name: '测试技术丙', completeness: 'name-only', missing: ['控制要点（本条未列出或未能读出）'] },
      wording: '新增测试技术丙（编号：999903J）条目。',
    });
  });
});

describe('an added entry whose points follow on numbered lines', () => {
  test('a wrapped line continues the last point; the next clause number with a clause verb starts the next clause', () => {
    const p = parseAdjustmentText(
      '二、限制出口部分\n1.新增 测试技术庚 （编号：999907X）条目，控制要点：\n1.测试要点一，\n续行\n2.删去测试技术乙（编号：999902X）条目。\n',
      '2002',
    );
    expect(p.problems).toEqual([]);
    expect(p.clauses).toEqual([
      {
        clause: {
          n: 1,
          part: '限制',
          op: 'add',
          entry: { key: 'c-999907x', part: '限制', code: '999907X', name: '测试技术庚', completeness: 'complete', controlPoints: [{ n: 1, text: '测试要点一，续行' }] },
          wording: '新增 测试技术庚 （编号：999907X）条目，控制要点：\n1.测试要点一，续行',
        },
        lines: [2, 4],
      },
      {
        clause: { n: 2, part: '限制', op: 'delete', target: { code: '999902X', name: '测试技术乙' }, wording: '删去测试技术乙（编号：999902X）条目。' },
        lines: [5, 5],
      },
    ]);
  });

  test('a point line numbered out of turn is not a point: it starts a clause of its own, and the gap is reported', () => {
    const p = parseAdjustmentText('二、限制出口部分\n1.新增测试技术庚（编号：999907X）条目，控制要点：\n1.测试要点一\n3.测试要点三\n', '2002');
    expect(p.clauses.map((c) => [c.clause.n, c.clause.op, c.lines])).toEqual([
      [1, 'add', [2, 3]],
      [3, 'unknown', [4, 4]],
    ]);
    expect((p.clauses[0]!.clause.entry as { controlPoints: unknown }).controlPoints).toEqual([{ n: 1, text: '测试要点一' }]);
    expect(p.problems).toEqual([{ line: 4, message: 'clause 3 follows clause 1; clause 2 could not be read' }]);
  });
});

describe('part and industry headings, and lines outside any clause', () => {
  test('a part heading with a space inside it is still a part heading', () => {
    const p = parseAdjustmentText('一、禁止 出口部分\n1.删去测试技术甲（编号：999901J）条目。\n', '2002');
    expect(p.problems).toEqual([]);
    expect(p.clauses.map((c) => c.clause.part)).toEqual(['禁止']);
  });

  test('an industry heading is recorded without the spaces inside it', () => {
    const p = parseAdjustmentText('一、禁止出口部分\n（一）测试 行业一\n1.删去测试技术甲（编号：999901J）条目。\n', '2002');
    expect(p.clauses.map((c) => c.clause.industry)).toEqual(['测试行业一']);
  });

  test('after a part heading, a line that is no clause belongs to no clause (not to the last clause of the part before)', () => {
    const p = parseAdjustmentText(
      '一、禁止出口部分\n1.删去测试技术甲（编号：999901J）条目。\n二、限制出口部分\n测试说明文字\n2.删去测试技术丁（编号：999902X）条目。\n',
      '2002',
    );
    expect(p.problems).toEqual([{ line: 4, message: 'could not be read as part of any clause: "测试说明文字"' }]);
    expect(p.clauses.map((c) => c.clause.wording)).toEqual(['删去测试技术甲（编号：999901J）条目。', '删去测试技术丁（编号：999902X）条目。']);
  });

  test('after an industry heading, a line that is no clause belongs to no clause', () => {
    const p = parseAdjustmentText(
      '一、禁止出口部分\n（一）测试行业一\n1.删去测试技术甲（编号：999901J）条目。\n（二）测试行业二\n测试说明文字\n2.删去测试技术乙（编号：999902J）条目。\n',
      '2002',
    );
    expect(p.problems).toEqual([{ line: 5, message: 'could not be read as part of any clause: "测试说明文字"' }]);
    expect(p.clauses.map((c) => [c.clause.industry, c.clause.wording])).toEqual([
      ['测试行业一', '删去测试技术甲（编号：999901J）条目。'],
      ['测试行业二', '删去测试技术乙（编号：999902J）条目。'],
    ]);
  });

  test('an industry heading out of turn is reported, is no heading, and belongs to no clause', () => {
    const p = parseAdjustmentText('一、禁止出口部分\n（二）测试行业二\n1.删去测试技术甲（编号：999901J）条目。\n', '2002');
    expect(p.problems).toEqual([
      { line: 2, message: 'reads like the industry heading （二） but （一） was expected next' },
      { line: 2, message: 'could not be read as part of any clause: "（二）测试行业二"' },
    ]);
    expect(p.clauses.map((c) => c.clause)).toEqual([
      { n: 1, part: '禁止', op: 'delete', target: { code: '999901J', name: '测试技术甲' }, wording: '删去测试技术甲（编号：999901J）条目。' },
    ]);
  });

  test('a text with a part heading and no numbered clause: one problem without a line', () => {
    const p = parseAdjustmentText('测试公告\n一、禁止出口部分\n', '2002');
    expect(p).toEqual({ clauses: [], problems: [{ message: 'no numbered clause was found after a part heading (一、禁止出口部分 / 二、限制出口部分)' }] });
  });

  test('the first clause may have any number; a gap after it is reported at the clause after the gap', () => {
    const p = parseAdjustmentText('一、禁止出口部分\n2.删去测试技术甲（编号：999901J）条目。\n4.删去测试技术乙（编号：999902J）条目。\n', '2002');
    expect(p.clauses.map((c) => c.clause.n)).toEqual([2, 4]);
    expect(p.problems).toEqual([{ line: 3, message: 'clause 4 follows clause 2; clause 3 could not be read' }]);
  });
});

describe('planning an import: what stops it, word for word', () => {
  test('an amendment file that does not exist', () => {
    expect(planAmendmentImport(fictional(), '一、禁止出口部分\n1.删去测试技术甲（编号：990101J）条目。\n', { id: '2002-9', sourceUrl: URL_ })).toEqual({
      problems: [
        "content/amendments/2002-9.md does not exist: create it with the announcement's metadata (instrument, published, base, result, counts, countsSource) and clauses: [], then import again",
      ],
      changes: [],
      unchanged: [],
      summary: [],
    });
  });

  test('an amendment file whose metadata lacks a field', () => {
    const files = fictional();
    files.set(FILE, files.get(FILE)!.replace('instrument: 测试公告第2号\n', ''));
    expect(plan(files, '一、禁止出口部分\n1.删去测试技术甲（编号：990101J）条目。\n')).toEqual({
      problems: ['content/amendments/2002-2.md — instrument: is required'],
      changes: [],
      unchanged: [],
      summary: [],
    });
  });

  test('a clause that fails the clause schema is named with its number and line', () => {
    expect(plan(fictional(), '二、限制出口部分\n1.将测试技术丙（编号：990201X）控制要点0修改为：“测试技术丙的新要点”。\n')).toEqual({
      problems: ['clause 1 (line 2) — cp: Number must be greater than 0'],
      changes: [],
      unchanged: [],
      summary: ['Read 1 clauses (1).'],
    });
  });

  test('a text with reading problems stops before the held clauses are compared', () => {
    const files = withClauses(
      '  - n: 1\n    part: 限制\n    op: replace-cp\n    target: { code: 990201X, name: 测试技术丙（手写） }\n    cp: 1\n    text: 测试技术丙的新要点\n    wording: 将测试技术丙（编号：990201X）控制要点1修改为：“测试技术丙的新要点”。\n    source: { title: 测试手写来源, grade: B }\n',
    );
    expect(plan(files, '二、限制出口部分\n测试说明文字\n1.将测试技术丙（编号：990201X）控制要点1修改为：“测试技术丙的新要点”。\n')).toEqual({
      problems: ['line 2: could not be read as part of any clause: "测试说明文字"'],
      changes: [],
      unchanged: [],
      summary: ['Read 1 clauses (1).'],
    });
  });

  test('a clause the content check would reject after the import', () => {
    expect(plan(fictional(), '二、限制出口部分\n1.将测试技术丙（编号：990201X）控制要点5修改为：“测试技术丙的新要点”。\n')).toEqual({
      problems: ['after the import the content would fail the check: content/amendments/2002-2.md — clauses[0].cp: clause 1 replaces control point 5 of 测试技术丙, which has 1'],
      changes: [],
      unchanged: [],
      summary: ['Read 1 clauses (1).'],
    });
  });
});

describe('planning an import: what it writes', () => {
  const TEXT = '二、限制出口部分\n（一）测试行业二\n1.将测试技术丙（编号：990201X）控制要点1修改为：“测试技术丙的新要点”。\n2.新增测试技术壬（编号：999909X）条目，控制要点为：“1.测试技术壬的测试要点”。\n';

  test('into an empty clause list: both clauses added, the summary counts them, the file carries the mark of both', () => {
    const p = plan(fictional(), TEXT);
    expect(p.problems).toEqual([]);
    expect(p.unchanged).toEqual([]);
    expect(p.summary).toEqual(['Read 2 clauses (1, 2).', '2 clause(s) added, 0 replaced in content/amendments/2002-2.md.']);
    expect(p.changes.map((c) => [c.file, c.action])).toEqual([[FILE, 'update']]);
    expect(p.changes[0]!.text).toMatch(/^---\n# imported: sha256-[0-9a-f]{16} \(clauses 1, 2\)\nid: "?2002-2"?\n/);
    expect(p.changes[0]!.text).toContain(
      [
        '  - n: 2',
        '    part: 限制',
        '    industry: 测试行业二',
        '    op: add',
        '    entry:',
        '      key: c-999909x',
        '      part: 限制',
        '      code: 999909X',
        '      name: 测试技术壬',
        '      completeness: complete',
        '      controlPoints:',
        '        - n: 1',
        '          text: 测试技术壬的测试要点',
        '    wording: 新增测试技术壬（编号：999909X）条目，控制要点为：“1.测试技术壬的测试要点”。',
      ].join('\n'),
    );
  });

  test('a new entry whose key c-<编号> is already an entry file name gets the edition appended', () => {
    const files = fictional();
    files.set(
      'content/entries/2001/c-999909x.md',
      '---\nedition: "2001"\npart: 限制\ncode: 999908X\nseq: 2\nname: 测试技术辛\ncompleteness: complete\ncontrolPoints:\n  - n: 1\n    text: 测试技术辛的测试要点\nsources:\n  - title: 测试来源\n    grade: A\n---\n',
    );
    const p = plan(files, TEXT);
    expect(p.problems).toEqual([]);
    expect(p.changes[0]!.text).toContain('      key: c-999909x-2002\n');
  });

  test('clauses held by hand that say the same, with our English and notes inside the entry, are left alone; the added entry keeps its held key', () => {
    const files = withClauses(
      [
        '  - n: 1',
        '    part: 限制',
        '    industry: 测试行业二',
        '    op: replace-cp',
        '    target: { code: 990201X, name: 测试技术丙 }',
        '    cp: 1',
        '    text: 测试技术丙的新要点',
        '    wording: 将测试技术丙（编号：990201X）控制要点1修改为：“测试技术丙的新要点”。',
        '    source: { title: 测试手写来源, grade: B }',
        '  - n: 2',
        '    part: 限制',
        '    industry: 测试行业二',
        '    op: add',
        '    entry:',
        '      key: test-ren',
        '      part: 限制',
        '      code: 999909X',
        '      name: 测试技术壬',
        '      nameEn: Test technique Ren',
        '      completeness: complete',
        '      controlPoints:',
        '        - n: 1',
        '          text: 测试技术壬的测试要点',
        '          en: The test point of Ren',
        '    wording: 新增测试技术壬（编号：999909X）条目，控制要点为：“1.测试技术壬的测试要点”。',
        '    source: { title: 测试手写来源, grade: B }',
        '',
      ].join('\n'),
    );
    expect(plan(files, TEXT)).toEqual({
      problems: [],
      changes: [],
      unchanged: [FILE],
      summary: ['Read 2 clauses (1, 2).', 'content/amendments/2002-2.md already holds these clauses; nothing to change.'],
    });
  });

  test('a clause held by hand whose target name differs from the text stops the import', () => {
    const files = withClauses(
      '  - n: 1\n    part: 限制\n    industry: 测试行业二\n    op: replace-cp\n    target: { code: 990201X, name: 测试技术丙（手写） }\n    cp: 1\n    text: 测试技术丙的新要点\n    wording: 将测试技术丙（编号：990201X）控制要点1修改为：“测试技术丙的新要点”。\n    source: { title: 测试手写来源, grade: B }\n',
    );
    expect(plan(files, TEXT)).toEqual({
      problems: ['content/amendments/2002-2.md clause 1 differs from the text and was written or edited by hand; re-run with --force to replace it'],
      changes: [],
      unchanged: [],
      summary: ['Read 2 clauses (1, 2).'],
    });
  });

  test('clauses written by the last import are replaced without --force even when a clause written by hand sits beside them', () => {
    const hand = '  - n: 9\n    part: 限制\n    op: unknown\n    wording: 测试用的手写条文。\n    certainty: uncertain\n    source: { title: 测试手写来源, grade: B }\n';
    const first = plan(withClauses(hand), TEXT);
    expect(first.problems).toEqual([]);
    const files = fictional();
    files.set(FILE, first.changes[0]!.text);
    const changed = `${TEXT.replace('测试技术丙的新要点', '测试技术丙的再次修改的要点')}3.新增测试技术癸（编号：999910X）条目。\n`;
    const p = plan(files, changed);
    expect(p.problems).toEqual([]);
    expect(p.summary).toEqual(['Read 3 clauses (1, 2, 3).', '1 clause(s) added, 1 replaced in content/amendments/2002-2.md.']);
    const out = p.changes[0]!.text;
    expect(out).toMatch(/^---\n# imported: sha256-[0-9a-f]{16} \(clauses 1, 2, 3\)\n/);
    expect(clauseLines(out)).toEqual(['  - n: 1', '  - n: 2', '  - n: 3', '  - n: 9']);
    expect(out).toContain('    text: 测试技术丙的再次修改的要点\n');
    expect(out).toContain('    wording: 测试用的手写条文。\n');
  });

  test('an amendment file without a clauses field gets one holding the imported clauses only', () => {
    const files = fictional();
    files.set(FILE, files.get(FILE)!.replace('clauses: []\n', ''));
    const p = plan(files, '二、限制出口部分\n1.删去测试技术丙（编号：990201X）条目。\n');
    expect(p.problems).toEqual([]);
    expect(p.changes[0]!.text.split('\n').filter((l) => l.startsWith('  - '))).toEqual(['  - n: 1']);
  });

  test('every imported clause carries the official text as its grade A source', () => {
    const p = plan(fictional(), '二、限制出口部分\n1.删去测试技术丙（编号：990201X）条目。\n');
    expect(p.changes[0]!.text).toContain(`    source:\n      title: ${SOURCE.title}\n      url: ${SOURCE.url}\n      grade: A\n`);
  });
});
