/** What changed between editions at its edges (src/lib/catalogue/changes.ts), on fictional catalogues: order, sources, notes, lineage, complete re-issues, counts, rows, errors. */
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { changeRows, countLines, editionChanges, editionPairs, type Change } from '../../src/lib/catalogue/changes.ts';
import type { Catalogue, ClauseRef } from '../../src/lib/catalogue/model.ts';
import { versionsIn } from '../../src/lib/catalogue/queries.ts';
import { contentFromFiles } from '../../src/lib/shared/read-content.ts';

const EDITION = (id: string, extra = 'arises: { kind: full-text }\n', totals = '{ 禁止: 3, 限制: 3 }') =>
  `---\nedition: "${id}"\ninstrument: 测试令第${id}号\npublished: ${id}-01-01\ninForce: ${id}-01-01\ntotals: ${totals}\n${extra}summary: 测试用的虚构版本。\n---\n`;
const AMENDED = (base: string, amendment: string) => `arises: { kind: amended, base: "${base}", amendment: "${amendment}" }\n`;
const ENTRY = (edition: string, code: string, name: string, extra = '') =>
  `---\nedition: "${edition}"\npart: ${code.endsWith('J') ? '禁止' : '限制'}\ncode: ${code}\nname: ${name}\n${extra}completeness: partial\nmissing: [主要技术参数]\ncontrolPoints:\n  - { n: 1, text: 测试要点 }\nsources:\n  - { title: 测试来源, grade: B }\n---\n`;
const AMENDMENT = (id: string, base: string, result: string, counts: [number, number, number], clauses: string[]) =>
  `---\nid: "${id}"\ninstrument: 测试令第${id}号\npublished: ${result}-01-01\nbase: "${base}"\nresult: "${result}"\ncounts:\n  deleted: { total: ${counts[0]} }\n  added: { total: ${counts[1]} }\n  modified: { total: ${counts[2]} }\ncountsSource: { title: 测试来源, grade: A }\nclauses:${clauses.length ? `\n${clauses.map((c) => `  - ${c}\n`).join('')}` : ' []\n'}---\n`;

const SRC_A = { title: '测试公告', url: 'https://example.org/a', grade: 'A' };
const SRC_C = { title: '测试公告', url: 'https://example.org/c', grade: 'A' };
const SRC_D = { title: '测试公告附件', url: 'https://example.org/a', grade: 'A' };
const SRC_B = { title: '测试二手来源', grade: 'B' };
const yaml = (s: { title: string; url?: string; grade: string }) => `{ title: ${s.title}, ${s.url ? `url: "${s.url}", ` : ''}grade: ${s.grade} }`;

const build = (files: [string, string][]): Catalogue => buildCatalogue(contentFromFiles(new Map(files)));

/**
 * 2001 in full; 2002 = 2001 amended by 2002-1 (one deletion, one addition, four clauses on 测试技术甲, an uncertain
 * clause, two clauses recorded only); 2003 = 2002 amended by 2003-1 (one deletion).
 */
