/** Status on a date, from the dated facts and relations alone: every state, and a table of dates around each event. */
import { describe, expect, test } from 'vitest';
import { buildControls } from '../../src/lib/controls/build.ts';
import type { Controls } from '../../src/lib/controls/model.ts';
import { statusOn, timeline, type Status } from '../../src/lib/controls/status.ts';
import type { RawFile } from '../../src/lib/catalogue.ts';

const SOURCE = { id: 'copy', title: '测试副本', grade: 'B' };

/** A fictional instrument file; `extra` overrides or adds fields. */
function file(id: string, extra: Record<string, unknown>): RawFile {
  return {
    file: `content/controls/${id}.md`,
    body: '',
    data: {
      id,
      kind: 'measure',
      subject: '测试',
      checkedThrough: '2026-06-17',
      sources: [SOURCE],
      clauses: [
        { id: '1', label: '一', text: '一、测试物项。', source: 'copy' },
        { id: '2', label: '二', text: '二、另一项规定。', source: 'copy' },
        { id: '2-1', label: '二（一）', text: '（一）9E901.a 测试技术。', source: 'copy' },
      ],
      items: [{ id: '2-1', codes: ['9E901.a'], kind: 'technology', clause: '2-1', text: '测试技术。' }],
      ...extra,
    },
  };
}

const suspension = (id: string, published: string, target: string, from: string, until: string, targetClause?: string): RawFile =>
  file(id, {
    kind: 'suspension',
    published: { date: published, source: 'copy' },
    inForce: { onPublication: true, source: 'copy' },
    clauses: [{ id: 'operative', label: '正文', text: '暂停实施。', source: 'copy' }],
    items: [],
    relations: [{ type: 'suspends', target, from, until, source: 'copy', ...(targetClause && { targetClause }) }],
  });

/** One line per status, for tables: state, plus what decides it. */
function show(s: Status): string {
  const parts: string[] = [s.state];
  if (s.since) parts.push(`since ${s.since}`);
  if (s.until) parts.push(`until ${s.until}`);
  if (s.relation) parts.push(`by ${s.relation.by}`);
  for (const u of s.unknown) parts.push(u.relation ? `by ${u.relation.by}, ${u.reason}` : u.reason);
  if (s.dateGrade) parts.push(`dates ${s.dateGrade}`);
  if (s.unverified) parts.push('unverified');
  return parts.join(', ');
}

const at = (c: Controls, id: string, date: string, clause?: string) => show(statusOn(c.byId.get(id)!, date, clause));

describe('a measure in force on publication, suspended for a fixed period (the pattern of 2025 No.62 and No.70)', () => {
  const c = buildControls([
    file('2025-62', { published: { date: '2025-10-09', source: 'copy' }, inForce: { onPublication: true, source: 'copy' } }),
    suspension('2025-70', '2025-11-07', '2025-62', '2025-11-07', '2026-11-10'),
  ]);
  test.each([
    ['2025-10-08', 'not-published'],
    ['2025-10-09', 'in-force, since 2025-10-09'],
    ['2025-11-06', 'in-force, since 2025-10-09'],
    ['2025-11-07', 'suspended, since 2025-11-07, until 2026-11-10, by 2025-70'],
    ['2026-06-17', 'suspended, since 2025-11-07, until 2026-11-10, by 2025-70'],
    ['2026-06-18', 'suspended, since 2025-11-07, until 2026-11-10, by 2025-70, unverified'],
    ['2026-11-10', 'suspended, since 2025-11-07, until 2026-11-10, by 2025-70, unverified'],
    ['2026-11-11', 'unknown, by 2025-70, suspension-ended, unverified'],
    ['2026-11-29', 'unknown, by 2025-70, suspension-ended, unverified'],
    ['2030-01-01', 'unknown, by 2025-70, suspension-ended, unverified'],
  ])('on %s: %s', (date, expected) => {
    expect(at(c, '2025-62', date)).toBe(expected);
  });

  test('an item has the status of its clause', () => {
    expect(at(c, '2025-62', '2026-11-11', '2-1')).toBe('unknown, by 2025-70, suspension-ended, unverified');
  });

  test('after the period the status names the suspension whose period ran out, and its last day', () => {
    const s = statusOn(c.byId.get('2025-62')!, '2026-11-11');
    expect(s.unknown.map((u) => [u.reason, u.relation?.until])).toEqual([['suspension-ended', '2026-11-10']]);
    expect(s.checkedThrough).toBe('2026-06-17');
  });

  test('the timeline lists publication, entry into force, suspension, end of period and the search horizon in order', () => {
    expect(timeline(c, c.byId.get('2025-62')!).map((e) => `${e.date} ${e.kind}${e.relation ? ` ${e.relation.by}` : ''}`)).toEqual([
      '2025-10-09 published',
      '2025-10-09 in-force',
      '2025-11-07 suspended 2025-70',
      '2026-06-17 checked-through',
      '2026-11-10 suspension-ends 2025-70',
    ]);
  });
});

