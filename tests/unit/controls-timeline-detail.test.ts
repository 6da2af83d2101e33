/**
 * An announcement's timeline in every detail a page prints beside an event — the grade of the source of its date, the
 * suspension running on a day of entry into force, whether a period's end is followed by another, and a related
 * measure's suspension — and the small pieces of status.ts those details rest on. Expected values are written out
 * from the fictional files below.
 */
import { describe, expect, test } from 'vitest';
import { buildControls } from '../../src/lib/controls/build.ts';
import { instrumentStatusOn, sameStatus, statusOn, timeline, worstGrade, weakGrade, type Status } from '../../src/lib/controls/status.ts';
import type { RawFile } from '../../src/lib/shared/read-content.ts';
import { controlFile as file, suspends, suspensionFile } from '../helpers/control-files.ts';

const suspension = (id: string, target: string, from: string, until: string, extra: Record<string, unknown> = {}): RawFile => suspensionFile(id, [suspends(target, from, until, extra)]);

// M (2025-1): in force on publication (2025-01-01); its clause 三 takes effect on 2025-03-01 (a B- source), 二（一） on
// 2025-05-15, while S1 (2025-2) suspends clause 二 (2025-05-01 to 2025-06-30, its end from a B- source). S2 (2025-3)
// suspends 二 again (August to September); S4 (2025-8) suspends 三 in October, which does not follow 二's period. R
// (2025-4) sets further rules for M from 2025-02-01 and is itself suspended by S3 (2025-5) in April 2025.
const controls = buildControls([
  file('2025-1', {
    clauses: [
      { id: '1', label: '一', text: '一、测试。', source: 'copy' },
      { id: '2', label: '二', text: '二、测试。', source: 'copy' },
      { id: '2-1', label: '二（一）', text: '（一）测试。', source: 'copy', inForce: { date: '2025-05-15', source: 'copy' } },
      { id: '3', label: '三', text: '三、测试。', source: 'copy', inForce: { date: '2025-03-01', source: 'news' } },
    ],
  }),
  suspension('2025-2', '2025-1', '2025-05-01', '2025-06-30', { targetClause: '2', untilSource: 'news' }),
  suspension('2025-3', '2025-1', '2025-08-01', '2025-09-30', { targetClause: '2' }),
  file('2025-4', { published: { date: '2025-02-01', source: 'copy' }, relations: [{ type: 'concerns', target: '2025-1', from: '2025-02-01', source: 'copy' }] }),
  suspension('2025-5', '2025-4', '2025-04-01', '2025-04-30'),
  suspension('2025-8', '2025-1', '2025-10-01', '2025-10-31', { targetClause: '3' }),
]);
const M = controls.byId.get('2025-1')!;

describe('the timeline of an announcement, event by event', () => {
  test('dates, kinds, clauses, grades, the suspension running, whether an end is followed, related measures', () => {
    const events = timeline(controls, M).map((e) => ({
      date: e.date,
      kind: e.kind,
      ...(e.clause !== undefined && { clause: e.clause }),
      ...(e.relation && { by: e.relation.by }),
      ...(e.during && { during: e.during.by }),
      ...(e.followed !== undefined && { followed: e.followed }),
      ...(e.sourceGrade && { sourceGrade: e.sourceGrade }),
      ...(e.grade && { grade: e.grade }),
      ...(e.related && { related: e.related }),
    }));
    expect(events).toEqual([
      { date: '2025-01-01', kind: 'published', sourceGrade: 'B' },
      { date: '2025-01-01', kind: 'in-force', sourceGrade: 'B' },
      { date: '2025-02-01', kind: 'concerned', by: '2025-4', sourceGrade: 'B' },
      { date: '2025-03-01', kind: 'clause-in-force', clause: '3', sourceGrade: 'B-', grade: 'B-' },
      { date: '2025-04-01', kind: 'suspended', by: '2025-5', sourceGrade: 'B', related: { by: '2025-4', via: 'concerns' } },
      { date: '2025-04-30', kind: 'suspension-ends', by: '2025-5', followed: false, sourceGrade: 'B', related: { by: '2025-4', via: 'concerns' } },
      { date: '2025-05-01', kind: 'suspended', clause: '2', by: '2025-2', sourceGrade: 'B' },
      { date: '2025-05-15', kind: 'clause-in-force', clause: '2-1', during: '2025-2', sourceGrade: 'B' },
      { date: '2025-06-30', kind: 'suspension-ends', clause: '2', by: '2025-2', followed: true, sourceGrade: 'B-', grade: 'B-' },
      { date: '2025-08-01', kind: 'suspended', clause: '2', by: '2025-3', sourceGrade: 'B' },
      { date: '2025-09-30', kind: 'suspension-ends', clause: '2', by: '2025-3', followed: false, sourceGrade: 'B' },
      { date: '2025-10-01', kind: 'suspended', clause: '3', by: '2025-8', sourceGrade: 'B' },
      { date: '2025-10-31', kind: 'suspension-ends', clause: '3', by: '2025-8', followed: false, sourceGrade: 'B' },
      { date: '2026-06-17', kind: 'checked-through' },
    ]);
  });

  test('a clause suspended on its own: its status follows its periods; the other clauses and the whole stay in force', () => {
    const show = (d: string, c?: string) => statusOn(M, d, c).state;
    expect(['2025-04-30', '2025-05-01', '2025-06-30', '2025-07-01', '2025-08-01', '2025-09-30'].map((d) => show(d, '2-1'))).toEqual(['not-in-force', 'suspended', 'suspended', 'unknown', 'suspended', 'suspended']);
    expect(show('2025-05-20', '1')).toBe('in-force');
    expect(show('2025-05-20', '3')).toBe('in-force');
    expect(show('2025-02-28', '3')).toBe('not-in-force');
    expect(show('2025-05-20')).toBe('in-force');
  });
});

