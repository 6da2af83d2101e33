/** Applying an adjustment list at its edges (src/lib/catalogue/amendments.ts), on hand-made fictional entries and clauses: targets, labels, counts, points, sources, what is not held. */
import { describe, expect, test } from 'vitest';
import { applyAmendment, clauseLabel, clauseRef, fullyIdentified, identifiedCounts, targetIdentity } from '../../src/lib/catalogue/amendments.ts';
import type { Amendment, ControlPoint, EntryVersion, Source } from '../../src/lib/catalogue/model.ts';
import type { AmendmentData, ClauseData } from '../../src/lib/catalogue/schemas.ts';

const FILE = 'content/amendments/2002-1.md';
const INSTRUMENT = '商务部 科技部公告2002年第1号';
const SRC_A: Source = { title: '测试公告原文', url: 'https://example.org/a', grade: 'A' };
const SRC_B: Source = { title: '测试二手来源', url: 'https://example.org/b', grade: 'B' };

const point = (n: number | undefined, text: string | undefined): ControlPoint => ({
  ...(n !== undefined && { n }),
  ...(text !== undefined && { text }),
  anchor: n !== undefined ? `cp-${n}` : 'cp-u1',
});

/** A version of the 2001 edition, as the build makes it from an entry file. */
const entry = (key: string, over: Partial<EntryVersion> = {}): EntryVersion => ({
  key,
  edition: '2001',
  part: '禁止',
  name: `测试技术${key}`,
  controlPoints: [point(1, '测试要点一')],
  formerCodes: [],
  predecessors: [],
  completeness: 'partial',
  missing: ['主要技术参数'],
  sources: [SRC_B],
  origin: { kind: 'file', file: `content/entries/2001/${key}.md`, body: '' },
  relativeToPrevious: 'unchanged',
  changes: [],
  ...over,
});

const clause = (over: Partial<ClauseData> & Pick<ClauseData, 'op'>): ClauseData => ({
  targetHeld: true,
  wordingComplete: true,
  certainty: 'certain',
  ...over,
});

type Counts = AmendmentData['counts'];
const counts = (deleted: number, added: number, modified: number): Counts => ({ deleted: { total: deleted }, added: { total: added }, modified: { total: modified } });

const amendment = (clauses: ClauseData[], c: Counts = counts(0, 0, 0), instrument = INSTRUMENT): Amendment => ({
  id: '2002-1',
  file: FILE,
  body: '',
  data: { id: '2002-1', instrument, published: '2002-01-01', base: '2001', result: '2002', counts: c, countsSource: SRC_A, clauses },
});

/** Three entries of 2001: 测试技术甲 twice (禁止 with a code, 限制 without one) and 测试技术乙. */
const base = (): EntryVersion[] => [
  entry('test-a', { code: '990101J', name: '测试技术甲', industry: '测试行业甲', controlPoints: [point(1, '甲的要点一'), point(2, '甲的要点二')] }),
  entry('test-b', { part: '限制', code: '990201X', name: '测试技术乙' }),
  entry('test-c', { part: '限制', name: '测试技术甲' }),
];

const apply = (clauses: ClauseData[], opts: { counts?: Counts; entries?: EntryVersion[]; complete?: boolean } = {}) =>
  applyAmendment(opts.entries ?? base(), amendment(clauses, opts.counts), opts.complete ?? false);
const byKey = (r: ReturnType<typeof apply>, key: string) => r.versions.find((v) => v.key === key)!;
const reasons = (r: ReturnType<typeof apply>) => r.problems.map((p) => `${p.field}: ${p.reason}`);

