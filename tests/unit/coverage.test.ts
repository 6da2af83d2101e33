/** Coverage model: counts per edition and part, missing 序号, what each entry lacks; the terminal table. */
import { describe, expect, test } from 'vitest';
import { coverage, coverageRows, coverageTable, formatRuns, missingNumbers } from '../../src/lib/catalogue/coverage.ts';
import { fixtureError, loadFixture } from '../helpers/fixtures.ts';

describe('coverage of a partly held edition', () => {
  const cov = coverage(loadFixture('coverage'));
  const [prohibited, restricted] = cov[0]!.parts;

  test('counts per part: official total, held, complete / partial / name-only', () => {
    expect(prohibited).toMatchObject({ part: '禁止', official: 4, held: 2, complete: 1, partial: 1, nameOnly: 0 });
    expect(restricted).toMatchObject({ part: '限制', official: 3, held: 1, complete: 0, partial: 0, nameOnly: 1 });
  });

  test('missing 序号 are the numbers in 1..official not held; unknown when no 序号 is held', () => {
    expect(prohibited!.missingSeqs).toEqual([2, 4]);
    expect(restricted!.missingSeqs).toBeNull();
  });

  test('each held entry says what it lacks, with its URL', () => {
    expect(prohibited!.entries.map((e) => [e.key, e.url, e.missing])).toEqual([
      ['test-a', '/entries/test-a/2001/', []],
      ['test-b', '/entries/test-b/2001/', ['控制要点2以后的控制要点']],
    ]);
    expect(restricted!.entries[0]).toMatchObject({ key: 'test-c', code: null, seq: null, completeness: 'name-only', missing: ['编号、序号', '控制要点'] });
  });

  test('rows and the terminal table', () => {
    expect(coverageRows(cov)).toEqual([
      ['2001年版', '禁止', '4', '2', '1', '1', '0', '2, 4'],
      ['2001年版', '限制', '3', '1', '0', '0', '1', '未知'],
    ]);
    expect(coverageTable(cov)).toBe(
      [
        'edition   part  official  held  complete  partial  name-only  missing 序号',
        '2001年版  禁止  4         2     1         1        0          2, 4',
        '2001年版  限制  3         1     0         0        1          未知',
      ].join('\n'),
    );
  });
});

describe('coverage of a complete edition and of a computed one', () => {
  const cov = coverage(loadFixture('basics'));

  test('a complete full-text edition misses no 序号', () => {
    expect(cov[0]!.markedComplete).toBe(true);
    expect(cov[0]!.parts.map((p) => p.missingSeqs)).toEqual([[], []]);
    expect(coverageRows(cov)[0]!.at(-1)).toBe('无');
  });

  test('a computed edition carries its base’s 序号, so its missing 序号 are unknown', () => {
    expect(cov[1]!.computed).toBe(true);
    expect(cov[1]!.parts.map((p) => p.missingSeqs)).toEqual([null, null]);
    expect(cov[1]!.parts[0]!.entries[0]!.uncertain).not.toBeNull();
  });
});

describe('helpers', () => {
  test('missingNumbers and formatRuns', () => {
    expect(missingNumbers(5, [2, 3])).toEqual([1, 4, 5]);
    expect(formatRuns([1, 2, 3, 5, 7, 8])).toBe('1–3, 5, 7–8');
    expect(formatRuns([])).toBe('');
  });
});

describe('an edition marked complete must hold exactly its official totals', () => {
  test('fewer entries than the official total fail the check, word for word', () => {
    expect(fixtureError('bad-content/complete-but-short')).toBe(
      'Invalid content (1 problem):\n  content/editions/2001.md — complete: is true, but 0 of 2 限制 entries are held',
    );
  });
});
