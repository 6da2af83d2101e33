/** Open-data serialisers on the fictional `basics` fixture: JSON record, CSV quoting, schema, the /data/ list. */
import { describe, expect, test } from 'vitest';
import { loadFixture, loadSiteFixture } from '../helpers/fixtures.ts';
import { csvField, downloadFiles, downloadJsonSchema, editionCsv, editionRecord, byteSize, formatBytes } from '../../src/lib/catalogue/downloads.ts';
import { DownloadEditionSchema } from '../../src/lib/catalogue/schemas.ts';
import { CSV_COLUMNS, describeProseEn } from '../../src/lib/catalogue/downloads.ts';
import { parseCsv } from '../helpers/csv.ts';

const cat = loadFixture('basics');
const ORIGIN = 'https://example.org';

describe('edition JSON', () => {
  test('holds every entry version, validates against the download schema, and carries lineage', () => {
    const r = editionRecord(cat, '2002', ORIGIN);
    expect(DownloadEditionSchema.parse(JSON.parse(JSON.stringify(r)))).toBeTruthy();
    expect(r.entries.map((e) => e.code)).toEqual(['990101J', '990201X', '990202X', '990301X']);
    expect(r.removed).toEqual([expect.objectContaining({ key: 'test-b', lastEdition: '2001', lastUrl: 'https://example.org/entries/test-b/2001/' })]);
    const c = r.entries.find((e) => e.code === '990201X')!;
    expect(c.lineage.map((l) => [l.edition, l.status])).toEqual([['2001', 'present'], ['2002', 'present']]);
    expect(c.controlPoints[0]).toMatchObject({ n: 1, text: '修改后的测试要点', url: 'https://example.org/entries/test-c/2002/#cp-1' });
    expect(r.entries.find((e) => e.code === '990101J')!.uncertain?.clause.n).toBe(2);
    expect(r.completeness.total.held).toBe(4);
  });
});

describe('official totals against what is held, per part', () => {
  // tests/fixtures/basics/content/editions/*.md: 2001 totals 禁止 2, 限制 2; 2002 totals 禁止 1, 限制 3. Held: in 2001
  // test-a, test-b (禁止) and test-c, test-d (限制); in 2002 test-a (禁止, its deletion uncertain), test-c, test-d and
  // the added test-e (限制). Every one is complete.
  test.each([
    ['2001', { official: 4, held: 4 }, { official: 2, held: 2 }, { official: 2, held: 2 }],
    ['2002', { official: 4, held: 4 }, { official: 1, held: 1 }, { official: 3, held: 3 }],
  ])('%s: the whole edition, 禁止 and 限制 each with its own official total', (edition, total, prohibited, restricted) => {
    const c = editionRecord(cat, edition, ORIGIN).completeness;
    const full = (x: { official: number; held: number }) => ({ ...x, complete: x.held, partial: 0, nameOnly: 0 });
    expect(c).toEqual({ total: full(total), 禁止: full(prohibited), 限制: full(restricted) });
  });
  test('the sentence at the head of the file says how much of the edition it holds', () => {
    expect(editionRecord(cat, '2002', ORIGIN).holds).toBe(
      'This file holds 4 of the 4 entries of the 2002 edition (本文件只含该版 4 项中的 4 项); the others are not held by this site, which does not mean they do not exist.',
    );
  });
});

describe('edition CSV', () => {
  test('starts with a BOM, uses CRLF, one row per control point', () => {
    const csv = editionCsv(cat, '2001', ORIGIN);
    expect(csv.startsWith('\uFEFFedition,part,seq,code,name,')).toBe(true);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    const points = cat.versions.get('2001')!.reduce((n, v) => n + Math.max(1, v.controlPoints.length), 0);
    expect(lines.length).toBe(1 + points);
  });

  test('quotes fields with commas, quotes, line breaks and outer spaces', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说“x”"y"')).toBe('"说“x”""y"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(' a')).toBe('" a"');
    expect(csvField('测试技术甲')).toBe('测试技术甲');
    expect(csvField(undefined)).toBe('');
    expect(csvField(12)).toBe('12');
  });
});

