/** The sentence each status gets on the pages, word for word: what the reader is told for every state. */
import { describe, expect, test } from 'vitest';
import { buildControls } from '../../src/lib/controls/build.ts';
import { fileURLToPath } from 'node:url';
import { dateEn, dateIn, describeStatus, describeStatusEn, GRADE_LABEL_EN, instrumentNameEn, itemCodesEn, KIND_LABEL_EN, numberLabelEn, RELATION_IN, RELATION_IN_EN, RELATION_OUT, RELATION_OUT_EN, relationWhenEn } from '../../src/lib/controls/labels.ts';
import { timelineEventEn } from '../../src/lib/controls/timeline-labels.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { statusOn, timeline, type ControlEvent } from '../../src/lib/controls/status.ts';
import { loadSiteFixture } from '../helpers/fixtures.ts';

const { controls } = loadSiteFixture('controls-basic');
const name = (id: string) => `测试公告${id}`;
const say = (id: string, date: string, clause?: string) => describeStatus(statusOn(controls.byId.get(id)!, date, clause), name);

describe('status sentences (fixture: 2001-1 in force on 2001-03-01, suspended by 2001-2 from 2001-06-01 to 2001-09-30; sources checked to 2001-12-31)', () => {
  test.each([
    ['2001-02-28', '当日尚未发布。'],
    ['2001-03-01', '施行中：自2001年3月1日起施行，本站未找到此后暂停、终止或废止的记录。'],
    ['2001-06-01', '暂停实施：测试公告2001-2规定自2001年6月1日起至2001年9月30日暂停实施。'],
    ['2001-10-01', '状态未知：测试公告2001-2规定的暂停期已于2001年9月30日届满。此后是延长、恢复施行还是被其他公告取代，本站没有资料，未经核实。请以商务部公布的信息为准。'],
  ])('%s', (date, sentence) => {
    expect(say('2001-1', date)).toBe(sentence);
  });
  test('the suspension itself, once its period has run out', () => {
    expect(say('2001-2', '2001-10-01')).toBe('期限已届满：本公告设定的暂停期已于2001年9月30日届满。此后是否另有公告，本站没有资料，未经核实。');
  });
  test('an instrument whose dates are not held', () => {
    expect(say('2001-3', '2001-05-01')).toBe('状态未知：本站未取得其发布日期和施行日期。');
  });
  test('not yet in force, repealed, and after the search horizon', () => {
    const c = buildControls([
      { file: 'content/controls/2002-1.md', body: '', data: { id: '2002-1', kind: 'measure', subject: '测试', checkedThrough: '2002-12-31', published: { date: '2002-01-01', source: 's' }, inForce: { date: '2002-02-01', source: 's' }, sources: [{ id: 's', title: '测试', grade: 'B' }] } },
      { file: 'content/controls/2002-2.md', body: '', data: { id: '2002-2', kind: 'measure', subject: '测试', checkedThrough: '2002-12-31', published: { date: '2002-05-01', source: 's' }, sources: [{ id: 's', title: '测试', grade: 'B' }], relations: [{ type: 'repeals', target: '2002-1', from: '2002-06-01', source: 's' }] } },
    ]);
    const at = (d: string) => describeStatus(statusOn(c.byId.get('2002-1')!, d), name);
    expect(at('2002-01-15')).toBe('已发布，尚未施行：自2002年2月1日起施行。');
    expect(at('2002-03-01')).toBe('施行中：自2002年2月1日起施行，本站未找到此后暂停、终止或废止的记录。');
    expect(at('2002-06-01')).toBe('已废止：自2002年6月1日起由测试公告2002-2废止。');
    expect(describeStatus(statusOn(c.byId.get('2002-2')!, '2003-01-01'), name)).toBe('状态未知：已发布，但本站未取得其施行日期。');
  });
});

