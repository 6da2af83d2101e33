/**
 * What applied on each day that matters, for the real announcements, written down from ../shared/sources/controls —
 * not computed by the functions under test (issue 23): before publication, before entry into force, the first day of
 * the No.70 and No.72 suspensions, their last days, the days after, and after the verification horizon (2026-06-17).
 * Then the open data on those days: a suspended, an in-force, an unknown row of controls.csv, and controls.json.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { controlsCsv, controlsRecord } from '../../src/lib/controls/downloads.ts';
import { statusOn, type Status } from '../../src/lib/controls/status.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { parseCsv } from '../helpers/csv.ts';

const { controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));

/** One line per status: state, dates, what decides it, every reason, "not verified since". */
function show(s: Status): string {
  const parts: string[] = [s.state];
  if (s.since) parts.push(`since ${s.since}`);
  if (s.until) parts.push(`until ${s.until}`);
  if (s.relation) parts.push(`by ${s.relation.by}`);
  for (const u of s.unknown) parts.push(u.relation ? `${u.reason} (${u.relation.by})` : u.reason);
  if (s.unverified) parts.push('not verified');
  return parts.join(', ');
}
const at = (id: string, date: string, clause?: string) => show(statusOn(controls.byId.get(id)!, date, clause));

// The No.70 suspension: 2025-11-07 to 2026-11-10 inclusive (2025-70.md); No.72: 2025-11-09 to 2026-11-27, clause 二 of
// 2024 No.46 only (2025-72.md). Sources searched to 2026-06-17.
const SUSPENDED_70 = 'suspended, since 2025-11-07, until 2026-11-10, by 2025-70';
const ENDED_70 = 'unknown, suspension-ended (2025-70), not verified';

describe('2025 Nos.55–58: published 2025-10-09, to take effect 2025-11-08, suspended from 2025-11-07', () => {
  test.each(['2025-55', '2025-56', '2025-57', '2025-58'])('%s', (id) => {
    expect([
      at(id, '2025-10-08'),
      at(id, '2025-10-09'),
      at(id, '2025-11-06'),
      at(id, '2025-11-07'),
      at(id, '2025-11-08'),
      at(id, '2026-06-17'),
      at(id, '2026-11-10'),
      at(id, '2026-11-11'),
      at(id, '2026-12-07'),
    ]).toEqual([
      'not-published',
      'not-in-force, until 2025-11-08',
      'not-in-force, until 2025-11-08',
      SUSPENDED_70,
      SUSPENDED_70,
      SUSPENDED_70,
      `${SUSPENDED_70}, not verified`,
      ENDED_70,
      ENDED_70,
    ]);
  });
});

describe('2025 No.62: in force on publication (2025-10-09), suspended by No.70', () => {
  test.each([
    ['2025-10-08', 'not-published'],
    ['2025-10-09', 'in-force, since 2025-10-09'],
    ['2025-11-06', 'in-force, since 2025-10-09'],
    ['2025-11-07', SUSPENDED_70],
    ['2026-11-10', `${SUSPENDED_70}, not verified`],
    ['2026-11-11', ENDED_70],
  ])('on %s: %s', (date, expected) => expect(at('2025-62', date)).toBe(expected));
});

describe('2025 No.61: no day of entry into force held for the whole; 一（一） from 2025-12-01 (news)', () => {
  test.each([
    ['2025-10-09', undefined, 'unknown, in-force-date-not-held'],
    ['2025-11-07', undefined, SUSPENDED_70],
    ['2026-11-11', undefined, 'unknown, in-force-date-not-held, suspension-ended (2025-70), not verified'],
    ['2025-10-09', '1-1', 'not-in-force, until 2025-12-01'],
    ['2025-12-01', '1-1', SUSPENDED_70],
    ['2026-11-11', '1-1', ENDED_70],
  ])('on %s, clause %s: %s', (date, clause, expected) => expect(at('2025-61', date, clause)).toBe(expected));
});

describe('2024 No.46: in force from 2024-12-03; clause 二 alone suspended by No.72', () => {
  test.each([
    // [date, whole, 一, 二]
    ['2024-12-02', 'not-published', 'not-published', 'not-published'],
    ['2025-11-08', 'in-force, since 2024-12-03', 'in-force, since 2024-12-03', 'in-force, since 2024-12-03'],
    ['2025-11-09', 'in-force, since 2024-12-03', 'in-force, since 2024-12-03', 'suspended, since 2025-11-09, until 2026-11-27, by 2025-72'],
    ['2026-11-27', 'in-force, since 2024-12-03, not verified', 'in-force, since 2024-12-03, not verified', 'suspended, since 2025-11-09, until 2026-11-27, by 2025-72, not verified'],
    ['2026-11-28', 'in-force, since 2024-12-03, not verified', 'in-force, since 2024-12-03, not verified', 'unknown, suspension-ended (2025-72), not verified'],
  ])('on %s', (date, whole, one, two) => {
    expect([at('2024-46', date), at('2024-46', date, '1'), at('2024-46', date, '2')]).toEqual([whole, one, two]);
  });
});

