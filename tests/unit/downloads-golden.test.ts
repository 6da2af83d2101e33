/**
 * The catalogue's open data, field by field, against the fixture files themselves (every CSV column of prose-en's rows
 * is in downloads.test.ts): the columns of a renumbered entry of tests/fixtures/editions-chain (2003), and the JSON
 * fields an English-reading user relies on. The expected values are copied from the content files by hand (and the
 * model’s own sentences word for word), never computed.
 */
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS, editionCsv, editionRecord } from '../../src/lib/catalogue/downloads.ts';
import { parseCsv } from '../helpers/csv.ts';
import { loadFixture } from '../helpers/fixtures.ts';

const ORIGIN = 'https://example.org';
/** The rows of a CSV download as column → value, the header checked against CSV_COLUMNS. */
function rowsOf(csv: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  expect(head).toEqual([...CSV_COLUMNS]);
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

describe('editions-chain 2003.csv: a renumbered entry', () => {
  test('names its former code on each of its rows, and has no predecessors', () => {
    const rows = rowsOf(editionCsv(loadFixture('editions-chain'), '2003', ORIGIN)).filter((r) => r.key === 'test-a');
    expect(rows.map((r) => [r.cp_n, r.code, r.former_codes, r.predecessors, r.sources])).toEqual([
      ['1', '990501J', '990101J', '', '[A] 测试来源 <https://example.org/test>'],
      ['2', '990501J', '990101J', '', '[A] 测试来源 <https://example.org/test>'],
      ['3', '990501J', '990101J', '', '[A] 测试来源 <https://example.org/test>'],
    ]);
  });
});

describe('prose-en 2001.json: our English beside the Chinese, and only where it exists', () => {
  const entries = () => editionRecord(loadFixture('prose-en'), '2001', ORIGIN).entries;

  test('test-a: missing items paired with their English; the notes in both languages, trimmed', () => {
    const a = entries().find((e) => e.key === 'test-a')!;
    expect(a.missing).toEqual(['控制要点2的措辞', '行业标题']);
    expect(a.missingEn).toEqual(['The wording of control point 2', 'The industry heading']);
    expect(a.notes).toBe('本条目的**说明**，见[链接](https://example.org/notes)。');
    expect(a.notesEn).toBe('Our **notes** in English, with a [link](https://example.org/notes) & &lt;b&gt;text that is not a tag&lt;/b&gt;.\n\n| a | b |\n|---|---|\n| 1 | 2 |');
  });

  test('test-b: no English missing items and no English notes: the fields are absent, not empty', () => {
    const b = entries().find((e) => e.key === 'test-b')!;
    expect(b.notes).toBe('只有中文的正文说明。');
    expect('missingEn' in b).toBe(false);
    expect('notesEn' in b).toBe(false);
  });
});

describe('basics: what each edition file says of removals and doubtful deletions', () => {
  test('2001.json lists no removal; 2002.json lists test-b, removed by clause 1', () => {
    const cat = loadFixture('basics');
    expect(editionRecord(cat, '2001', ORIGIN).removed).toEqual([]);
    expect(editionRecord(cat, '2002', ORIGIN).removed.map((r) => [r.key, r.lastEdition, r.by.n])).toEqual([['test-b', '2001', 1]]);
    expect(editionRecord(cat, '2001', ORIGIN).unappliedClauses).toEqual([]);
  });

  test('2002.json: test-a carries the doubtful deletion with its reason in Chinese and in English', () => {
    const a = editionRecord(loadFixture('basics'), '2002', ORIGIN).entries.find((e) => e.key === 'test-a')!;
    expect(a.uncertain).toMatchObject({
      clause: { amendment: '2002-1', n: 2, op: 'delete', certainty: 'uncertain', wordingComplete: false },
      reason: '测试公告第2号第2条可能删除本条目；其措辞本站未完整持有。',
      reasonEn: 'Clause 2 of the announcement adjusting the catalogue may delete this entry; its wording is not fully held',
    });
  });
});
