/** Comparing two dates (src/lib/controls/compare.ts) on the real content: the expected tables are written from the announcements' dates, not computed. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { changeKind, changesBetween, eventsBetween, type StatusChange } from '../../src/lib/controls/compare.ts';
import { statusOn, type Status } from '../../src/lib/controls/status.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';

const { controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
/** A change as a row of the table: instrument, clause, state before → state after, kind. */
const row = (c: StatusChange) => `${c.instrument} ${c.clause ?? '-'} ${c.before.state}→${c.after.state} ${c.kind}`;

describe('what changed between 2025-10-01 and 2026-01-01', () => {
  // From the files: Nos.55–58, 61, 62 published 2025-10-09 and suspended by No.70 from 2025-11-07 to 2026-11-10;
  // No.70 published and in force 2025-11-07; No.72 published and in force 2025-11-09, suspending clause 二 of 2024
  // No.46 from that day to 2026-11-27; 2026 No.1 published only on 2026-01-06.
  test('the whole section', () => {
    expect(changesBetween(controls, '2025-10-01', '2026-01-01').map(row)).toEqual([
      '2024-46 2 in-force→suspended suspended',
      '2025-55 - not-published→suspended suspended',
      '2025-56 - not-published→suspended suspended',
      '2025-57 - not-published→suspended suspended',
      '2025-58 - not-published→suspended suspended',
      '2025-61 - not-published→suspended suspended',
      '2025-62 - not-published→suspended suspended',
      '2025-70 - not-published→in-force came-into-force',
      '2025-72 - not-published→in-force came-into-force',
    ]);
  });
  test('one announcement', () => {
    expect(changesBetween(controls, '2025-10-01', '2026-01-01', '2025-62').map(row)).toEqual(['2025-62 - not-published→suspended suspended']);
    expect(changesBetween(controls, '2025-10-01', '2026-01-01', '2025-10')).toEqual([]);
  });
  test('the events in between, in date order', () => {
    const seen = eventsBetween(controls, '2025-10-01', '2026-01-01', '2025-62').map((x) => `${x.event.date} ${x.event.kind}`);
    expect(seen).toEqual(['2025-10-09 published', '2025-10-09 in-force', '2025-11-07 suspended']);
  });
});

describe('what changed between 2026-11-01 and 2026-12-01: the suspensions ran out', () => {
  // No.70's period ended on 2026-11-10 and No.72's on 2026-11-27: what they suspended is of unknown status after, and
  // both suspension announcements are spent. 2025 No.61's clauses 一（一）, 一（二） (in force 2025-12-01) and 一（三）
  // (in force on publication) have a day of entry into force of their own, which the announcement as a whole lacks.
  test('the whole section', () => {
    expect(changesBetween(controls, '2026-11-01', '2026-12-01').map(row)).toEqual([
      '2024-46 2 suspended→unknown lapsed',
      '2025-55 - suspended→unknown lapsed',
      '2025-56 - suspended→unknown lapsed',
      '2025-57 - suspended→unknown lapsed',
      '2025-58 - suspended→unknown lapsed',
      '2025-61 - suspended→unknown lapsed',
      '2025-61 1-1 suspended→unknown lapsed',
      '2025-61 1-2 suspended→unknown lapsed',
      '2025-61 1-3 suspended→unknown lapsed',
      '2025-62 - suspended→unknown lapsed',
      '2025-70 - in-force→spent spent',
      '2025-72 - in-force→spent spent',
    ]);
  });
  test('around the repeal of 2024-12-01 (2024 No.51, annex 2 not held): possibly repealed, and 2003 No.5 repealed', () => {
    const rows = changesBetween(controls, '2024-11-30', '2024-12-01').map(row);
    expect(rows).toEqual(expect.arrayContaining(['2003-5 - unknown→repealed repealed', '2023-23 - in-force→unknown possibly-repealed', '2024-33 - in-force→unknown possibly-repealed']));
  });
  test('the same date twice changes nothing; dates the wrong way round are refused', () => {
    expect(changesBetween(controls, '2026-01-01', '2026-01-01')).toEqual([]);
    expect(() => changesBetween(controls, '2026-01-02', '2026-01-01')).toThrow('from (2026-01-02) is after to (2026-01-01)');
  });
});

describe('changeKind names a change by what the status became', () => {
  const s = (state: Status['state'], reasons: Status['unknown'][number]['reason'][] = []): Status => ({ state, unknown: reasons.map((reason) => ({ reason })), unverified: false, checkedThrough: '2026-06-17' });
  test.each([
    [s('not-published'), s('not-in-force'), 'published'],
    [s('not-published'), s('in-force'), 'came-into-force'],
    [s('not-in-force'), s('in-force'), 'came-into-force'],
    [s('in-force'), s('suspended'), 'suspended'],
    [s('suspended'), s('unknown', ['suspension-ended']), 'lapsed'],
    [s('in-force'), s('unknown', ['possibly-repealed']), 'possibly-repealed'],
    [s('unknown', ['suspension-ended']), s('unknown', ['suspension-ended', 'possibly-repealed']), 'possibly-repealed'],
    [s('in-force'), s('repealed'), 'repealed'],
    [s('in-force'), s('spent'), 'spent'],
    [s('not-published'), s('unknown', ['in-force-date-not-held']), 'published'],
    [s('in-force'), s('unknown', ['dates-not-held']), 'became-unknown'],
  ] as const)('%o → %o: %s', (before, after, kind) => {
    expect(changeKind(before, after)).toBe(kind);
  });
  test('on the real content: 2025 No.62 on the eve and the day of its suspension', () => {
    const i = controls.byId.get('2025-62')!;
    expect(changeKind(statusOn(i, '2025-11-06'), statusOn(i, '2025-11-07'))).toBe('suspended');
  });
});
