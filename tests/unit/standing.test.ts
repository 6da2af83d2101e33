/**
 * Where an entry version stands in time (src/lib/catalogue/standing.ts): in force from / replaced on, what became of the entry,
 * since when it is held and whether its sources say it was added. Expected values are read off the fixture files and
 * the real content by hand, never computed by the code under test.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { absentEditions, heldShare, standing, type Standing } from '../../src/lib/catalogue/standing.ts';
import { loadFixture } from '../helpers/fixtures.ts';

/** A standing with editions and versions reduced to their ids and keys, so that a table can say what is expected. */
const plain = (s: Standing) => ({
  inForceFrom: s.inForceFrom,
  replacedOn: s.replacedOn ?? null,
  replacedBy: s.replacedBy?.id ?? null,
  current: s.current,
  now:
    s.now === undefined
      ? null
      : s.now.kind === 'present'
        ? `present ${s.now.version.key}/${s.now.version.edition} at ${s.now.url}`
        : s.now.kind === 'removed'
          ? `removed in ${s.now.removal.edition} by clause ${s.now.removal.by.n} at ${s.now.url}`
          : `not held in ${s.now.edition.id}`,
  since: `${s.since.edition.id}${s.since.added ? ' added' : ' held'}`,
});

describe('editions-chain: 2001 full text → 2002 amended → 2003 re-issued → 2004 amended in part', () => {
  const cat = loadFixture('editions-chain');

  test.each([
    // key, edition, in force from (edition file), replaced on / by (next edition), now (newest edition 2004), since
    ['test-a', '2001', '2001-02-01', '2002-01-01', '2002', false, 'present test-a/2004 at /entries/test-a/2004/', '2001 held'],
    ['test-a', '2003', '2003-01-01', '2004-01-01', '2004', false, 'present test-a/2004 at /entries/test-a/2004/', '2001 held'],
    ['test-a', '2004', '2004-01-01', null, null, true, null, '2001 held'],
    // Deleted by 2002-1 clause 1: the removal notice of 2002 is what became of it.
    ['test-b', '2001', '2001-02-01', '2002-01-01', '2002', false, 'removed in 2002 by clause 1 at /entries/test-b/2002/', '2001 held'],
    // Added by 2002-1 clause 3, absent from the partly held 2003 re-issue: not held, never called removed.
    ['test-d', '2002', '2002-01-01', '2003-01-01', '2003', false, 'not held in 2004', '2002 added'],
    // In the 2003 file with relativeToPrevious: added.
    ['test-f', '2003', '2003-01-01', '2004-01-01', '2004', false, 'present test-f/2004 at /entries/test-f/2004/', '2003 added'],
    ['test-c', '2002', '2002-01-01', '2003-01-01', '2003', false, 'present test-c/2004 at /entries/test-c/2004/', '2001 held'],
  ] as const)('%s in %s', (key, edition, inForceFrom, replacedOn, replacedBy, current, now, since) => {
    expect(plain(standing(cat, key, edition))).toEqual({ inForceFrom, replacedOn, replacedBy, current, now, since });
  });

  test('an edition that does not exist is an error naming it', () => {
    expect(() => standing(cat, 'test-a', '1999')).toThrow('No edition 1999');
  });

  test('the editions in which an entry neither stands nor was removed', () => {
    expect(absentEditions(cat, 'test-a').map((e) => e.id)).toEqual([]);
    expect(absentEditions(cat, 'test-b').map((e) => e.id)).toEqual(['2003', '2004']);
    expect(absentEditions(cat, 'test-d').map((e) => e.id)).toEqual(['2001', '2003', '2004']);
    expect(absentEditions(cat, 'test-f').map((e) => e.id)).toEqual(['2001', '2002']);
  });

  test('held against official: every version held, and both parts of the official totals', () => {
    const share = (id: string) => heldShare(cat, cat.editions.find((e) => e.id === id)!);
    // 2002: test-a, test-c, test-h, test-d, test-e held; totals 禁止 1 + 限制 4.
    expect(share('2002')).toEqual({ held: 5, official: 5 });
    // 2003: test-a, test-c, test-f held; totals 禁止 2 + 限制 2.
    expect(share('2003')).toEqual({ held: 3, official: 4 });
    // 2004: the three carried from 2003; totals 禁止 2 + 限制 1.
    expect(share('2004')).toEqual({ held: 3, official: 3 });
  });
});

describe('basics: an entry removed in the newest edition', () => {
  test('the removal in the newest edition itself is what became of it', () => {
    const cat = loadFixture('basics');
    expect(plain(standing(cat, 'test-b', '2001'))).toEqual({
      inForceFrom: '2001-02-01',
      replacedOn: '2002-01-01',
      replacedBy: '2002',
      current: false,
      now: 'removed in 2002 by clause 1 at /entries/test-b/2002/',
      since: '2001 held',
    });
  });
});

describe('the real content: entries the sources say were added keep that fact', () => {
  const { catalogue } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
  // From content/amendments/2020-38.md and 2025-28.md (clauses op: add with an entry) and the 2023 entry files with
  // relativeToPrevious: added.
  test.each([
    ['heavy-machinery-strategic-products', '2020'],
    ['offshore-island-reef-equipment', '2020'],
    ['large-high-speed-wind-tunnel', '2020'],
    ['bulk-material-handling', '2023'],
    ['crop-heterosis', '2023'],
    ['human-cell-cloning-gene-editing', '2023'],
    ['lidar-systems', '2023'],
    ['battery-cathode-materials', '2025'],
  ])('%s: added in the %s edition', (key, edition) => {
    expect(standing(catalogue, key, edition).since).toMatchObject({ edition: { id: edition }, added: true });
  });
  test.each([
    // 2008 entry files: the earliest edition we hold, with no word of when they were added.
    ['caffeine-synthesis', '2008'],
    ['silkworm-breeds', '2008'],
    // In 2023 without relativeToPrevious: added: held since 2023 only.
    ['basic-software-security', '2023'],
  ])('%s: held since the %s edition, not said to be added', (key, edition) => {
    expect(standing(catalogue, key, edition).since).toMatchObject({ edition: { id: edition }, added: false });
  });
});
