/** The status events file (/data/status-events.json) and the status markup: a page's script, reading the file, says exactly what the build says, on any date. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { badgeOf, describeStatus, describeStatusEn, instrumentName } from '../../src/lib/controls/labels.ts';
import { StatusEventsSchema } from '../../src/lib/controls/schemas.ts';
import { readStatusEvents, statusEventsRecord } from '../../src/lib/controls/status-events.ts';
import { statusEvents } from '../../src/lib/controls/status-events-file.ts';
import { asOfHtml, badgeHtml, esc, headlineHtml, sentenceContext, sentenceHtml, type StatusWords } from '../../src/lib/controls/status-html.ts';
import { statusWords } from '../../src/lib/controls/status-words.ts';
import { instrumentStatusOn, itemStatusOn, statusOn, timeline } from '../../src/lib/controls/status.ts';
import { readDateParam, isRealDay, dayAfter } from '../../src/lib/shared/dates.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';

const { catalogue, controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
const file = statusEvents(controls, catalogue, '2026-11-29');
/** The file as a page's script receives it: through JSON. */
const model = readStatusEvents(JSON.parse(JSON.stringify(file)));
/** Every event date of every instrument, the day before and after it, and a few more: where statuses change. */
const dates = [...new Set(controls.instruments.flatMap((i) => timeline(controls, i).flatMap((e) => [e.date, dayAfter(e.date)])).concat(['1999-01-01', '2024-06-01', '2025-12-01', '2027-03-01']))].sort();

describe('the file holds what the status rules read', () => {
  test('it passes its schema, and says what it is', () => {
    expect(StatusEventsSchema.safeParse(file).success).toBe(true);
    expect(file.format).toBe('export-tech-catalogue/status-events@1');
    expect(file.instruments).toHaveLength(controls.instruments.length);
    expect(file.catalogue.editions.map((e) => e.id)).toEqual(catalogue.editions.map((e) => e.id));
  });
  test('the derived possible repeals are in it, on the repealing instrument', () => {
    const r51 = file.instruments.find((i) => i.id === '2024-51')!.relations.filter((r) => r.type === 'possibly-repeals').map((r) => r.target);
    expect(r51).toEqual(controls.byId.get('2024-51')!.outgoing.filter((r) => r.type === 'possibly-repeals').map((r) => r.target));
    expect(r51.length).toBeGreaterThan(0);
  });
  test('a schema refuses a damaged file, naming the field', () => {
    const bad = JSON.parse(JSON.stringify(file));
    bad.instruments[0].relations.push({ type: 'suspends', target: '2025-62', from: '2025-13-40', grade: 'A' });
    const r = StatusEventsSchema.safeParse(bad);
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.path.join('.')).toBe('instruments.0.relations.0.from');
  });
});

describe('read back, the file gives the model’s status on every date', () => {
  test.each(dates)('%s: every instrument, headline, clause and item', (date) => {
    const names = (id: string) => instrumentName(controls.byId.get(id)!);
    for (const inst of controls.instruments) {
      const again = model.byId.get(inst.id)!;
      expect(statusOn(again, date), inst.id).toEqual(strip(statusOn(inst, date)));
      const h = instrumentStatusOn(inst, date);
      const h2 = instrumentStatusOn(again, date);
      expect(h2.parts.map((p) => [p.clause.id, p.clause.label, p.clause.anchor, p.status.state]), inst.id).toEqual(h.parts.map((p) => [p.clause.id, p.clause.label, p.clause.anchor, p.status.state]));
      expect(describeStatus(h2.status, names, { parts: h2.parts.length > 0 })).toBe(describeStatus(h.status, names, { parts: h.parts.length > 0 }));
      expect(describeStatusEn(h2.status, names)).toBe(describeStatusEn(h.status, names));
      for (const c of inst.clauses) expect(statusOn(again, date, c.id).state, `${inst.id} ${c.id}`).toBe(statusOn(inst, date, c.id).state);
      for (const it of inst.items) expect(itemStatusOn(model, model.items.get(`${inst.id}:${it.id}`)!, date), `${inst.id}#${it.id}`).toEqual(strip(itemStatusOn(controls, it, date)));
    }
  });
});

/** A status with its relations reduced to what the file carries (the same facts; the model's relation objects hold more). */
function strip<T extends { relation?: unknown; unknown: { relation?: unknown }[] }>(s: T): T {
  const core = (r: any) =>
    r &&
    Object.fromEntries(
      Object.entries({
        type: r.type, by: r.by, target: r.target, targetClause: r.targetClause, from: r.from, until: r.until,
        clause: r.clause ? { id: r.clause.id } : undefined,
        source: { grade: r.source.grade }, datesSource: r.datesSource && { grade: r.datesSource.grade }, untilSource: r.untilSource && { grade: r.untilSource.grade },
        what: r.what, whatEn: r.whatEn,
      }).filter(([, v]) => v !== undefined),
    );
  return { ...s, ...(s.relation ? { relation: core(s.relation) } : {}), unknown: s.unknown.map((u) => ({ ...u, ...(u.relation ? { relation: core(u.relation) } : {}) })) };
}

