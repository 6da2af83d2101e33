/**
 * The catalogue's checks across files (src/lib/catalogue/catalogue.ts), each on fictional files that break one rule,
 * word for word, and the order of an edition's entries.
 */
import { describe, expect, test } from 'vitest';
import { buildCatalogue, compareVersions } from '../../src/lib/catalogue/catalogue.ts';
import type { EntryVersion } from '../../src/lib/catalogue/model.ts';
import { versionsIn } from '../../src/lib/catalogue/queries.ts';
import { ContentError } from '../../src/lib/shared/errors.ts';
import { contentFromFiles } from '../../src/lib/shared/read-content.ts';

const EDITION = (id: string, arises = '{ kind: full-text }') =>
  `---\nedition: "${id}"\ninstrument: 测试令第${id}号\npublished: ${id}-01-01\ninForce: ${id}-01-01\ntotals: { 禁止: 3, 限制: 3 }\narises: ${arises}\nsummary: 测试用的虚构版本。\n---\n`;
const ENTRY = (edition: string, code: string, extra = '') =>
  `---\nedition: "${edition}"\npart: ${code.endsWith('J') ? '禁止' : '限制'}\ncode: ${code}\nname: 测试技术${code}\ncompleteness: partial\nmissing: [主要技术参数]\n${extra}controlPoints:\n  - { n: 1, text: 测试要点 }\nsources:\n  - { title: 测试来源, grade: B }\n---\n`;
const AMENDMENT = (id: string, base: string, result: string) =>
  `---\nid: "${id}"\ninstrument: 测试令第${id}号\npublished: ${result}-01-01\nbase: "${base}"\nresult: "${result}"\ncounts:\n  deleted: { total: 0 }\n  added: { total: 0 }\n  modified: { total: 0 }\ncountsSource: { title: 测试来源, grade: A }\nclauses: []\n---\n`;

const problems = (files: [string, string][]): string[] => {
  try {
    buildCatalogue(contentFromFiles(new Map(files)));
  } catch (e) {
    if (e instanceof ContentError) return e.problems.map((p) => `${p.file} ${p.field}: ${p.reason}`);
    throw e;
  }
  return [];
};
const BASE: [string, string][] = [
  ['content/editions/2001.md', EDITION('2001')],
  ['content/entries/2001/test-a.md', ENTRY('2001', '990101J')],
];

describe('a catalogue that breaks no rule', () => {
  test('passes; its entries are ordered by part, then 序号 (entries without one after)', () => {
    expect(problems(BASE)).toEqual([]);
    const cat = buildCatalogue(
      contentFromFiles(
        new Map([
          ['content/editions/2001.md', EDITION('2001')],
          ['content/entries/2001/r.md', ENTRY('2001', '990201X', 'seq: 1\n')],
          ['content/entries/2001/j1.md', ENTRY('2001', '990101J')],
          ['content/entries/2001/s2.md', ENTRY('2001', '990109J', 'seq: 2\n')],
          ['content/entries/2001/s1.md', ENTRY('2001', '990108J', 'seq: 1\n')],
        ]),
      ),
    );
    expect(versionsIn(cat, '2001').map((v) => v.key)).toEqual(['s1', 's2', 'j1', 'r']);
  });
});

describe('problems across files, word for word', () => {
  test('an edition file whose name is not its edition', () => {
    expect(problems([['content/editions/2002.md', EDITION('2001')]])).toEqual(['content/editions/2002.md edition: is 2001 but the file is named 2002.md']);
  });
  test('an entry outside its edition’s folder, or in the wrong one', () => {
    // Outside the entries' folders, the content reader refuses the file first.
    expect(problems([...BASE, ['content/entries/test-b.md', ENTRY('2001', '990102J')]])[0]).toMatch(/^content\/entries\/test-b\.md \(file\): is outside the expected folders: /);
    expect(problems([...BASE, ['content/entries/2002/test-b.md', ENTRY('2001', '990102J')]])).toEqual(['content/entries/2002/test-b.md edition: is 2001 but the file is in the folder 2002']);
  });
  test('an entry of an edition that does not exist', () => {
    expect(problems([...BASE, ['content/entries/2009/test-b.md', ENTRY('2009', '990102J')]])).toEqual(['content/entries/2009/test-b.md edition: 2009 is not an edition (known: 2001)']);
  });
  test('an adjustment list whose base or result is not an edition, or whose result does not arise from it', () => {
    expect(problems([...BASE, ['content/amendments/2002-1.md', AMENDMENT('2002-1', '1999', '2002')]])).toEqual([
      'content/amendments/2002-1.md base: 1999 is not an edition',
      'content/amendments/2002-1.md result: 2002 is not an edition',
    ]);
    expect(problems([...BASE, ['content/editions/2002.md', EDITION('2002')], ['content/amendments/2002-1.md', AMENDMENT('2002-1', '2001', '2002')]])).toEqual([
      'content/amendments/2002-1.md result: the 2002 edition does not say it arises from amendment 2002-1',
    ]);
  });
  test('an edition arising from a later or the same edition, or from an adjustment list that does not exist', () => {
    expect(problems([...BASE, ['content/editions/2002.md', EDITION('2002', '{ kind: amended, base: "2002", amendment: "2002-1" }')], ['content/amendments/2002-1.md', AMENDMENT('2002-1', '2001', '2002')]])).toContain(
      'content/editions/2002.md arises.base: 2002 is not an earlier edition',
    );
    expect(problems([...BASE, ['content/editions/2002.md', EDITION('2002', '{ kind: amended, base: "2001", amendment: "2002-9" }')]])).toContain(
      'content/editions/2002.md arises.amendment: no amendment with id 2002-9 in content/amendments/',
    );
  });
});