describe('a clause as other parts of the model refer to it', () => {
  test('carries the English of its wording and of our note only when they are written', () => {
    const full = clause({ n: 3, op: 'modify', part: '禁止', wording: '测试措辞', wordingEn: 'Test wording', note: '测试说明', noteEn: 'Test note', shortName: '测试简称', source: SRC_A });
    expect(clauseRef(amendment([full]), full)).toStrictEqual({
      amendment: '2002-1',
      instrument: INSTRUMENT,
      n: 3,
      op: 'modify',
      wording: '测试措辞',
      wordingEn: 'Test wording',
      shortName: '测试简称',
      wordingComplete: true,
      certainty: 'certain',
      note: '测试说明',
      noteEn: 'Test note',
      source: SRC_A,
    });
    const bare = clause({ op: 'unknown', wording: '测试措辞', note: '测试说明' });
    const ref = clauseRef(amendment([bare]), bare);
    expect(Object.keys(ref)).toEqual(['amendment', 'instrument', 'n', 'op', 'wording', 'shortName', 'wordingComplete', 'certainty', 'note', 'source']);
    expect([ref.wording, ref.note]).toEqual(['测试措辞', '测试说明']);
  });

  test('is named by its number, or by its place in the file when the number is not held', () => {
    expect(clauseLabel(clause({ n: 7, op: 'modify' }), 0)).toBe('clause 7');
    expect(clauseLabel(clause({ op: 'modify' }), 2)).toBe('clause #3 in the file (number not held)');
  });
});

describe('how a clause’s target is identified and counted', () => {
  test('by the added entry’s key, then the target’s key, code, or part and name; not at all when only a short name is known', () => {
    expect(targetIdentity(clause({ op: 'add', entry: { key: 'test-n' } as ClauseData['entry'] }))).toBe('key:test-n');
    expect(targetIdentity(clause({ op: 'modify', target: { key: 'test-a', code: '990101J' } }))).toBe('key:test-a');
    expect(targetIdentity(clause({ op: 'modify', target: { code: '990101J', name: '测试技术甲' } }))).toBe('code:990101J');
    expect(targetIdentity(clause({ op: 'modify', part: '禁止', target: { name: '测试技术甲' } }))).toBe('name:禁止:测试技术甲');
    expect(targetIdentity(clause({ op: 'modify', targetHeld: false, target: { name: '测试技术甲' } }))).toBe('name::测试技术甲');
    expect(targetIdentity(clause({ op: 'delete', targetHeld: false, shortName: '测试简称' }))).toBeUndefined();
  });

  test('counts certain changes per kind, an entry modified by two clauses once; an uncertain or unknown clause is not counted', () => {
    const a = amendment([
      clause({ n: 1, op: 'delete', part: '禁止', target: { code: '990101J' } }),
      clause({ n: 2, op: 'delete', part: '限制', target: { code: '990201X' }, certainty: 'uncertain' }),
      clause({ n: 3, op: 'replace-cp', part: '限制', target: { code: '990202X' }, cp: 1, text: '测试要点' }),
      clause({ n: 4, op: 'change-param', part: '限制', target: { code: '990202X' } }),
      clause({ n: 5, op: 'unknown', targetHeld: false, target: { code: '990203X' } }),
    ]);
    expect(identifiedCounts(a)).toEqual({ deleted: 1, added: 0, modified: 1 });
  });
});

describe('whether every counted change is identified', () => {
  const ok = [clause({ n: 1, op: 'delete', part: '禁止', target: { code: '990101J' } }), clause({ n: 2, op: 'modify', part: '限制', target: { code: '990201X' } })];
  test('yes, when every clause is certain and of known kind and the held clauses make up each official count', () => {
    expect(fullyIdentified(amendment(ok, counts(1, 0, 1)))).toBe(true);
  });
  test('no, when one kind falls short of its official count (each kind on its own)', () => {
    expect(fullyIdentified(amendment(ok, counts(2, 0, 1)))).toBe(false);
    expect(fullyIdentified(amendment(ok, counts(1, 1, 1)))).toBe(false);
    expect(fullyIdentified(amendment(ok, counts(1, 0, 2)))).toBe(false);
  });
  test('no, when a clause’s operation is not known, even if the counts agree', () => {
    expect(fullyIdentified(amendment([...ok, clause({ n: 3, op: 'unknown', targetHeld: false })], counts(1, 0, 1)))).toBe(false);
  });
  test('no, when a clause is uncertain, even if the certain ones make up the counts', () => {
    expect(fullyIdentified(amendment([...ok, clause({ n: 3, op: 'modify', part: '禁止', target: { code: '990102J' }, certainty: 'uncertain' })], counts(1, 0, 1)))).toBe(false);
  });
});

