/** Control-point anchors: the temporary scheme (pinned), aliases kept when a point gets its number, and their checks. */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { entryRecord } from '../../src/lib/catalogue/downloads.ts';
import type { Catalogue, EntryVersion } from '../../src/lib/catalogue/model.ts';
import { contentFromFiles, readContent } from '../../src/lib/shared/read-content.ts';
import { anchorFor, controlPointAnchors } from '../../src/lib/site/urls.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const EDITION = (id: string, arises = '{ kind: full-text }') =>
  `---\nedition: "${id}"\ninstrument: 测试令第${id}号\npublished: ${id}-01-01\ninForce: ${id}-01-01\ntotals: { 禁止: 3, 限制: 3 }\narises: ${arises}\nsummary: 测试用的虚构版本。\n---\n`;
const ENTRY = (points: string) =>
  `---\nedition: "2001"\npart: 禁止\ncode: 990101J\nname: 测试技术甲\ncompleteness: partial\nmissing: [控制要点的官方编号]\ncontrolPoints:\n${points}sources:\n  - { title: 测试来源, grade: B }\n---\n`;

/** A catalogue of one fictional entry (test-a, 2001) with the given control points, and a computed 2002 edition. */
function catalogueWith(points: string, clauses = '[]'): Catalogue {
  return buildCatalogue(
    contentFromFiles(
      new Map([
        ['content/editions/2001.md', EDITION('2001')],
        ['content/editions/2002.md', EDITION('2002', '{ kind: amended, base: "2001", amendment: "2002-1" }')],
        ['content/entries/2001/test-a.md', ENTRY(points)],
        [
          'content/amendments/2002-1.md',
          `---\nid: "2002-1"\ninstrument: 测试公告\npublished: 2002-01-01\nbase: "2001"\nresult: "2002"\ncounts:\n  deleted: { total: 0 }\n  added: { total: 0 }\n  modified: { total: 1 }\ncountsSource: { title: 测试来源, grade: A }\nclauses: ${clauses}\n---\n`,
        ],
      ]),
    ),
  );
}
const entry = (cat: Catalogue, edition: string): EntryVersion => cat.versions.get(edition)!.find((v) => v.key === 'test-a')!;
/** anchor → wording, for every anchor and alias of an entry version: where each published link lands. */
const landing = (v: EntryVersion): Record<string, string | undefined> =>
  Object.fromEntries(v.controlPoints.flatMap((cp) => [cp.anchor, ...(cp.aliases ?? [])].map((a) => [a, cp.text])));

describe('the temporary anchor scheme (published: a change here breaks links)', () => {
  test('the first point without a number is cp-u1, never cp-u0; numbered points are cp-<n>', () => {
    expect(anchorFor(undefined, 0)).toBe('cp-u1');
    expect(anchorFor(undefined, 1)).toBe('cp-u2');
    expect(anchorFor(5, 0)).toBe('cp-5');
    expect(controlPointAnchors([{}, {}, {}])).toEqual(['cp-u1', 'cp-u2', 'cp-u3']);
    expect(controlPointAnchors([{ n: 1 }, {}, { n: 3 }, {}])).toEqual(['cp-1', 'cp-u1', 'cp-3', 'cp-u2']);
  });

  test('a temporary anchor kept as an alias is skipped, so the later points keep theirs', () => {
    expect(controlPointAnchors([{ n: 3, aliases: ['cp-u1'] }, {}])).toEqual(['cp-3', 'cp-u2']);
    expect(controlPointAnchors([{}, { n: 2, aliases: ['cp-u2'] }, {}])).toEqual(['cp-u1', 'cp-2', 'cp-u3']);
    expect(controlPointAnchors([{ n: 1, aliases: ['cp-u1'] }, { n: 2, aliases: ['cp-u2'] }, {}])).toEqual(['cp-1', 'cp-2', 'cp-u3']);
  });

  test('the real content: 稀土 (2023) holds four points without a number, cp-u1 to cp-u4, carried into 2025', () => {
    const cat = buildCatalogue(readContent(ROOT));
    const rare = (ed: string) => cat.versions.get(ed)!.find((v) => v.key === 'rare-earth')!;
    expect(rare('2023').controlPoints.map((cp) => [cp.anchor, cp.text])).toEqual([
      ['cp-u1', '稀土萃取分离工艺技术'],
      ['cp-u2', '稀土金属及合金材料的生产技术'],
      ['cp-u3', '钐钴、钕铁硼、铈磁体制备技术'],
      ['cp-u4', '稀土硼酸氧钙制备技术'],
    ]);
    expect(rare('2025').controlPoints.map((cp) => cp.anchor)).toEqual(['cp-u1', 'cp-u2', 'cp-u3', 'cp-u4']);
  });
});