describe('the status markup', () => {
  const w: StatusWords = statusWords('zh-CN');
  test('a badge: mark, words, "not verified since" and the English words, all from badgeOf', () => {
    const b = badgeOf('suspended', true, 'zh-CN');
    expect(badgeHtml('suspended', true, 'zh-CN')).toBe(`<span class="badge status status-suspended" data-state="suspended"><span aria-hidden="true">‖</span>暂停实施<span class="status-unverified">${b.unverified}</span><span class="skip" lang="en"> (suspended)</span></span>`);
    expect(badgeHtml('unknown', false, 'en', '一（一）, 二', 'zh-CN')).toBe('<span class="badge status status-unknown status-part" data-state="unknown"><span class="status-part-lead">part </span><span aria-hidden="true">?</span>status unknown<span class="status-part-which"> (<span lang="zh-CN">一（一）, 二</span>)</span></span>');
  });
  test('text is escaped', () => {
    expect(esc(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    expect(badgeHtml('in-force', false, 'zh-CN', '<b>')).toContain('（&lt;b&gt;）');
  });
  test('the status-date line: the chosen date, and the horizon when the date is after it', () => {
    expect(asOfHtml({ date: '2025-12-01', horizon: '2026-06-17', chosen: true }, 'zh-CN', w)).toBe('<span class="status-as-of" data-testid="status-as-of" data-horizon="2026-06-17">状态截至<time datetime="2025-12-01">2025年12月1日</time>（所选日期）</span>');
    expect(asOfHtml({ date: '2027-01-01', horizon: '2026-06-17' }, 'zh-CN', w)).toContain('<span data-testid="status-horizon">；本站资料检索至2026年6月17日，此后的变化未经核实</span>');
    // A site that holds no announcement has no horizon: the date alone.
    expect(asOfHtml({ date: '2027-01-01', horizon: '' }, 'en', statusWords('en'))).not.toContain('status-horizon');
  });
  test('a headline on an English page names the part in our numbering, the Chinese beside it', () => {
    const h = instrumentStatusOn(controls.byId.get('2024-46')!, '2025-12-01');
    expect(headlineHtml(h, '2024-46', 'en')).toContain('<span class="status-part-which"> (2 <span lang="zh-CN">二</span>)</span>');
  });
  test('a headline of 2024 No.46 after No.72: the whole in force, part suspended (二)', () => {
    const h = instrumentStatusOn(controls.byId.get('2024-46')!, '2025-12-01');
    expect(headlineHtml(h, '2024-46', 'zh-CN')).toMatch(/^<span class="headline-status" data-status-of="instrument:2024-46" data-states="in-force suspended">.*部分.*暂停实施.*（二）/);
  });
  test('the sentence links every instrument that decides the status, in the page’s language', () => {
    const s = statusOn(controls.byId.get('2025-62')!, '2025-12-01');
    expect(sentenceHtml(s, 'en', statusWords('en'), sentenceContext(controls, 'en'))).toBe(
      'Suspended: MOFCOM &amp; GAC Announcement No. 70 of 2025 suspends it from 7 November 2025 (date from a grade C source) to 10 November 2026. See <a href="/en/controls/2025-70/">MOFCOM &amp; GAC Announcement No. 70 of 2025</a>.',
    );
  });
});

describe('?date= in the address', () => {
  test.each([
    ['', { kind: 'none' }],
    ['?date=', { kind: 'none' }],
    ['?date=2025-12-01', { kind: 'date', date: '2025-12-01' }],
    ['?date=%202025-12-01%20', { kind: 'date', date: '2025-12-01' }],
    ['?date=2025-02-29', { kind: 'invalid', value: '2025-02-29' }],
    ['?date=2025-13-01', { kind: 'invalid', value: '2025-13-01' }],
    ['?date=1.12.2025', { kind: 'invalid', value: '1.12.2025' }],
    ['?date=<script>', { kind: 'invalid', value: '<script>' }],
  ])('%s', (search, want) => {
    expect(readDateParam(search)).toEqual(want);
  });
  test('real days only', () => {
    expect(isRealDay('2024-02-29')).toBe(true);
    expect(isRealDay('2023-02-29')).toBe(false);
    expect(dayAfter('2026-11-10')).toBe('2026-11-11');
    expect(dayAfter('2024-12-31')).toBe('2025-01-01');
  });
});

test('the file needs no model object: statusEventsRecord reads only the core of each instrument', () => {
  const rec = statusEventsRecord(controls, '2026-11-29', { editions: [] });
  expect(JSON.stringify(rec)).not.toContain('"text"');
});