describe('carrying the base edition', () => {
  test('every entry is carried into the result with its sources, no changes and no doubt left over; the base is not touched', () => {
    const entries = base();
    entries[1]!.changes = [clauseRef(amendment([]), clause({ n: 9, op: 'modify' }))];
    entries[1]!.uncertain = { clause: entries[1]!.changes[0]!, reason: '测试理由' };
    const r = apply([], { entries });
    expect(r.versions.map((v) => [v.key, v.edition, v.origin, v.relativeToPrevious, v.changes, v.uncertain, v.sources])).toEqual([
      ['test-a', '2002', { kind: 'carried', from: '2001' }, 'unchanged', [], undefined, [SRC_B]],
      ['test-b', '2002', { kind: 'carried', from: '2001' }, 'unchanged', [], undefined, [SRC_B]],
      ['test-c', '2002', { kind: 'carried', from: '2001' }, 'unchanged', [], undefined, [SRC_B]],
    ]);
    expect(entries[1]!.edition).toBe('2001');
    expect(entries[1]!.changes).toHaveLength(1);
  });

  test('when every counted change is identified, untouched entries are unchanged', () => {
    const r = apply([clause({ n: 1, op: 'modify', part: '限制', target: { code: '990201X' } })], { counts: counts(0, 0, 1) });
    expect(r.versions.map((v) => [v.key, v.relativeToPrevious])).toEqual([
      ['test-a', 'unchanged'],
      ['test-b', 'modified'],
      ['test-c', 'unchanged'],
    ]);
  });

  test('when a counted change is not identified, untouched entries are unknown; the modified and the added ones keep their status', () => {
    const added = clause({ n: 2, op: 'add', part: '禁止', entry: { key: 'test-n', part: '禁止', name: '测试技术丙', controlPoints: [], formerCodes: [], predecessors: [], completeness: 'name-only', missing: ['控制要点'] }, source: SRC_A });
    const r = apply([clause({ n: 1, op: 'modify', part: '限制', target: { code: '990201X' } }), added], { counts: counts(0, 1, 2) });
    expect(r.versions.map((v) => [v.key, v.relativeToPrevious])).toEqual([
      ['test-a', 'unknown'],
      ['test-b', 'modified'],
      ['test-c', 'unknown'],
      ['test-n', 'added'],
    ]);
  });
});

