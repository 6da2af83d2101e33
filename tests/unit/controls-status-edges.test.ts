/**
 * The status rules at their edges: the first and last day of a period on a day of entry into force, nested clauses
 * with days of their own, a suspension instrument's periods in any order and of mixed grades, relations given out of
 * order (as a page's script may hold them), what counts as following a period's end, and which events of a related
 * measure reach an announcement's timeline. Expected values are written out by hand from the fictional files below.
 */
import { describe, expect, test } from 'vitest';
import { buildControls } from '../../src/lib/controls/build.ts';
import type { InstrumentCore, RelationCore } from '../../src/lib/controls/model.ts';
import { actingOn, sameStatus, statusOn, suspensionOn, timeline, type Status } from '../../src/lib/controls/status.ts';
import { controlFile as file, suspends, suspensionFile as suspension } from '../helpers/control-files.ts';

const TWO = [
  { id: '1', label: '一', text: '一、测试。', source: 'copy' },
  { id: '2', label: '二', text: '二、测试。', source: 'copy' },
];

/** A timeline as short lines: date, kind, then what is set of clause, measure, running suspension, followed, related. */
const lines = (events: ReturnType<typeof timeline>): string[] =>
  events.map((e) =>
    [
      e.date,
      e.kind,
      e.clause !== undefined && `clause ${e.clause}`,
      e.relation && `by ${e.relation.by}`,
      e.during && `during ${e.during.by}`,
      e.followed !== undefined && `followed ${e.followed}`,
      e.related && `related ${e.related.by} via ${e.related.via}${e.related.clause !== undefined ? ` clause ${e.related.clause}` : ''}`,
    ]
      .filter(Boolean)
      .join(' '),
  );

describe('a day of entry into force on the first or last day of a period', () => {
  // Clause 二 of M takes effect on 2025-05-01, the first day of S's period; clause 一 on 2025-05-31, its last day.
  const controls = buildControls([
    file('2025-1', {
      clauses: [
        { id: '1', label: '一', text: '一、测试。', source: 'copy', inForce: { date: '2025-05-31', source: 'copy' } },
        { id: '2', label: '二', text: '二、测试。', source: 'copy', inForce: { date: '2025-05-01', source: 'copy' } },
      ],
    }),
    suspension('2025-2', [suspends('2025-1', '2025-05-01', '2025-05-31')]),
  ]);
  const M = controls.byId.get('2025-1')!;
  test('both days fall within the period, so both events name the suspension running', () => {
    expect(lines(timeline(controls, M)).filter((l) => l.includes('clause-in-force'))).toEqual(['2025-05-01 clause-in-force clause 2 during 2025-2', '2025-05-31 clause-in-force clause 1 during 2025-2']);
  });
  test('the suspension running is found on the first and the last day, and not the day before or after', () => {
    expect(['2025-04-30', '2025-05-01', '2025-05-31', '2025-06-01'].map((d) => suspensionOn(M, d)?.by ?? '-')).toEqual(['-', '2025-2', '2025-2', '-']);
  });
  test('the day of entry into force of the whole, before the period, names no suspension', () => {
    expect(lines(timeline(controls, M))[1]).toBe('2025-01-01 in-force');
  });
});

describe('a clause inside a clause, each with its own day', () => {
  const controls = buildControls([
    file('2025-1', {
      clauses: [
        { id: '1', label: '一', text: '一、测试。', source: 'copy', inForce: { date: '2025-03-01', source: 'copy' } },
        { id: '1-1', label: '一（一）', text: '（一）测试。', source: 'copy', inForce: { date: '2025-06-01', source: 'news' } },
        { id: '2', label: '二', text: '二、测试。', source: 'copy', inForce: { onPublication: true, source: 'copy' } },
      ],
    }),
  ]);
  const M = controls.byId.get('2025-1')!;
  test('the innermost clause with a day of its own decides, with its own source grade', () => {
    const s = statusOn(M, '2025-04-01', '1-1');
    expect([s.state, s.until, s.untilGrade]).toEqual(['not-in-force', '2025-06-01', 'B-']);
    expect(statusOn(M, '2025-04-01', '1').state).toBe('in-force');
  });
  test('a clause taking effect on the day the whole does adds no event of its own', () => {
    expect(lines(timeline(controls, M))).toEqual(['2025-01-01 published', '2025-01-01 in-force', '2025-03-01 clause-in-force clause 1', '2025-06-01 clause-in-force clause 1-1', '2026-06-17 checked-through']);
  });
});

