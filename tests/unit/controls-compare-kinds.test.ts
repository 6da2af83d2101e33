/**
 * Comparing two dates (src/lib/controls/compare.ts): the name of each change, from hand-made statuses, and which events
 * fall between two dates, on the real content (the first date left out, the second kept).
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { changeKind, eventsBetween } from '../../src/lib/controls/compare.ts';
import type { Status } from '../../src/lib/controls/status.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';

const s = (state: Status['state'], reasons: ('suspension-ended' | 'possibly-repealed' | 'dates-not-held')[] = []): Status =>
  ({ state, unverified: false, checkedThrough: '2026-06-17', unknown: reasons.map((reason) => ({ reason })) }) as Status;

describe('changeKind', () => {
  const cases: [Status, Status, string][] = [
    [s('not-published'), s('not-in-force'), 'published'],
    [s('in-force'), s('not-in-force'), 'other'],
    [s('not-published'), s('in-force'), 'came-into-force'],
    [s('not-in-force'), s('in-force'), 'came-into-force'],
    [s('suspended'), s('in-force'), 'other'],
    [s('in-force'), s('suspended'), 'suspended'],
    [s('in-force'), s('repealed'), 'repealed'],
    [s('suspended'), s('spent'), 'spent'],
    [s('in-force'), s('not-published'), 'other'],
    [s('in-force'), s('unknown', ['possibly-repealed']), 'possibly-repealed'],
    [s('unknown', ['possibly-repealed']), s('unknown', ['possibly-repealed', 'suspension-ended']), 'lapsed'],
    [s('suspended'), s('unknown', ['suspension-ended']), 'lapsed'],
    // A possible repeal is named before the end of a period.
    [s('suspended'), s('unknown', ['suspension-ended', 'possibly-repealed']), 'possibly-repealed'],
    [s('unknown', ['suspension-ended']), s('unknown', ['suspension-ended']), 'became-unknown'],
    [s('not-published'), s('unknown', ['dates-not-held']), 'published'],
    [s('in-force'), s('unknown', ['dates-not-held']), 'became-unknown'],
  ];
  test.each(cases)('%j → %j: %s', (before, after, kind) => expect(changeKind(before, after)).toBe(kind));
});

describe('eventsBetween (real content)', () => {
  const { controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
  const said = (from: string, to: string, only?: string) => eventsBetween(controls, from, to, only).map(({ instrument, event }) => `${instrument} ${event.date} ${event.kind}${event.clause ? ` ${event.clause}` : ''}`);
  test('the day after the first date to the second, both included; one announcement alone', () => {
    expect(said('2025-11-08', '2025-11-09', '2024-46')).toEqual(['2024-46 2025-11-09 suspended 2']);
    expect(said('2025-11-09', '2025-11-09', '2024-46')).toEqual([]);
    expect(said('2025-11-09', '2025-11-10', '2024-46')).toEqual([]);
  });
  test('across every announcement: its own events only, never what a related measure did, never a horizon', () => {
    const all = said('2025-11-08', '2025-11-09');
    expect(all).toContain('2024-46 2025-11-09 suspended 2');
    expect(all.filter((e) => e.startsWith('2023-23 ') || e.startsWith('2023-39 '))).toEqual([]);
    expect(said('2026-06-16', '2026-06-17').filter((e) => e.includes('checked-through'))).toEqual([]);
    expect(all).toEqual([...all].sort((a, b) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!)));
  });
});
