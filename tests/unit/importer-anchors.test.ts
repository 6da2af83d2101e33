/**
 * The catalogue importer's small rules, case by case: published anchors carried to the official control points, the
 * fields it owns and hashes, how it words a reading problem (src/lib/importer/import-catalogue.ts).
 */
import { describe, expect, test } from 'vitest';
import { carryAnchors, formatReadProblem, ownedFields } from '../../src/lib/importer/import-catalogue.ts';

const OFFICIAL = [
  { n: 1, text: '测试要点甲，含参数' },
  { n: 2, text: '测试要点乙。' },
  { n: 3, text: '测试要点丙' },
];
const FIX = (anchors: string) => `its anchor ${anchors.split(', ')[0]} is published, so it must stay with that point: give the held point its official number (n) by hand with aliases: [${anchors}], then import again`;
const carry = (held: Parameters<typeof carryAnchors>[1], official = OFFICIAL) => {
  const r = carryAnchors('content/entries/x/2001.md', held, official);
  return { aliases: Object.fromEntries(r.aliases), problems: r.problems };
};

describe('carryAnchors', () => {
  test('a numbered held point goes to the official point of that number: no alias needed, its own aliases kept', () => {
    expect(carry([{ n: 1, text: '旧文' }, { n: 2, aliases: ['cp-u1'] }])).toEqual({ aliases: { 2: ['cp-u1'] }, problems: [] });
  });
  test('a numbered held point the text does not have is a problem, with the fix', () => {
    expect(carry([{ n: 4, aliases: ['cp-u3'] }])).toEqual({
      aliases: {},
      problems: [`content/entries/x/2001.md: control point 4 is not in the text, which has 3; ${FIX('cp-4, cp-u3')}`],
    });
  });
  test('a held point without a number: by equal wording (spaces, compatibility forms and closing punctuation aside)', () => {
    expect(carry([{ text: ' 测试要点乙 ' }])).toEqual({ aliases: { 2: ['cp-u1'] }, problems: [] });
    expect(carry([{ text: '测试要点甲，含参数。' }])).toEqual({ aliases: { 1: ['cp-u1'] }, problems: [] });
    expect(carry([{ text: '测试要点丙；' }, { text: '测试要点乙' }])).toEqual({ aliases: { 3: ['cp-u1'], 2: ['cp-u2'] }, problems: [] });
  });
  test('failing that, by wording that holds the other or is held by it, when one point alone does', () => {
    expect(carry([{ text: '含参数' }])).toEqual({ aliases: { 1: ['cp-u1'] }, problems: [] });
    expect(carry([{ text: '测试要点丙及其说明' }])).toEqual({ aliases: { 3: ['cp-u1'] }, problems: [] });
  });
  test('an equal wording wins over a containing one', () => {
    expect(carry([{ text: '测试要点' }], [{ n: 1, text: '测试要点' }, { n: 2, text: '测试要点二' }])).toEqual({ aliases: { 1: ['cp-u1'] }, problems: [] });
  });
  test('no point, or more than one, is a problem naming them', () => {
    expect(carry([{ text: '测试要点' }]).problems).toEqual([
      `content/entries/x/2001.md: control point cp-u1「测试要点」, held without its number, matches 3 control points of the text (1, 2, 3) by wording; ${FIX('cp-u1')}`,
    ]);
    expect(carry([{ text: '无关文字' }]).problems).toEqual([
      `content/entries/x/2001.md: control point cp-u1「无关文字」, held without its number, matches no control point of the text by wording; ${FIX('cp-u1')}`,
    ]);
    // No wording at all matches nothing (the empty string is in every text, but is not looked for).
    expect(carry([{}]).problems).toEqual([`content/entries/x/2001.md: control point cp-u1「」, held without its number, matches no control point of the text by wording; ${FIX('cp-u1')}`]);
  });
  test('aliases are not repeated, and a point’s own anchor is never its alias', () => {
    expect(carry([{ text: '测试要点乙', aliases: ['cp-2', 'cp-u7'] }, { n: 2, aliases: ['cp-u7'] }])).toEqual({ aliases: { 2: ['cp-u1', 'cp-u7'] }, problems: [] });
  });
});

describe('what the importer owns', () => {
  test('its fields only, control points without our renderings and notes', () => {
    const data = { edition: '2023', part: '禁止', code: '990101J', seq: 1, industry: '测试行业', name: '测试', nameEn: 'Test', completeness: 'complete', missing: [], controlPoints: [{ n: 1, text: '甲', en: 'A', note: '注', noteEn: 'Note', aliases: ['cp-u1'] }, 'odd'], sources: [] };
    expect(ownedFields(data)).toEqual({ edition: '2023', part: '禁止', code: '990101J', seq: 1, industry: '测试行业', name: '测试', completeness: 'complete', missing: [], controlPoints: [{ n: 1, text: '甲', aliases: ['cp-u1'] }, 'odd'] });
    expect(ownedFields({ controlPoints: 'not a list' }).controlPoints).toBe('not a list');
  });
});

describe('reading problems', () => {
  test('with the line when there is one', () => {
    expect(formatReadProblem({ line: 12, message: '缺少编号' })).toBe('line 12: 缺少编号');
    expect(formatReadProblem({ line: 0, message: 'x' })).toBe('line 0: x');
    expect(formatReadProblem({ message: 'no part heading' })).toBe('no part heading');
  });
});
