/** The transcription check (npm run fidelity): source blocks are read with only the allowed cleanup, grades exactly. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { allowedCleanup, checkFidelity, parseSourceFile } from '../../scripts/controls-fidelity.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';

const blocks = parseSourceFile('2001-1.md', readFileSync(`${fixtureRoot('controls-sources')}/2001-1.md`, 'utf8'));

describe('reading source blocks', () => {
  test('every block, with its heading and grade (B- is not B)', () => {
    expect(blocks.map((b) => `${b.index} ${b.grade} ${b.heading}`)).toEqual(['0 B Preamble', '1 B 一(一)', '2 B 二 (noisy copy)', '3 B- 三', '4 B 四']);
  });
  test('pinyin is removed only where the note names it; HTML escapes become their characters', () => {
    expect(blocks[2]!.text).toBe('二、测试物项的另一条规定。');
    expect(blocks[4]!.text).toBe('四、纯度>99.9%的测试材料。');
    expect(allowedCleanup('（一）(a) 测试', 'no noise')).toBe('（一）(a) 测试');
  });
});

describe('checking content against the blocks', () => {
  test('the fixture tree: clauses equal blocks, pinyin aside; a clause copied from a B- block is a problem; unused A/B blocks are listed', () => {
    const r = checkFidelity(fixtureRoot('controls-basic'), fixtureRoot('controls-sources'), ['2001-1']);
    expect([r.checked, r.exact]).toEqual([4, 4]);
    expect(r.problems).toEqual(['content/controls/2001-1.md — clause 3: its block (2001-1.md #3) is grade B-, not A or B']);
    expect(r.unused.map((b) => b.index)).toEqual([4]);
  });
});
