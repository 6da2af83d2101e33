/** The catalogue model on the fictional `basics` fixture: editions, amendments applied, order, lineage. */
import { describe, expect, test } from 'vitest';
import { loadFixture } from '../helpers/fixtures.ts';
import { timeline, versionsIn } from '../../src/lib/catalogue/queries.ts';

const cat = loadFixture('basics');

describe('basics fixture', () => {
  test('the full-text edition holds its files in 禁止-then-限制, 序号 order', () => {
    expect(versionsIn(cat, '2001').map((v) => v.code)).toEqual(['990101J', '990102J', '990201X', '990202X']);
  });

  test('the amended edition is computed: deleted, replaced, added, uncertain', () => {
    const v2002 = versionsIn(cat, '2002');
    expect(v2002.map((v) => v.code)).toEqual(['990101J', '990201X', '990202X', '990301X']);
    expect(v2002.find((v) => v.code === '990201X')!.controlPoints.map((c) => c.text)).toEqual(['修改后的测试要点', '测试技术丙的第二个测试要点']);
    expect(v2002.find((v) => v.code === '990101J')!.uncertain?.clause.n).toBe(2);
    // Without a note of ours, the reason is written in each language: Chinese for Chinese pages, English beside it.
    expect(v2002.find((v) => v.code === '990101J')!.uncertain).toMatchObject({
      reason: '测试公告第2号第2条可能删除本条目；其措辞本站未完整持有。',
      reasonEn: 'Clause 2 of the announcement adjusting the catalogue may delete this entry; its wording is not fully held',
    });
    expect(v2002.find((v) => v.code === '990301X')!.origin.kind).toBe('added');
    expect(cat.removals.map((r) => [r.key, r.edition, r.by.n])).toEqual([['test-b', '2002', 1]]);
  });

  test('the base edition is not mutated by the amendment', () => {
    expect(versionsIn(cat, '2001').find((v) => v.code === '990201X')!.controlPoints[0]!.text).toBe('测试技术丙的第一个测试要点');
  });

  test('control point anchors are cp-<n>', () => {
    expect(versionsIn(cat, '2002').find((v) => v.code === '990201X')!.controlPoints.map((c) => c.anchor)).toEqual(['cp-1', 'cp-2']);
  });

  test('timeline of a deleted entry ends with its removal', () => {
    const steps = timeline(cat, 'test-b');
    expect(steps.map((s) => [s.edition.id, Boolean(s.version), Boolean(s.removal)])).toEqual([
      ['2001', true, false],
      ['2002', false, true],
    ]);
  });
});
