/** Open-data serialisers on the fictional `basics` fixture: JSON record, CSV quoting, schema, the /data/ list. */
import { describe, expect, test } from 'vitest';
import { loadFixture } from '../helpers/fixtures.ts';
import { csvField, downloadFiles, downloadJsonSchema, editionCsv, editionRecord, byteSize, formatBytes } from '../../src/lib/downloads.ts';
import { DownloadEditionSchema } from '../../src/lib/schemas.ts';

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