const amended = (): Catalogue =>
  build([
    ['content/editions/2001.md', EDITION('2001')],
    ['content/editions/2002.md', EDITION('2002', AMENDED('2001', '2002-1'))],
    ['content/editions/2003.md', EDITION('2003', AMENDED('2002', '2003-1'))],
    ['content/entries/2001/test-a.md', ENTRY('2001', '990101J', '测试技术甲', 'industry: 测试行业乙\n')],
    ['content/entries/2001/test-b.md', ENTRY('2001', '990102J', '测试技术乙')],
    ['content/entries/2001/test-c.md', ENTRY('2001', '990201X', '测试技术丙', 'industry: 测试行业乙\n')],
    ['content/entries/2001/test-d.md', ENTRY('2001', '990202X', '测试技术丁', 'industry: 测试行业乙\n')],
    [
      'content/amendments/2002-1.md',
      AMENDMENT('2002-1', '2001', '2002', [2, 1, 1], [
        `{ n: 1, part: 禁止, op: delete, target: { code: 990102J }, source: ${yaml(SRC_A)} }`,
        `{ n: 2, part: 禁止, industry: 测试行业甲, op: add, entry: { key: test-n, part: 禁止, code: 990103J, name: 测试技术庚, completeness: name-only, missing: [控制要点] }, source: ${yaml(SRC_A)} }`,
        `{ n: 3, part: 禁止, op: modify, target: { code: 990101J }, source: ${yaml(SRC_A)} }`,
        `{ n: 4, part: 禁止, op: change-param, target: { code: 990101J }, source: ${yaml(SRC_A)} }`,
        `{ n: 5, part: 禁止, op: modify, target: { code: 990101J }, source: ${yaml(SRC_C)} }`,
        `{ n: 6, part: 禁止, op: change-param, target: { code: 990101J }, source: ${yaml(SRC_D)} }`,
        '{ n: 7, part: 限制, op: modify, target: { code: 990201X }, certainty: uncertain, note: 测试说明 }',
        '{ n: 8, part: 限制, op: delete, targetHeld: false, target: { code: 990299X }, note: 测试说明, noteEn: Test note }',
        `{ n: 9, op: unknown, targetHeld: false, shortName: 测试简称, note: 测试说明乙, source: ${yaml(SRC_B)} }`,
      ]),
    ],
    ['content/amendments/2003-1.md', AMENDMENT('2003-1', '2002', '2003', [1, 0, 0], ['{ n: 1, part: 限制, op: delete, target: { code: 990202X } }'])],
  ]);

/**
 * 2000 and 2001 in full (2001 states no changes); 2002 a complete re-issue stating its changes from 2001 (renumbered,
 * a successor by predecessors, an added entry, named deletions, one entry simply left out); 2003 amended from 2001.
 */
const reissued = (): Catalogue =>
  build([
    ['content/editions/2000.md', EDITION('2000')],
    ['content/editions/2001.md', EDITION('2001')],
    [
      'content/editions/2002.md',
      EDITION(
        '2002',
        [
          'arises: { kind: full-text }',
          'complete: true',
          'changesFromPrevious:',
          '  from: "2001"',
          '  counts: { deleted: { total: 3 }, added: { total: 1 }, modified: { total: 2 } }',
          '  countsSource: { title: 测试来源, grade: A }',
          '  namedDeletions:',
          `    - { part: 限制, name: 测试技术甲, nameEn: Test technology A, note: 测试说明, noteEn: Test note, source: ${yaml(SRC_A)} }`,
          `    - { part: 限制, name: 测试技术子, source: ${yaml(SRC_B)} }`,
          '',
        ].join('\n'),
        '{ 禁止: 3, 限制: 2 }',
      ),
    ],
    ['content/editions/2003.md', EDITION('2003', AMENDED('2001', '2003-1'))],
    ['content/amendments/2003-1.md', AMENDMENT('2003-1', '2001', '2003', [0, 0, 0], [])],
    ['content/entries/2000/test-z.md', ENTRY('2000', '990109J', '测试技术壬')],
    ['content/entries/2001/test-a.md', ENTRY('2001', '990101J', '测试技术甲')],
    ['content/entries/2001/test-b.md', ENTRY('2001', '990102J', '测试技术乙')],
    ['content/entries/2001/test-d.md', ENTRY('2001', '990103J', '测试技术丁')],
    ['content/entries/2001/test-c.md', ENTRY('2001', '990201X', '测试技术甲')],
    ['content/entries/2001/test-e.md', ENTRY('2001', '990202X', '测试技术戊')],
    ['content/entries/2002/test-a.md', ENTRY('2002', '990501J', '测试技术甲', 'formerCodes: [990101J]\nrelativeToPrevious: modified\n')],
    ['content/entries/2002/test-x.md', ENTRY('2002', '990502J', '测试技术庚', 'predecessors: [test-z, test-b]\nrelativeToPrevious: modified\n')],
    ['content/entries/2002/test-f.md', ENTRY('2002', '990503J', '测试技术辛', 'relativeToPrevious: added\n')],
    ['content/entries/2002/test-e.md', ENTRY('2002', '990202X', '测试技术戊', 'formerCodes: [990299X]\nrelativeToPrevious: unchanged\n')],
    ['content/entries/2002/test-n.md', ENTRY('2002', '990601X', '测试技术癸', 'formerCodes: [990203X, 990204X]\n')],
  ]);