describe('finding a clause’s target', () => {
  test('by key alone: the entry with that key, not the first one of its part', () => {
    const r = apply([clause({ n: 1, op: 'modify', part: '限制', target: { key: 'test-c' } })]);
    expect(r.versions.map((v) => [v.key, v.changes.length])).toEqual([
      ['test-a', 0],
      ['test-b', 0],
      ['test-c', 1],
    ]);
  });

  test('by name within the clause’s part: 测试技术甲 of 限制 is test-c, not the 禁止 entry of the same name', () => {
    const r = apply([clause({ n: 1, op: 'modify', part: '限制', target: { name: '测试技术甲' } })]);
    expect(r.versions.filter((v) => v.changes.length > 0).map((v) => v.key)).toEqual(['test-c']);
  });

  test('a name that is not in the base is a problem, with the hint for an edition not fully held', () => {
    const r = apply([clause({ n: 5, op: 'modify', part: '禁止', target: { name: '测试技术戊' } })]);
    expect(r.problems).toEqual([
      { file: FILE, field: 'clauses[0].target', reason: 'clause 5 targets 测试技术戊, which does not exist in the 2001 edition; if that entry is simply not transcribed yet, set targetHeld: false' },
    ]);
  });

  test('a key that is not in the base is a problem naming the key; without the hint when the base is complete', () => {
    expect(reasons(apply([clause({ n: 2, op: 'modify', part: '禁止', target: { key: 'test-z', name: '测试技术戊' } })], { complete: true }))).toEqual([
      'clauses[0].target: clause 2 targets 测试技术戊[test-z], which does not exist in the 2001 edition',
    ]);
  });

  test('a code that is in the base under another name is a near miss naming what the base has', () => {
    expect(reasons(apply([clause({ n: 2, op: 'modify', part: '限制', target: { code: '990201X', name: '测试技术戊' } })]))).toEqual([
      'clauses[0].target: clause 2 targets 测试技术戊（编号：990201X）, but 990201X in the 2001 edition is 限制类 测试技术乙',
    ]);
  });

  test('a key that is in the base under another name is a near miss naming that entry, not the first one', () => {
    expect(reasons(apply([clause({ n: 2, op: 'modify', part: '限制', target: { key: 'test-b', name: '测试技术戊' } })]))).toEqual([
      'clauses[0].target: clause 2 targets 测试技术戊[test-b], but 990201X in the 2001 edition is 限制类 测试技术乙',
    ]);
    // An entry without a code is named by its key.
    expect(reasons(apply([clause({ n: 3, op: 'modify', part: '禁止', target: { key: 'test-c', name: '测试技术戊' } })]))).toEqual([
      'clauses[0].target: clause 3 targets 测试技术戊[test-c], but test-c in the 2001 edition is 限制类 测试技术甲',
    ]);
  });

  test('a clause saying its target is not held, when it is held, is a problem naming the entry', () => {
    const r = apply([clause({ n: 3, op: 'delete', targetHeld: false, target: { code: '990101J' } })]);
    expect(r.problems).toEqual([{ file: FILE, field: 'clauses[0].targetHeld', reason: 'clause 3 says its target is not held, but test-a is' }]);
    expect(r.unapplied).toEqual([]);
    expect(r.versions.map((v) => v.key)).toEqual(['test-a', 'test-b', 'test-c']);
  });
});

describe('adding an entry', () => {
  const added = (over: Partial<NonNullable<ClauseData['entry']>> = {}): NonNullable<ClauseData['entry']> => ({
    key: 'test-n',
    part: '禁止',
    code: '990102J',
    name: '测试技术丙',
    controlPoints: [
      { n: 2, text: '丙的要点二' },
      { n: 1, text: '丙的要点一' },
    ],
    formerCodes: [],
    predecessors: [],
    completeness: 'partial',
    missing: ['主要技术参数'],
    ...over,
  });

  test('the new entry carries the clause as its origin and its one change, the clause’s source, its points in order, and what it lacks in both languages', () => {
    const c = clause({ n: 4, op: 'add', part: '禁止', industry: '测试行业乙', entry: added({ nameEn: 'Test technology C', missingEn: ['Main technical parameters'] }), source: SRC_A });
    const r = apply([c]);
    const v = byKey(r, 'test-n');
    const ref = clauseRef(amendment([c]), c);
    expect(v).toStrictEqual({
      key: 'test-n',
      edition: '2002',
      part: '禁止',
      code: '990102J',
      seq: undefined,
      industry: '测试行业乙',
      name: '测试技术丙',
      nameEn: 'Test technology C',
      controlPoints: [
        { n: 1, text: '丙的要点一', anchor: 'cp-1', changedBy: ref },
        { n: 2, text: '丙的要点二', anchor: 'cp-2', changedBy: ref },
      ],
      formerCodes: [],
      predecessors: [],
      completeness: 'partial',
      missing: ['主要技术参数'],
      missingEn: ['Main technical parameters'],
      sources: [SRC_A],
      origin: { kind: 'added', clause: ref },
      relativeToPrevious: 'added',
      changes: [ref],
    });
  });

  test('the added entry’s own industry comes before the clause’s; without English it has none', () => {
    const r = apply([clause({ n: 4, op: 'add', part: '禁止', industry: '测试行业乙', entry: added({ industry: '测试行业丙' }), source: SRC_A })]);
    const v = byKey(r, 'test-n');
    expect(v.industry).toBe('测试行业丙');
    expect('nameEn' in v).toBe(false);
    expect('missingEn' in v).toBe(false);
  });

  test('without a source on the clause, the entry has none', () => {
    expect(byKey(apply([clause({ n: 4, op: 'add', part: '禁止', entry: added() })]), 'test-n').sources).toEqual([]);
  });

  test('a key the base already has is a problem, and nothing is added', () => {
    const r = apply([clause({ n: 4, op: 'add', part: '禁止', entry: added({ key: 'test-b' }), source: SRC_A })]);
    expect(r.problems).toEqual([{ file: FILE, field: 'clauses[0].entry.key', reason: 'clause 4 adds "test-b", which the base edition already has' }]);
    expect(r.versions.map((v) => v.key)).toEqual(['test-a', 'test-b', 'test-c']);
  });
});

