/** Character-level diffs of Chinese text and the pairing of control points between two versions of an entry. */
import { describe, expect, test } from 'vitest';
import { diffCounts, diffText, diffVersions, pointBadgeClass, pointStatusWords, similarity, similarityBound, type PointStatus } from '../../src/lib/catalogue/diff.ts';
import { useTranslations } from '../../src/lib/site/i18n.ts';
import type { ControlPoint, EntryVersion } from '../../src/lib/catalogue/model.ts';

const cp = (n: number | undefined, text: string | undefined, changedBy?: ControlPoint['changedBy']): ControlPoint => ({
  n,
  text,
  anchor: n ? `cp-${n}` : 'cp-u1',
  changedBy,
});
const version = (edition: string, completeness: EntryVersion['completeness'], controlPoints: ControlPoint[], name = '测试技术甲'): EntryVersion => ({
  key: 'test-a',
  edition,
  part: '禁止',
  code: '990101J',
  name,
  controlPoints,
  formerCodes: [],
  predecessors: [],
  completeness,
  missing: completeness === 'complete' ? [] : ['测试'],
  sources: [],
  origin: { kind: 'carried', from: '2001' },
  relativeToPrevious: 'modified',
  changes: [],
});
const addCp = { amendment: '2002-1', instrument: '测试公告第2号', op: 'add-cp' as const, wordingComplete: true, certainty: 'certain' as const };

describe('diffText', () => {
  test('marks single Chinese characters deleted and inserted', () => {
    expect(diffText('测试技术甲的第一个要点', '测试技术甲的第二个要点')).toEqual([
      { kind: 'same', text: '测试技术甲的第' },
      { kind: 'del', text: '一' },
      { kind: 'ins', text: '二' },
      { kind: 'same', text: '个要点' },
    ]);
  });

  test('a bracket added at the end is one insertion', () => {
    expect(diffText('测试要点', '测试要点（含子项）')).toEqual([
      { kind: 'same', text: '测试要点' },
      { kind: 'ins', text: '（含子项）' },
    ]);
  });

  test('similarity is the share of the shorter wording kept in the longer', () => {
    expect(similarity('测试要点', '测试要点（含子项）')).toBe(1);
    expect(similarity('甲乙丙丁', '子丑寅卯')).toBe(0);
  });
});

describe('diffVersions', () => {
  test('same numbering: point 2 reworded, point 3 added by a clause', () => {
    const d = diffVersions(
      version('2001', 'complete', [cp(1, '测试要点一'), cp(2, '测试要点二')]),
      version('2002', 'complete', [cp(1, '测试要点一'), cp(2, '修改后的测试要点二'), cp(3, '测试要点三', addCp)]),
      true,
    );
    expect(d.points.map((p) => [p.status, p.before?.n, p.after?.n])).toEqual([
      ['same', 1, 1],
      ['changed', 2, 2],
      ['added', undefined, 3],
    ]);
    expect(d.points[1]!.segments).toEqual([
      { kind: 'ins', text: '修改后的' },
      { kind: 'same', text: '测试要点二' },
    ]);
  });

  test('across a re-issue numbers do not pair points; reworded points pair by their wording', () => {
    const d = diffVersions(
      version('2002', 'partial', [cp(18, '测试界面要点'), cp(21, '测试推送要点')]),
      version('2003', 'partial', [cp(18, '测试推送要点（含子项）')]),
      false,
    );
    expect(d.points.map((p) => [p.status, p.before?.n, p.after?.n])).toEqual([
      ['changed', 21, 18],
      ['new-not-held', 18, undefined],
    ]);
  });

  test('across a re-issue, points that keep less than 80 % of the shorter wording do not pair (a half-kept point is not "the same point")', () => {
    // 测试推送要点 keeps 4 of its 6 characters in 测试推送说明: similarity 2/3, below the 0.8 threshold (and well above 0.3).
    expect(similarity('测试推送要点', '测试推送说明')).toBeCloseTo(2 / 3);
    const d = diffVersions(version('2002', 'partial', [cp(21, '测试推送要点')]), version('2003', 'partial', [cp(18, '测试推送说明')]), false);
    expect(d.points.map((p) => [p.status, p.before?.n, p.after?.n])).toEqual([
      ['old-not-held', undefined, 18],
      ['new-not-held', 21, undefined],
    ]);
  });

  test('a point absent from a partly held version is "not held", never "added" or "deleted"', () => {
    const d = diffVersions(version('2001', 'name-only', []), version('2002', 'partial', [cp(1, '测试要点一')]), true);
    expect(d.points.map((p) => p.status)).toEqual(['old-not-held']);
    const e = diffVersions(version('2001', 'partial', [cp(1, '测试要点一')]), version('2002', 'name-only', []), true);
    expect(e.points.map((p) => p.status)).toEqual(['new-not-held']);
  });

  test('a point missing from a complete later version is deleted', () => {
    const d = diffVersions(version('2001', 'complete', [cp(1, '测试要点一'), cp(2, '测试要点二')]), version('2002', 'complete', [cp(1, '测试要点一')]), true);
    expect(d.points.map((p) => [p.status, p.before?.n])).toEqual([
      ['same', 1],
      ['deleted', 2],
    ]);
  });

  test('the name is diffed too', () => {
    const d = diffVersions(version('2001', 'complete', [], '测试技术甲'), version('2002', 'complete', [], '测试技术甲乙'), true);
    expect([d.nameChanged, d.name]).toEqual([true, [{ kind: 'same', text: '测试技术甲' }, { kind: 'ins', text: '乙' }]]);
  });
});