const summary = (c: Change) => [c.kind, c.part ?? null, c.industry ?? null, c.key ?? c.code ?? c.shortName ?? c.name, c.known, c.clauses.map((x) => x.n)];

describe('changes made by an adjustment list', () => {
  test('ordered by part, then industry as first seen (entries without one last), then kind; clauses recorded only come with their part, or last', () => {
    expect(editionChanges(amended(), '2001', '2002').changes.map(summary)).toEqual([
      ['modified', '禁止', '测试行业乙', 'test-a', 'identified', [3, 4, 5, 6]],
      ['added', '禁止', '测试行业甲', 'test-n', 'identified', [2]],
      ['deleted', '禁止', null, 'test-b', 'identified', [1]],
      ['uncertain', '限制', '测试行业乙', 'test-c', 'identified', [7]],
      ['deleted', '限制', null, '990299X', 'identified', [8]],
      ['unknown', null, null, '测试简称', 'partial', [9]],
    ]);
  });

  test('each source once: the same title at another address, or another title at the same address, is another source', () => {
    const [modified, , deleted] = editionChanges(amended(), '2001', '2002').changes;
    expect(modified!.sources).toEqual([SRC_A, SRC_C, SRC_D]);
    expect(deleted!.sources).toEqual([SRC_A]);
  });

  test('a modification links both versions and their comparison; a deletion links the last version and the notice in the edition that deleted it', () => {
    const [modified, , deleted] = editionChanges(amended(), '2001', '2002').changes;
    expect([modified!.from, modified!.to, modified!.compare]).toEqual([
      { edition: '2001', code: '990101J', url: '/entries/test-a/2001/' },
      { edition: '2002', code: '990101J', url: '/entries/test-a/2002/' },
      '/entries/test-a/compare/2001...2002/',
    ]);
    expect([deleted!.name, deleted!.from, deleted!.to]).toEqual(['测试技术乙', { edition: '2001', code: '990102J', url: '/entries/test-b/2001/' }, { edition: '2002', url: '/entries/test-b/2002/' }]);
  });

  test('our notes come with their English only where it is written', () => {
    const [, , , uncertain, notHeld, unknown] = editionChanges(amended(), '2001', '2002').changes;
    expect([uncertain!.note, 'noteEn' in uncertain!]).toEqual(['测试说明', false]);
    expect([notHeld!.note, notHeld!.noteEn]).toEqual(['测试说明', 'Test note']);
    expect([unknown!.note, 'noteEn' in unknown!, unknown!.sources]).toEqual(['测试说明乙', false, [SRC_B]]);
  });

  test('not complete while a clause’s operation is unknown: only the added and modified entries are determined', () => {
    const c = editionChanges(amended(), '2001', '2002');
    expect([c.complete, c.determined]).toEqual([false, { held: 4, determined: 2 }]);
  });

  test('the next list’s changes hold only its own deletion, with its clause; fully identified, so complete', () => {
    const c = editionChanges(amended(), '2002', '2003');
    expect(c.changes.map(summary)).toEqual([['deleted', '限制', '测试行业乙', 'test-d', 'identified', [1]]]);
    expect(c.complete).toBe(true);
  });

  test('a version whose code differs from its base version’s is also listed as renumbered', () => {
    const cat = amended();
    const altered: Catalogue = { ...cat, versions: new Map(cat.versions).set('2002', versionsIn(cat, '2002').map((v) => (v.key === 'test-a' ? { ...v, code: '990109J' } : v))) };
    expect(editionChanges(altered, '2001', '2002').changes.filter((c) => c.key === 'test-a').map((c) => [c.kind, c.renumbered, c.clauses.length])).toEqual([
      ['modified', { from: '990101J', to: '990109J' }, 4],
      ['renumbered', { from: '990101J', to: '990109J' }, 0],
    ]);
  });

  test('asking from an edition that is not the base is an error naming both', () => {
    expect(() => editionChanges(amended(), '2001', '2003')).toThrow(new Error('The 2003 edition is amended from 2002, not 2001'));
  });
});