describe('a suspension instrument is spent when its last period has run out', () => {
  // S (2025-4) suspends two measures: 2025-1 until 2025-09-30 (its end from a B- source), 2025-2 until 2025-06-30. Its
  // file lists the later period first; it also sets further rules for 2025-3, a relation with no period. T (2025-5)
  // has the grades the other way round: its earlier end is from the B- source.
  const controls = buildControls([
    file('2025-1', {}),
    file('2025-2', {}),
    file('2025-3', {}),
    file('2025-6', {}),
    file('2025-7', {}),
    suspension('2025-4', [suspends('2025-1', '2025-05-01', '2025-09-30', { untilSource: 'news' }), suspends('2025-2', '2025-05-01', '2025-06-30'), { type: 'concerns', target: '2025-3', from: '2025-05-01', source: 'copy' }]),
    suspension('2025-5', [suspends('2025-6', '2025-05-01', '2025-06-30', { untilSource: 'news' }), suspends('2025-7', '2025-05-01', '2025-09-30')]),
  ]);
  test('not spent between the two ends, whatever the order of its periods; spent the day after the later one', () => {
    const S = controls.byId.get('2025-4')!;
    expect(statusOn(S, '2025-07-15').state).toBe('in-force');
    const s = statusOn(S, '2025-10-01');
    expect([s.state, s.until]).toEqual(['spent', '2025-09-30']);
  });
  test('the grade named beside the last day is that of the last period alone', () => {
    expect(statusOn(controls.byId.get('2025-4')!, '2025-10-01').untilGrade).toBe('B-');
    expect(statusOn(controls.byId.get('2025-5')!, '2025-10-01').untilGrade).toBeUndefined();
  });
  test('a suspension instrument whose own dates are not held is of unknown status, never spent', () => {
    const c = buildControls([file('2025-1', {}), suspension('2025-2', [suspends('2025-1', '2025-05-01', '2025-06-30')], { published: { source: 'copy' }, inForce: { source: 'copy' } })]);
    const s = statusOn(c.byId.get('2025-2')!, '2025-10-01');
    expect([s.state, s.unknown.map((u) => u.reason)]).toEqual(['unknown', ['dates-not-held']]);
  });
  test('a measure is never spent, whatever it does to others', () => {
    const c = buildControls([file('2025-1', {}), file('2025-2', { relations: [suspends('2025-1', '2025-05-01', '2025-06-30')] })]);
    expect(statusOn(c.byId.get('2025-2')!, '2025-10-01').state).toBe('in-force');
  });
});

