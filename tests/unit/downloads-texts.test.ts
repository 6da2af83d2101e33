/**
 * What the data files say of themselves, word for word (the `about` texts and the JSON Schemas' titles and
 * descriptions are published contracts), and the rules that decide what a field holds at its edges: English of our
 * prose described only beside its Chinese, an item's gaps in English only when every gap has one, every measure behind
 * an unknown status, changes' English notes, clauses of an amendment that could not be applied. Expected values are
 * written out by hand from the fixture files and the fictional files below.
 */
import { describe, expect, test } from 'vitest';
import { changesJson, describeProseEn, downloadJsonSchema, editionJson, editionRecord } from '../../src/lib/catalogue/downloads.ts';
import { buildControls } from '../../src/lib/controls/build.ts';
import { CONTROLS_CSV_COLUMNS, controlsCsv, controlsJsonSchema, controlsRecord } from '../../src/lib/controls/downloads.ts';
import { parseCsv } from '../helpers/csv.ts';
import { controlFile, suspends, suspensionFile } from '../helpers/control-files.ts';
import { loadFixture } from '../helpers/fixtures.ts';

const ORIGIN = 'https://example.org';
const PROSE_EN = (of: string) => `our own words, in English: the English of ${of} (our note, not official wording and not a translation of it); the Chinese ${of} prevails where they differ. Absent when not yet written`;

describe('what the data files say of themselves', () => {
  test('controls.json: its about text', () => {
    expect(controlsRecord(buildControls([]), '2026-01-01', ORIGIN).about).toBe(
      'Export-control announcements of MOFCOM and other bodies that this site holds, with their clauses, controlled items and control codes. ' +
        'Wording comes only from grade A or B sources; a Traditional-character copy is converted character by character (`converted`), with the text as held in `held`. ' +
        'Every `status` is computed for `statusDate` from the dated facts and relations alone, with every reason it is unknown (`reasons`) and the sentence the pages print (`text`, `textEn`); ' +
        '`unverified` means the date lies after the day the sources were searched up to. A clause or item has its own status; ' +
        'an instrument whose clauses differ lists them in `statusParts`, and `headline` says it in a few words. `gaps` lists what of an item we do not hold. ' +
        'Fields named `en`, `subjectEn` and the CSV columns ending in `_en` are our own unofficial English translations; the Chinese is authoritative. ' +
        'Other fields ending in `En` (`noteEn`, `whatEn`, `conflictsEn`, `notesEn`…) hold our own words (notes, not official wording) in English; the Chinese beside them prevails where they differ.',
    );
  });

  test.each([
    {
      file: 'controls-schema.json',
      text: () => controlsJsonSchema(ORIGIN),
      title: '出口管制公告数据 / export-control announcements download',
      description:
        'English fields (`en` beside the title, a clause, an item or a legal basis, and `subjectEn`) are our own unofficial translations of the Chinese beside them; the Chinese is authoritative. ' +
        'Fields such as `noteEn`, `whatEn`, `conflictsEn` and `notesEn` hold our own words (notes, not official wording) in English; the Chinese beside them prevails where they differ.',
      root: 'ControlsDownload',
    },
    {
      file: 'schema.json',
      text: () => downloadJsonSchema(ORIGIN),
      title: '禁止出口限制出口技术目录 · 参考：版本数据 / edition download',
      description:
        'English fields (`nameEn`, `controlPoints[].en`) are our own unofficial translations of the Chinese beside them; the Chinese is authoritative. ' +
        'Fields such as `noteEn`, `missingEn`, `notesEn` and `summaryEn` hold our own words (notes, not official wording) in English; the Chinese beside them prevails where they differ.',
      root: 'EditionDownload',
    },
  ])('$file: its address, title, description and the name of its root definition', ({ file, text, title, description, root }) => {
    const s = JSON.parse(text());
    expect([s.$id, s.title, s.description, s.$ref]).toEqual([`https://example.org/data/${file}`, title, description, `#/definitions/${root}`]);
  });

  test('changes-<from>-<to>.json: its about text; the English note only on the change that has one', () => {
    const j = JSON.parse(changesJson(loadFixture('basics'), '2001-2002'));
    expect(j.about).toBe(
      'Changes between two consecutive editions of 中国禁止出口限制出口技术目录. `official` are the counts the authorities published; ' +
        '`counts` set them beside the changes this site identifies. `shortName` is a short name used in MOFCOM’s Q&A, not an official entry name. ' +
        'Every `sources[].grade` is A (official text) or B (official wording quoted by a secondary source).',
    );
    expect(j.changes.map((c: { kind: string; noteEn?: string }) => [c.kind, c.noteEn ?? null])).toEqual([
      ['deleted', null],
      ['uncertain', 'Clause 2 of the announcement adjusting the catalogue may delete this entry; its wording is not fully held'],
      ['modified', null],
      ['added', null],
    ]);
  });
});

