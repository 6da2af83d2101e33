/** An adjustment list whose clause targets an entry or control point the base lacks fails, naming the clause — word for word. */
import { describe, expect, test } from 'vitest';
import { fixtureError } from '../helpers/fixtures.ts';

const FILE = 'content/amendments/2002-1.md';
const cases: [string, string][] = [
  ['target-missing', `${FILE} — clauses[0].target: clause 7 targets 测试技术庚（编号：990109J）, which does not exist in the 2001 edition`],
  ['target-name-mismatch', `${FILE} — clauses[0].target: clause 7 targets 测试技术庚（编号：990101J）, but 990101J in the 2001 edition is 禁止类 测试技术甲`],
  ['control-point-missing', `${FILE} — clauses[0].cp: clause 7 replaces control point 5 of 测试技术甲, which has 2`],
  ['control-point-exists', `${FILE} — clauses[0].points: clause 7 adds control point 2 to 测试技术甲, which already has a point 2`],
  ['not-held-on-complete-base', `${FILE} — clauses[0].targetHeld: clause 7 says its target is not held, but the 2001 edition is complete`],
  ['part-missing', `${FILE} — clauses[0].part: is required (禁止 or 限制) unless targetHeld is false`],
  ['short-name-without-source', `${FILE} — clauses[0].source: is required when the clause carries official wording or a short name`],
];

describe('bad adjustment lists are rejected naming the clause', () => {
  test.each(cases)('%s', (name, line) => {
    expect(fixtureError(`bad-amendments/${name}`)).toBe(`Invalid content (1 problem):\n  ${line}`);
  });
});