describe('relations held out of order (as the status events file may give them)', () => {
  const rel = (type: RelationCore['type'], by: string, from: string, extra: Partial<RelationCore> = {}): RelationCore => ({ type, by, target: '2025-1', from, source: { grade: 'B' }, ...extra });
  const inst = (incoming: RelationCore[]): InstrumentCore => ({
    id: '2025-1',
    data: { kind: 'measure', issuers: [], checkedThrough: '2026-06-17', published: { date: '2025-01-01', source: 'copy' }, inForce: { onPublication: true, source: 'copy' }, sources: [{ id: 'copy', grade: 'B' }] },
    clauses: [{ id: '1', label: '一', anchor: 'cl-1' }],
    incoming,
    outgoing: [],
  });
  test('of two repeals, the earlier decides', () => {
    const s = statusOn(inst([rel('repeals', '2025-9', '2025-08-01'), rel('repeals', '2025-8', '2025-03-01')]), '2025-09-01');
    expect([s.since, s.relation?.by]).toEqual(['2025-03-01', '2025-8']);
  });
  test('of two possible repeals, the earlier is named', () => {
    const s = statusOn(inst([rel('possibly-repeals', '2025-9', '2025-08-01'), rel('possibly-repeals', '2025-8', '2025-03-01')]), '2025-09-01');
    expect(s.unknown.map((u) => `${u.reason} ${u.relation?.by}`)).toEqual(['possibly-repealed 2025-8']);
  });
  test('only suspensions and repeals (held or possible) act on an instrument; a clause only sees those of its own scope', () => {
    const i = inst([rel('concerns', '2025-7', '2025-02-01'), rel('suspends', '2025-8', '2025-03-01', { until: '2025-03-31', targetClause: '1' }), rel('updates-list', '2025-9', '2025-04-01'), rel('possibly-repeals', '2025-10', '2025-05-01'), rel('disapplies', '2025-11', '2025-06-01')]);
    expect(actingOn(i).map((r) => r.by)).toEqual(['2025-10']);
    expect(actingOn(i, '1').map((r) => r.by)).toEqual(['2025-8', '2025-10']);
  });
});

describe('what follows the end of a period', () => {
  test('a later repeal of the same scope follows it; a later measure that only concerns it does not', () => {
    const c = buildControls([
      file('2025-1', {}),
      suspension('2025-2', [suspends('2025-1', '2025-03-01', '2025-03-31')]),
      file('2025-3', { published: { date: '2025-05-01', source: 'copy' }, relations: [{ type: 'concerns', target: '2025-1', from: '2025-05-01', source: 'copy' }] }),
      suspension('2025-4', [suspends('2025-1', '2025-07-01', '2025-07-31')]),
      file('2025-5', { published: { date: '2025-09-01', source: 'copy' }, relations: [{ type: 'repeals', target: '2025-1', from: '2025-09-01', source: 'copy' }] }),
    ]);
    expect(lines(timeline(c, c.byId.get('2025-1')!)).filter((l) => l.includes('suspension-ends'))).toEqual(['2025-03-31 suspension-ends by 2025-2 followed true', '2025-07-31 suspension-ends by 2025-4 followed true']);
    const d = buildControls([file('2025-1', {}), suspension('2025-2', [suspends('2025-1', '2025-03-01', '2025-03-31')]), file('2025-3', { published: { date: '2025-05-01', source: 'copy' }, relations: [{ type: 'concerns', target: '2025-1', from: '2025-05-01', source: 'copy' }] })]);
    expect(lines(timeline(d, d.byId.get('2025-1')!)).filter((l) => l.includes('suspension-ends'))).toEqual(['2025-03-31 suspension-ends by 2025-2 followed false']);
  });
  test("a later repeal of the whole follows a clause's period; a later suspension of one clause does not follow the whole's", () => {
    const c = buildControls([
      file('2025-1', { clauses: TWO }),
      suspension('2025-2', [suspends('2025-1', '2025-03-01', '2025-03-31')]),
      suspension('2025-3', [suspends('2025-1', '2025-05-01', '2025-05-31', { targetClause: '2' })]),
      file('2025-4', { published: { date: '2025-09-01', source: 'copy' }, relations: [{ type: 'repeals', target: '2025-1', from: '2025-09-01', source: 'copy' }] }),
    ]);
    expect(lines(timeline(c, c.byId.get('2025-1')!)).filter((l) => l.includes('suspension-ends'))).toEqual(['2025-03-31 suspension-ends by 2025-2 followed true', '2025-05-31 suspension-ends clause 2 by 2025-3 followed true']);
    const d = buildControls([file('2025-1', { clauses: TWO }), suspension('2025-2', [suspends('2025-1', '2025-03-01', '2025-03-31')]), suspension('2025-3', [suspends('2025-1', '2025-05-01', '2025-05-31', { targetClause: '2' })])]);
    expect(lines(timeline(d, d.byId.get('2025-1')!)).filter((l) => l.includes('suspension-ends'))).toEqual(['2025-03-31 suspension-ends by 2025-2 followed false', '2025-05-31 suspension-ends clause 2 by 2025-3 followed false']);
  });
});