describe('schema and the /data/ list', () => {
  test('schema.json is a draft-07 JSON Schema of the edition download', () => {
    const s = JSON.parse(downloadJsonSchema(ORIGIN));
    expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(s.$ref).toBe('#/definitions/EditionDownload');
    expect(s.definitions.EditionDownload.required).toEqual(expect.arrayContaining(['edition', 'entries', 'completeness']));
  });

  test('lists JSON and CSV per edition, the changes of each edition pair and the schema, with sizes in bytes', () => {
    const files = downloadFiles(cat, ORIGIN);
    expect(files.map((f) => f.path)).toEqual([
      '/data/2001.json',
      '/data/2001.csv',
      '/data/2002.json',
      '/data/2002.csv',
      '/data/changes-2001-2002.json',
      '/coverage.json',
      '/data/schema.json',
    ]);
    expect(JSON.parse(files[4]!.body())).toMatchObject({ from: '2001', to: '2002' });
    expect(byteSize('测')).toBe(3);
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2.0 KB');
  });
});

describe('English renderings in the downloads', () => {
  test('nameEn and a control point en go into the JSON and the name_en / cp_text_en columns; the schema says they are unofficial', () => {
    const fixture = loadFixture('basics');
    const v = fixture.versions.get('2001')!.find((x) => x.controlPoints.length > 0)!;
    v.nameEn = 'Test technology, with a comma';
    v.controlPoints[0]!.en = 'Test control point';
    const r = editionRecord(fixture, '2001', ORIGIN);
    expect(DownloadEditionSchema.parse(JSON.parse(JSON.stringify(r)))).toBeTruthy();
    const e = r.entries.find((x) => x.key === v.key)!;
    expect(e.nameEn).toBe('Test technology, with a comma');
    expect(e.controlPoints[0]!.en).toBe('Test control point');
    const [header, ...rows] = editionCsv(fixture, '2001', ORIGIN).slice(1).split('\r\n');
    const cols = header!.split(',');
    expect(cols).toEqual(expect.arrayContaining(['name_en', 'cp_text_en']));
    expect(cols.indexOf('name_en')).toBe(cols.indexOf('name') + 1);
    expect(rows.find((row) => row.includes('"Test technology, with a comma"'))).toContain('Test control point');
    const s = JSON.parse(downloadJsonSchema(ORIGIN));
    expect(s.description).toMatch(/unofficial translations.*the Chinese is authoritative/);
    expect(s.definitions.Entry.properties.nameEn.description).toMatch(/^our own unofficial English translation of `name`; the Chinese is authoritative/);
  });
});

describe('English renderings in the controls downloads', () => {
  test('en beside title, clause and item, subjectEn, and the _en columns; the schema says they are unofficial', async () => {
    const { loadSiteFixture } = await import('../helpers/fixtures.ts');
    const { controlsCsv, controlsJsonSchema, controlsRecord, CONTROLS_CSV_COLUMNS } = await import('../../src/lib/controls/downloads.ts');
    const { DownloadControlsSchema } = await import('../../src/lib/controls/schemas.ts');
    const { controls } = loadSiteFixture('controls-basic');
    const inst = controls.instruments.find((i) => i.items.length > 0)!;
    const item = inst.items[0]!;
    item.en = 'Test item';
    item.clause.en = 'Test clause';
    inst.data.subjectEn = 'Our summary';
    const r = controlsRecord(controls, '2026-01-01', ORIGIN);
    expect(DownloadControlsSchema.parse(JSON.parse(JSON.stringify(r)))).toBeTruthy();
    const rec = r.instruments.find((i) => i.id === inst.id)!;
    expect(rec.subjectEn).toBe('Our summary');
    expect(rec.items[0]!.en).toBe('Test item');
    expect(rec.clauses.find((c) => c.id === item.clause.id)!.en).toBe('Test clause');
    expect(CONTROLS_CSV_COLUMNS).toEqual(expect.arrayContaining(['instrument_title_en', 'clause_text_en', 'text_en']));
    const rows = controlsCsv(controls, '2026-01-01', ORIGIN).slice(1).split('\r\n');
    const cols = rows[0]!.split(',');
    const row = rows.find((x) => x.includes('Test item'))!.split(',');
    expect([row[cols.indexOf('clause_text_en')], row[cols.indexOf('text_en')]]).toEqual(['Test clause', 'Test item']);
    const schema = JSON.parse(controlsJsonSchema(ORIGIN));
    expect(schema.description).toMatch(/unofficial translations.*the Chinese is authoritative/);
    // The schema refers to one definition of the field wherever it recurs: follow the $ref.
    type Node = { $ref?: string; description?: string; [k: string]: unknown };
    const resolve = (node: Node): Node => (node.$ref ? resolve(node.$ref.slice(2).split('/').reduce<Node>((n, k) => n[k] as Node, schema as Node)) : node);
    expect(resolve(schema.definitions.Item.properties.en).description).toMatch(/^our own unofficial English translation of `text`; the Chinese is authoritative/);
    expect(schema.definitions.Instrument.properties.subjectEn.description).toMatch(/not official wording; the Chinese is authoritative/);
  });

  test('each clause carries our English numbering (labelEn, CSV clause_label_en), described as ours', async () => {
    const { loadSiteFixture } = await import('../helpers/fixtures.ts');
    const { controlsCsv, controlsJsonSchema, controlsRecord } = await import('../../src/lib/controls/downloads.ts');
    const { DownloadControlsSchema } = await import('../../src/lib/controls/schemas.ts');
    const { controls } = loadSiteFixture('controls-basic');
    const r = controlsRecord(controls, '2001-07-01', ORIGIN);
    expect(DownloadControlsSchema.parse(JSON.parse(JSON.stringify(r)))).toBeTruthy();
    const rec = r.instruments.find((i) => i.id === '2001-1')!;
    expect(rec.clauses.map((c) => [c.label, c.labelEn])).toEqual([['一', '1'], ['一（一）', '1(1)'], ['二', '2'], ['三', '3']]);
    const rows = controlsCsv(controls, '2001-07-01', ORIGIN).slice(1).split('\r\n');
    const cols = rows[0]!.split(',');
    const row = rows.find((x) => x.includes('9E901.a'))!.split(',');
    expect([row[cols.indexOf('clause_label')], row[cols.indexOf('clause_label_en')]]).toEqual(['一（一）', '1(1)']);
    const schema = JSON.parse(controlsJsonSchema(ORIGIN));
    expect(schema.definitions.Instrument.properties.clauses.items.properties.labelEn.description).toMatch(/^our English numbering of `label`.*unofficial/);
  });
});