describe('pairing cost and counts', () => {
  test('similarityBound is never below similarity (so skipping a candidate under the threshold changes no pairing)', () => {
    const words = ['测试', '要点', '技术', '甲', '乙', '（修改后）', '，', '𠀀', 'ab', '的'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const text = () => Array.from({ length: 1 + Math.floor(next() * 12) }, () => words[Math.floor(next() * words.length)]).join('');
    for (let i = 0; i < 500; i++) {
      const [a, b] = [text(), text()];
      expect(similarityBound(a, b), `${a} / ${b}`).toBeGreaterThanOrEqual(similarity(a, b));
    }
    // The bound is exact for reordered characters' counts, and low where little is shared.
    expect(similarityBound('测试推送要点', '测试推送说明')).toBeCloseTo(4 / 6);
    expect(similarityBound('甲乙丙丁戊', '子丑寅卯辰')).toBe(0);
  });

  test('a point whose bound stays under the threshold is not diffed for pairing, and pairs as before', () => {
    const d = diffVersions(
      version('2002', 'complete', [cp(1, '测试要点一：甲乙丙丁'), cp(2, '完全不同的另一个要点文字')]),
      version('2003', 'complete', [cp(7, '测试要点一：甲乙丙丁戊'), cp(8, '子丑寅卯辰巳午未申酉')]),
      false,
    );
    expect(d.points.map((p) => [p.status, p.before?.n ?? null, p.after?.n ?? null])).toEqual([
      ['changed', 1, 7],
      ['added', null, 8],
      ['deleted', 2, null],
    ]);
  });

  test('diffCounts: changed, added, deleted, same, the undecided and the points held on neither side', () => {
    const d = diffVersions(
      version('2001', 'partial', [cp(1, '测试要点一'), cp(2, '测试要点二'), cp(3, undefined), cp(4, '甲乙丙丁戊')]),
      version('2002', 'complete', [cp(1, '测试要点一'), cp(2, '测试要点二（修改后）'), cp(3, undefined), cp(5, '子丑寅卯辰', addCp)]),
      true,
    );
    expect(d.points.map((p) => p.status)).toEqual(['same', 'changed', 'text-not-held', 'added', 'deleted']);
    expect(diffCounts(d)).toEqual({ changed: 1, added: 1, deleted: 1, same: 1, unknown: 1, blind: 1 });
  });
});

describe('the words and badge of a point status, one table for the compare pages and the comparison in the browser', () => {
  const ALL: PointStatus[] = ['same', 'changed', 'added', 'deleted', 'old-not-held', 'new-not-held', 'text-not-held'];
  test('each status in Chinese, the edition named where one side is not held', () => {
    const t = useTranslations('zh-CN');
    expect(ALL.map((s) => pointStatusWords(s, (k, v) => t(k, v), '2008年版', '2020年版'))).toEqual(ALL.map((s) =>
      ({ same: t('cmp.st.same'), changed: t('cmp.st.changed'), added: t('cmp.st.added'), deleted: t('cmp.st.deleted'), 'old-not-held': t('cmp.st.oldNotHeld', { edition: '2008年版' }), 'new-not-held': t('cmp.st.newNotHeld', { edition: '2020年版' }), 'text-not-held': t('cmp.st.textNotHeld') })[s],
    ));
    expect(pointStatusWords('old-not-held', (k, v) => t(k, v), '2008年版', '2020年版')).toContain('2008年版');
    expect(pointStatusWords('new-not-held', (k, v) => t(k, v), '2008年版', '2020年版')).toContain('2020年版');
  });
  test('the badge is quiet when unchanged and marked uncertain when a side is not held', () => {
    expect(ALL.map(pointBadgeClass)).toEqual(['badge badge-quiet', 'badge', 'badge', 'badge', 'badge badge-uncertain', 'badge badge-uncertain', 'badge badge-uncertain']);
  });
});
