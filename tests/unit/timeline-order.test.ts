/** The site timeline's order, keys and years (src/lib/site/timeline.ts): hand-made events for the order, the real content for the rest. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { compareSiteEvents, controlEvents, siteTimeline, timelineYears, type SiteEvent } from '../../src/lib/site/timeline.ts';

const { catalogue, controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
const ev = (e: Partial<SiteEvent>): SiteEvent => ({ key: 'k', date: '2025-01-01', precision: 'day', regime: 'controls', kind: 'published', path: '/', ...e });
const order = (a: SiteEvent, b: SiteEvent) => [Math.sign(compareSiteEvents(a, b)), Math.sign(compareSiteEvents(b, a))];

describe('compareSiteEvents', () => {
  test('by date first', () => {
    expect(order(ev({ date: '2024-12-31', regime: 'controls' }), ev({ date: '2025-01-01', regime: 'catalogue' }))).toEqual([-1, 1]);
  });
  test('on one day, the catalogue before the announcements', () => {
    expect(order(ev({ regime: 'catalogue', kind: 'edition-published' }), ev({ regime: 'controls', kind: 'published' }))).toEqual([-1, 1]);
  });
  test('then by kind: published, in force, … suspended, repealed, … the end of a period, the horizon', () => {
    expect(order(ev({ kind: 'published' }), ev({ kind: 'in-force' }))).toEqual([-1, 1]);
    expect(order(ev({ kind: 'suspended' }), ev({ kind: 'suspension-ends' }))).toEqual([-1, 1]);
    expect(order(ev({ kind: 'suspension-ends' }), ev({ kind: 'checked-through' }))).toEqual([-1, 1]);
  });
  test('then by announcement number (No. 9 before No. 10), then by key', () => {
    expect(order(ev({ instrument: '2025-9', key: 'b' }), ev({ instrument: '2025-10', key: 'a' }))).toEqual([-1, 1]);
    expect(order(ev({ key: 'a' }), ev({ key: 'b' }))).toEqual([-1, 1]);
    expect(compareSiteEvents(ev({}), ev({}))).toBe(0);
  });
});

describe('the events of the real content', () => {
  test('a publication known by its month carries the grade of the source that gives the month (2024 No.33: cns, grade C)', () => {
    const e = controlEvents(controls).find((x) => x.key === 'controls/2024-33/published/-/-')!;
    expect(e).toEqual({ key: 'controls/2024-33/published/-/-', date: '2024-08', precision: 'month', regime: 'controls', kind: 'published', sourceGrade: 'C', instrument: '2024-33', path: '/controls/2024-33/' });
  });
  test('the horizons: one per date our sources reach, keyed by it', () => {
    const horizons = siteTimeline(catalogue, controls).filter((e) => e.kind === 'checked-through');
    expect(horizons.map((e) => [e.key, e.regime, e.path])).toEqual([
      ['catalogue/checked-through/2026-06-17', 'catalogue', '/editions/2025/'],
      ['controls/checked-through/2026-06-17', 'controls', '/controls/'],
    ]);
  });
  test('an instrument’s own events only: none of another measure’s, no horizon per instrument; an acting instrument is linked, never the instrument itself', () => {
    const events = controlEvents(controls).filter((e) => e.instrument);
    expect(events.filter((e) => e.event?.related || e.kind === 'checked-through')).toEqual([]);
    expect(events.filter((e) => e.byPath === `/controls/${e.instrument}/`)).toEqual([]);
    expect(events.find((e) => e.key === 'controls/2024-46/suspended/2/suspends:2025-72')?.byPath).toBe('/controls/2025-72/');
    expect(events.find((e) => e.key === 'controls/2024-46/published/-/-')).not.toHaveProperty('byPath');
  });
  test('the years, oldest first, each once', () => {
    expect(timelineYears([ev({ date: '2025-03' }), ev({ date: '2003' }), ev({ date: '2025-01-02' }), ev({ date: '2008-09-16' })])).toEqual(['2003', '2008', '2025']);
  });
});
