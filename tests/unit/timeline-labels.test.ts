/**
 * Every kind of timeline event in both languages, word for word (src/lib/controls/timeline-labels.ts), on hand-made
 * events and a fictional context: instruments named 甲号/No. A, clauses 一 ("clause 1") and 二 ("clause 2").
 */
import { describe, expect, test } from 'vitest';
import type { RelationCore } from '../../src/lib/controls/model.ts';
import type { ControlEvent } from '../../src/lib/controls/status.ts';
import { timelineEventEn, timelineEventZh, type TimelineContext } from '../../src/lib/controls/timeline-labels.ts';

const NAMES: Record<string, [string, string]> = { A: ['甲号', 'No. A'], B: ['乙号', 'No. B'], S: ['暂停号', 'No. S'], T: ['丙号', 'No. T'] };
const LABELS: Record<string, [string, string]> = { '1': ['一', 'clause 1'], '2': ['二', 'clause 2'] };
const zhCtx: TimelineContext = { nameOf: (id) => NAMES[id]?.[0] ?? id, clauseLabel: (_i, id) => (id ? (LABELS[id]?.[0] ?? id) : undefined), instrument: 'A' };
const enCtx: TimelineContext = { ...zhCtx, nameOf: (id) => NAMES[id]?.[1] ?? id, clauseRefEn: (_i, id) => (id ? LABELS[id]?.[1] : undefined) };
/** English as plain text, the Chinese segments marked ⟨…⟩. */
const en = (e: ControlEvent, ctx = enCtx) => timelineEventEn(e, ctx).map((s) => (typeof s === 'string' ? s : `⟨${s.zh}⟩`)).join('');
const rel = (r: Partial<RelationCore>): RelationCore => ({ type: 'suspends', by: 'S', target: 'A', from: '2025-11-09', until: '2026-11-27', source: { id: 's', grade: 'B' }, ...r }) as RelationCore;
const ev = (e: Partial<ControlEvent>): ControlEvent => ({ date: '2025-11-09', kind: 'published', ...e }) as ControlEvent;
const DURING = rel({ by: 'S', from: '2025-11-07', until: '2026-11-10' });

