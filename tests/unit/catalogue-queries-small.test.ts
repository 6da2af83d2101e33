/** The catalogue's small questions on hand-made versions (src/lib/catalogue/queries.ts, names.ts): grouping, counts, labels. */
import { describe, expect, test } from 'vitest';
import type { EntryVersion } from '../../src/lib/catalogue/model.ts';
import { nameTitleEn } from '../../src/lib/catalogue/names.ts';
import { editionLabel, groupByIndustry, heldCounts, versionsOfPart } from '../../src/lib/catalogue/queries.ts';

const v = (key: string, part: '禁止' | '限制', completeness: string, industry?: string) => ({ key, part, completeness, ...(industry && { industry }) }) as unknown as EntryVersion;
const VERSIONS = [v('a', '禁止', 'complete', '测试行业乙'), v('b', '限制', 'partial'), v('c', '限制', 'name-only', '测试行业甲'), v('d', '禁止', 'complete', '测试行业乙'), v('e', '限制', 'partial')];

describe('grouping and counting', () => {
  test('by industry heading in the order they first appear; entries without one last', () => {
    expect(groupByIndustry(VERSIONS).map((g) => [g.heading, g.versions.map((x) => x.key)])).toEqual([
      ['测试行业乙', ['a', 'd']],
      ['测试行业甲', ['c']],
      [null, ['b', 'e']],
    ]);
    expect(groupByIndustry([v('x', '禁止', 'complete', '行业')]).map((g) => g.heading)).toEqual(['行业']);
    expect(groupByIndustry([])).toEqual([]);
  });
  test('by part; held counts by part and by completeness', () => {
    expect(versionsOfPart(VERSIONS, '禁止').map((x) => x.key)).toEqual(['a', 'd']);
    expect(heldCounts(VERSIONS)).toEqual({ total: 5, byPart: { 禁止: 2, 限制: 3 }, complete: 2, partial: 2, nameOnly: 1 });
  });
});

describe('labels', () => {
  test('an edition; a name in English page titles, labelled as ours, the Chinese beside it', () => {
    expect(editionLabel('2023')).toBe('2023年版');
    expect(nameTitleEn('无人机技术', 'Drone technology')).toBe('Drone technology (our translation) [无人机技术]');
    expect(nameTitleEn('无人机技术', undefined)).toBe('无人机技术 (not yet translated)');
  });
});