describe('every CSV column, on the prose-en fixture (tests/fixtures/prose-en: one entry with its English, one without)', () => {
  // The file is written inside each test, never while the file is collected: a mutant switched on for a test (npm run
  // mutation) must reach the rows that test reads.
  const written = () => {
    const [header, ...rows] = parseCsv(editionCsv(loadSiteFixture('prose-en').catalogue, '2001', ORIGIN).slice(1));
    return { header: header!, rows };
  };
  const row = (key: string) => {
    const { header, rows } = written();
    return Object.fromEntries(header.map((h, i) => [h, rows.find((r) => r[header.indexOf('key')] === key)![i]]));
  };

  test('the columns, in order', () => {
    const { header, rows } = written();
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
  });
  test('test-a: English beside the Chinese, its notes, what is missing in both languages, the source with its address', () => {
    expect(row('test-a')).toEqual({
      edition: '2001',
      part: '禁止',
      seq: '',
      code: '990101J',
      name: '测试技术甲',
      name_en: 'Test technology A',
      industry: '',
      completeness: 'partial',
      missing: '控制要点2的措辞；行业标题',
      missing_en: 'The wording of control point 2; The industry heading',
      cp_n: '1',
      cp_anchor: 'cp-1',
      cp_text: '测试要点一。',
      cp_text_en: 'Test point one.',
      cp_note: '要点一的说明。',
      cp_note_en: 'A note on point one & "its" wording.',
      former_codes: '',
      predecessors: '',
      sources: '[A] 测试来源 <https://example.org/source/a>',
      entry_url: 'https://example.org/entries/test-a/2001/',
      cp_url: 'https://example.org/entries/test-a/2001/#cp-1',
      key: 'test-a',
      edition_entries_held: '2',
      edition_entries_official: '4',
    });
  });
  test('test-b: no English written, so the English cells are empty; a source without an address', () => {
    expect(row('test-b')).toMatchObject({
      part: '限制',
      code: '990102X',
      name: '测试技术乙',
      name_en: '',
      missing: '控制要点',
      missing_en: '',
      cp_text: '测试要点乙一。',
      cp_text_en: '',
      cp_note: '只有中文的说明。',
      cp_note_en: '',
      sources: '[B] 乙的来源',
      cp_url: 'https://example.org/entries/test-b/2001/#cp-1',
      key: 'test-b',
    });
  });
  test('an entry without control points has one row, its point cells empty', () => {
    const fixture = loadSiteFixture('prose-en').catalogue;
    fixture.versions.get('2001')!.find((v) => v.key === 'test-b')!.controlPoints = [];
    const [h, ...rs] = parseCsv(editionCsv(fixture, '2001', ORIGIN).slice(1));
    const b = rs.filter((r) => r[h!.indexOf('key')] === 'test-b');
    expect(b).toHaveLength(1);
    expect(['cp_n', 'cp_anchor', 'cp_text', 'cp_url'].map((c) => b[0]![h!.indexOf(c)])).toEqual(['', '', '', '']);
  });
});

