/** Which pairs of editions compare on a hand-made catalogue (src/lib/catalogue/compare.ts): numbering, direct steps, argument order, the remembered diff. */
import { describe, expect, test } from 'vitest';
import { browserCompareData, compareEditions, comparePairs, numberingComparable } from '../../src/lib/catalogue/compare.ts';
import type { Catalogue, ControlPoint, Edition, EntryVersion, Removal } from '../../src/lib/catalogue/model.ts';

// 2001 full text; 2002 and 2003 amend the edition before; 2004 re-issues the full text; 2005 amends 2004.
const ed = (id: string, arises: Edition['data']['arises']) => ({ id, data: { arises } }) as unknown as Edition;
const full = { kind: 'full-text' } as const;
const amends = (base: string) => ({ kind: 'amended', base, amendment: `${Number(base) + 1}-1` }) as const;
const cp = (n: number, text: string): ControlPoint => ({ n, text, anchor: `cp-${n}` });
const ver = (key: string, edition: string, name: string, code: string, controlPoints: ControlPoint[]) =>
  ({ key, edition, name, code, part: '禁止', completeness: 'complete', controlPoints, formerCodes: [], predecessors: [] }) as unknown as EntryVersion;

const a = (edition: string, points: ControlPoint[], code = '999901J') => ver('k-a', edition, '测试技术甲', code, points);
const b2001 = ver('k-b', '2001', '测试技术乙', '999902J', [cp(1, '测试技术乙的要点')]);
const b2002 = ver('k-b', '2002', '测试技术乙', '999902J', [cp(1, '测试技术乙的要点（修改后）')]);

const cat: Catalogue = {
  editions: [ed('2001', full), ed('2002', amends('2001')), ed('2003', amends('2002')), ed('2004', full), ed('2005', amends('2004'))],
  amendments: [],
  versions: new Map([
    ['2001', [a('2001', [cp(1, '测试要点一')]), b2001]],
    ['2002', [a('2002', [cp(1, '测试要点一'), cp(2, '测试要点二')]), b2002]],
    ['2003', [a('2003', [cp(1, '测试要点一'), cp(2, '测试要点二')])]],
    ['2004', [a('2004', [cp(1, '测试要点二')], '999951J')]],
    ['2005', [a('2005', [cp(1, '测试要点二')], '999951J')]],
  ]),
  removals: [{ key: 'k-b', edition: '2003', last: b2002 } as unknown as Removal],
  unapplied: [],
};

describe('whether control-point numbers carry over between two editions', () => {
  test('they do across editions that each amend the one before', () => {
    expect([numberingComparable(cat, '2001', '2002'), numberingComparable(cat, '2001', '2003'), numberingComparable(cat, '2004', '2005')]).toEqual([true, true, true]);
  });

  test('they do not when a re-issue lies between, whichever edition is named first', () => {
    expect([numberingComparable(cat, '2002', '2004'), numberingComparable(cat, '2004', '2002')]).toEqual([false, false]);
    expect([numberingComparable(cat, '2003', '2005'), numberingComparable(cat, '2005', '2001')]).toEqual([false, false]);
  });

  test('how the earlier edition itself arose, and a re-issue after the later one, do not matter', () => {
    // 2004 is a re-issue, but it is the earlier edition of the pair; 2004's re-issue comes after 2002–2003.
    expect([numberingComparable(cat, '2004', '2005'), numberingComparable(cat, '2002', '2003')]).toEqual([true, true]);
  });
});

describe('the diff of an entry between two editions', () => {
  test('the earlier edition is "before" whichever order the two are asked in', () => {
    const d = compareEditions(cat, 'k-a', '2002', '2001')!;
    expect([d.before.edition, d.after.edition, d.sameNumbering, d.direct]).toEqual(['2001', '2002', true, true]);
    expect(d.points.map((p) => [p.status, p.before?.n ?? null, p.after?.n ?? null])).toEqual([
      ['same', 1, 1],
      ['added', null, 2],
    ]);
  });

  test('a step is direct only when the later edition amends the earlier one itself', () => {
    const flags = (x: string, y: string) => {
      const d = compareEditions(cat, 'k-a', x, y)!;
      return [d.sameNumbering, d.direct];
    };
    expect(flags('2001', '2002')).toEqual([true, true]);
    expect(flags('2001', '2003')).toEqual([true, false]);
    expect(flags('2003', '2004')).toEqual([false, false]);
    expect(flags('2004', '2005')).toEqual([true, true]);
  });

  test('a pair asked right after another gets its own diff, not the one remembered', () => {
    const first = compareEditions(cat, 'k-a', '2001', '2002')!;
    const other = compareEditions(cat, 'k-a', '2002', '2003')!;
    const otherKey = compareEditions(cat, 'k-b', '2001', '2002')!;
    expect([first.before.edition, first.after.edition]).toEqual(['2001', '2002']);
    expect([other.before.edition, other.after.edition]).toEqual(['2002', '2003']);
    expect([otherKey.before.key, otherKey.before.name, otherKey.points.map((p) => p.status)]).toEqual(['k-b', '测试技术乙', ['changed']]);
  });

  test('the same pair asked twice in a row gives the same diff, in either order of the editions', () => {
    const d = compareEditions(cat, 'k-a', '2003', '2005');
    expect(compareEditions(cat, 'k-a', '2005', '2003')).toBe(d);
  });

  test('there is none when the entry does not stand in both editions', () => {
    expect(compareEditions(cat, 'k-b', '2001', '2003')).toBeUndefined();
    expect(compareEditions(cat, 'k-b', '2002', '2004')).toBeUndefined();
  });
});

describe('pairs an entry is compared in', () => {
  test('the edition that removed an entry is not one of its pairs', () => {
    expect(comparePairs(cat, 'k-b')).toEqual([{ a: '2001', b: '2002', page: true }]);
    expect(browserCompareData(cat, 'k-b', (e) => e)).toBeUndefined();
  });

  test('pairs compared in the browser carry whether numbering carries over and whether the step is direct', () => {
    expect(browserCompareData(cat, 'k-a', (e) => `/entries/k-a/${e}/`)!.pairs).toEqual({
      'compare-2001-2003': { a: '2001', b: '2003', sameNumbering: true, direct: false },
      'compare-2001-2004': { a: '2001', b: '2004', sameNumbering: false, direct: false },
      'compare-2001-2005': { a: '2001', b: '2005', sameNumbering: false, direct: false },
      'compare-2002-2004': { a: '2002', b: '2004', sameNumbering: false, direct: false },
      'compare-2002-2005': { a: '2002', b: '2005', sameNumbering: false, direct: false },
      'compare-2003-2005': { a: '2003', b: '2005', sameNumbering: false, direct: false },
    });
  });
});
