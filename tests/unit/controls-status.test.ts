/** Status on a date, from the dated facts and relations alone: every state, and a table of dates around each event. */
import { describe, expect, test } from 'vitest';
import { buildControls } from '../../src/lib/controls/build.ts';
import type { Controls } from '../../src/lib/controls/model.ts';
import { headlineStates, instrumentStatusOn, itemStatusOn, statusOn, timeline, type Status } from '../../src/lib/controls/status.ts';
import { describeStatus, describeStatusEn, headlineWords } from '../../src/lib/controls/labels.ts';
import { timelineEventEn, timelineEventZh } from '../../src/lib/controls/timeline-labels.ts';
import { cardStates, pageStatesMeta } from '../../src/lib/controls/search-status.ts';
import type { RawFile } from '../../src/lib/shared/read-content.ts';

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
  if (s.sinceGrade) parts.push(`since grade ${s.sinceGrade}`);
  if (s.untilGrade) parts.push(`until grade ${s.untilGrade}`);
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

describe('an announcement whose clause is suspended while the rest is in force: the headline says so (issue 18)', () => {
  const c = buildControls([
    file('2024-46', { published: { date: '2024-12-03', source: 'copy' }, inForce: { onPublication: true, source: 'copy' } }),
    suspension('2025-72', '2025-11-09', '2024-46', '2025-11-09', '2026-11-27', '2'),
  ]);
  const inst = c.byId.get('2024-46')!;
  const parts = (date: string) => instrumentStatusOn(inst, date).parts.map((p) => `${p.clause.id}: ${show(p.status)}`);
  test.each([
    ['2025-11-08', []],
    ['2025-11-09', ['2: suspended, since 2025-11-09, until 2026-11-27, by 2025-72']],
    ['2026-11-28', ['2: unknown, by 2025-72, suspension-ended, unverified']],
  ])('on %s the parts with a status of their own are %j (二（一） inside 二 is not repeated)', (date, expected) => {
    expect(parts(date)).toEqual(expected);
  });
  test('the whole stays in force, and the headline in a few words names the part', () => {
    const h = instrumentStatusOn(inst, '2026-11-28');
    expect(show(h.status)).toBe('in-force, since 2024-12-03, unverified');
    expect(headlineWords(h, 'zh-CN', (id) => ({ '2': '二' })[id] ?? id)).toBe('施行中（此后未核实）；部分状态未知（二）');
    expect(headlineWords(h, 'en', (id) => ({ '2': '二' })[id] ?? id)).toBe('in force (not verified since); part status unknown (二)');
    expect(headlineStates(h)).toEqual(['in-force', 'unknown']);
  });
  test('the whole’s sentence never says "no later suspension found" while a part was suspended', () => {
    const h = instrumentStatusOn(inst, '2026-01-01');
    const s = describeStatus(h.status, (id) => id, { parts: h.parts.length > 0 });
    expect(s).toBe('施行中（下列部分除外）：自2024年12月3日起施行；除下列部分外，本站未找到此后暂停、终止或废止的记录。');
    expect(describeStatusEn(h.status, (id) => id, { parts: true })).toBe('In force, except for the parts listed below: in force from 3 December 2024; apart from those parts, we have found no record of a later suspension, termination or repeal.');
  });
  test('an item of the suspended clause has the clause’s status, not the whole’s', () => {
    expect(show(itemStatusOn(c, inst.items[0]!, '2026-01-01'))).toBe('suspended, since 2025-11-09, until 2026-11-27, by 2025-72');
  });
});