describe('the sources of a modified entry', () => {
  const modify = (source: Source) => clause({ n: 1, op: 'modify', part: '限制', target: { code: '990201X' }, source });
  const sourcesAfter = (source: Source) => byKey(apply([modify(source)], { entries: [entry('test-b', { part: '限制', code: '990201X', sources: [SRC_B, SRC_A] })] }), 'test-b').sources;
  test('a source the entry already cites (same title and address) is not added again', () => {
    expect(sourcesAfter({ ...SRC_A })).toEqual([SRC_B, SRC_A]);
  });
  test('a source with the same title at another address, or another title at the same address, is added', () => {
    const otherUrl: Source = { ...SRC_A, url: 'https://example.org/c' };
    const otherTitle: Source = { ...SRC_A, title: '测试公告附件' };
    expect(sourcesAfter(otherUrl)).toEqual([SRC_B, SRC_A, otherUrl]);
    expect(sourcesAfter(otherTitle)).toEqual([SRC_B, SRC_A, otherTitle]);
  });
});

describe('an uncertain clause', () => {
  test('leaves the entry standing, its status unknown, with a reason of ours in both languages naming the clause', () => {
    const r = apply([clause({ n: 6, op: 'delete', part: '限制', target: { code: '990201X' }, certainty: 'uncertain' })]);
    const v = byKey(r, 'test-b');
    expect([v.relativeToPrevious, v.uncertain?.reason, v.uncertain?.reasonEn]).toEqual(['unknown', '商务部 科技部公告2002年第1号第6条可能删除本条目；其措辞本站未完整持有。', 'Clause 6 of MOFCOM & MOST Announcement No. 1 of 2002 may delete this entry; its wording is not fully held']);
    expect(r.removals).toEqual([]);
  });

  test('without a number, it says “a clause whose number is not known” in both languages (never its place in our file) and, for a change, “may change”', () => {
    const v = byKey(apply([clause({ op: 'modify', part: '限制', target: { code: '990201X' }, certainty: 'uncertain' })]), 'test-b');
    expect([v.uncertain?.reason, v.uncertain?.reasonEn]).toEqual(['商务部 科技部公告2002年第1号（条号未知的一条）可能改动本条目；其措辞本站未完整持有。', 'A clause (number not held) of MOFCOM & MOST Announcement No. 1 of 2002 may change this entry; its wording is not fully held']);
  });

  test('our note is the reason; its English only when written, never the generated sentence', () => {
    const noted = byKey(apply([clause({ n: 6, op: 'delete', part: '限制', target: { code: '990201X' }, certainty: 'uncertain', note: '测试说明' })]), 'test-b');
    expect(noted.uncertain?.reason).toBe('测试说明');
    expect(Object.keys(noted.uncertain!)).toEqual(['clause', 'reason']);
    const both = byKey(apply([clause({ n: 6, op: 'delete', part: '限制', target: { code: '990201X' }, certainty: 'uncertain', note: '测试说明', noteEn: 'Test note' })]), 'test-b');
    expect([both.uncertain?.reason, both.uncertain?.reasonEn]).toEqual(['测试说明', 'Test note']);
  });
});

