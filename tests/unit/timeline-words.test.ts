/**
 * What the site timeline and the feeds say of each kind of event, in both languages, word for word (src/lib/site/timeline-words.ts).
 * Events are written by hand here; the names and clause labels come from the real content.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CHANGE_KINDS, changesBetween, eventsBetween } from '../../src/lib/controls/compare.ts';
import { compareHtml } from '../../src/lib/controls/compare-html.ts';
import { statusEvents } from '../../src/lib/controls/status-events-file.ts';
import { readStatusEvents } from '../../src/lib/controls/status-events.ts';
import { sentenceContext } from '../../src/lib/controls/status-html.ts';
import { statusWords } from '../../src/lib/controls/status-words.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import type { SiteEvent } from '../../src/lib/site/timeline.ts';
import { eventDate, eventGrade, eventSentence, eventSubject, eventText } from '../../src/lib/site/timeline-words.ts';

const { catalogue, controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
const ev = (e: Partial<SiteEvent>): SiteEvent => ({ key: 'k', date: '2025-07-15', precision: 'day', regime: 'catalogue', kind: 'edition-published', path: '/', ...e });
const both = (f: (l: 'zh-CN' | 'en') => unknown) => [f('zh-CN'), f('en')];

describe('eventDate', () => {
  test('a day, a month, a year: the day not known said so in both languages', () => {
    expect(both((l) => eventDate(ev({ date: '2025-07-15' }), l))).toEqual(['2025年7月15日', '15 July 2025']);
    expect(both((l) => eventDate(ev({ date: '2024-08', precision: 'month' }), l))).toEqual(['2024年8月（日期不详）', 'August 2024 (day not known)']);
    expect(both((l) => eventDate(ev({ date: '2003', precision: 'year' }), l))).toEqual(['2003年（日期不详）', '2003 (day not known)']);
  });
});

describe('eventSubject', () => {
  test('an announcement: its designation in the language of the page', () => {
    expect(both((l) => eventSubject(ev({ regime: 'controls', kind: 'published', instrument: '2025-62' }), controls, l))).toEqual(['商务部公告2025年第62号', 'MOFCOM Announcement No. 62 of 2025']);
  });
  test('an edition: its name; the horizon of a regime: the regime', () => {
    expect(both((l) => eventSubject(ev({ edition: '2023' }), controls, l))).toEqual(['2023年版', '2023 edition']);
    expect(both((l) => eventSubject(ev({ kind: 'checked-through', edition: '2025' }), controls, l))).toEqual(['技术目录', 'Catalogue']);
    expect(both((l) => eventSubject(ev({ regime: 'controls', kind: 'checked-through' }), controls, l))).toEqual(['出口管制公告', 'Export-control announcements']);
  });
});

describe('eventSentence and eventText', () => {
  const text = (e: SiteEvent) => both((l) => eventText(e, catalogue, controls, l));

  test('an edition published by an instrument: the English designation where one can be made', () => {
    const e = ev({ edition: '2008', instrumentName: '商务部 科技部令2008年第12号' });
    expect(text(e)).toEqual(['2008年版发布（商务部 科技部令2008年第12号）', '2008 edition published (MOFCOM & MOST Order No. 12 of 2008)']);
  });
  test('an edition made by an adjustment list', () => {
    const e = ev({ edition: '2025', amendment: '2025-28', instrumentName: '商务部 科技部公告2025年第28号' });
    expect(text(e)).toEqual(['2025年版发布：商务部 科技部公告2025年第28号的调整内容适用于上一版本', '2025 edition published: the adjustments of MOFCOM & MOST Announcement No. 28 of 2025 applied to the previous edition']);
  });
  test('an issuing instrument without an English designation stays Chinese, marked as Chinese', () => {
    const e = ev({ edition: '2001', instrumentName: '测试部令2001年第1号' });
    expect(eventSentence(e, catalogue, controls, 'en')).toEqual(['2001 edition published (', { zh: '测试部令2001年第1号' }, ')']);
    expect(eventSentence(e, catalogue, controls, 'zh-CN')).toEqual(['2001年版发布（', '测试部令2001年第1号', '）']);
  });
  test('an edition in force', () => {
    expect(text(ev({ kind: 'edition-in-force', edition: '2008' }))).toEqual(['2008年版施行', '2008 edition in force']);
  });
  test('the horizons of the two regimes: no subject before them', () => {
    expect(text(ev({ kind: 'checked-through', edition: '2025' }))).toEqual(['本站对目录调整的资料检索至此日；此后的变化未经核实', 'Our search for changes to the Catalogue reaches this day; later changes are not verified']);
    expect(text(ev({ regime: 'controls', kind: 'checked-through' }))).toEqual(['本站对出口管制公告的资料检索至此日；此后的事件未经核实', 'Our search for export-control announcements reaches this day; later events are not verified']);
  });
  test('an announcement published in a month or a year we know: the subject, then what is known', () => {
    const m = ev({ regime: 'controls', kind: 'published', instrument: '2025-62', precision: 'month', date: '2025-10' });
    expect(text(m)).toEqual(['商务部公告2025年第62号：发布（本站只知其月份，具体日期未取得）', 'MOFCOM Announcement No. 62 of 2025: Published (only the month is known; the day is not held)']);
    const y = ev({ regime: 'controls', kind: 'published', instrument: '2025-62', precision: 'year', date: '2025' });
    expect(text(y)).toEqual(['商务部公告2025年第62号：发布日期本站未取得；按其编号中的年份排列', 'MOFCOM Announcement No. 62 of 2025: Date of publication not held; placed under the year of its number']);
  });
  test('a clause suspended: Chinese quotes the printed label; English gives our reference with the Chinese beside it, as the page does', () => {
    const by = controls.byId.get('2024-46')!.incoming.find((r) => r.type === 'suspends')!;
    const e = ev({ regime: 'controls', kind: 'suspended', instrument: '2024-46', event: { date: by.from, kind: 'suspended', clause: '2', relation: by } });
    expect(eventSentence(e, catalogue, controls, 'en')).toEqual(['Clause 2 [', { zh: '二' }, ']', ' suspended by MOFCOM Announcement No. 72 of 2025 until 27 November 2026 (that day included)']);
    expect(text(e)).toEqual([
      '商务部公告2024年第46号：“二”被商务部公告2025年第72号暂停实施，至2026年11月27日（含当日）',
      'MOFCOM Announcement No. 46 of 2024: Clause 2 [二] suspended by MOFCOM Announcement No. 72 of 2025 until 27 November 2026 (that day included)',
    ]);
  });
});

describe('eventGrade', () => {
  test('the grade of the source; an edition without one says so; an announcement without one and a horizon say nothing', () => {
    expect(both((l) => eventGrade(ev({ regime: 'controls', kind: 'published', instrument: '2025-62', sourceGrade: 'B-' }), l))).toEqual(['来源B-级', 'source grade B-']);
    expect(both((l) => eventGrade(ev({ edition: '2008', sourceGrade: 'A' }), l))).toEqual(['来源A级', 'source grade A']);
    expect(both((l) => eventGrade(ev({ edition: '2008' }), l))).toEqual(['本站未记录此日期的来源等级（见版本页所列官方文本）', "grade of the date's source not recorded (see the official text listed on the edition's page)"]);
    expect(both((l) => eventGrade(ev({ regime: 'controls', kind: 'published', instrument: '2025-62' }), l))).toEqual([undefined, undefined]);
    expect(both((l) => eventGrade(ev({ kind: 'checked-through', sourceGrade: 'A' }), l))).toEqual([undefined, undefined]);
  });
});

describe('a comparison of two dates, as the page computes it from the status events file', () => {
  test('the events between the dates name a clause as the announcement page does: “二” in Chinese, clause 2 [二] in English', () => {
    // Through JSON, as the browser reads it.
    const m = readStatusEvents(JSON.parse(JSON.stringify(statusEvents(controls, catalogue, '2026-12-07'))));
    const html = (lang: 'zh-CN' | 'en') => {
      const w = { ...statusWords(lang), changes: '{{from}}–{{to}}', none: '-', events: 'events', noEvents: '-', before: 'before', after: 'after', kinds: Object.fromEntries(CHANGE_KINDS.map((k) => [k, k])) as Record<(typeof CHANGE_KINDS)[number], string> };
      return compareHtml({ from: '2025-11-08', to: '2025-11-09', changes: changesBetween(m, '2025-11-08', '2025-11-09', '2024-46'), events: eventsBetween(m, '2025-11-08', '2025-11-09', '2024-46') }, m, lang, w, sentenceContext(m, lang));
    };
    expect(html('en')).toContain('Clause 2 [<span lang="zh-CN">二</span>] suspended by MOFCOM Announcement No. 72 of 2025 until 27 November 2026 (that day included)');
    expect(html('zh-CN')).toContain('“二”被商务部公告2025年第72号暂停实施，至2026年11月27日（含当日）');
  });
});