describe('a measure suspended the day before it was to take effect (2025 Nos.55, 56, 58)', () => {
  const c = buildControls([
    file('2025-55', { published: { date: '2025-10-09', source: 'copy' }, inForce: { date: '2025-11-08', source: 'copy' } }),
    suspension('2025-70', '2025-11-07', '2025-55', '2025-11-07', '2026-11-10'),
  ]);
  test.each([
    ['2025-10-08', 'not-published'],
    ['2025-10-09', 'not-in-force, until 2025-11-08'],
    ['2025-11-06', 'not-in-force, until 2025-11-08'],
    ['2025-11-07', 'suspended, since 2025-11-07, until 2026-11-10, by 2025-70'],
    ['2025-11-08', 'suspended, since 2025-11-07, until 2026-11-10, by 2025-70'],
    ['2026-11-11', 'unknown, by 2025-70, suspension-ended, unverified'],
  ])('on %s: %s', (date, expected) => {
    expect(at(c, '2025-55', date)).toBe(expected);
  });
});

describe('a measure repealed by a later one (2006 No.50 by 2023 No.39)', () => {
  const c = buildControls([
    file('2006-50', { kind: 'referenced', clauses: [], items: [], checkedThrough: '2026-06-17' }),
    file('2023-39', {
      published: { date: '2023-10-20', source: 'copy' },
      inForce: { date: '2023-12-01', source: 'copy' },
      items: [],
      relations: [{ type: 'repeals', target: '2006-50', from: '2023-12-01', source: 'copy', clause: '1' }],
    }),
  ]);
  test.each([
    ['2023-11-30', 'unknown, dates-not-held'],
    ['2023-12-01', 'repealed, since 2023-12-01, by 2023-39'],
    ['2026-11-29', 'repealed, since 2023-12-01, by 2023-39, unverified'],
  ])('on %s: %s', (date, expected) => {
    expect(at(c, '2006-50', date)).toBe(expected);
  });
  test.each([
    ['2023-10-19', 'not-published'],
    ['2023-10-20', 'not-in-force, until 2023-12-01'],
    ['2023-11-30', 'not-in-force, until 2023-12-01'],
    ['2023-12-01', 'in-force, since 2023-12-01'],
    ['2026-06-17', 'in-force, since 2023-12-01'],
    ['2026-06-18', 'in-force, since 2023-12-01, unverified'],
  ])('the repealing measure on %s: %s', (date, expected) => {
    expect(at(c, '2023-39', date)).toBe(expected);
  });
});

describe('dates the sources do not give', () => {
  const c = buildControls([
    file('2024-21', { items: [] }),
    file('2024-22', { published: { date: '2024-06-03', source: 'copy' }, items: [] }),
  ]);
  test('neither publication nor entry into force held: unknown on every date', () => {
    expect(at(c, '2024-21', '2020-01-01')).toBe('unknown, dates-not-held');
    expect(at(c, '2024-21', '2026-11-29')).toBe('unknown, dates-not-held, unverified');
  });
  test('published, entry into force not held: not published before, unknown after', () => {
    expect(at(c, '2024-22', '2024-06-02')).toBe('not-published');
    expect(at(c, '2024-22', '2024-06-03')).toBe('unknown, in-force-date-not-held');
  });
});