describe('the suspension announcements: in force while their period runs, spent the day after (never after a first period while a later one runs)', () => {
  test.each([
    ['2025-70', '2025-11-06', 'not-published'],
    ['2025-70', '2025-11-07', 'in-force, since 2025-11-07'],
    ['2025-70', '2026-11-10', 'in-force, since 2025-11-07, not verified'],
    ['2025-70', '2026-11-11', 'spent, until 2026-11-10, not verified'],
    ['2025-72', '2025-11-09', 'in-force, since 2025-11-09'],
    ['2025-72', '2026-11-27', 'in-force, since 2025-11-09, not verified'],
    ['2025-72', '2026-11-28', 'spent, until 2026-11-27, not verified'],
  ])('%s on %s: %s', (id, date, expected) => expect(at(id, date)).toBe(expected));
});

describe('the announcements 2024 No.51 may have repealed from 2024-12-01 (its 附件2 is not held)', () => {
  test.each([
    ['2023-23', '2024-11-30', 'in-force, since 2023-08-01'],
    ['2023-23', '2024-12-01', 'unknown, possibly-repealed (2024-51)'],
    ['2023-39', '2024-12-01', 'unknown, possibly-repealed (2024-51)'],
    ['2024-33', '2024-11-30', 'in-force, since 2024-09-15'],
    ['2024-33', '2026-12-07', 'unknown, possibly-repealed (2024-51), not verified'],
    ['2024-31', '2024-12-01', 'unknown, possibly-repealed (2024-51)'],
    ['2024-21', '2024-12-01', 'unknown, dates-not-held, possibly-repealed (2024-51)'],
    ['2025-10', '2026-12-07', 'in-force, since 2025-02-04, not verified'],
  ])('%s on %s: %s', (id, date, expected) => expect(at(id, date)).toBe(expected));
});

describe('open data on those days', () => {
  const origin = 'https://example.org';
  const csvOn = (date: string) => {
    const [head, ...rows] = parseCsv(controlsCsv(controls, date, origin).replace(/^\uFEFF/, ''));
    return (instrument: string, item: string) => {
      const r = rows.find((x) => x[0] === instrument && x[head!.indexOf('item')] === item)!;
      const cell = (c: string) => r[head!.indexOf(c)];
      return ['status', 'status_since', 'status_until', 'status_by', 'status_reason', 'unverified_after'].map(cell);
    };
  };
  test('2025-12-01: a suspended row (1E902.a of No.62), an in-force row (2025 No.10), an unknown row (2024 No.33, possibly repealed)', () => {
    const row = csvOn('2025-12-01');
    expect(row('2025-62', '1-1')).toEqual(['suspended', '2025-11-07', '2026-11-10', '2025-70', '', '']);
    expect(row('2025-10', 'w-4')).toEqual(['in-force', '2025-02-04', '', '', '', '']);
    expect(row('2024-33', '1-1-7')).toEqual(['unknown', '', '', '2024-51', 'possibly-repealed', '']);
  });
  test('2026-11-11: the suspended row is unknown, its period ended the day before; nothing ends on its first day', () => {
    const row = csvOn('2026-11-11');
    expect(row('2025-62', '1-1')).toEqual(['unknown', '', '', '2025-70', 'suspension-ended', '2026-06-17']);
    expect(row('2025-10', 'w-4')).toEqual(['in-force', '2025-02-04', '', '', '', '2026-06-17']);
  });
  test('controls.json: the clause of 2024 No.46 has its own status, not the whole’s; the suspension announcements are spent', () => {
    const json = controlsRecord(controls, '2026-01-01', origin);
    const i46 = json.instruments.find((i) => i.id === '2024-46')!;
    expect([i46.status.state, i46.statusParts, i46.clauses.find((c) => c.id === '2')!.status.state, i46.clauses.find((c) => c.id === '1')!.status.state]).toEqual(['in-force', ['2'], 'suspended', 'in-force']);
    expect(i46.clauses.find((c) => c.id === '2')!.status.until).toBe('2026-11-27');
    const late = controlsRecord(controls, '2026-12-07', origin);
    for (const id of ['2025-70', '2025-72']) {
      const i = late.instruments.find((x) => x.id === id)!;
      expect([i.status.state, ...i.clauses.map((c) => c.status.state)], id).toEqual(['spent', ...i.clauses.map(() => 'spent')]);
    }
  });
});