describe('describeProseEn: the English of our prose is described beside its Chinese, and nothing else is', () => {
  test('noteEn beside note and bodyEn are described; nameEn, an English field without its Chinese, one with a description of its own, and keys that only look alike are left as they are', () => {
    const properties = () => ({
      note: { type: 'string' },
      noteEn: { type: 'string' },
      what: { type: 'string' },
      whatEn: { $ref: '#/definitions/Text' },
      bodyEn: { type: 'string' },
      name: { type: 'string' },
      nameEn: { type: 'string' },
      lonelyEn: { type: 'string' },
      title: { type: 'string' },
      titleEn: { type: 'string', description: 'our own' },
      _x: { type: 'string' },
      _xEn: { type: 'string' },
      noteE: { type: 'string' },
      noteEnd: { type: 'string' },
      flag: true,
      flagEn: true,
      nested: { type: 'object', properties: { code: { type: 'string' }, codeEn: { type: 'string' } } },
    });
    // Only these four change; every other property is as it was.
    expect(describeProseEn({ properties: properties() })).toEqual({
      properties: {
        ...properties(),
        noteEn: { type: 'string', description: PROSE_EN('`note`') },
        whatEn: { allOf: [{ $ref: '#/definitions/Text' }], description: PROSE_EN('`what`') },
        bodyEn: { type: 'string', description: `${PROSE_EN('Markdown body (our notes)')} (Markdown)` },
        nested: { type: 'object', properties: { code: { type: 'string' }, codeEn: { type: 'string', description: PROSE_EN('`code`') } } },
      },
    });
  });
});

describe('controls.csv at its edges (fictional files)', () => {
  // One source, with an address (the CSV's source column gives it in angle brackets).
  const sources = [{ id: 'copy', title: '测试副本', grade: 'B', url: 'https://example.org/copy' }];
  // M (2025-1) has two items: 1-1 with two gaps, both in English; 1-2 with two gaps, one in English. Its period of
  // suspension by S (2025-2) has ended, and R (2025-3) repealed announcements listed in a part we do not hold.
  const controls = buildControls([
    controlFile('2025-1', {
      sources,
      clauses: [{ id: '1', label: '一', text: '一、甲技术；乙技术。', source: 'copy' }],
      items: [
        { id: '1-1', codes: ['1E902.a', '1E902.b'], kind: 'technology', clause: '1', text: '甲技术' },
        { id: '1-2', kind: 'technology', clause: '1', text: '乙技术' },
      ],
      notHeld: [
        { after: '1', item: '1-1', what: '甲的第一处缺文。', whatEn: 'The first gap in A.' },
        { after: '1', item: '1-1', what: '甲的第二处缺文。', whatEn: 'The second gap in A.' },
        { after: '1', item: '1-2', what: '乙的第一处缺文。', whatEn: 'The first gap in B.' },
        { after: '1', item: '1-2', what: '乙的第二处缺文。' },
      ],
    }),
    suspensionFile('2025-2', [suspends('2025-1', '2025-03-01', '2025-03-31')], { sources }),
    controlFile('2025-3', { sources, published: { date: '2025-06-01', source: 'copy' }, repealsUnlisted: [{ from: '2025-06-01', source: 'copy', what: '附件所列公告' }] }),
  ]);
  // Written inside each test, never while the file is collected: a mutant switched on for a test must reach it.
  const csv = () => controlsCsv(controls, '2025-07-01', ORIGIN);
  const rows = () => {
    const [head, ...rest] = parseCsv(csv().replace(/^\uFEFF/, ''));
    expect(head).toEqual([...CONTROLS_CSV_COLUMNS]);
    return rest.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
  };
  test('the file begins with a byte-order mark, for spreadsheet programs', () => {
    expect(csv().charCodeAt(0)).toBe(0xfeff);
    expect(csv().slice(1, 12)).toBe('instrument,');
  });
  test('gaps one a line; their English only when every gap has it, so that the lines never pair wrongly', () => {
    expect(rows().map((r) => [r.item, r.gaps, r.gaps_en])).toEqual([
      ['1-1', '甲的第一处缺文。\n甲的第二处缺文。', 'The first gap in A.\nThe second gap in A.'],
      ['1-2', '乙的第一处缺文。\n乙的第二处缺文。', ''],
    ]);
  });
  test('an unknown status for two reasons names both measures behind it, in the order of the reasons; codes and source as written', () => {
    const r = rows()[0]!;
    expect([r.codes, r.status, r.status_reason, r.status_by, r.source]).toEqual(['1E902.a 1E902.b', 'unknown', 'suspension-ended possibly-repealed', '2025-2 2025-3', '测试副本 <https://example.org/copy>']);
  });
});

describe('an amendment clause that could not be applied', () => {
  test('editions-chain: 2004.json lists the two clauses of 测试公告第4号 (one deletion of a 限制 entry, one modification), and 2003.json none', () => {
    const cat = loadFixture('editions-chain');
    expect(editionRecord(cat, '2004', ORIGIN).unappliedClauses).toEqual([
      {
        clause: { amendment: '2004-1', instrument: '测试公告第4号', op: 'delete', shortName: '测试简称子', wordingComplete: true, certainty: 'certain', note: '测试用：只知道删除了一项限制类条目及其简称。', source: { title: '测试问答', grade: 'B' } },
        part: '限制',
      },
      { clause: { amendment: '2004-1', instrument: '测试公告第4号', op: 'modify', shortName: '测试简称丑', wordingComplete: true, certainty: 'certain', source: { title: '测试问答', grade: 'B' } } },
    ]);
    expect(editionRecord(cat, '2003', ORIGIN).unappliedClauses).toEqual([]);
  });
  test('the edition file is its record as indented JSON, ending with a newline', () => {
    const text = editionJson(loadFixture('editions-chain'), '2004', ORIGIN);
    expect(text.startsWith('{\n  "')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text).unappliedClauses).toHaveLength(2);
  });
});