describe('a point that gets its number keeps its old anchor', () => {
  const before = catalogueWith('  - { text: 测试要点甲 }\n  - { text: 测试要点乙 }\n');

  test('numbering the first of two points with aliases: [cp-u1]: every old anchor lands on the same wording', () => {
    const after = catalogueWith('  - { n: 3, text: 测试要点甲, aliases: [cp-u1] }\n  - { text: 测试要点乙 }\n');
    expect(landing(entry(before, '2001'))).toEqual({ 'cp-u1': '测试要点甲', 'cp-u2': '测试要点乙' });
    expect(landing(entry(after, '2001'))).toEqual({ 'cp-3': '测试要点甲', 'cp-u1': '测试要点甲', 'cp-u2': '测试要点乙' });
    expect(entry(after, '2001').controlPoints[0]).toMatchObject({ n: 3, anchor: 'cp-3', aliases: ['cp-u1'] });
  });

  test('without the alias the second point moves up to cp-u1 and cp-u2 is gone: what the build check catches', () => {
    const dropped = catalogueWith('  - { n: 3, text: 测试要点甲 }\n  - { text: 测试要点乙 }\n');
    expect(landing(entry(dropped, '2001'))).toEqual({ 'cp-3': '测试要点甲', 'cp-u1': '测试要点乙' });
  });

  test('a computed edition carries the aliases; a clause replacing the point keeps them; downloads list them', () => {
    const points = '  - { n: 1, text: 测试要点甲, aliases: [cp-u1] }\n  - { text: 测试要点乙 }\n';
    expect(landing(entry(catalogueWith(points), '2002'))).toEqual({ 'cp-1': '测试要点甲', 'cp-u1': '测试要点甲', 'cp-u2': '测试要点乙' });
    const replaced = catalogueWith(points, '\n  - { n: 1, part: 禁止, op: replace-cp, target: { code: 990101J }, cp: 1, text: 修改后的测试要点, source: { title: 测试来源, grade: A } }');
    expect(landing(entry(replaced, '2002'))).toEqual({ 'cp-1': '修改后的测试要点', 'cp-u1': '修改后的测试要点', 'cp-u2': '测试要点乙' });
    const record = entryRecord(replaced, entry(replaced, '2002'), 'https://example.org');
    expect(record.controlPoints.map((cp) => [cp.anchor, cp.aliases])).toEqual([
      ['cp-1', ['cp-u1']],
      ['cp-u2', undefined],
    ]);
  });

  test('an alias may not be the point’s own anchor or another point’s', () => {
    const problem = (points: string) => {
      try {
        catalogueWith(points);
        return undefined;
      } catch (e) {
        return (e as Error).message.split('\n').slice(1).map((l) => l.trim());
      }
    };
    expect(problem('  - { n: 1, text: 甲, aliases: [cp-1] }\n')).toEqual([
      "content/entries/2001/test-a.md — controlPoints[0].aliases[0]: is cp-1, which is already the point's own anchor",
    ]);
    expect(problem('  - { n: 1, text: 甲 }\n  - { n: 2, text: 乙, aliases: [cp-1] }\n')).toEqual([
      'content/entries/2001/test-a.md — controlPoints[1].aliases[0]: is cp-1, which is already the anchor of controlPoints[0]',
    ]);
    expect(problem('  - { n: 1, text: 甲, aliases: [cp-u1, cp-u1] }\n')).toEqual([
      'content/entries/2001/test-a.md — controlPoints[0].aliases[1]: is cp-u1, which is already an alias of controlPoints[0]',
    ]);
    expect(problem('  - { n: 1, text: 甲, aliases: [cp-u1, cp-7] }\n')).toBeUndefined();
  });
});