describe('the same sentences in English (same fixture, same facts)', () => {
  const nameEn = (id: string) => `Test Announcement ${id}`;
  const sayEn = (id: string, date: string, clause?: string) => describeStatusEn(statusOn(controls.byId.get(id)!, date, clause), nameEn);
  test.each([
    ['2001-02-28', 'Not yet published on that day.'],
    ['2001-03-01', 'In force: in force from 1 March 2001; we have found no record of a later suspension, termination or repeal.'],
    ['2001-06-01', 'Suspended: Test Announcement 2001-2 suspends it from 1 June 2001 to 30 September 2001.'],
    ['2001-10-01', 'Status unknown: the suspension period set by Test Announcement 2001-2 ended on 30 September 2001. Whether it was extended, the measure applies again or another announcement replaced it, we have no information; not verified. Rely on the information published by MOFCOM.'],
  ])('%s', (date, sentence) => {
    expect(sayEn('2001-1', date)).toBe(sentence);
  });
  test('the suspension itself, once its period has run out; an instrument whose dates are not held', () => {
    expect(sayEn('2001-2', '2001-10-01')).toBe('Period ended: the suspension period set by this announcement ended on 30 September 2001. Whether another announcement followed, we have no information; not verified.');
    expect(sayEn('2001-3', '2001-05-01')).toBe('Status unknown: we do not hold the date it was published or the date it came into force.');
  });
  test('not yet in force, repealed, after the search horizon, in-force date not held', () => {
    const c = buildControls([
      { file: 'content/controls/2002-1.md', body: '', data: { id: '2002-1', kind: 'measure', subject: '测试', checkedThrough: '2002-12-31', published: { date: '2002-01-01', source: 's' }, inForce: { date: '2002-02-01', source: 's' }, sources: [{ id: 's', title: '测试', grade: 'B' }] } },
      { file: 'content/controls/2002-2.md', body: '', data: { id: '2002-2', kind: 'measure', subject: '测试', checkedThrough: '2002-12-31', published: { date: '2002-05-01', source: 's' }, sources: [{ id: 's', title: '测试', grade: 'B' }], relations: [{ type: 'repeals', target: '2002-1', from: '2002-06-01', source: 's' }] } },
    ]);
    const at = (d: string) => describeStatusEn(statusOn(c.byId.get('2002-1')!, d), nameEn);
    expect(at('2002-01-15')).toBe('Published, not yet in force: in force from 1 February 2002.');
    expect(at('2002-03-01')).toBe('In force: in force from 1 February 2002; we have found no record of a later suspension, termination or repeal.');
    expect(at('2002-06-01')).toBe('Repealed: repealed by Test Announcement 2002-2 from 1 June 2002.');
    expect(describeStatusEn(statusOn(c.byId.get('2002-2')!, '2003-01-01'), nameEn)).toBe('Status unknown: published, but we do not hold the date it came into force.');
    // Without the repeal, 2002-1 would be in force after the horizon: not verified after the day the sources run to.
    const alone = buildControls([c.byId.get('2002-1')!].map((i) => ({ file: i.file, body: '', data: i.data })));
    expect(describeStatusEn(statusOn(alone.byId.get('2002-1')!, '2003-01-01'), nameEn)).toBe(
      'In force: in force from 1 February 2002; we have found no record of a later suspension, termination or repeal. Our sources were searched up to 31 December 2002; changes after that date are not verified.',
    );
  });
  test('a suspension still running after the search horizon is marked not verified', () => {
    const c = buildControls([
      { file: 'content/controls/2003-1.md', body: '', data: { id: '2003-1', kind: 'measure', subject: '测试', checkedThrough: '2003-03-31', published: { date: '2003-01-01', source: 's' }, inForce: { onPublication: true, source: 's' }, sources: [{ id: 's', title: '测试', grade: 'B' }] } },
      { file: 'content/controls/2003-2.md', body: '', data: { id: '2003-2', kind: 'suspension', subject: '测试', checkedThrough: '2003-03-31', published: { date: '2003-02-01', source: 's' }, inForce: { onPublication: true, source: 's' }, sources: [{ id: 's', title: '测试', grade: 'B' }], relations: [{ type: 'suspends', target: '2003-1', from: '2003-02-01', until: '2003-12-31', source: 's' }] } },
    ]);
    expect(describeStatusEn(statusOn(c.byId.get('2003-1')!, '2003-06-01'), nameEn)).toBe(
      'Suspended: Test Announcement 2003-2 suspends it from 1 February 2003 to 31 December 2003. Our sources were searched up to 31 March 2003; changes after that date are not verified.',
    );
    const r = c.byId.get('2003-1')!.incoming[0]!;
    expect(relationWhenEn(r)).toBe('from 1 February 2003 to 31 December 2003');
    expect(relationWhenEn({ ...r, until: undefined })).toBe('from 1 February 2003');
  });
});

