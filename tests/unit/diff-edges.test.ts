/** Edge cases of the diff of two versions (src/lib/catalogue/diff.ts): pairing steps, thresholds, empty wordings, flags and counts. */
import { describe, expect, test } from 'vitest';
import { diffCounts, diffText, diffVersions, pointStatusWords, similarity, similarityBound, type DiffablePoint, type DiffableVersion, type EntryDiff, type PointStatus } from '../../src/lib/catalogue/diff.ts';
import type { ClauseRef } from '../../src/lib/catalogue/model.ts';

const pt = (n: number | undefined, text: string | undefined, op?: ClauseRef['op']): DiffablePoint => ({ n, text, ...(op && { changedBy: { op } }) });
const ver = (completeness: DiffableVersion['completeness'], controlPoints: DiffablePoint[], over: Partial<DiffableVersion> = {}): DiffableVersion => ({
  name: '测试技术甲',
  code: '999901J',
  part: '禁止',
  completeness,
  controlPoints,
  ...over,
});
/** Each point's status with the number (or, for unnumbered points, the wording) of its earlier and later side. */
const rows = (d: EntryDiff<DiffableVersion>) =>
  d.points.map((p) => [p.status, p.before ? (p.before.n ?? p.before.text ?? null) : null, p.after ? (p.after.n ?? p.after.text ?? null) : null]);

describe('character diff', () => {
  test('two deletions apart from each other stay two runs, with the kept text between them', () => {
    expect(diffText('测试甲技术乙要点', '测试技术要点')).toEqual([
      { kind: 'same', text: '测试' },
      { kind: 'del', text: '甲' },
      { kind: 'same', text: '技术' },
      { kind: 'del', text: '乙' },
      { kind: 'same', text: '要点' },
    ]);
  });
});

describe('similarity and its bound with empty wordings', () => {
  test('two empty wordings are alike; an empty wording and a non-empty one are not', () => {
    expect([similarity('', ''), similarity('', '测试要点'), similarity('测试要点', '')]).toEqual([1, 0, 0]);
    expect([similarityBound('', ''), similarityBound('', '测试要点'), similarityBound('测试要点', '')]).toEqual([1, 0, 0]);
  });

  test('the bound counts a character repeated in one wording only as often as the other wording has it', () => {
    // 甲 once in the shorter, three times in the longer: one character in common out of two.
    expect(similarityBound('甲乙', '甲甲甲')).toBe(0.5);
    expect(similarityBound('甲乙丙', '丙丙乙乙')).toBe(2 / 3);
  });
});

describe('pairing by identical wording', () => {
  test('identical wording pairs before numbers do: after a point is dropped, the next one keeps its wording under a new number', () => {
    const d = diffVersions(ver('complete', [pt(1, '测试要点甲'), pt(2, '测试要点乙')]), ver('complete', [pt(1, '测试要点乙')]), true);
    expect(rows(d)).toEqual([
      ['same', 2, 1],
      ['deleted', 1, null],
    ]);
  });

  test('two points whose wording is held on neither side are not paired as "identical"', () => {
    const d = diffVersions(ver('partial', [pt(1, undefined)]), ver('partial', [pt(5, undefined)]), false);
    expect(rows(d)).toEqual([
      ['old-not-held', null, 5],
      ['new-not-held', 1, null],
    ]);
  });
});

describe('pairing by number', () => {
  test('points without an official number are not paired by number, even when numbering carries over', () => {
    const d = diffVersions(ver('complete', [pt(undefined, '甲乙丙丁')]), ver('complete', [pt(undefined, '子丑寅卯')]), true);
    expect(rows(d)).toEqual([
      ['added', null, '子丑寅卯'],
      ['deleted', '甲乙丙丁', null],
    ]);
  });
});

