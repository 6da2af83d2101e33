/** The importer's PDF path: a fictional catalogue printed to PDF by headless Chromium, read back through pdfjs-dist. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { parseCatalogueText } from '../../src/lib/importer/catalogue-text.ts';
import { pdfToText } from '../../src/lib/importer/pdf.ts';
import { versionsIn } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { catalogueColumnHtml, catalogueHtml, htmlToPdf, pointText, type ColumnRow, type PdfRow } from '../helpers/catalogue-pdf.ts';
import { runImport, tempFixture } from '../helpers/import.ts';

const STEMS = '甲乙丙丁戊己庚辛壬癸子丑';
/** Twelve fictional 禁止 entries (enough for a second page) and two 限制 ones; long names and points wrap in their cells. */
const prohibited: PdfRow[] = [...STEMS].map((s, i) => ({
  seq: i + 1,
  name: i === 3 ? `测试技术${s}的很长很长很长的名称` : `测试技术${s}`,
  code: `9901${String(i + 1).padStart(2, '0')}J`,
  points: [
    `测试技术${s}的第一个测试要点`,
    ...(i % 3 === 0 ? [`测试技术${s}的第二个测试要点，这一要点故意写得很长，长到在控制要点一栏里必须折成两行以上才能排下，用来检验跨行的控制要点`] : []),
  ],
}));
const restricted: PdfRow[] = [
  { seq: 1, name: '测试技术寅', code: '990201X', points: ['测试技术寅的测试要点（全角括号）与(半角括号)'] },
  { seq: 2, name: '测试技术卯', code: '990202X', points: ['测试技术卯的第一个测试要点', '测试技术卯的第二个测试要点'] },
];

let pdfFile: string;
let text: string;
let root: string;

beforeAll(async () => {
  root = tempFixture('import-pdf');
  const html = catalogueHtml(['测试用虚构目录（不是官方文本）', '参考原则', '测试用的虚构段落，只用来检验导入程序跳过参考原则。'], [
    { part: '一、禁止出口部分', industries: [{ heading: '（一）测试行业一', rows: prohibited.slice(0, 7) }, { heading: '（二）测试行业二', rows: prohibited.slice(7) }] },
    { part: '二、限制出口部分', industries: [{ heading: '（一）测试行业三', rows: restricted }] },
  ]);
  pdfFile = join(root, 'catalogue.pdf');
  writeFileSync(pdfFile, await htmlToPdf(html));
  text = await pdfToText(new Uint8Array(readFileSync(pdfFile)));
});

describe('PDF import', () => {
  test('the PDF spans pages and carries page numbers, which are not read as text', () => {
    expect(readFileSync(pdfFile).toString('latin1')).toMatch(/\/Type\s*\/Page\b[\s\S]*\/Type\s*\/Page\b/);
    expect(text).not.toMatch(/—\s*\d+\s*—/);
  });

  test('every row is read back exactly: wrapped names and points rejoined, headings and parts in place', () => {
    const parsed = parseCatalogueText(text);
    expect(parsed.problems).toEqual([]);
    const expected = [
      ...prohibited.map((r, i) => ({ part: '禁止', industry: i < 7 ? '测试行业一' : '测试行业二', ...r })),
      ...restricted.map((r) => ({ part: '限制', industry: '测试行业三', ...r })),
    ];
    expect(parsed.entries.map((e) => ({ part: e.part, industry: e.industry, seq: e.seq, name: e.name, code: e.code, points: e.controlPoints.map((c) => c.text) }))).toEqual(expected);
  });

  test('npm run import on the PDF writes a complete edition', async () => {
    const r = await runImport(root, ['--edition', '2001', '--source-url', 'https://example.org/test.pdf', '--text-out', join(root, 'read.txt'), pdfFile]);
    expect(r.code, r.out).toBe(0);
    const cat = buildCatalogue(readContent(root));
    expect(versionsIn(cat, '2001').length).toBe(14);
    expect(cat.editions[0]!.data.complete).toBe(true);
    expect(readFileSync(join(root, 'read.txt'), 'utf8')).toBe(text);
  });
});

describe('PDF in the draft layout: one table per part, the industry a column, 序号 running on, conditions under points', () => {
  const rows: { part: string; rows: ColumnRow[] }[] = [
    {
      part: '一、禁止出口部分',
      rows: [
        { seq: 1, industry: '测试行业一', code: '990101J', name: '测试技术甲', points: ['测试技术甲的第一个测试要点', '测试技术甲的第二个测试要点：\n（1）测试条件一\n（2）测试条件二'] },
        { seq: 2, industry: '测试行业一', code: '990102J', name: '测试技术乙的很长很长很长的名称', points: ['测试技术乙的测试要点'] },
      ],
    },
    { part: '二、限制出口部分', rows: [{ seq: 3, industry: '测试行业三', code: '990201X', name: '测试技术丙', points: ['测试技术丙的测试要点：\n(1)测试条件甲\n(2)测试条件乙', '测试技术丙的第二个测试要点'] }] },
  ];
  const expected = rows.flatMap((p) => p.rows.map((r) => [p.part.includes('禁止') ? '禁止' : '限制', r.industry, r.seq, r.code, r.name, r.points.map(pointText)]));

  test.each([
    ['an industry cell on every row', false],
    ['one industry cell merged over the rows of its industry', true],
  ])('%s: every row read back, with its industry', async (_name, merge) => {
    const pdf = await htmlToPdf(catalogueColumnHtml(['测试用虚构目录（征求意见稿式排版，不是官方文本）'], rows, { merge }));
    const parsed = parseCatalogueText(await pdfToText(pdf));
    expect(parsed.problems).toEqual([]);
    expect(parsed.numbering).toBe('running');
    expect(parsed.entries.map((e) => [e.part, e.industry, e.seq, e.code, e.name, e.controlPoints.map((c) => c.text)])).toEqual(expected);
  });

  test('npm run import on it writes the three entries, conditions inside their control point', async () => {
    const dir = tempFixture('import-layouts');
    const file = join(dir, 'draft.pdf');
    writeFileSync(file, await htmlToPdf(catalogueColumnHtml(['测试用虚构目录（不是官方文本）'], rows, { merge: true })));
    const r = await runImport(dir, ['--edition', '2001', '--source-url', 'https://example.org/draft.pdf', file]);
    expect(r.code, r.out).toBe(0);
    const v = versionsIn(buildCatalogue(readContent(dir)), '2001');
    expect(v.map((x) => [x.seq, x.industry, x.controlPoints.map((c) => c.text)])).toEqual(expected.map((e) => [e[2], e[1], e[5]]));
  });
});