describe('events that fall inside a suspension say so (2025 Nos.55 and 61, and the list 2024 No.51)', () => {
  const c = buildControls([
    file('2024-51', { kind: 'list', published: { date: '2024-10-19', source: 'copy' }, inForce: { date: '2024-12-01', source: 'copy' }, items: [] }),
    file('2025-55', {
      published: { date: '2025-10-09', source: 'copy' },
      inForce: { date: '2025-11-08', source: 'copy' },
      relations: [{ type: 'updates-list', target: '2024-51', from: '2025-11-08', source: 'copy', clause: '2' }],
    }),
    file('2025-61', {
      published: { date: '2025-10-09', source: 'copy' },
      items: [],
      clauses: [
        { id: '1', label: '一', text: '一、测试。', source: 'copy' },
        { id: '1-1', label: '一（一）', text: '（一）测试。', source: 'copy', inForce: { date: '2025-12-01', source: 'copy' } },
      ],
    }),
    suspension('2025-70', '2025-11-07', '2025-55', '2025-11-07', '2026-11-10'),
    file('2025-71', {
      kind: 'suspension',
      published: { date: '2025-11-07', source: 'copy' },
      inForce: { onPublication: true, source: 'copy' },
      clauses: [{ id: 'operative', label: '正文', text: '暂停实施。', source: 'copy' }],
      items: [],
      relations: [{ type: 'suspends', target: '2025-61', from: '2025-11-07', until: '2026-11-10', source: 'copy' }],
    }),
  ]);
  const rows = (id: string) => timeline(c, c.byId.get(id)!).map((e) => `${e.date} ${e.kind}${e.clause ? ` ${e.clause}` : ''}${e.during ? ` during ${e.during.by}` : ''}${e.related ? ` related ${e.related.by} via ${e.related.via}` : ''}`);
  test('2025 No.55: its day of entry into force lies inside the suspension that began the day before', () => {
    expect(rows('2025-55')).toContain('2025-11-08 in-force during 2025-70');
  });
  test('2025 No.61: a clause’s own day of entry into force inside the suspension', () => {
    expect(rows('2025-61')).toContain('2025-12-01 clause-in-force 1-1 during 2025-71');
  });
  test('the list: the update by No.55 falls inside No.55’s suspension, and No.55’s suspension and its end are shown as related', () => {
    expect(rows('2024-51')).toEqual([
      '2024-10-19 published',
      '2024-12-01 in-force',
      '2025-11-07 suspended related 2025-55 via updates-list',
      '2025-11-08 list-updated during 2025-70',
      '2026-06-17 checked-through',
      '2026-11-10 suspension-ends related 2025-55 via updates-list',
    ]);
  });
  test('the sentences say what the text provided and that a suspension already ran', () => {
    const e = timeline(c, c.byId.get('2025-55')!).find((x) => x.kind === 'in-force')!;
    const ctx = { nameOf: (id: string) => `第${id}号`, clauseLabel: () => undefined, instrument: '2025-55' };
    expect(timelineEventZh(e, ctx)).toBe('施行日；但该日已在暂停期内：第2025-70号规定自2025年11月7日起至2026年11月10日暂停实施');
    expect(timelineEventEn(e, ctx)).toEqual(['Date of entry into force; but that day already fell within a suspension: 第2025-70号 suspends it from 7 November 2025 to 10 November 2026']);
    const u = timeline(c, c.byId.get('2024-51')!).find((x) => x.kind === 'list-updated')!;
    expect(timelineEventZh(u, { ...ctx, instrument: '2024-51' })).toBe('第2025-55号定于此日施行，两用物项出口管制清单同步更新；但第2025-55号已被第2025-70号自2025年11月7日起暂停实施，至2026年11月10日');
  });
  test('a status unknown for two reasons gives both: no day of entry into force held, and a suspension that ran out', () => {
    const s = statusOn(c.byId.get('2025-61')!, '2026-12-07');
    expect(show(s)).toBe('unknown, in-force-date-not-held, by 2025-71, suspension-ended, unverified');
    expect(describeStatus(s, (id) => `第${id}号`)).toBe(
      '状态未知：已发布，但本站未取得其施行日期。第2025-71号规定的暂停期已于2026年11月10日届满。此后是延长、恢复施行还是被其他公告取代，本站没有资料，未经核实。请以商务部公布的信息为准。',
    );
    expect(describeStatusEn(s, (id) => `No. ${id}`)).toBe(
      'Status unknown: published, but we do not hold the date it came into force. The suspension period set by No. 2025-71 ended on 10 November 2026. Whether it was extended, the measure applies again or another announcement replaced it, we have no information; not verified. Rely on the information published by MOFCOM.',
    );
  });
});

describe('a repeal of announcements listed in a part we do not hold (2024 No.51, rule 8)', () => {
  const c = buildControls([
    file('2023-23', { published: { date: '2023-07-03', source: 'copy' }, inForce: { date: '2023-08-01', source: 'copy' } }),
    file('2024-31', { published: { date: '2024-11-20', source: 'copy' }, inForce: { date: '2024-12-15', source: 'copy' } }),
    file('2024-46', { published: { date: '2024-12-03', source: 'copy' }, inForce: { onPublication: true, source: 'copy' } }),
    file('2003-5', { kind: 'referenced', clauses: [], items: [] }),
    file('2024-51', {
      kind: 'list',
      published: { date: '2024-10-19', source: 'copy' },
      inForce: { date: '2024-12-01', source: 'copy' },
      items: [],
      relations: [{ type: 'repeals', target: '2003-5', from: '2024-12-01', source: 'copy', clause: '1' }],
      repealsUnlisted: [{ from: '2024-12-01', clause: '1', source: 'copy', what: '附件2所列的11个公告', whatEn: 'the 11 announcements listed in Attachment 2' }],
    }),
  ]);
  test('every announcement in force (or waiting to take effect) on the eve may be among them; later ones and named ones are not', () => {
    const possibly = c.instruments.filter((i) => i.incoming.some((r) => r.type === 'possibly-repeals')).map((i) => i.id);
    expect(possibly).toEqual(['2023-23', '2024-31']);
  });
  test.each([
    ['2024-11-30', 'in-force, since 2023-08-01'],
    ['2024-12-01', 'unknown, by 2024-51, possibly-repealed'],
    ['2026-12-07', 'unknown, by 2024-51, possibly-repealed, unverified'],
  ])('2023 No.23 on %s: %s', (date, expected) => {
    expect(at(c, '2023-23', date)).toBe(expected);
  });
  test('the sentence says it may be among them and that we could not verify it', () => {
    const s = statusOn(c.byId.get('2023-23')!, '2025-01-01');
    expect(describeStatus(s, (id) => `第${id}号`)).toBe('状态未知：第2024-51号自2024年12月1日起废止附件2所列的11个公告；本公告是否在其列，本站未能核实。请以商务部公布的信息为准。');
    expect(describeStatusEn(s, (id) => `No. ${id}`)).toBe('Status unknown: from 1 December 2024, No. 2024-51 repeals the 11 announcements listed in Attachment 2; whether this announcement is among them, we could not verify. Rely on the information published by MOFCOM.');
  });
  test('the named repeal stays a repeal', () => {
    expect(at(c, '2003-5', '2024-12-01')).toBe('repealed, since 2024-12-01, by 2024-51');
  });
});