describe("a related measure's events on an announcement's timeline", () => {
  // R's clause 二 sets further rules for M; R's clause 一 has nothing to do with M. L updates M's list and is itself
  // suspended on the day its update takes effect. S suspends R's clause 一, then T R's clause 二; U repeals R.
  const controls = buildControls([
    file('2025-1', {}),
    file('2025-2', { published: { date: '2025-02-01', source: 'copy' }, clauses: TWO, relations: [{ type: 'concerns', target: '2025-1', from: '2025-02-01', clause: '2', source: 'copy' }] }),
    file('2025-3', { published: { date: '2025-03-01', source: 'copy' }, clauses: TWO, relations: [{ type: 'updates-list', target: '2025-1', from: '2025-03-01', clause: '1', source: 'copy' }] }),
    suspension('2025-4', [suspends('2025-3', '2025-03-01', '2025-03-31')]),
    suspension('2025-5', [suspends('2025-2', '2025-04-01', '2025-04-30', { targetClause: '1' })]),
    suspension('2025-6', [suspends('2025-2', '2025-06-01', '2025-06-30', { targetClause: '2' })]),
    file('2025-7', { published: { date: '2025-08-01', source: 'copy' }, relations: [{ type: 'repeals', target: '2025-2', from: '2025-08-01', source: 'copy' }] }),
  ]);
  test("only suspensions and repeals of the measure, or of the clause that concerns M, with that clause named for concerns only; a list update suspended when it takes effect", () => {
    expect(lines(timeline(controls, controls.byId.get('2025-1')!))).toEqual([
      '2025-01-01 published',
      '2025-01-01 in-force',
      '2025-02-01 concerned by 2025-2',
      '2025-03-01 list-updated by 2025-3 during 2025-4',
      '2025-03-01 suspended by 2025-4 related 2025-3 via updates-list',
      '2025-03-31 suspension-ends by 2025-4 followed false related 2025-3 via updates-list',
      '2025-06-01 suspended clause 2 by 2025-6 related 2025-2 via concerns clause 2',
      '2025-06-30 suspension-ends clause 2 by 2025-6 followed true related 2025-2 via concerns clause 2',
      '2025-08-01 repealed by 2025-7 related 2025-2 via concerns clause 2',
      '2026-06-17 checked-through',
    ]);
  });
  test('a measure that concerns M is not "during" its own suspension on M\'s timeline: only a list update takes effect with its measure', () => {
    const c = buildControls([
      file('2025-1', {}),
      file('2025-2', { published: { date: '2025-02-01', source: 'copy' }, relations: [{ type: 'concerns', target: '2025-1', from: '2025-02-15', source: 'copy' }] }),
      suspension('2025-3', [suspends('2025-2', '2025-02-10', '2025-02-28')]),
    ]);
    expect(lines(timeline(c, c.byId.get('2025-1')!)).filter((l) => l.includes('concerned'))).toEqual(['2025-02-15 concerned by 2025-2']);
  });
});

describe('statuses that differ only in which date is set are different statuses', () => {
  test('since a day and until the same day are not the same', () => {
    const base: Status = { state: 'not-in-force', unverified: false, checkedThrough: '2026-06-17', unknown: [] };
    expect(sameStatus({ ...base, since: '2025-01-01' }, { ...base, until: '2025-01-01' })).toBe(false);
  });
});
