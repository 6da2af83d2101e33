/** A fictional chain of editions — full text, amended, re-issued with new codes, amended in part — and what changed. */
import { describe, expect, test } from 'vitest';
import { loadFixture } from '../helpers/fixtures.ts';
import { editionChanges, editionPairs, entryTimeline, isDetermined } from '../../src/lib/catalogue/changes.ts';
import { browserCompareData, compareEditions, comparePairs } from '../../src/lib/catalogue/compare.ts';
import { diffVersions } from '../../src/lib/catalogue/diff.ts';
import { versionsIn } from '../../src/lib/catalogue/queries.ts';

const cat = loadFixture('editions-chain');
const rows = (from: string, to: string) =>
  editionChanges(cat, from, to).changes.map((c) => [c.kind, c.part ?? null, c.key ?? c.name ?? c.shortName ?? c.code, c.from?.url ?? null, c.to?.url ?? null]);

describe('applying adjustment lists', () => {
  test('2002 = 2001 with clauses 1–4: one deleted, one point replaced, two added', () => {
    expect(versionsIn(cat, '2002').map((v) => [v.key, v.relativeToPrevious])).toEqual([
      ['test-a', 'unchanged'],
      ['test-c', 'modified'],
      ['test-h', 'unchanged'],
      ['test-d', 'added'],
      ['test-e', 'added'],
    ]);
    expect(versionsIn(cat, '2002').find((v) => v.key === 'test-c')!.controlPoints.map((p) => p.text)).toEqual([
      '测试技术丙的第一个测试要点',
      '测试技术丙的第二个测试要点（修改后）',
    ]);
  });

  test('an untouched entry is "unchanged" only when every counted change is identified', () => {
    expect(versionsIn(cat, '2002').filter((v) => !isDetermined(v))).toEqual([]);
    // 2004's list is known only in part: a clause we lack may touch any carried entry.
    expect(versionsIn(cat, '2004').map((v) => [v.key, v.relativeToPrevious])).toEqual([
      ['test-a', 'unknown'],
      ['test-f', 'unknown'],
      ['test-c', 'unknown'],
    ]);
  });

  test('clauses known only in part are recorded with their part and short name, not applied', () => {
    expect(cat.unapplied.filter((u) => u.edition === '2004').map((u) => [u.clause.op, u.part ?? null, u.clause.shortName])).toEqual([
      ['delete', '限制', '测试简称子'],
      ['modify', null, '测试简称丑'],
    ]);
  });
});

describe('lineage across a re-issue', () => {
  test('the same key links 2001–2004; the former code records the renumbering', () => {
    expect(entryTimeline(cat, 'test-a').map((s) => [s.edition, s.code, s.status, s.changes.map((c) => c.kind)])).toEqual([
      ['2001', '990101J', 'first', []],
      ['2002', '990101J', 'unchanged', []],
      ['2003', '990501J', 'changed', ['modified', 'renumbered']],
      ['2004', '990501J', 'unknown', []],
    ]);
  });

  test('a deleted entry’s timeline ends with the edition that deleted it, and links its removal notice', () => {
    expect(entryTimeline(cat, 'test-b').map((s) => [s.edition, s.status, s.url, s.compare ?? null])).toEqual([
      ['2001', 'first', '/entries/test-b/2001/', null],
      ['2002', 'deleted', '/entries/test-b/2002/', null],
    ]);
  });

  test('each step after the first links the compare view with the previous version', () => {
    expect(entryTimeline(cat, 'test-a').map((s) => s.compare ?? null)).toEqual([
      null,
      '/entries/test-a/compare/2001...2002/',
      '/entries/test-a/compare/2002...2003/',
      '/entries/test-a/compare/2003...2004/',
    ]);
  });

  test('the compare view across the re-issue pairs points by wording and marks the new one', () => {
    const d = compareEditions(cat, 'test-a', '2002', '2003')!;
    expect([d.sameNumbering, d.codeChanged]).toEqual([false, true]);
    expect(d.points.map((p) => [p.status, p.before?.n ?? null, p.after?.n ?? null])).toEqual([
      ['same', 1, 1],
      ['changed', 2, 2],
      ['added', null, 3],
    ]);
  });
});

