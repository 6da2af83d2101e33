/**
 * /data/controls.csv and controls.json, column by column, for rows of the real content whose values are read here
 * from the content files by hand (content/controls/2025-58.md, 2025-10.md, 2024-21.md, 2024-46.md): codes, clause
 * labels in both numberings, gaps in both languages, the Traditional-copy flag, the source, who decides a status and
 * why; and an instrument's parts, headline and notes. The date is fixed: 2026-12-07, after the 2025 No.70 period.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CONTROLS_CSV_COLUMNS, controlsCsv, controlsJson, controlsRecord } from '../../src/lib/controls/downloads.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { parseCsv } from '../helpers/csv.ts';

const DATE = '2026-12-07';
const ORIGIN = 'https://example.org';
const { controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));

function row(instrument: string, item: string): Record<string, string> {
  const [head, ...rows] = parseCsv(controlsCsv(controls, DATE, ORIGIN).replace(/^\uFEFF/, ''));
  expect(head).toEqual([...CONTROLS_CSV_COLUMNS]);
  const r = rows.find((x) => x[0] === instrument && x[head!.indexOf('item')] === item);
  if (!r) throw new Error(`no row ${instrument}#${item}`);
  return Object.fromEntries(head!.map((h, i) => [h, r[i] ?? '']));
}

describe('controls.csv', () => {
  test('2025 No.58 item 3-4: from the Traditional copy, one gap in both languages, unknown since No.70 ended', () => {
    expect(row('2025-58', '3-4')).toMatchObject({
      codes: '3B901.c.2',
      kind: 'goods',
      clause: '3-4',
      clause_label: '三（四）',
      clause_label_en: '3(4)',
      gaps: '三（四）3B901.c.2 b项截断处之后的文字，以及三（四）的其余子项：繁体副本在这里截断，没有其他副本。',
      gaps_en: 'The text of 3(4) 3B901.c.2 after the point where item b is truncated, and the remaining sub-items of 3(4): the Traditional-character copy is truncated here, and there is no other copy.',
      converted_from_traditional: 'yes',
      grade: 'B',
      source: 'kdso.net 网站的繁体字转载 <https://www.kdso.net/kdso/1887118/d.htm>',
      status_date: DATE,
      status: 'unknown',
      status_by: '2025-70',
      status_reason: 'suspension-ended',
      item_url: 'https://example.org/controls/2025-58/items/3-4/',
      instrument_url: 'https://example.org/controls/2025-58/',
    });
  });

  test('2025 No.10 item w-4: two codes in one cell, a Simplified copy, in force, no one deciding against it', () => {
    expect(row('2025-10', 'w-4')).toMatchObject({ codes: '1E004 1E101.b', kind: 'technology', clause_label_en: 'tungsten part (4)', converted_from_traditional: 'no', status: 'in-force', status_by: '', status_reason: '', status_until: '' });
  });

  test('2024 No.21: unknown for two reasons, named in order, and the measure behind the second', () => {
    expect(row('2024-21', '1-2-5')).toMatchObject({ gaps: '', gaps_en: '', status: 'unknown', status_by: '2024-51', status_reason: 'dates-not-held possibly-repealed' });
  });
});

describe('controls.csv as a file', () => {
  test('an item with two gaps gives both, one a line, in the order of the content file', () => {
    expect(row('2025-55', '3').gaps).toBe('三（人造金刚石线锯）特性的第1项，抓取副本漏掉了，没有其他中文副本。\n三（人造金刚石线锯）特性的第3项，抓取副本漏掉了，没有其他中文副本。一份日文摘要（C 级）有转述，但未经核对，不能代替原文。');
    expect((row('2025-55', '3').gaps_en ?? '').split('\n')).toHaveLength(2);
  });
  test('every line ends with CRLF, the last one too', () => {
    const csv = controlsCsv(controls, DATE, ORIGIN);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });
});

describe('controls.json', () => {
  test('the file is the record, as indented JSON ending with a newline', () => {
    const text = controlsJson(controls, DATE, ORIGIN);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(controlsRecord(controls, DATE, ORIGIN))));
    expect(text.startsWith('{\n  "')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  const rec = () => controlsRecord(controls, DATE, ORIGIN);
  test('2024 No.46: clause 二 has a status of its own: listed in statusParts and named in both headlines', () => {
    const r = rec();
    const i = r.instruments.find((x) => x.id === '2024-46')!;
    expect(i.statusParts).toEqual(['2']);
    expect(i.headline).toBe('施行中（此后未核实）；部分状态未知（二）');
    expect(i.headlineEn).toBe('in force (not verified since); part status unknown (2 [二])');
    // The sentence of the whole says that the parts listed are the exception.
    expect(i.status.text.startsWith('施行中（下列部分除外）：')).toBe(true);
    expect(i.status.textEn.startsWith('In force, except for the parts listed below: ')).toBe(true);
    // The clause's own sentence speaks of the clause alone: no parts are listed below it.
    const clause2 = i.clauses.find((c) => c.id === '2')!;
    expect(clause2.status.state).toBe('unknown');
    expect(clause2.status.text).not.toContain('下列部分除外');
    expect(clause2.status.textEn).not.toContain('except for the parts listed below');
    const item = r.instruments.find((x) => x.id === '2025-10')!;
    expect(item.status.text.startsWith('施行中：')).toBe(true);
    expect(i.notes?.startsWith('本公告没有自己的管制条目：第二条只按类别提到镓、锗、锑、超硬材料和石墨两用物项')).toBe(true);
    expect(i.notesEn?.startsWith('This announcement has no control entries of its own: clause 2 refers only by category')).toBe(true);
    // Trimmed: the Markdown body's first and last blank lines are not part of the notes.
    expect(i.notes).toMatch(/^\S[\s\S]*\S$/);
    expect(i.notesEn).toMatch(/^\S[\s\S]*\S$/);
  });

  test('an instrument without parts has no statusParts; every code lists the items that carry it', () => {
    const r = rec();
    expect('statusParts' in r.instruments.find((x) => x.id === '2025-10')!).toBe(false);
    expect(r.codes.find((c) => c.code === '3B901.c.2')?.items).toEqual(['2025-58#3-4']);
    expect(r.codes.find((c) => c.code === '1E004')?.items).toContain('2025-10#w-4');
  });
});
