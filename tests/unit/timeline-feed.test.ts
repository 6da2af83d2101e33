/** The timeline of both regimes (src/lib/site/timeline.ts) and the feeds made from it (src/lib/site/feed.ts), on the real content. */
import { fileURLToPath } from 'node:url';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, test } from 'vitest';
import { entryId, feedEvents, feedXml } from '../../src/lib/site/feed.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { compareSiteEvents, siteTimeline } from '../../src/lib/site/timeline.ts';
import { eventDate, eventGrade, eventText } from '../../src/lib/site/timeline-words.ts';

const { catalogue, controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
// Made inside each test, never while the file is collected: a mutant switched on for a test must reach it.
const timelineNow = () => siteTimeline(catalogue, controls);
const find = (key: string) => timelineNow().find((e) => e.key === key)!;

describe('the timeline', () => {
  test('every event has its own key, and the list is in date order', () => {
    const events = timelineNow();
    expect(new Set(events.map((e) => e.key)).size).toBe(events.length);
    expect([...events].sort(compareSiteEvents)).toEqual(events);
    expect(events.map((e) => e.date)).toEqual([...events.map((e) => e.date)].sort());
  });
  test('both regimes: editions published and in force, announcements, suspensions, their ends, repeals, possible repeals, list updates, horizons', () => {
    const kinds = new Set(timelineNow().map((e) => `${e.regime}:${e.kind}`));
    for (const k of ['catalogue:edition-published', 'catalogue:edition-in-force', 'catalogue:checked-through', 'controls:published', 'controls:in-force', 'controls:suspended', 'controls:suspension-ends', 'controls:repealed', 'controls:possibly-repealed', 'controls:list-updated', 'controls:checked-through']) expect(kinds.has(k), k).toBe(true);
  });
  test('the end of the No.70 suspension of 2025 No.62: 2026-11-10, on the B source of the period', () => {
    const e = find('controls/2025-62/suspension-ends/-/suspends:2025-70');
    expect([e.date, e.precision, e.sourceGrade, e.path]).toEqual(['2026-11-10', 'day', 'B', '/controls/2025-62/']);
    expect(eventText(e, catalogue, controls, 'zh-CN')).toBe('商务部公告2025年第62号：商务部 海关总署公告2025年第70号规定的暂停期届满；此后是延长、恢复施行还是被取代，本站没有资料');
  });
  test('a clause’s suspension links the clause: 2024 No.46 二, by No.72 (its dates from a B- copy)', () => {
    const e = find('controls/2024-46/suspended/2/suspends:2025-72');
    expect([e.date, e.sourceGrade, e.path, e.byPath]).toEqual(['2025-11-09', 'B-', '/controls/2024-46/#cl-2', '/controls/2025-72/']);
  });
  test('a day not held is never made up: 2024 No.33 by month (a source gives August 2024), 2003 No.5 by the year of its number', () => {
    const m = find('controls/2024-33/published/-/-');
    expect([m.date, m.precision, eventDate(m, 'zh-CN'), eventDate(m, 'en')]).toEqual(['2024-08', 'month', '2024年8月（日期不详）', 'August 2024 (day not known)']);
    const y = find('controls/2003-5/published/-/-');
    expect([y.date, y.precision, eventDate(y, 'zh-CN')]).toEqual(['2003', 'year', '2003年（日期不详）']);
    expect(eventText(y, catalogue, controls, 'zh-CN')).toContain('发布日期本站未取得；按其编号中的年份排列');
    // Placed before the days of its month or year.
    expect(compareSiteEvents(m, { ...m, key: 'x', date: '2024-08-01', precision: 'day' })).toBeLessThan(0);
    expect(compareSiteEvents(y, { ...y, key: 'x', date: '2003-01-01', precision: 'day' })).toBeLessThan(0);
  });
  test('editions: dates without a recorded grade say so', () => {
    const e = find('catalogue/2025/published');
    expect([e.date, e.amendment, e.path]).toEqual(['2025-07-15', '2025-28', '/editions/2025/']);
    expect(eventGrade(e, 'en')).toBe("grade of the date's source not recorded (see the official text listed on the edition's page)");
    expect(eventText(e, catalogue, controls, 'en')).toBe('2025 edition published: the adjustments of MOFCOM & MOST Announcement No. 28 of 2025 applied to the previous edition');
  });
});

describe('the feeds', () => {
  test('entry ids: a UUID from the event and the language, the same every time', () => {
    expect(entryId('controls/2025-62/suspension-ends/-/suspends:2025-70', 'zh-CN')).toBe(entryId('controls/2025-62/suspension-ends/-/suspends:2025-70', 'zh-CN'));
    expect(entryId('controls/2025-62/suspension-ends/-/suspends:2025-70', 'zh-CN')).not.toBe(entryId('controls/2025-62/suspension-ends/-/suspends:2025-70', 'en'));
    expect(entryId('a', 'en')).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
  test('only events with a day, up to the status date; an entry into force on the day of publication is left to the publication', () => {
    const chosen = feedEvents(timelineNow(), '2026-11-29');
    expect(chosen.every((e) => e.precision === 'day' && e.date <= '2026-11-29')).toBe(true);
    expect(chosen.some((e) => e.key === 'controls/2025-62/in-force/-/-')).toBe(false);
    expect(chosen.some((e) => e.key === 'controls/2025-55/in-force/-/-')).toBe(true);
    expect(feedEvents(timelineNow(), '2026-11-09').some((e) => e.kind === 'suspension-ends')).toBe(false);
  });
  test.each(['zh-CN', 'en'] as const)('%s: Atom that a feed parser reads, ≥ 20 entries, the end of the No.70 suspension, ids stable across builds on other days', (locale) => {
    const xml = feedXml(catalogue, controls, '2026-11-29', 'https://example.org', locale);
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.length).toBeGreaterThanOrEqual(20);
    const end = feed.items.find((i) => i.id === entryId('controls/2025-62/suspension-ends/-/suspends:2025-70', locale))!;
    expect(end.url).toBe(`https://example.org${locale === 'en' ? '/en' : ''}/controls/2025-62/`);
    expect(end.updated?.toISOString()).toBe('2026-11-10T00:00:00.000Z');
    expect(end.description).toContain(locale === 'en' ? 'status unknown' : '状态未知');
    // A later build (another status date) keeps every id it had, and adds none for the same events.
    const later = parseFeed(feedXml(catalogue, controls, '2027-02-01', 'https://example.org', locale));
    const ids = new Map(later.items.map((i) => [`${i.url}${i.title}`, i.id]));
    for (const i of feed.items) expect(ids.get(`${i.url}${i.title}`), i.title ?? '').toBe(i.id);
  });
});

describe('feed entries word for word (real content, status date 2026-12-07)', () => {
  const items = (locale: 'zh-CN' | 'en') => parseFeed(feedXml(catalogue, controls, '2026-12-07', 'https://example.org', locale));
  const item = (locale: 'zh-CN' | 'en', key: string) => items(locale).items.find((i) => i.id === entryId(key, locale))!;
  test('the feed: its title, its author, and updated on the day of its newest event', () => {
    const en = items('en');
    expect([en.title, en.updated?.toISOString(), en.authors.map((a) => [a.name, a.url])]).toEqual([
      "China's export controls on technology: changes of status (Atom)",
      '2026-11-27T00:00:00.000Z',
      [["China's export controls on technology: a reference", 'https://example.org/en/']],
    ]);
  });
  test('the end of a clause’s period (2024 No.46 二, by No.72, from a B- copy): the day, the grade, the clause’s status from the next day, the horizon', () => {
    const zh = item('zh-CN', 'controls/2024-46/suspension-ends/2/suspends:2025-72');
    expect([zh.url, zh.description]).toEqual([
      'https://example.org/controls/2024-46/#cl-2',
      '<p>2026年11月27日：“二”：商务部公告2025年第72号规定的暂停期届满（日期据B-级来源）；此后是延长、恢复施行还是被取代，本站没有资料</p><p>来源B-级</p><p>此后的状态（按本站持有的资料）：“二”：状态未知</p><p>本站资料检索至2026年6月17日；此后的事件未经核实。</p>',
    ]);
    const en = item('en', 'controls/2024-46/suspension-ends/2/suspends:2025-72');
    expect([en.url, en.description]).toEqual([
      'https://example.org/en/controls/2024-46/#cl-2',
      '<p>27 November 2026: Clause 2 [二]: the suspension period set by MOFCOM Announcement No. 72 of 2025 ends (date from a grade B- source); whether it was then extended, the measure applied again or it was replaced, we have no information</p><p>source grade B-</p><p>Status from then on (as far as the sources we hold go): Clause 2 [二]: status unknown</p><p>Our sources were searched up to 17 June 2026; later events are not verified.</p>',
    ]);
  });
  test('a suspension of the whole (2025 No.62 by No.70, its first day from a C source): suspended from that day, no horizon before the horizon', () => {
    expect(item('zh-CN', 'controls/2025-62/suspended/-/suspends:2025-70').description).toBe(
      '<p>2025年11月7日：被商务部 海关总署公告2025年第70号暂停实施，至2026年11月10日（含当日）（日期据C级来源）</p><p>来源C级</p><p>此后的状态（按本站持有的资料）：暂停实施</p>',
    );
    expect(item('en', 'controls/2025-62/suspension-ends/-/suspends:2025-70').description).toBe(
      '<p>10 November 2026: The suspension period set by MOFCOM & GAC Announcement No. 70 of 2025 ends; whether it was then extended, the measure applied again or it was replaced, we have no information</p><p>source grade B</p><p>Status from then on (as far as the sources we hold go): status unknown</p><p>Our sources were searched up to 17 June 2026; later events are not verified.</p>',
    );
  });
  test('an edition in force on the day it is published has one entry (2023); one in force later has two (2008)', () => {
    const kinds = (edition: string) => feedEvents(timelineNow(), '2026-12-07').filter((e) => e.edition === edition && !e.instrument).map((e) => `${e.kind} ${e.date}`);
    expect(kinds('2023')).toEqual(['edition-published 2023-12-21']);
    expect(kinds('2008')).toEqual(['edition-in-force 2008-11-01', 'edition-published 2008-09-16']);
  });
  test('an event on the status date is in the feed; one the day after is not', () => {
    expect(feedEvents(timelineNow(), '2026-11-27').some((e) => e.key === 'controls/2024-46/suspension-ends/2/suspends:2025-72')).toBe(true);
    expect(feedEvents(timelineNow(), '2026-11-26').some((e) => e.key === 'controls/2024-46/suspension-ends/2/suspends:2025-72')).toBe(false);
  });
});
