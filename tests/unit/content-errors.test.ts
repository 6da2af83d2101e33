/** Malformed content fails with a message naming the file, the field and the reason — tested word for word. */
import { describe, expect, test } from 'vitest';
import { fixtureError } from '../helpers/fixtures.ts';

const cases: [string, string][] = [
  ['code-wrong-length', 'content/entries/2001/test-a.md — code: must be exactly six digits followed by J (禁止) or X (限制), e.g. 203912X'],
  ['code-lowercase-letter', 'content/entries/2001/test-a.md — code: must be exactly six digits followed by J (禁止) or X (限制), e.g. 203912X'],
  ['code-jx-contradicts-part', 'content/entries/2001/test-a.md — code: ends in J, which marks a 禁止 entry, but part is 限制'],
  ['duplicate-code', 'content/entries/2001/test-b.md — code: 990101J is also used by content/entries/2001/test-a.md in the 2001 edition'],
  ['unknown-edition', 'content/entries/1999/test-a.md — edition: 1999 is not an edition (known: 2001)'],
  ['control-points-gap', 'content/entries/2001/test-a.md — controlPoints[2].n: must be 3: control points of a complete entry are numbered 1..n (found 1, 2, 4)'],
  ['missing-name', 'content/entries/2001/test-a.md — name: is required'],
  ['missing-source', 'content/entries/2001/test-a.md — sources: is required'],
];

describe('bad content is rejected with file, field and reason', () => {
  test.each(cases)('%s', (name, line) => {
    expect(fixtureError(`bad-content/${name}`)).toBe(`Invalid content (1 problem):\n  ${line}`);
  });
});