describe('the English of our prose in the JSON Schema', () => {
  test('an xEn field beside x without a description gets one; a $ref is wrapped; nameEn, described fields and lone xEn are left', () => {
    const schema = {
      properties: {
        note: { type: 'string' },
        noteEn: { type: 'string' },
        title: { type: 'string' },
        titleEn: { $ref: '#/definitions/Text' },
        name: { type: 'string' },
        nameEn: { type: 'string' },
        covers: { type: 'string' },
        coversEn: { type: 'string', description: 'ours' },
        lonelyEn: { type: 'string' },
        bodyEn: { type: 'string' },
        nested: { properties: { what: { type: 'string' }, whatEn: { type: 'string' } } },
      },
    };
    const out = describeProseEn(structuredClone(schema));
    const d = (x: string) => `our own words, in English: the English of ${x} (our note, not official wording and not a translation of it); the Chinese ${x} prevails where they differ. Absent when not yet written`;
    expect(out.properties.noteEn).toEqual({ type: 'string', description: d('`note`') });
    expect(out.properties.titleEn).toEqual({ allOf: [{ $ref: '#/definitions/Text' }], description: d('`title`') });
    expect(out.properties.bodyEn).toEqual({ type: 'string', description: `${d('Markdown body (our notes)')} (Markdown)` });
    expect(out.properties.nested.properties.whatEn).toEqual({ type: 'string', description: d('`what`') });
    expect([out.properties.nameEn, out.properties.coversEn, out.properties.lonelyEn]).toEqual([schema.properties.nameEn, schema.properties.coversEn, schema.properties.lonelyEn]);
  });
});

describe('the /data/ list, in both languages', () => {
  test('each file with its kind and labels', () => {
    expect(downloadFiles(cat, ORIGIN).map((f) => [f.path, f.kind, f.edition ?? null, f.zh, f.en])).toEqual([
      ['/data/2001.json', 'json', '2001', '全部条目（JSON）', 'all entries, JSON'],
      ['/data/2001.csv', 'csv', '2001', '控制要点表（CSV，UTF-8 带 BOM）', 'one row per control point, CSV'],
      ['/data/2002.json', 'json', '2002', '全部条目（JSON）', 'all entries, JSON'],
      ['/data/2002.csv', 'csv', '2002', '控制要点表（CSV，UTF-8 带 BOM）', 'one row per control point, CSV'],
      ['/data/changes-2001-2002.json', 'json', null, '2001→2002 的变化（JSON）', 'changes 2001 to 2002, JSON'],
      ['/coverage.json', 'json', null, '收录情况：各版本各部分持有与缺少的内容（JSON）', 'coverage of each edition and part, JSON'],
      ['/data/schema.json', 'schema', null, 'JSON 数据的结构说明（JSON Schema）', 'JSON Schema of the edition files'],
    ]);
  });
  test('sizes: bytes of UTF-8, in B below 1 KB, else KB with one decimal', () => {
    expect([byteSize(''), byteSize('a'), byteSize('测试'), byteSize('😀')]).toEqual([0, 1, 6, 4]);
    expect([formatBytes(0), formatBytes(1023), formatBytes(1024), formatBytes(1536), formatBytes(10 * 1024 * 1024)]).toEqual(['0 B', '1023 B', '1.0 KB', '1.5 KB', '10240.0 KB']);
  });
  test('an edition pair that does not exist is an error naming it', async () => {
    const { changesJson } = await import('../../src/lib/catalogue/downloads.ts');
    expect(() => changesJson(cat, '2001-2009')).toThrow('No edition pair 2001-2009');
    expect(JSON.parse(changesJson(cat, '2001-2002'))).toMatchObject({ from: '2001', to: '2002' });
  });
});