describe('pairs compared on a page and in the browser', () => {
  test('a compare page for editions next to each other among those holding the entry; every other pair in the browser', () => {
    expect(comparePairs(cat, 'test-a').map((p) => [`${p.a}...${p.b}`, p.page])).toEqual([
      ['2001...2002', true],
      ['2001...2003', false],
      ['2001...2004', false],
      ['2002...2003', true],
      ['2002...2004', false],
      ['2003...2004', true],
    ]);
    // An entry held in two editions has its one pair as a page, and no data for the browser.
    expect(comparePairs(cat, 'test-h')).toEqual([{ a: '2001', b: '2002', page: true }]);
    expect(browserCompareData(cat, 'test-h', (e) => e)).toBeUndefined();
  });

  test("the history page's data gives the browser the same diff as the model, for every pair it compares", () => {
    const data = browserCompareData(cat, 'test-a', (e) => `/en/entries/test-a/${e}/`)!;
    expect(Object.keys(data.pairs)).toEqual(['compare-2001-2003', 'compare-2001-2004', 'compare-2002-2004']);
    expect(data.versions['2003']!.url).toBe('/en/entries/test-a/2003/');
    for (const { a, b, sameNumbering, direct } of Object.values(data.pairs)) {
      const model = compareEditions(cat, 'test-a', a, b)!;
      const browser = diffVersions(data.versions[a]!, data.versions[b]!, sameNumbering, direct);
      expect([browser.sameNumbering, browser.direct, browser.nameChanged, browser.codeChanged], `${a}...${b}`).toEqual([model.sameNumbering, model.direct, model.nameChanged, model.codeChanged]);
      expect(browser.points.map((p) => [p.status, p.before?.anchor, p.after?.anchor, p.segments]), `${a}...${b}`).toEqual(model.points.map((p) => [p.status, p.before?.anchor, p.after?.anchor, p.segments]));
    }
  });
});

describe('changes between consecutive editions', () => {
  test('the pairs are 2001→2002, 2002→2003, 2003→2004', () => {
    expect(editionPairs(cat)).toEqual([
      { from: '2001', to: '2002' },
      { from: '2002', to: '2003' },
      { from: '2003', to: '2004' },
    ]);
  });

  test('amendment: by part, industry, then deleted/added/modified; each change links both versions, a deletion its removal notice', () => {
    expect(rows('2001', '2002')).toEqual([
      ['deleted', '禁止', 'test-b', '/entries/test-b/2001/', '/entries/test-b/2002/'],
      ['added', '限制', 'test-d', null, '/entries/test-d/2002/'],
      ['added', '限制', 'test-e', null, '/entries/test-e/2002/'],
      ['modified', '限制', 'test-c', '/entries/test-c/2001/', '/entries/test-c/2002/'],
    ]);
    const c = editionChanges(cat, '2001', '2002');
    expect([c.complete, c.determined]).toEqual([true, { held: 5, determined: 5 }]);
  });

  test('re-issue: derived from lineage and named deletions; entries merely absent from a partial re-issue are not called deleted', () => {
    expect(rows('2002', '2003')).toEqual([
      ['added', '禁止', 'test-f', null, '/entries/test-f/2003/'],
      ['modified', '禁止', 'test-a', '/entries/test-a/2002/', '/entries/test-a/2003/'],
      ['renumbered', '禁止', 'test-a', '/entries/test-a/2002/', '/entries/test-a/2003/'],
      ['deleted', '限制', 'test-e', '/entries/test-e/2002/', null],
    ]);
    expect(editionChanges(cat, '2002', '2003').changes.find((c) => c.kind === 'renumbered')!.renumbered).toEqual({ from: '990101J', to: '990501J' });
  });

  test('official counts beside identified, partly known and unaccounted changes', () => {
    const line = (from: string, to: string, kind: string, part: string) =>
      editionChanges(cat, from, to).counts.find((l) => l.kind === kind && l.part === part);
    expect(line('2002', '2003', 'deleted', '限制')).toEqual({ kind: 'deleted', part: '限制', official: 2, identified: 1, partial: 0, unaccounted: 1 });
    expect(line('2003', '2004', 'deleted', '限制')).toEqual({ kind: 'deleted', part: '限制', official: 1, identified: 0, partial: 1, unaccounted: 0 });
    expect(line('2003', '2004', 'modified', 'total')).toEqual({ kind: 'modified', part: 'total', official: 1, identified: 0, partial: 1, unaccounted: 0 });
    expect(editionChanges(cat, '2003', '2004').determined).toEqual({ held: 3, determined: 0 });
  });
});
