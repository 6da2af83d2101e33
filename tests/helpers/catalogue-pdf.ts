/** Makes a PDF of a fictional catalogue at test time with headless Chromium (Debian's CJK fonts), for the importer. */
import { launchBrowser } from './browser.ts';

export interface PdfRow {
  seq: number;
  name: string;
  code: string;
  points: string[];
}

export interface PdfSection {
  part: string;
  industries: { heading: string; rows: PdfRow[] }[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A control point as the documents print it: "1.text", and each condition under it ("（1）…", after a \n) on a line of its own. */
const pointHtml = (p: string, i: number) => p.split('\n').map((line, j) => `<div>${j === 0 ? `${i + 1}.` : ''}${esc(line)}</div>`).join('');

/** What the reader should make of a point: its lines joined as wrapped text (conditions belong to the point). */
export const pointText = (p: string): string => p.split('\n').join('');

export interface ColumnRow extends PdfRow {
  industry: string;
}

/**
 * HTML laid out as the 2022 draft was: one table per part, 序号 | 行业 | 编号 | 技术名称 | 控制要点. With `merge`, rows
 * of one industry share one industry cell (rowspan, text at the top), as a word processor merges them.
 */
export function catalogueColumnHtml(preamble: string[], parts: { part: string; rows: ColumnRow[] }[], opts: { merge?: boolean } = {}): string {
  const industryCell = (rows: ColumnRow[], i: number) => {
    const r = rows[i]!;
    if (!opts.merge) return `<td>${esc(r.industry)}</td>`;
    if (i > 0 && rows[i - 1]!.industry === r.industry) return '';
    let span = 1;
    while (rows[i + span]?.industry === r.industry) span++;
    return `<td rowspan="${span}">${esc(r.industry)}</td>`;
  };
  const table = (rows: ColumnRow[]) => `
    <table>
      <colgroup><col style="width:3em"><col style="width:5.5em"><col style="width:6em"><col style="width:6em"><col></colgroup>
      <tr><th>序号</th><th>行业</th><th>编号</th><th>技术名称</th><th>控制要点</th></tr>
      ${rows.map((r, i) => `<tr><td>${r.seq}</td>${industryCell(rows, i)}<td>${r.code}</td><td>${esc(r.name)}</td><td>${r.points.map(pointHtml).join('')}</td></tr>`).join('')}
    </table>`;
  return page(`${preamble.map((p) => `<p>${esc(p)}</p>`).join('')}${parts.map((s) => `<h2>${esc(s.part)}</h2>${table(s.rows)}`).join('')}`);
}

const page = (body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
    body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 12pt; }
    table { border-collapse: collapse; width: 100%; table-layout: fixed; }
    td, th { border: 1px solid #000; vertical-align: top; padding: 2pt 4pt; text-align: left; }
  </style></head><body>${body}</body></html>`;

/** HTML laid out as the official documents are: headings, then a 序号 | 技术名称 | 编号 | 控制要点 table per industry. */
export function catalogueHtml(preamble: string[], sections: PdfSection[]): string {
  const table = (rows: PdfRow[]) => `
    <table>
      <colgroup><col style="width:3em"><col style="width:5.5em"><col style="width:6em"><col></colgroup>
      <tr><th>序号</th><th>技术名称</th><th>编号</th><th>控制要点</th></tr>
      ${rows.map((r) => `<tr><td>${r.seq}</td><td>${esc(r.name)}</td><td>${r.code}</td><td>${r.points.map(pointHtml).join('')}</td></tr>`).join('')}
    </table>`;
  return page(`
    ${preamble.map((p) => `<p>${esc(p)}</p>`).join('')}
    ${sections.map((s) => `<h2>${esc(s.part)}</h2>${s.industries.map((i) => `<h3>${esc(i.heading)}</h3>${table(i.rows)}`).join('')}`).join('')}
  `);
}

/** Prints the HTML to a PDF (A4) and returns its bytes. */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(
      await page.pdf({
        format: 'A4',
        margin: { top: '20mm', bottom: '20mm', left: '20mm', right: '20mm' },
        displayHeaderFooter: true,
        headerTemplate: '<div></div>',
        // Page numbers as official documents print them: — 3 —
        footerTemplate: '<div style="font-size:10px;width:100%;text-align:center">— <span class="pageNumber"></span> —</div>',
      }),
    );
  } finally {
    await browser.close();
  }
}