describe('English words for dates, names, kinds, grades, relations and codes', () => {
  test('dates: day, month name, year, no leading zero', () => {
    expect(dateEn('2025-10-09')).toBe('9 October 2025');
    expect(dateEn('2026-11-10')).toBe('10 November 2026');
    expect(dateEn('2001-01-31')).toBe('31 January 2001');
  });
  test('a date in the reader\'s language: English pages in English, every other page in Chinese, without leading zeros', () => {
    expect(dateIn('2025-10-09', 'en')).toBe('9 October 2025');
    expect(dateIn('2025-10-09', 'zh-CN')).toBe('2025年10月9日');
    expect(dateIn('2026-01-01', 'zh-CN')).toBe('2026年1月1日');
    // A month alone, as a source may give it, in both languages (never a made-up day).
    expect([dateIn('2024-08', 'zh-CN'), dateIn('2024-08', 'en')]).toEqual(['2024年8月', 'August 2024']);
  });
  test('an instrument is designated in English by its issuers and number', () => {
    expect(numberLabelEn('2025-62')).toBe('No. 62 of 2025');
    expect(instrumentNameEn({ id: '2025-62', data: { issuers: ['商务部'] } } as never)).toBe('MOFCOM Announcement No. 62 of 2025');
    expect(instrumentNameEn({ id: '2023-27', data: { issuers: ['商务部', '海关总署', '国家国防科工局', '中央军委装备发展部'] } } as never)).toBe('MOFCOM & GAC & SASTIND & CMC Equipment Development Department Announcement No. 27 of 2023');
    expect(instrumentNameEn({ id: '2001-1', data: { issuers: [] } } as never)).toBe('Announcement No. 1 of 2001');
  });
  test('every issuer of the instruments held has an English name', () => {
    const { controls: site } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
    for (const inst of site.instruments) expect(instrumentNameEn(inst), inst.id).not.toMatch(/\p{Script=Han}/u);
  }, 30_000);
  test('kinds, grades, relations and codes', () => {
    expect(KIND_LABEL_EN).toEqual({ measure: 'Control measure', suspension: 'Suspension', list: 'Control list', referenced: 'Known by name only' });
    expect(GRADE_LABEL_EN.A).toBe('official text');
    expect(GRADE_LABEL_EN.B).toBe('secondary source quoting the official text');
    expect(GRADE_LABEL_EN['B-']).toBe('not marked as a quotation (used for facts only)');
    expect(GRADE_LABEL_EN.C).toBe('summary, report or translation (used for facts only)');
    expect(RELATION_OUT_EN.suspends).toEqual({ before: 'Suspends' });
    expect(RELATION_OUT_EN.disapplies).toEqual({ before: 'Makes part of', after: 'no longer apply' });
    expect(RELATION_IN_EN.suspends).toBe('suspends this announcement');
    expect(RELATION_IN_EN.repeals).toBe('repeals this announcement');
    expect(Object.keys(RELATION_OUT_EN).sort()).toEqual(Object.keys(RELATION_OUT).sort());
    expect(Object.keys(RELATION_IN_EN).sort()).toEqual(Object.keys(RELATION_IN).sort());
    expect(itemCodesEn({ codes: ['1E902.a', '1E902.b'] } as never)).toBe('1E902.a, 1E902.b');
    expect(itemCodesEn({ codes: [] } as never)).toBe('no control code');
    for (const v of [...Object.values(KIND_LABEL_EN), ...Object.values(GRADE_LABEL_EN), ...Object.values(RELATION_IN_EN), ...Object.values(RELATION_OUT_EN).flatMap((x) => [x.before, x.after ?? ''])]) expect(v).not.toMatch(/\p{Script=Han}/u);
  });
});