describe('changes across a complete re-issue', () => {
  const row = (c: Change) => [c.kind, c.part ?? null, c.key ?? c.name, c.from?.url ?? null, c.to?.url ?? null, c.compare ?? null, c.renumbered ?? null];

  test('from lineage, named deletions, and entries the complete re-issue leaves out', () => {
    const c = editionChanges(reissued(), '2001', '2002');
    expect(c.changes.map(row)).toEqual([
      ['deleted', '禁止', 'test-d', '/entries/test-d/2001/', null, null, null],
      ['added', '禁止', 'test-f', null, '/entries/test-f/2002/', null, null],
      ['modified', '禁止', 'test-a', '/entries/test-a/2001/', '/entries/test-a/2002/', '/entries/test-a/compare/2001...2002/', { from: '990101J', to: '990501J' }],
      // The successor of test-b (its predecessor test-z is not in 2001): no comparison across two keys.
      ['modified', '禁止', 'test-x', '/entries/test-b/2001/', '/entries/test-x/2002/', null, { from: '990102J', to: '990502J' }],
      ['renumbered', '禁止', 'test-a', '/entries/test-a/2001/', '/entries/test-a/2002/', '/entries/test-a/compare/2001...2002/', { from: '990101J', to: '990501J' }],
      ['renumbered', '禁止', 'test-x', '/entries/test-b/2001/', '/entries/test-x/2002/', null, { from: '990102J', to: '990502J' }],
      // The named deletion of 限制 测试技术甲 is test-c, not 禁止 test-a of the same name.
      ['deleted', '限制', 'test-c', '/entries/test-c/2001/', null, null, null],
      ['deleted', '限制', '测试技术子', null, null, null, null],
      // No version before it: its former codes, joined, say what it was numbered.
      ['renumbered', '限制', 'test-n', null, '/entries/test-n/2002/', null, { from: '990203X、990204X', to: '990601X' }],
    ]);
    // test-e keeps its code: a former code from an older edition is no renumbering now.
    expect(c.changes.filter((x) => x.key === 'test-e')).toEqual([]);
  });

  test('a named deletion carries its English name, note and source only where written, and no clause', () => {
    const named = editionChanges(reissued(), '2001', '2002').changes.filter((x) => x.kind === 'deleted' && x.part === '限制');
    expect(named.map((x) => [x.name, x.nameEn, x.note, x.noteEn, x.sources, x.clauses])).toEqual([
      ['测试技术甲', 'Test technology A', '测试说明', 'Test note', [SRC_A], []],
      ['测试技术子', undefined, undefined, undefined, [SRC_B], []],
    ]);
    expect(['nameEn' in named[1]!, 'noteEn' in named[1]!]).toEqual([false, false]);
  });

  test('a re-issue is never called complete; its determined entries are those whose status it gives', () => {
    const c = editionChanges(reissued(), '2001', '2002');
    expect([c.via, c.complete, c.determined]).toEqual([{ kind: 'reissue', instrument: '测试令第2002号' }, false, { held: 5, determined: 4 }]);
  });

  test('pairs: only an amended edition whose base is the edition before it, or a re-issue stating changes from it', () => {
    expect(editionPairs(reissued())).toEqual([{ from: '2001', to: '2002' }]);
  });

  test('errors name the edition asked for, or the pair that has no official changes', () => {
    const cat = reissued();
    expect(() => editionChanges(cat, '2001', '2099')).toThrow(new Error('No edition 2099'));
    expect(() => editionChanges(cat, '2000', '2002')).toThrow(new Error('The 2002 edition gives no official changes from 2000'));
    expect(() => editionChanges(cat, '2000', '2001')).toThrow(new Error('The 2001 edition gives no official changes from 2000'));
  });
});