const cases: [string, ControlEvent, string, string][] = [
  ['published', ev({}), '发布', 'Published'],
  ['published, date from a C source', ev({ grade: 'C' }), '发布（日期据C级来源）', 'Published (date from a grade C source)'],
  ['in force', ev({ kind: 'in-force' }), '施行', 'In force'],
  [
    'in force on a day within a suspension',
    ev({ kind: 'in-force', during: DURING, grade: 'C' }),
    '施行日（日期据C级来源）；但该日已在暂停期内：暂停号规定自2025年11月7日起至2026年11月10日暂停实施',
    'Date of entry into force (date from a grade C source); but that day already fell within a suspension: No. S suspends it from 7 November 2025 to 10 November 2026',
  ],
  ['a clause in force', ev({ kind: 'clause-in-force', clause: '2' }), '“二”施行', 'Clause 2 [⟨二⟩] in force'],
  [
    'a clause in force on a day within a suspension',
    ev({ kind: 'clause-in-force', clause: '2', during: DURING }),
    '“二”的施行日；但该日已在暂停期内：暂停号规定自2025年11月7日起至2026年11月10日暂停实施',
    'Clause 2 [⟨二⟩]: date of entry into force; but that day already fell within a suspension: No. S suspends it from 7 November 2025 to 10 November 2026',
  ],
  ['suspended', ev({ kind: 'suspended', relation: rel({}) }), '被暂停号暂停实施，至2026年11月27日（含当日）', 'Suspended by No. S until 27 November 2026 (that day included)'],
  ['a clause suspended', ev({ kind: 'suspended', clause: '2', relation: rel({}), grade: 'B-' }), '“二”被暂停号暂停实施，至2026年11月27日（含当日）（日期据B-级来源）', 'Clause 2 [⟨二⟩] suspended by No. S until 27 November 2026 (that day included) (date from a grade B- source)'],
  [
    'a related measure suspended (a clause of it, which concerns this one)',
    ev({ kind: 'suspended', relation: rel({ target: 'B' }), related: { by: 'B', clause: '1', via: 'concerns' } }),
    '乙号的“一”被暂停号暂停实施，至2026年11月27日',
    'Clause 1 [⟨一⟩] of No. B suspended by No. S until 27 November 2026',
  ],
  [
    'a related measure suspended (which updates this list)',
    ev({ kind: 'suspended', relation: rel({ target: 'B' }), related: { by: 'B', via: 'updates-list' } }),
    '乙号（其施行时同步更新本清单）被暂停号暂停实施，至2026年11月27日',
    'No. B (which updates this list when it takes effect) suspended by No. S until 27 November 2026',
  ],
  [
    'the end of a period, nothing known after it',
    ev({ kind: 'suspension-ends', relation: rel({}), date: '2026-11-27' }),
    '暂停号规定的暂停期届满；此后是延长、恢复施行还是被取代，本站没有资料',
    'The suspension period set by No. S ends; whether it was then extended, the measure applied again or it was replaced, we have no information',
  ],
  ['the end of a clause’s period, followed by what we hold', ev({ kind: 'suspension-ends', clause: '2', relation: rel({}), followed: true }), '“二”：暂停号规定的暂停期届满', 'Clause 2 [⟨二⟩]: the suspension period set by No. S ends'],
  [
    'the end of a related measure’s period',
    ev({ kind: 'suspension-ends', relation: rel({ target: 'B' }), related: { by: 'B', via: 'concerns' }, grade: 'C' }),
    '乙号的暂停期届满（日期据C级来源）；此后情况本站未能核实',
    'No. B: the suspension period ends (date from a grade C source); what followed we could not verify',
  ],
  ['repealed', ev({ kind: 'repealed', relation: rel({ type: 'repeals', by: 'T', until: undefined }) }), '被丙号废止', 'Repealed by No. T'],
  ['a clause repealed', ev({ kind: 'repealed', clause: '1', relation: rel({ type: 'repeals', by: 'T', until: undefined }) }), '“一”被丙号废止', 'Clause 1 [⟨一⟩] repealed by No. T'],
  ['a related measure repealed', ev({ kind: 'repealed', relation: rel({ type: 'repeals', by: 'T', target: 'B' }), related: { by: 'B', via: 'concerns' } }), '乙号被丙号废止', 'No. B repealed by No. T'],
  [
    'possibly repealed',
    ev({ kind: 'possibly-repealed', relation: rel({ type: 'possibly-repeals', by: 'T', what: '附件所列公告', whatEn: 'the announcements of its attachment' }) }),
    '丙号废止附件所列公告；本公告是否在其列，本站未能核实',
    'No. T repeals the announcements of its attachment; whether this announcement is among them, we could not verify',
  ],
  [
    'possibly repealed, no English of what',
    ev({ kind: 'possibly-repealed', relation: rel({ type: 'possibly-repeals', by: 'T', what: '附件所列公告' }) }),
    '丙号废止附件所列公告；本公告是否在其列，本站未能核实',
    'No. T repeals 附件所列公告; whether this announcement is among them, we could not verify',
  ],
  [
    'a related measure possibly repealed',
    ev({ kind: 'possibly-repealed', relation: rel({ type: 'possibly-repeals', by: 'T', target: 'B', what: '附件所列公告', whatEn: 'the listed ones' }), related: { by: 'B', clause: '2', via: 'concerns' } }),
    '丙号废止附件所列公告；乙号的“二”是否在其列，本站未能核实',
    'No. T repeals the listed ones; whether clause 2 [⟨二⟩] of No. B is among them, we could not verify',
  ],
  ['disapplied, with our note in both languages', ev({ kind: 'disapplied', relation: rel({ type: 'disapplies', by: 'T', note: '清单部分', noteEn: 'the list part' }) }), '丙号使其部分内容不再适用（清单部分）', 'No. T makes part of it no longer apply (our note: the list part)'],
  ['disapplied, our note in Chinese only', ev({ kind: 'disapplied', relation: rel({ type: 'disapplies', by: 'T', note: '清单部分' }) }), '丙号使其部分内容不再适用（清单部分）', 'No. T makes part of it no longer apply (our note, in Chinese: ⟨清单部分⟩)'],
  ['disapplied, no note', ev({ kind: 'disapplied', relation: rel({ type: 'disapplies', by: 'T' }) }), '丙号使其部分内容不再适用', 'No. T makes part of it no longer apply'],
  ['the list updated', ev({ kind: 'list-updated', relation: rel({ type: 'updates-list', by: 'B' }) }), '乙号施行，两用物项出口管制清单同步更新', 'No. B in force; the dual-use items export control list updated accordingly'],
  [
    'the list to be updated on a day its measure was suspended',
    ev({ kind: 'list-updated', relation: rel({ type: 'updates-list', by: 'B' }), during: DURING }),
    '乙号定于此日施行，两用物项出口管制清单同步更新；但乙号已被暂停号自2025年11月7日起暂停实施，至2026年11月10日',
    'No. B was to take effect on this day, updating the dual-use items export control list; but No. B had been suspended by No. S from 7 November 2025 to 10 November 2026',
  ],
  [
    'a clause of another measure concerns this one',
    ev({ kind: 'concerned', relation: rel({ type: 'concerns', by: 'B', clause: { id: '2' } as RelationCore['clause'] }), grade: 'C' }),
    '乙号的“二”对本公告所涉物项另作规定（日期据C级来源）',
    'Clause 2 [⟨二⟩] of No. B sets further rules for the items this announcement concerns (date from a grade C source)',
  ],
  ['the horizon', ev({ kind: 'checked-through' }), '本站资料检索至此日；此后的事件未经核实', 'Our sources were searched up to this day; later events are not verified'],
];

describe('each event in both languages', () => {
  test.each(cases)('%s', (_name, e, zh, english) => {
    expect(timelineEventZh(e, zhCtx)).toBe(zh);
    expect(en(e)).toBe(english);
  });
});

describe('without our English references (a context that gives none), a clause is the Chinese label, quoted and marked', () => {
  test('a clause suspended; a clause of a related measure', () => {
    const bare: TimelineContext = { ...enCtx, clauseRefEn: undefined };
    expect(en(ev({ kind: 'suspended', clause: '2', relation: rel({}) }), bare)).toBe('⟨“二”⟩ suspended by No. S until 27 November 2026 (that day included)');
    expect(en(ev({ kind: 'concerned', relation: rel({ type: 'concerns', by: 'B', clause: { id: '1' } as RelationCore['clause'] }) }), bare)).toBe('⟨“一”⟩ of No. B sets further rules for the items this announcement concerns');
  });
});