describe('deleting an entry', () => {
  test('the removal keeps the base version of the deleted entry (not another one) and the clause', () => {
    const entries = base();
    const c = clause({ n: 1, op: 'delete', part: '限制', target: { code: '990201X' } });
    const r = apply([c], { entries });
    expect(r.versions.map((v) => v.key)).toEqual(['test-a', 'test-c']);
    expect(r.removals).toHaveLength(1);
    expect(r.removals[0]!.key).toBe('test-b');
    expect(r.removals[0]!.edition).toBe('2002');
    expect(r.removals[0]!.last).toBe(entries[1]);
    expect(r.removals[0]!.by).toEqual(clauseRef(amendment([c]), c));
  });
});

describe('replacing a control point', () => {
  test('a point without a number is added beside the points of unknown number already held, not over one of them; its number is marked missing', () => {
    const entries = [entry('test-a', { code: '990101J', controlPoints: [point(1, '要点一'), point(undefined, '编号未知的要点')] })];
    const r = apply([clause({ n: 2, op: 'replace-cp', part: '禁止', target: { code: '990101J' }, text: '新的测试要点', en: 'A new test point' })], { entries });
    const v = byKey(r, 'test-a');
    expect(v.controlPoints.map((p) => [p.n, p.text, p.en, p.anchor])).toEqual([
      [1, '要点一', undefined, 'cp-1'],
      [undefined, '编号未知的要点', undefined, 'cp-u1'],
      [undefined, '新的测试要点', 'A new test point', 'cp-u2'],
    ]);
    expect(v.missing).toEqual(['主要技术参数', '商务部 科技部公告2002年第1号第2条所涉控制要点的官方编号']);
  });

  test('on a complete entry, a point without a number is no problem: the entry becomes partial', () => {
    const entries = [entry('test-a', { code: '990101J', completeness: 'complete', missing: [] })];
    const r = apply([clause({ n: 2, op: 'replace-cp', part: '禁止', target: { code: '990101J' }, text: '新的测试要点' })], { entries });
    expect(r.problems).toEqual([]);
    expect(byKey(r, 'test-a').completeness).toBe('partial');
    expect(byKey(r, 'test-a').missingEn).toEqual(['The official numbers of the control points that clause 2 of MOFCOM & MOST Announcement No. 1 of 2002 concerns']);
  });

  test('a numbered point whose wording is held replaces the old one in place and leaves nothing missing', () => {
    const r = apply([clause({ n: 2, op: 'replace-cp', part: '禁止', target: { code: '990101J' }, cp: 2, text: '甲的要点二（修改后）' })]);
    const v = byKey(r, 'test-a');
    expect(v.controlPoints.map((p) => [p.n, p.text])).toEqual([
      [1, '甲的要点一'],
      [2, '甲的要点二（修改后）'],
    ]);
    expect(v.missing).toEqual(['主要技术参数']);
  });
});

