/** The Traditional→Simplified folding table the search ships: only characters that fold into the corpus, never one the corpus uses itself. */
import { describe, expect, test } from 'vitest';
import { buildFoldTable } from '../../src/lib/search/search-fold.ts';

const pairs = (t: { from: string; to: string }) => [...t.from].map((ch, i) => [ch, [...t.to][i]!] as const);

describe('buildFoldTable', () => {
  test('無 and 機 fold to 无 and 机 when the corpus writes 无人机; each pair folds into the corpus, from another character', () => {
    const t = buildFoldTable(['无人机技术']);
    expect([...t.from]).toHaveLength([...t.to].length);
    expect(pairs(t)).toContainEqual(['無', '无']);
    expect(pairs(t)).toContainEqual(['機', '机']);
    for (const [from, to] of pairs(t)) {
      expect('无人机技术').toContain(to);
      expect(from).not.toBe(to);
    }
  });
  test('a character the corpus itself writes is never folded away', () => {
    expect(pairs(buildFoldTable(['干'])).some(([f]) => f === '幹')).toBe(true);
    expect(pairs(buildFoldTable(['干', '幹'])).some(([f]) => f === '幹')).toBe(false);
  });
  test('pairs are in code-point order, so the table is the same from build to build', () => {
    const from = [...buildFoldTable(['无人机', '干', '发']).from].map((c) => c.codePointAt(0)!);
    expect(from).toEqual([...from].sort((a, b) => a - b));
    expect(from.length).toBeGreaterThan(2);
  });
  test('an empty corpus folds nothing', () => {
    expect(buildFoldTable([])).toEqual({ from: '', to: '' });
  });
});
