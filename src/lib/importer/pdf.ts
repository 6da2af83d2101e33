/** PDF → text for the importer, through pdfjs-dist's text extraction only (no rendering, no network). */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PAGE_FURNITURE } from './catalogue-text.ts';
import { foldRadicals } from './radicals.ts';
import { INDUSTRY_CELL, type Column } from './table-layout.ts';
import { joinWrapped } from './text.ts';

/** One piece of text on a page with its position (PDF units, y grows upwards). */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A physical line: items sharing a baseline, left to right. */
interface PdfLine {
  y: number;
  items: TextItem[];
}

/** Groups a page's items into lines (top to bottom) by baseline, within a third of the text height. */
export function groupLines(items: TextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  for (const it of [...items].filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x)) {
    const tol = Math.max(1, it.height / 3);
    const line = lines.find((l) => Math.abs(l.y - it.y) <= tol);
    if (line) line.items.push(it);
    else lines.push({ y: it.y, items: [it] });
  }
  for (const l of lines) l.items.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

/** A line's text: items joined, with a space where the gap between two items is wider than a third of the text height. */
function lineText(items: TextItem[]): string {
  let out = '';
  let end: number | undefined;
  for (const it of items) {
    if (end !== undefined && it.x - end > it.height / 3 && !out.endsWith(' ') && !it.str.startsWith(' ')) out += ' ';
    out += it.str;
    end = it.x + it.width;
  }
  return out.replace(/\s+/g, ' ').trim();
}

const HEADER_CELLS: [string, Column][] = [
  ['序号', 'seq'],
  ['技术名称', 'name'],
  ['编号', 'code'],
  ['控制要点', 'points'],
];

/** Runs of items set close together (PDF writers often emit one item per glyph): text and where each run starts. */
function runs(items: TextItem[]): { text: string; x: number; end: number }[] {
  const out: { text: string; x: number; end: number }[] = [];
  for (const it of items) {
    const last = out.at(-1);
    if (last && it.x - last.end <= it.height / 3) {
      last.text += it.str;
      last.end = it.x + it.width;
    } else out.push({ text: it.str, x: it.x, end: it.x + it.width });
  }
  return out.map((r) => ({ ...r, text: r.text.replace(/\s+/g, '') }));
}

/** One column of a table: what it holds and the x where it starts. */
interface TableColumn {
  kind: Column;
  x: number;
}

/**
 * The columns of a table header line, left to right: 序号, 技术名称, 编号 and 控制要点 in any order, and an industry
 * column (行业, 所属行业…) if there is one; undefined for any other line.
 */
function headerColumns(line: PdfLine): TableColumn[] | undefined {
  const rs = runs(line.items);
  const cols: TableColumn[] = [];
  for (const [name, kind] of HEADER_CELLS) {
    const r = rs.find((x) => x.text === name);
    if (!r) return undefined;
    cols.push({ kind, x: r.x });
  }
  const industry = rs.find((x) => INDUSTRY_CELL.test(x.text));
  if (industry) cols.push({ kind: 'industry', x: industry.x });
  return cols.sort((a, b) => a.x - b.x);
}

interface TableRow {
  seq: string;
  cells: Record<Exclude<Column, 'seq'>, string[]>;
}

/**
 * Turns lines into the text layout the catalogue reader understands. Outside a table, lines are kept as they are.
 * Inside a table (after a header such as 序号 | 技术名称 | 编号 | 控制要点, or 序号 | 行业 | 编号 | 技术名称 | 控制要点),
 * each item is put in its column by position, so a name wrapped in its cell is not mixed into the control points
 * beside it; each row is written out as labelled lines (序号：, 行业：, 技术名称：, 编号：, then the control point
 * lines), whatever the order of the columns on the page. An empty industry cell writes no 行业： line.
 */
export function linesToText(pages: TextItem[][]): string {
  const out: string[] = [];
  let cols: TableColumn[] | undefined;
  let row: TableRow | undefined;
  const flush = () => {
    if (!row) return;
    const { industry, name, code, points } = row.cells;
    const industryText = joinWrapped(industry);
    out.push(`序号：${row.seq}`, ...(industryText ? [`行业：${industryText}`] : []), `技术名称：${joinWrapped(name)}`, `编号：${code.join('')}`, ...points);
    row = undefined;
  };
  for (const items of pages) {
    for (const line of groupLines(items)) {
      if (PAGE_FURNITURE.test(lineText(line.items))) continue; // page numbers, wherever they sit
      const header = headerColumns(line);
      if (header) {
        flush();
        cols = header;
        continue;
      }
      if (!cols) {
        out.push(lineText(line.items));
        continue;
      }
      const c0 = cols;
      if (runs(line.items).some((r) => c0.some((c) => r.x < c.x - 2 && r.end > c.x + 2))) {
        // Text running across a column boundary is no table cell: a heading or a note between tables.
        flush();
        out.push(lineText(line.items));
        continue;
      }
      const byColumn = new Map<Column, TextItem[]>(cols.map((c) => [c.kind, []]));
      for (const it of line.items) {
        let c = cols[0]!;
        for (const col of cols) if (it.x >= col.x - 2) c = col;
        byColumn.get(c.kind)!.push(it);
      }
      const text = (kind: Column) => lineText(byColumn.get(kind) ?? []);
      const seq = text('seq');
      const others = cols.filter((c) => c.kind !== 'seq').map((c) => [c.kind, text(c.kind)] as const);
      if (others.every(([, t]) => !t) && !/^\d{1,3}$/.test(seq)) {
        // A heading or page furniture across the table: not part of a row.
        flush();
        out.push(lineText(line.items));
        continue;
      }
      if (/^\d{1,3}$/.test(seq)) {
        flush();
        row = { seq, cells: { industry: [], name: [], code: [], points: [] } };
      } else if (!row) {
        out.push(lineText(line.items));
        continue;
      } else if (seq) row.cells.points.push(seq);
      for (const [kind, t] of others) if (t) row.cells[kind as Exclude<Column, 'seq'>].push(t);
    }
  }
  flush();
  return `${out.join('\n')}\n`;
}

/** Extracts the text items of every page of a PDF. */
export async function pdfItems(data: Uint8Array): Promise<TextItem[][]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const doc = await pdfjs.getDocument({
    data: data.slice(), // pdfjs takes ownership of (detaches) the buffer it is given
    cMapUrl: pathToFileURL(join(root, 'cmaps')).href + '/',
    cMapPacked: true,
    standardFontDataUrl: pathToFileURL(join(root, 'standard_fonts')).href + '/',
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  }).promise;
  const pages: TextItem[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(
      content.items.flatMap((i) =>
        'str' in i ? [{ str: foldRadicals(i.str), x: i.transform[4] as number, y: i.transform[5] as number, width: i.width, height: i.height || Math.abs(i.transform[3] as number) }] : [],
      ),
    );
  }
  await doc.destroy();
  return pages;
}

/** The text of a PDF laid out for the catalogue reader. */
export async function pdfToText(data: Uint8Array): Promise<string> {
  return linesToText(await pdfItems(data));
}
