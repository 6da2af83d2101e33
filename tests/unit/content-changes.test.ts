/** The real content: what changed 2008→2020, 2020→2023, 2023→2025, and what the site can and cannot say. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { allChanges, changeRows, editionChanges, entryTimeline } from '../../src/lib/catalogue/changes.ts';
import { compareEditions } from '../../src/lib/catalogue/compare.ts';
import { versionsIn } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';

const cat = buildCatalogue(readContent(fileURLToPath(new URL('../..', import.meta.url))));
const official = (from: string, to: string) =>
  editionChanges(cat, from, to)
    .counts.filter((l) => l.part === 'total')
    .map((l) => [l.kind, l.official]);

describe('changes in the real content', () => {
  test('official totals come from the announcements', () => {
    expect(allChanges(cat).map((c) => c.slug)).toEqual(['2008-2020', '2020-2023', '2023-2025']);
    expect(official('2008', '2020')).toEqual([['deleted', 9], ['added', 23], ['modified', 21]]);
    expect(official('2020', '2023')).toEqual([['deleted', 34], ['added', 4], ['modified', 37]]);
    expect(official('2023', '2025')).toEqual([['deleted', 3], ['added', 1], ['modified', 1]]);
  });

  test('2020→2023 per part: 6 + 28 deleted, 1 + 3 added, 6 + 31 modified', () => {
    const c = editionChanges(cat, '2020', '2023').counts.filter((l) => l.part !== 'total');
    expect(c.map((l) => [l.kind, l.part, l.official])).toEqual([
      ['deleted', '禁止', 6], ['deleted', '限制', 28],
      ['added', '禁止', 1], ['added', '限制', 3],
      ['modified', '禁止', 6], ['modified', '限制', 31],
    ]);
  });

  test('2023→2025 is fully identified, so every 2025 entry’s status is determined', () => {
    const c = editionChanges(cat, '2023', '2025');
    expect(c.complete).toBe(true);
    expect(c.determined.determined).toBe(c.determined.held);
    expect(c.changes.find((x) => x.kind === 'deleted' && x.code === '085001X')).toMatchObject({ part: '限制', name: undefined, known: 'identified' });
  });

  test('2008→2020: clause 5 is listed as uncertain, not as a deletion; Q&A short names stay short names', () => {
    const c = editionChanges(cat, '2008', '2020');
    expect(c.complete).toBe(false);
    const drugs = c.changes.filter((x) => x.key === 'synthetic-drugs');
    expect(drugs.map((x) => x.kind)).toEqual(['uncertain']);
    expect(versionsIn(cat, '2020').find((v) => v.key === 'synthetic-drugs')!.relativeToPrevious).toBe('unknown');
    const qa = c.changes.filter((x) => x.shortName);
    expect(qa.every((x) => x.name === undefined && x.known === 'partial' && x.sources[0]!.grade === 'B')).toBe(true);
    expect(qa.map((x) => x.kind)).toEqual(['deleted', 'deleted', 'deleted', 'deleted', 'deleted', 'deleted', 'added', 'added', 'added', 'added', 'added', 'modified', 'modified', 'modified', 'modified']);
  });

  test('信息处理技术: timeline 2008 → 2025 and the 2020→2023 diff of its renumbered point', () => {
    expect(entryTimeline(cat, 'information-processing').map((s) => [s.edition, s.code, s.status])).toEqual([
      ['2008', '056101X', 'first'],
      ['2020', '056101X', 'changed'],
      ['2023', '086501X', 'changed'],
      ['2025', '086501X', 'unchanged'],
    ]);
    const d = compareEditions(cat, 'information-processing', '2020', '2023')!;
    const changed = d.points.find((p) => p.status === 'changed')!;
    expect([changed.before!.n, changed.after!.n]).toEqual([21, 18]);
    expect(changed.segments!.map((s) => s.kind)).toEqual(['same', 'ins']);
  });

  test('有色金属冶金技术 2023→2025: five points added by the clause, the gallium point reworded with its old wording not held', () => {
    const d = compareEditions(cat, 'nonferrous-metallurgy', '2023', '2025')!;
    expect(d.points.map((p) => p.status)).toEqual(['added', 'added', 'added', 'added', 'added', 'old-not-held']);
  });
});

describe('rows of the changes tables', () => {
  test('信息处理技术 in 2020→2023 is one row with both facts (modified, renumbered 056101X → 086501X)', () => {
    const ch = allChanges(cat).find((c) => c.slug === '2020-2023')!;
    const rows = changeRows(ch.changes).filter((r) => r.change.key === 'information-processing');
    expect(rows.map((r) => [r.kinds, r.change.renumbered, r.contentKnown])).toEqual([[['modified', 'renumbered'], { from: '056101X', to: '086501X' }, true]]);
  });
  test('中药材资源及生产 is marked modified, and the row says what changed is not known', () => {
    const ch = allChanges(cat).find((c) => c.slug === '2020-2023')!;
    const row = changeRows(ch.changes).find((r) => r.change.key === 'chinese-medicinal-materials')!;
    expect([row.kinds, row.contentKnown]).toEqual([['modified'], false]);
  });
});
