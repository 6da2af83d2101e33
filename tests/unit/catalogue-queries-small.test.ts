/** The catalogue's small questions on hand-made versions (src/lib/catalogue/queries.ts, names.ts): grouping, counts, labels. */
import { describe, expect, test } from 'vitest';
import type { Catalogue, Edition, EntryVersion, Removal } from '../../src/lib/catalogue/model.ts';
import { nameTitleEn } from '../../src/lib/catalogue/names.ts';
import { allCodes, editionLabel, entryKeys, getEdition, groupByIndustry, heldCounts, indexed, industries, latestVersion, officialTotal, timeline, versionsByCode, versionsOfPart } from '../../src/lib/catalogue/queries.ts';

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

describe('questions of a whole catalogue (hand-made, three editions)', () => {
  const ed = (id: string) => ({ id, data: { totals: { 禁止: 1, 限制: 2 } } }) as unknown as Edition;
  const ver = (key: string, edition: string, over: Partial<EntryVersion> = {}) => ({ key, edition, part: '禁止', formerCodes: [], ...over }) as EntryVersion;
  const a1 = ver('k-a', '2001', { code: '990101J', industry: '农业' });
  const b1 = ver('k-b', '2001', { code: '990102J', formerCodes: ['990102J'], industry: '电子' });
  const a2 = ver('k-a', '2002', { code: '990201J', formerCodes: ['990101J'], industry: '化工' });
  const c2 = ver('k-c', '2002', { formerCodes: ['990109J'] });
  const a3 = ver('k-a', '2003', { code: '990301J', formerCodes: ['990201J'] });
  const cat = {
    editions: [ed('2001'), ed('2002'), ed('2003')],
    amendments: [],
    versions: new Map([
      ['2001', [a1, b1]],
      ['2002', [a2, c2]],
      ['2003', [a3]],
    ]),
    removals: [{ key: 'k-b', edition: '2002', last: b1 }, { key: 'k-0', edition: '2003', last: b1 }] as unknown as Removal[],
    unapplied: [],
  } as Catalogue;

  test('an edition by id, or an error naming the id', () => {
    expect(getEdition(cat, '2002').id).toBe('2002');
    expect(() => getEdition(cat, '1999')).toThrow(new Error('No edition 1999'));
  });
  test('industries of every edition, once each, in Chinese (pinyin) order', () => {
    expect(industries(cat)).toEqual(['电子', '化工', '农业']);
  });
  test('an entry’s timeline: the editions it stands in or was removed in, nothing where it never was', () => {
    expect(timeline(cat, 'k-a').map((s) => [s.edition.id, s.version?.edition, s.removal?.edition])).toEqual([
      ['2001', '2001', undefined],
      ['2002', '2002', undefined],
      ['2003', '2003', undefined],
    ]);
    expect(timeline(cat, 'k-b').map((s) => [s.edition.id, s.version?.edition, s.removal?.edition])).toEqual([
      ['2001', '2001', undefined],
      ['2002', undefined, '2002'],
    ]);
    expect(timeline(cat, 'k-none')).toEqual([]);
  });
  test('the latest version: the last edition that holds it, not a removal', () => {
    expect(latestVersion(cat, 'k-a')).toBe(a3);
    expect(latestVersion(cat, 'k-b')).toBe(b1);
    expect(latestVersion(cat, 'k-0')).toBeUndefined();
  });
  test('every key, of versions and of removals, once each and sorted', () => {
    expect(entryKeys(cat)).toEqual(['k-0', 'k-a', 'k-b', 'k-c']);
  });
  test('versions by a code they carry now or carried before, each once, edition by edition', () => {
    expect(versionsByCode(cat, '990101J')).toEqual([a1, a2]);
    expect(versionsByCode(cat, '990102J')).toEqual([b1]);
    expect(versionsByCode(cat, '990109J')).toEqual([c2]);
    expect(versionsByCode(cat, '990999J')).toEqual([]);
    // A copy: changing it does not change the index.
    versionsByCode(cat, '990101J').pop();
    expect(versionsByCode(cat, '990101J')).toHaveLength(2);
  });
  test('every code, current or former, once each and sorted', () => {
    expect(allCodes(cat)).toEqual(['990101J', '990102J', '990109J', '990201J', '990301J']);
  });
  test('the official total of an edition is the sum of its two parts', () => {
    expect(officialTotal(ed('2001'))).toBe(3);
  });
});

describe('an index built once per list', () => {
  test('built on first use, then returned from the cache; another list gets its own', () => {
    const cache = new WeakMap<object, number>();
    let builds = 0;
    const listA = {};
    const listB = {};
    expect(indexed(cache, listA, () => ++builds)).toBe(1);
    expect(indexed(cache, listA, () => ++builds)).toBe(1);
    expect(indexed(cache, listB, () => ++builds)).toBe(2);
    expect(builds).toBe(2);
  });
  test('the first version of a key wins, as Array.find would', () => {
    const first = { key: 'k-d', edition: '2001', part: '禁止', formerCodes: [], name: '甲' } as unknown as EntryVersion;
    const second = { ...first, name: '乙' } as EntryVersion;
    const cat = { editions: [{ id: '2001' } as Edition], amendments: [], versions: new Map([['2001', [first, second]]]), removals: [], unapplied: [] } as Catalogue;
    expect(timeline(cat, 'k-d')[0]!.version).toBe(first);
  });
});