describe('one clause suspended, the rest in force (2024 No.46 clause 二 by 2025 No.72)', () => {
  const c = buildControls([
    file('2024-46', { published: { date: '2024-12-03', source: 'copy' }, inForce: { onPublication: true, source: 'copy' } }),
    suspension('2025-72', '2025-11-09', '2024-46', '2025-11-09', '2026-11-27', '2'),
  ]);
  test.each([
    // [date, instrument, clause 一, clause 二, sub-clause 二（一）]
    ['2025-11-08', 'in-force, since 2024-12-03', 'in-force, since 2024-12-03', 'in-force, since 2024-12-03', 'in-force, since 2024-12-03'],
    ['2025-11-09', 'in-force, since 2024-12-03', 'in-force, since 2024-12-03', 'suspended, since 2025-11-09, until 2026-11-27, by 2025-72', 'suspended, since 2025-11-09, until 2026-11-27, by 2025-72'],
    ['2026-11-27', 'in-force, since 2024-12-03, unverified', 'in-force, since 2024-12-03, unverified', 'suspended, since 2025-11-09, until 2026-11-27, by 2025-72, unverified', 'suspended, since 2025-11-09, until 2026-11-27, by 2025-72, unverified'],
    ['2026-11-28', 'in-force, since 2024-12-03, unverified', 'in-force, since 2024-12-03, unverified', 'unknown, by 2025-72, suspension-ended, unverified', 'unknown, by 2025-72, suspension-ended, unverified'],
  ])('on %s', (date, whole, one, two, twoOne) => {
    expect([at(c, '2024-46', date), at(c, '2024-46', date, '1'), at(c, '2024-46', date, '2'), at(c, '2024-46', date, '2-1')]).toEqual([whole, one, two, twoOne]);
  });
});

describe('a clause that takes effect later than the rest (2025 No.61)', () => {
  const c = buildControls([
    file('2025-61', {
      published: { date: '2025-10-09', source: 'copy' },
      inForce: { onPublication: true, source: 'copy' },
      items: [],
      clauses: [
        { id: '1', label: '一', text: '一、测试。', source: 'copy' },
        { id: '1-1', label: '一（一）', text: '（一）测试。', source: 'copy', inForce: { date: '2025-12-01', source: 'copy' } },
      ],
    }),
  ]);
  test.each([
    ['2025-10-09', undefined, 'in-force, since 2025-10-09'],
    ['2025-10-09', '1-1', 'not-in-force, until 2025-12-01'],
    ['2025-11-30', '1-1', 'not-in-force, until 2025-12-01'],
    ['2025-12-01', '1-1', 'in-force, since 2025-12-01'],
  ])('on %s, clause %s: %s', (date, clause, expected) => {
    expect(at(c, '2025-61', date, clause)).toBe(expected);
  });
  test('the timeline shows the clause taking effect on its own day', () => {
    expect(timeline(c, c.byId.get('2025-61')!).map((e) => `${e.date} ${e.kind}${e.clause ? ` ${e.clause}` : ''}`)).toContain('2025-12-01 clause-in-force 1-1');
  });
});

describe('two suspensions one after the other', () => {
  const c = buildControls([
    file('2025-1', { published: { date: '2025-01-01', source: 'copy' }, inForce: { onPublication: true, source: 'copy' } }),
    suspension('2025-2', '2025-02-01', '2025-1', '2025-02-01', '2025-02-28'),
    suspension('2025-3', '2025-03-05', '2025-1', '2025-03-05', '2025-03-31'),
  ]);
  test.each([
    ['2025-03-01', 'unknown, by 2025-2, suspension-ended'],
    ['2025-03-05', 'suspended, since 2025-03-05, until 2025-03-31, by 2025-3'],
    ['2025-04-01', 'unknown, by 2025-3, suspension-ended'],
  ])('on %s: %s (the latest period decides)', (date, expected) => {
    expect(at(c, '2025-1', date)).toBe(expected);
  });
});

describe('a suspension instrument itself: in force while its period runs, spent after it', () => {
  const c = buildControls([
    file('2025-62', { published: { date: '2025-10-09', source: 'copy' }, inForce: { onPublication: true, source: 'copy' } }),
    suspension('2025-70', '2025-11-07', '2025-62', '2025-11-07', '2026-11-10'),
  ]);
  test.each([
    ['2025-11-06', 'not-published'],
    ['2025-11-07', 'in-force, since 2025-11-07'],
    ['2026-11-10', 'in-force, since 2025-11-07, unverified'],
    ['2026-11-11', 'spent, until 2026-11-10, unverified'],
  ])('on %s: %s', (date, expected) => {
    expect(at(c, '2025-70', date)).toBe(expected);
  });
});