describe('timeline events in English (fixture: 2001-1 suspended by 2001-2 from 2001-06-01 to 2001-09-30)', () => {
  const ctx = { nameOf: (id: string) => `Test Announcement ${id}`, clauseLabel: (_: string, c?: string) => (c ? `第${c}条` : undefined), instrument: '2001-1' };
  const events = timeline(controls, controls.byId.get('2001-1')!);
  const say = (kind: string, extra: Partial<ControlEvent> = {}) => timelineEventEn({ ...events.find((e) => e.kind === kind)!, ...extra }, ctx);
  test('own events', () => {
    expect(events.map((e) => e.kind)).toEqual(['published', 'in-force', 'suspended', 'suspension-ends', 'checked-through']);
    expect(say('published')).toEqual(['Published']);
    expect(say('in-force')).toEqual(['In force']);
    expect(say('suspended')).toEqual(['Suspended by Test Announcement 2001-2 until 30 September 2001 (that day included)']);
    expect(say('suspension-ends')).toEqual(['The suspension period set by Test Announcement 2001-2 ends; whether it was then extended, the measure applied again or it was replaced, we have no information']);
    expect(say('suspension-ends', { followed: true })).toEqual(['The suspension period set by Test Announcement 2001-2 ends']);
    expect(say('checked-through')).toEqual(['Our sources were searched up to this day; later events are not verified']);
  });
  test('a clause-level event names the clause in Chinese, as a segment to be marked', () => {
    const e = { ...events.find((x) => x.kind === 'suspended')!, clause: '2' };
    expect(timelineEventEn(e, ctx)).toEqual([{ zh: '“第2条”' }, ' suspended by Test Announcement 2001-2 until 30 September 2001 (that day included)']);
  });
  test('a related measure’s event', () => {
    expect(say('suspended', { related: { by: '2001-9', clause: '3', via: 'concerns' } })).toEqual([{ zh: '“第3条”' }, ' of Test Announcement 2001-9', ' suspended by Test Announcement 2001-2 until 30 September 2001']);
    expect(say('suspension-ends', { related: { by: '2001-9', via: 'concerns' } })).toEqual(['Test Announcement 2001-9', ': the suspension period ends; what followed we could not verify']);
  });
  test('on English pages a clause is named in our English numbering, capitalised at the head of the sentence, the Chinese beside it', () => {
    const en = { ...ctx, clauseRefEn: (_: string, c?: string) => (c === 'p' ? 'the preamble' : c ? `clause ${c}(1)` : undefined) };
    const e = { ...events.find((x) => x.kind === 'suspended')!, clause: '2' };
    expect(timelineEventEn(e, en)).toEqual(['Clause 2(1) [', { zh: '第2条' }, ']', ' suspended by Test Announcement 2001-2 until 30 September 2001 (that day included)']);
    expect(timelineEventEn({ ...e, clause: 'p' }, en).slice(0, 3)).toEqual(['The preamble [', { zh: '第p条' }, ']']);
    // Inside a sentence it stays as it is.
    const p = { ...events.find((x) => x.kind === 'suspended')!, kind: 'possibly-repealed' as const, relation: { ...events.find((x) => x.kind === 'suspended')!.relation!, what: '附件2所列公告', whatEn: 'the announcements listed in Attachment 2' }, related: { by: '2001-9', clause: '3', via: 'concerns' as const } };
    expect(timelineEventEn(p, en)).toEqual(['Test Announcement 2001-2 repeals the announcements listed in Attachment 2; whether ', 'clause 3(1) [', { zh: '第3条' }, ']', ' of Test Announcement 2001-9', ' is among them, we could not verify']);
  });
});