describe('the order of an edition’s entries, rule by rule', () => {
  const v = (over: Partial<EntryVersion>): EntryVersion => ({ part: '禁止', name: '测试技术', ...over }) as EntryVersion;
  const sorted = (vs: EntryVersion[]) => [...vs].sort(compareVersions).map((x) => x.name);
  test('禁止 before 限制, whatever their 序号', () => {
    expect(sorted([v({ part: '限制', seq: 1, name: '乙' }), v({ part: '禁止', seq: 9, name: '甲' })])).toEqual(['甲', '乙']);
  });
  test('then by 序号, smaller first, entries without one last', () => {
    expect(sorted([v({ seq: 12, name: '丙' }), v({ name: '丁' }), v({ seq: 3, name: '乙' })])).toEqual(['乙', '丙', '丁']);
  });
  test('then entries with a 编号 before those without, 编号 in order', () => {
    expect(sorted([v({ name: '甲' }), v({ code: '990105J', name: '丙' }), v({ code: '990102J', name: '乙' })])).toEqual(['乙', '丙', '甲']);
  });
  test('then by name', () => {
    expect(sorted([v({ code: '990101J', name: '测试技术乙' }), v({ code: '990101J', name: '测试技术甲' })])).toEqual(['测试技术甲', '测试技术乙']);
  });
  test('editions in order of their ids, whatever the order of their files', () => {
    const cat = buildCatalogue(contentFromFiles(new Map([['content/editions/2003.md', EDITION('2003')], ...BASE, ['content/editions/2002.md', EDITION('2002')]])));
    expect(cat.editions.map((e) => e.id)).toEqual(['2001', '2002', '2003']);
  });
});

describe('lineage, word for word', () => {
  const PRED = (...keys: string[]) => `predecessors: [${keys.join(', ')}]\n`;
  test('a predecessor that is no entry, or the entry itself', () => {
    expect(problems([...BASE, ['content/editions/2002.md', EDITION('2002')], ['content/entries/2002/test-b.md', ENTRY('2002', '990102J', PRED('test-x'))]])).toEqual([
      'content/entries/2002/test-b.md predecessors: names "test-x", which is no entry in any edition',
    ]);
    expect(problems([...BASE, ['content/editions/2002.md', EDITION('2002')], ['content/entries/2002/test-a.md', ENTRY('2002', '990101J', PRED('test-a'))]])).toEqual([
      'content/entries/2002/test-a.md predecessors: names the entry itself; the same key already links editions',
    ]);
  });
  test('a cycle of three entries is named once, from where it closes, every key in order', () => {
    const files: [string, string][] = [
      ['content/editions/2001.md', EDITION('2001')],
      ['content/editions/2002.md', EDITION('2002')],
      ['content/entries/2001/test-a.md', ENTRY('2001', '990101J', PRED('test-c'))],
      ['content/entries/2002/test-b.md', ENTRY('2002', '990102J', PRED('test-a'))],
      ['content/entries/2002/test-c.md', ENTRY('2002', '990103J', PRED('test-b'))],
    ];
    expect(problems(files)).toEqual(['content/entries/2001/test-a.md predecessors: forms a cycle: test-a → test-c → test-b → test-a']);
    // Reached from an entry outside it (test-d, read first), the cycle still starts where it closes.
    expect(problems([['content/entries/2001/test-d.md', ENTRY('2001', '990100J', PRED('test-a'))], ...files])).toEqual([
      'content/entries/2001/test-a.md predecessors: forms a cycle: test-a → test-c → test-b → test-a',
    ]);
  });
  test('two entries sharing a predecessor form no cycle', () => {
    const files: [string, string][] = [
      ...BASE,
      ['content/editions/2002.md', EDITION('2002')],
      ['content/entries/2002/test-b.md', ENTRY('2002', '990102J', PRED('test-a'))],
      ['content/entries/2002/test-c.md', ENTRY('2002', '990103J', PRED('test-a'))],
    ];
    expect(problems(files)).toEqual([]);
  });
});