describe('grades', () => {
  test('the weakest of some grades, whatever their order; none when none is given', () => {
    expect(worstGrade('A', undefined, 'B-', 'B')).toBe('B-');
    expect(worstGrade('C', 'A')).toBe('C');
    expect(worstGrade('B', 'A')).toBe('B');
    expect(worstGrade(undefined)).toBeUndefined();
    expect(worstGrade()).toBeUndefined();
  });

  test('a grade is named beside a date only below B', () => {
    expect(weakGrade('A', 'B')).toBeUndefined();
    expect(weakGrade('B', 'B-')).toBe('B-');
    expect(weakGrade('C', 'B-')).toBe('C');
  });
});

describe('two statuses say the same thing only when every reason agrees', () => {
  const base: Status = { state: 'unknown', unverified: true, checkedThrough: '2026-06-17', unknown: [] };
  const ended = (by: string, until: string) => ({ reason: 'suspension-ended' as const, relation: { by, until } as Status['relation'] & object });
  test('the same reasons by the same measures with the same ends are the same status', () => {
    expect(sameStatus({ ...base, unknown: [ended('2025-2', '2025-06-30')] }, { ...base, unknown: [ended('2025-2', '2025-06-30')] })).toBe(true);
  });
  test('another measure, another end, or another reason is another status', () => {
    const a = { ...base, unknown: [ended('2025-2', '2025-06-30')] };
    expect(sameStatus(a, { ...base, unknown: [ended('2025-3', '2025-06-30')] })).toBe(false);
    expect(sameStatus(a, { ...base, unknown: [ended('2025-2', '2025-09-30')] })).toBe(false);
    expect(sameStatus(a, { ...base, unknown: [{ reason: 'dates-not-held' }] })).toBe(false);
    expect(sameStatus(a, base)).toBe(false);
  });
});

describe('the headline: the whole, and the clauses whose status differs', () => {
  const parts = (date: string) => instrumentStatusOn(M, date).parts.map((p) => `${p.clause.id} ${p.status.state}${p.status.since ? ` since ${p.status.since}` : ''}${p.status.until ? ` until ${p.status.until}` : ''}`);
  test('during S1: clause 二 suspended (二（一） inside it says the same, so is not listed again); 三 in force from its own day', () => {
    expect(instrumentStatusOn(M, '2025-05-20').status.state).toBe('in-force');
    expect(parts('2025-05-20')).toEqual(['2 suspended since 2025-05-01 until 2025-06-30', '3 in-force since 2025-03-01']);
  });
  test('before its clauses take effect: each not yet in force until its own day; clause 一 follows the whole', () => {
    expect(parts('2025-02-15')).toEqual(['2-1 not-in-force until 2025-05-15', '3 not-in-force until 2025-03-01']);
    expect(statusOn(M, '2025-04-01', '1').state).toBe('in-force');
  });
});

describe('of several repeals, the earliest decides', () => {
  const repealer = (id: string, type: string, from: string): RawFile => file(id, { published: { date: from, source: 'copy' }, relations: [{ type, target: '2025-1', from, source: 'copy' }] });
  test('repealed since the earlier of two repeals, whatever order the files come in', () => {
    const c = buildControls([file('2025-1', {}), repealer('2025-7', 'repeals', '2025-06-01'), repealer('2025-6', 'repeals', '2025-03-01')]);
    const s = statusOn(c.byId.get('2025-1')!, '2025-07-01');
    expect([s.state, s.since, s.relation?.by]).toEqual(['repealed', '2025-03-01', '2025-6']);
  });
});