describe('count lines', () => {
  const ch = (kind: Change['kind'], part: Change['part'], known: Change['known']): Change => ({ kind, ...(part && { part }), known, clauses: [], sources: [] });
  test('per part only where an official count or a change of that part exists; the total always; partly known changes apart', () => {
    const official = { deleted: { total: 2 }, added: { 限制: 2, total: 2 }, modified: { 限制: 0, total: 0 } };
    const changes = [ch('deleted', '禁止', 'identified'), ch('deleted', undefined, 'partial'), ch('added', '限制', 'identified'), ch('renumbered', '禁止', 'identified')];
    expect(countLines(official, changes)).toEqual([
      { kind: 'deleted', part: '禁止', official: undefined, identified: 1, partial: 0, unaccounted: undefined },
      { kind: 'deleted', part: 'total', official: 2, identified: 1, partial: 1, unaccounted: 0 },
      { kind: 'added', part: '限制', official: 2, identified: 1, partial: 0, unaccounted: 1 },
      { kind: 'added', part: 'total', official: 2, identified: 1, partial: 0, unaccounted: 1 },
      { kind: 'modified', part: '限制', official: 0, identified: 0, partial: 0, unaccounted: 0 },
      { kind: 'modified', part: 'total', official: 0, identified: 0, partial: 0, unaccounted: 0 },
    ]);
  });
});

describe('rows of a changes table', () => {
  const ref = (n: number, wording?: string): ClauseRef => ({ amendment: '2002-1', instrument: '测试令第2002-1号', n, op: 'modify', ...(wording && { wording }), wordingComplete: true, certainty: 'certain' });
  const ch = (kind: Change['kind'], key: string | undefined, clauses: ClauseRef[], over: Partial<Change> = {}): Change => ({ kind, ...(key && { key }), known: 'identified', clauses, sources: [], ...over });

  test('changes of one entry make one row: kinds together, the renumbering kept, each clause once in order', () => {
    const r1 = ref(1);
    const r2 = ref(2);
    const rows = changeRows([ch('modified', 'test-a', [r1]), ch('renumbered', 'test-a', [r1, r2], { renumbered: { from: '990101J', to: '990501J' } })]);
    expect(rows).toHaveLength(1);
    expect([rows[0]!.kinds, rows[0]!.change.renumbered]).toEqual([['modified', 'renumbered'], { from: '990101J', to: '990501J' }]);
    expect(rows[0]!.change.clauses).toHaveLength(2);
    expect(rows[0]!.change.clauses[0]).toBe(r1);
    expect(rows[0]!.change.clauses[1]).toBe(r2);
  });

  test('changes without a key stay one row each', () => {
    expect(changeRows([ch('deleted', undefined, []), ch('deleted', undefined, [])]).map((r) => r.kinds)).toEqual([['deleted'], ['deleted']]);
  });

  test('what a modification changed is known from a comparison or a clause’s wording, and unknown without either', () => {
    const rows = changeRows([
      ch('modified', 'test-a', [ref(1)], { compare: '/entries/test-a/compare/2001...2002/' }),
      ch('modified', 'test-b', [ref(1), ref(2, '测试措辞')]),
      ch('modified', 'test-c', [ref(1)]),
      ch('deleted', 'test-d', []),
    ]);
    expect(rows.map((r) => [r.change.key, r.contentKnown])).toEqual([
      ['test-a', true],
      ['test-b', true],
      ['test-c', false],
      ['test-d', true],
    ]);
  });
});