describe('the grade of each date is carried to the sentence (issue 18 point 8)', () => {
  const c = buildControls([
    file('2024-46', { published: { date: '2024-12-03', source: 'copy' }, inForce: { onPublication: true, source: 'copy' } }),
    file('2025-72', {
      kind: 'suspension',
      sources: [SOURCE, { id: 'news', title: '报道', grade: 'C' }, { id: 'copy2', title: '未标明引文的副本', grade: 'B-' }],
      published: { date: '2025-11-09', source: 'news' },
      inForce: { onPublication: true, source: 'news' },
      clauses: [{ id: 'operative', label: '正文', text: '暂停实施。', source: 'copy' }],
      items: [],
      relations: [{ type: 'suspends', target: '2024-46', targetClause: '2', from: '2025-11-09', until: '2026-11-27', source: 'copy', datesSource: 'news', untilSource: 'copy2' }],
    }),
  ]);
  test('a suspension: the start from news (C), the end from a B- copy', () => {
    const s = statusOn(c.byId.get('2024-46')!, '2026-01-01', '2');
    expect(show(s)).toBe('suspended, since 2025-11-09, until 2026-11-27, by 2025-72, since grade C, until grade B-');
    expect(describeStatus(s, (id) => `第${id}号`)).toBe('暂停实施：第2025-72号规定自2025年11月9日（日期据C级来源）起至2026年11月27日（日期据B-级来源）暂停实施。');
  });
  test('the suspension announcement, spent, and its clauses with it', () => {
    const inst = c.byId.get('2025-72')!;
    expect(show(statusOn(inst, '2026-12-07'))).toBe('spent, until 2026-11-27, until grade B-, unverified');
    expect(show(statusOn(inst, '2026-12-07', 'operative'))).toBe('spent, until 2026-11-27, until grade B-, unverified');
    expect(describeStatus(statusOn(inst, '2026-12-07'), (id) => id)).toBe('期限已届满：本公告设定的暂停期已于2026年11月27日（日期据B-级来源）届满。此后是否另有公告，本站没有资料，未经核实。');
  });
  test('after the end, only the end date is named, with its grade', () => {
    const s = statusOn(c.byId.get('2024-46')!, '2026-11-28', '2');
    expect(describeStatusEn(s, (id) => `No. ${id}`)).toBe('Status unknown: the suspension period set by No. 2025-72 ended on 27 November 2026 (date from a grade B- source). Whether it was extended, the measure applies again or another announcement replaced it, we have no information; not verified. Rely on the information published by MOFCOM.');
  });
});

describe('search cards read the statuses the pages give the index (one encoding, src/lib/controls/search-status.ts)', () => {
  const c = buildControls([
    file('2024-46', { published: { date: '2024-12-03', source: 'copy' }, inForce: { onPublication: true, source: 'copy' } }),
    suspension('2025-72', '2025-11-09', '2024-46', '2025-11-09', '2026-11-27', '2'),
  ]);
  const inst = c.byId.get('2024-46')!;
  const meta = (date: string) => pageStatesMeta(inst, instrumentStatusOn(inst, date), new Map(inst.clauses.map((cl) => [cl.id, statusOn(inst, date, cl.id)])));
  test('the meta lists the whole and every clause, with ! for not verified since', () => {
    expect(meta('2026-12-07')).toBe('*=in-force!;cl-1=in-force!;cl-2=unknown!@二;cl-2-1=unknown!');
  });
  test('a card for clause 二 shows its own status; a card for the page shows the whole and the part', () => {
    expect(cardStates(meta('2026-12-07'), 'cl-2')).toEqual([{ state: 'unknown', unverified: true }]);
    expect(cardStates(meta('2026-12-07'), 'cl-1')).toEqual([{ state: 'in-force', unverified: true }]);
    expect(cardStates(meta('2026-12-07'))).toEqual([{ state: 'in-force', unverified: true }, { state: 'unknown', unverified: false, part: true, labels: ['二'] }]);
  });
  test('an index written before labels: each other state of the clauses, unnamed', () => {
    expect(cardStates('*=in-force;cl-1=in-force;cl-2=suspended;cl-3=suspended!')).toEqual([{ state: 'in-force', unverified: false }, { state: 'suspended', unverified: false, part: true }]);
  });
  test('damaged or foreign tokens are dropped, never shown', () => {
    expect(cardStates('*=in-force;cl-1=weird;x')).toEqual([{ state: 'in-force', unverified: false }]);
    expect(cardStates(undefined)).toEqual([]);
  });
});