describe('adding control points', () => {
  const add = (points: NonNullable<ClauseData['points']>) => clause({ n: 3, op: 'add-cp', part: '禁止', target: { code: '990101J' }, points });

  test('the points fall in order of their numbers, those without a number last, each with its English', () => {
    const entries = [entry('test-a', { code: '990101J', controlPoints: [point(1, '要点一'), point(4, '要点四')] })];
    const r = apply([add([{ n: 3, text: '要点三', en: 'Point three' }, { n: 2, text: '要点二' }])], { entries });
    expect(byKey(r, 'test-a').controlPoints.map((p) => [p.n, p.text, p.en, p.anchor])).toEqual([
      [1, '要点一', undefined, 'cp-1'],
      [2, '要点二', undefined, 'cp-2'],
      [3, '要点三', 'Point three', 'cp-3'],
      [4, '要点四', undefined, 'cp-4'],
    ]);
  });

  test('a point without a number beside one already held without a number is no clash', () => {
    const entries = [entry('test-a', { code: '990101J', controlPoints: [point(undefined, '编号未知的要点')] })];
    const r = apply([add([{ text: '又一个编号未知的要点' }])], { entries });
    expect(r.problems).toEqual([]);
    expect(byKey(r, 'test-a').controlPoints.map((p) => [p.text, p.anchor])).toEqual([
      ['编号未知的要点', 'cp-u1'],
      ['又一个编号未知的要点', 'cp-u2'],
    ]);
  });

  test('a name-only entry with fully known new points becomes partial, with nothing new missing; a complete one stays complete', () => {
    const nameOnly = entry('test-a', { code: '990101J', completeness: 'name-only', controlPoints: [], missing: ['控制要点'] });
    const v = byKey(apply([add([{ n: 1, text: '要点一' }])], { entries: [nameOnly] }), 'test-a');
    expect([v.completeness, v.missing]).toEqual(['partial', ['控制要点']]);
    const complete = entry('test-a', { code: '990101J', completeness: 'complete', missing: [] });
    const w = byKey(apply([add([{ n: 2, text: '要点二' }])], { entries: [complete] }), 'test-a');
    expect([w.completeness, w.missing]).toEqual(['complete', []]);
  });

  test('one point of several without a number marks the numbers missing, not the wording', () => {
    const v = byKey(apply([add([{ n: 5, text: '要点五' }, { text: '编号未知的要点' }])]), 'test-a');
    expect(v.missing).toEqual(['主要技术参数', '商务部 科技部公告2002年第1号第3条所涉控制要点的官方编号']);
  });

  test('one point of several without its wording marks the wording missing, not the numbers', () => {
    const v = byKey(apply([add([{ n: 5, text: '要点五' }, { n: 6 }])]), 'test-a');
    expect(v.missing).toEqual(['主要技术参数', '商务部 科技部公告2002年第1号第3条所涉控制要点的中文措辞']);
    expect(v.missingEn).toEqual([undefined, 'The Chinese wording of the control points that clause 3 of MOFCOM & MOST Announcement No. 1 of 2002 concerns']);
  });
});

describe('parameters and modifications whose content is not held', () => {
  test('a parameter change marks its wording missing, and a complete entry becomes partial', () => {
    const entries = [entry('test-a', { code: '990101J', completeness: 'complete', missing: [] })];
    const v = byKey(apply([clause({ op: 'change-param', part: '禁止', target: { code: '990101J' } })], { entries }), 'test-a');
    expect([v.completeness, v.missing, v.missingEn]).toEqual([
      'partial',
      ['商务部 科技部公告2002年第1号（条号未知的一条）所改主要技术参数的措辞'],
      ['The wording of the main technical parameters that a clause (number not held) of MOFCOM & MOST Announcement No. 1 of 2002 changes'],
    ]);
  });

  test('a modification of a name-only entry marks what it changed missing and leaves it name-only', () => {
    const entries = [entry('test-a', { code: '990101J', completeness: 'name-only', controlPoints: [], missing: ['控制要点'] })];
    const v = byKey(apply([clause({ n: 8, op: 'modify', part: '禁止', target: { code: '990101J' } })], { entries }), 'test-a');
    expect([v.completeness, v.missing, v.missingEn]).toEqual(['name-only', ['控制要点', '商务部 科技部公告2002年第1号第8条所作修改的内容'], [undefined, 'What clause 8 of MOFCOM & MOST Announcement No. 1 of 2002 changes']]);
  });

  test('two modifications by clauses whose numbers are not held are one missing item, not two', () => {
    const c = clause({ op: 'modify', part: '禁止', target: { code: '990101J' } });
    const v = byKey(apply([c, { ...c }]), 'test-a');
    expect(v.missing).toEqual(['主要技术参数', '商务部 科技部公告2002年第1号（条号未知的一条）所作修改的内容']);
    expect(v.changes).toHaveLength(2);
  });
});