describe('pairing by similar wording', () => {
  test('a later point whose wording is not held is left unpaired, beside an earlier point with wording', () => {
    const d = diffVersions(ver('partial', [pt(1, '测试要点甲')]), ver('partial', [pt(2, undefined)]), false);
    expect(rows(d)).toEqual([
      ['old-not-held', null, 2],
      ['new-not-held', 1, null],
    ]);
  });

  test('an earlier point whose wording is not held is not a candidate for a later point with wording', () => {
    const d = diffVersions(ver('partial', [pt(1, undefined)]), ver('partial', [pt(2, '测试要点甲')]), false);
    expect(rows(d)).toEqual([
      ['old-not-held', null, 2],
      ['new-not-held', 1, null],
    ]);
  });

  test('exactly 80 % of the shorter wording kept is enough to pair', () => {
    const d = diffVersions(ver('complete', [pt(1, '甲乙丙丁戊')]), ver('complete', [pt(4, '甲乙丙丁己')]), false);
    expect(rows(d)).toEqual([['changed', 1, 4]]);
    expect(d.points[0]!.segments).toEqual([
      { kind: 'same', text: '甲乙丙丁' },
      { kind: 'del', text: '戊' },
      { kind: 'ins', text: '己' },
    ]);
  });

  test('the same characters in another order do not pair (the bound passes, the kept share does not)', () => {
    const d = diffVersions(ver('complete', [pt(1, '甲乙丙丁戊')]), ver('complete', [pt(4, '戊丁丙乙甲')]), false);
    expect(rows(d)).toEqual([
      ['added', null, 4],
      ['deleted', 1, null],
    ]);
  });

  test('of two similar earlier points the more similar one pairs, whichever comes first', () => {
    const later = pt(7, '测试要点甲乙丙丁戊己');
    const close = '测试要点甲乙丙丁戊子'; // keeps 9 of 10 characters
    const closer = '测试要点甲乙丙丁戊己庚'; // keeps all 10
    const d = diffVersions(ver('complete', [pt(1, close), pt(2, closer)]), ver('complete', [later]), false);
    expect(rows(d)).toEqual([
      ['changed', 2, 7],
      ['deleted', 1, null],
    ]);
    const e = diffVersions(ver('complete', [pt(1, closer), pt(2, close)]), ver('complete', [later]), false);
    expect(rows(e)).toEqual([
      ['changed', 1, 7],
      ['deleted', 2, null],
    ]);
  });
});

describe('points added by a clause', () => {
  test('a point of an entry the clause adds ("add") is added in a direct step, though the earlier version is partial', () => {
    const d = diffVersions(ver('partial', []), ver('partial', [pt(1, '测试要点甲', 'add')]), true, true);
    expect(rows(d)).toEqual([['added', null, 1]]);
  });

  test('the same point is "not held" when the step is not direct, and so is a point changed by another kind of clause', () => {
    expect(rows(diffVersions(ver('partial', []), ver('partial', [pt(1, '测试要点甲', 'add')]), true, false))).toEqual([['old-not-held', null, 1]]);
    expect(rows(diffVersions(ver('partial', []), ver('partial', [pt(1, '测试要点甲', 'modify')]), true, true))).toEqual([['old-not-held', null, 1]]);
  });
});

describe('name, code and part flags', () => {
  test('an unchanged name is not flagged, and its diff is one kept run', () => {
    const d = diffVersions(ver('complete', []), ver('complete', []), true);
    expect([d.nameChanged, d.name]).toEqual([false, [{ kind: 'same', text: '测试技术甲' }]]);
  });

  test('the code is changed only when both versions have one and they differ', () => {
    const code = (before: string | undefined, after: string | undefined) =>
      diffVersions(ver('complete', [], { code: before }), ver('complete', [], { code: after }), true).codeChanged;
    expect(code('999901J', '999901J')).toBe(false);
    expect(code('999901J', '999902X')).toBe(true);
    expect(code(undefined, '999901J')).toBe(false);
    expect(code('999901J', undefined)).toBe(false);
    expect(code(undefined, undefined)).toBe(false);
  });

  test('the part is changed only when it differs', () => {
    const part = (before: string, after: string) => diffVersions(ver('complete', [], { part: before }), ver('complete', [], { part: after }), true).partChanged;
    expect(part('禁止', '禁止')).toBe(false);
    expect(part('禁止', '限制')).toBe(true);
  });
});

describe('counts', () => {
  test('a point in one version only is blind only when that side’s wording is not held', () => {
    const zero = { changed: 0, added: 0, deleted: 0, same: 0, unknown: 0, blind: 0 };
    expect(diffCounts({ points: [{ status: 'deleted', before: pt(1, '测试要点甲') }] })).toEqual({ ...zero, deleted: 1 });
    expect(diffCounts({ points: [{ status: 'added', after: pt(1, '测试要点甲') }] })).toEqual({ ...zero, added: 1 });
    expect(diffCounts({ points: [{ status: 'new-not-held', before: pt(1, '测试要点甲') }] })).toEqual({ ...zero, unknown: 1 });
    expect(diffCounts({ points: [{ status: 'old-not-held', after: pt(1, undefined) }] })).toEqual({ ...zero, unknown: 1, blind: 1 });
  });
});

describe('status words', () => {
  test('only the two "not held" statuses pass an edition to the translation, each its own side', () => {
    const t = (key: string, vars: { edition?: string }) => `${key} ${JSON.stringify(vars)}`;
    const ALL: PointStatus[] = ['same', 'changed', 'added', 'deleted', 'old-not-held', 'new-not-held', 'text-not-held'];
    expect(ALL.map((s) => pointStatusWords(s, t, '2001年版', '2002年版'))).toEqual([
      'cmp.st.same {}',
      'cmp.st.changed {}',
      'cmp.st.added {}',
      'cmp.st.deleted {}',
      'cmp.st.oldNotHeld {"edition":"2001年版"}',
      'cmp.st.newNotHeld {"edition":"2002年版"}',
      'cmp.st.textNotHeld {}',
    ]);
  });
});
