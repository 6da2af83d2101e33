/**
 * What an amendment leaves unknown about an entry, in our words in both languages: a clause whose wording or number
 * we lack adds an item to the entry's `missing` list, and the same item in English at the same place of `missingEn`,
 * so that the English pages and the downloads never show those items in Chinese alone. Expected sentences are written
 * out by hand.
 */
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { editionCsv, editionRecord } from '../../src/lib/catalogue/downloads.ts';
import { contentFromFiles } from '../../src/lib/shared/read-content.ts';
import { parseCsv } from '../helpers/csv.ts';

const EDITION = (id: string, arises = '{ kind: full-text }') =>
  `---\nedition: "${id}"\ninstrument: 测试令第${id}号\npublished: ${id}-01-01\ninForce: ${id}-01-01\ntotals: { 禁止: 3, 限制: 3 }\narises: ${arises}\nsummary: 测试用的虚构版本。\n---\n`;
const ENTRY = (code: string, extra: string) =>
  `---\nedition: "2001"\npart: 禁止\ncode: ${code}\nname: 测试技术${code}\ncompleteness: partial\n${extra}controlPoints:\n  - { n: 1, text: 测试要点 }\nsources:\n  - { title: 测试来源, grade: B }\n---\n`;

/** test-a lacks one thing in 2001 (said in both languages), test-b one thing in Chinese only; 2002-1 touches both. */
function catalogue(instrument: string, clauses: string) {
  return buildCatalogue(
    contentFromFiles(
      new Map([
        ['content/editions/2001.md', EDITION('2001')],
        ['content/editions/2002.md', EDITION('2002', '{ kind: amended, base: "2001", amendment: "2002-1" }')],
        ['content/entries/2001/test-a.md', ENTRY('990101J', 'missing: [主要技术参数]\nmissingEn: [Main technical parameters]\n')],
        ['content/entries/2001/test-b.md', ENTRY('990102J', 'missing: [主要技术参数]\n')],
        [
          'content/amendments/2002-1.md',
          `---\nid: "2002-1"\ninstrument: ${instrument}\npublished: 2002-01-01\nbase: "2001"\nresult: "2002"\ncounts:\n  deleted: { total: 0 }\n  added: { total: 0 }\n  modified: { total: 2 }\ncountsSource: { title: 测试来源, grade: A }\nclauses:\n${clauses}---\n`,
        ],
      ]),
    ),
  );
}
const CLAUSES = [
  '  - { n: 1, part: 禁止, op: replace-cp, target: { code: 990101J }, cp: 1, source: { title: 测试来源, grade: A } }',
  '  - { n: 2, part: 禁止, op: change-param, target: { code: 990101J }, source: { title: 测试来源, grade: A } }',
  '  - { part: 禁止, op: modify, target: { code: 990102J }, source: { title: 测试来源, grade: A } }',
  '  - { n: 4, part: 禁止, op: add-cp, target: { code: 990102J }, points: [{ text: 新增的测试要点 }], source: { title: 测试来源, grade: A } }',
  '',
].join('\n');

const version = (cat: ReturnType<typeof catalogue>, key: string, edition: string) => cat.versions.get(edition)!.find((v) => v.key === key)!;

describe('what a clause leaves unknown, in both languages', () => {
  // Built inside each test, so that mutation testing sees which tests run the code (see the README's mutation section).
  const cat = () => catalogue('商务部 科技部公告2002年第1号', CLAUSES);
  test('a replaced point without its wording, and a parameter change without its wording', () => {
    const a = version(cat(), 'test-a', '2002');
    expect(a.missing).toEqual(['主要技术参数', '商务部 科技部公告2002年第1号第1条所涉控制要点的中文措辞', '商务部 科技部公告2002年第1号第2条所改主要技术参数的措辞']);
    expect(a.missingEn).toEqual([
      'Main technical parameters',
      'The Chinese wording of the control points that clause 1 of MOFCOM & MOST Announcement No. 1 of 2002 concerns',
      'The wording of the main technical parameters that clause 2 of MOFCOM & MOST Announcement No. 1 of 2002 changes',
    ]);
  });
  test('a modification of unknown content by a clause whose number is not held, and a point added without its number; the English of the 2001 item is still not written', () => {
    const b = version(cat(), 'test-b', '2002');
    expect(b.missing).toEqual(['主要技术参数', '商务部 科技部公告2002年第1号（条号未知的一条）所作修改的内容', '商务部 科技部公告2002年第1号第4条所涉控制要点的官方编号']);
    expect(b.missingEn).toEqual([undefined, 'What a clause (number not held) of MOFCOM & MOST Announcement No. 1 of 2002 changes', 'The official numbers of the control points that clause 4 of MOFCOM & MOST Announcement No. 1 of 2002 concerns']);
  });
  test('the 2001 versions are left as they were', () => {
    expect(version(cat(), 'test-a', '2001').missingEn).toEqual(['Main technical parameters']);
    expect(version(cat(), 'test-b', '2001').missingEn).toBeUndefined();
  });
  test('an instrument with no English designation is cited in Chinese, in brackets', () => {
    expect(version(catalogue('测试公告第1号', CLAUSES), 'test-a', '2002').missingEn?.[1]).toBe('The Chinese wording of the control points that clause 1 of [测试公告第1号] concerns');
  });
  test('the downloads: JSON pairs each item with its English (null where not written); the CSV column only when every item has it', () => {
    const rec = editionRecord(cat(), '2002', 'https://example.org').entries;
    expect(rec.find((e) => e.key === 'test-b')!.missingEn).toEqual([null, 'What a clause (number not held) of MOFCOM & MOST Announcement No. 1 of 2002 changes', 'The official numbers of the control points that clause 4 of MOFCOM & MOST Announcement No. 1 of 2002 concerns']);
    const [head, ...rows] = parseCsv(editionCsv(cat(), '2002', 'https://example.org').replace(/^\uFEFF/, ''));
    const col = (key: string, name: string) => rows.find((r) => r[head!.indexOf('key')] === key)![head!.indexOf(name)];
    expect(col('test-a', 'missing_en')).toBe('Main technical parameters; The Chinese wording of the control points that clause 1 of MOFCOM & MOST Announcement No. 1 of 2002 concerns; The wording of the main technical parameters that clause 2 of MOFCOM & MOST Announcement No. 1 of 2002 changes');
    expect(col('test-b', 'missing_en')).toBe('');
  });
});
