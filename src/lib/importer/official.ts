/** The official documents of an edition or an adjustment list: where the content files say they are, and whether what arrived is one. */
import { createHash } from 'node:crypto';
import { parseMarkdown } from '../shared/read-content.ts';
import { AmendmentSchema, EditionSchema } from '../catalogue/schemas.ts';
import { decodeHtml, htmlText } from './html-text.ts';
import { pdfToText } from './pdf.ts';
import { foldDigits } from './text.ts';

/** What `fetch-official` fetches for: an edition's full text, or an adjustment list. */
export type Target = { kind: 'edition'; id: string } | { kind: 'amendment'; id: string };

export interface OfficialUrl {
  label: string;
  url: string;
}

export interface Resolved {
  target: Target;
  /** The announcement, e.g. 商务部 科技部公告2023年第57号. */
  instrument: string;
  /** Its number as the document must carry it: 2023年第57号. */
  number: string;
  /** The addresses in the order they are tried, and the file that lists them. */
  urls: OfficialUrl[];
  listedIn: string;
  /** How the report names the target: the 2023 edition, the adjustment list 2025-28. */
  name: string;
}

/** The number an instrument carries: 商务部 科技部公告2023年第57号 → 2023年第57号 (digits folded to ASCII). */
export function announcementNumber(instrument: string): string | undefined {
  const m = foldDigits(instrument.replace(/\s+/g, '')).match(/(\d{4})年第(\d+)号/);
  return m ? `${m[1]}年第${m[2]}号` : undefined;
}

/**
 * Finds what to fetch in the content (path → text). An edition's addresses are its `officialUrls`; an adjustment list's
 * are those of the edition that arises from it (content/editions/<year>.md with `arises.amendment: <id>`), which is
 * where the announcement and its adjustment text are listed. Throws an Error with the reason when there is nothing
 * to fetch.
 */
export function resolveTarget(files: Map<string, string>, target: Target): Resolved {
  const editions = [...files].flatMap(([file, text]) => {
    const m = file.match(/^content\/editions\/([^/]+)\.md$/);
    if (!m) return [];
    const r = EditionSchema.safeParse(parseMarkdown(file, text).data);
    return r.success ? [{ file, id: m[1]!, data: r.data }] : [];
  });
  let instrument: string;
  let edition: (typeof editions)[number] | undefined;
  let name: string;
  if (target.kind === 'edition') {
    const file = `content/editions/${target.id}.md`;
    if (!files.has(file)) throw new Error(`${file} does not exist`);
    edition = editions.find((e) => e.file === file);
    if (!edition) throw new Error(`${file} does not pass the check; run npm run check`);
    if (edition.data.arises.kind === 'amended') {
      throw new Error(
        `the ${target.id} edition is computed from ${edition.data.arises.base} and the adjustment list ${edition.data.arises.amendment}; fetch that list with --amendment ${edition.data.arises.amendment}`,
      );
    }
    instrument = edition.data.instrument;
    name = `the ${target.id} edition`;
  } else {
    const file = `content/amendments/${target.id}.md`;
    const text = files.get(file);
    if (text === undefined) throw new Error(`${file} does not exist`);
    const a = AmendmentSchema.safeParse(parseMarkdown(file, text).data);
    if (!a.success) throw new Error(`${file} does not pass the check; run npm run check`);
    instrument = a.data.instrument;
    edition = editions.find((e) => e.data.arises.kind === 'amended' && e.data.arises.amendment === target.id);
    if (!edition) throw new Error(`no edition in content/editions/ arises from the adjustment list ${target.id}, so no file lists its official addresses`);
    name = `the adjustment list ${target.id}`;
  }
  const number = announcementNumber(instrument);
  if (!number) throw new Error(`the instrument "${instrument}" carries no announcement number (such as 2023年第57号) to look for in the document`);
  return { target, instrument, number, urls: edition.data.officialUrls, listedIn: edition.file, name };
}

export type DocumentKind = 'pdf' | 'html';

/** Smallest sizes taken for a real document: a catalogue PDF with its fonts, an article page with its markup. */
export const MIN_BYTES: Record<DocumentKind, number> = { pdf: 8 * 1024, html: 2 * 1024 };

export type Checked =
  | {
      ok: true;
      kind: DocumentKind;
      /** The text the importer reads: a PDF's text after table reconstruction, or the article of a page. */
      text: string;
      /** Where the text came from, for the report: the page's article element. */
      from?: string;
      bytes: number;
      sha256: string;
    }
  | { ok: false; reason: string };

/** Error pages served with status 200: their title or first heading says so. */
const ERROR_PAGE = /(?<![\d.])(?:403|404|500|502|503)(?![\d.])|not found|forbidden|页面不存在|页面未找到|找不到|无法访问|访问出错|出错了|系统繁忙|错误页/i;

const squeeze = (s: string) => foldDigits(s.replace(/\s+/g, ''));

/** What a PDF or page is, from its first bytes (never from its name or Content-Type alone). */
function kindOf(body: Buffer, contentType?: string): DocumentKind | undefined {
  if (body.subarray(0, 1024).includes('%PDF-')) return 'pdf';
  const head = body.subarray(0, 1024).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart();
  if (/^<(?:!doctype html|html|head|body|meta|title|div|p)\b/i.test(head)) return 'html';
  if (/^text\/html\b/i.test(contentType ?? '') && head.startsWith('<')) return 'html';
  return undefined;
}

const printable = (b: Buffer) => JSON.stringify(b.subarray(0, 16).toString('latin1').replace(/[^\x20-\x7e]/g, '.'));

/**
 * Checks what arrived: a PDF (%PDF- header, %%EOF at the end, readable by pdf.js) or an HTML page (decoded with its
 * declared character set, not an error page), at least the minimum size, and carrying the announcement's number.
 */
export async function checkDocument(body: Buffer, contentType: string | undefined, number: string): Promise<Checked> {
  const kind = kindOf(body, contentType);
  const declared = contentType ? `Content-Type ${contentType}` : 'no Content-Type';
  if (!kind) return { ok: false, reason: `neither a PDF nor an HTML page (${declared}; it starts ${printable(body)})` };
  if (body.length < MIN_BYTES[kind]) {
    return { ok: false, reason: `only ${body.length} bytes: too small for the official ${kind === 'pdf' ? 'PDF' : 'page'} (at least ${MIN_BYTES[kind]} expected)` };
  }
  const sha256 = createHash('sha256').update(body).digest('hex');
  if (kind === 'pdf') {
    if (!body.subarray(-2048).includes('%%EOF')) return { ok: false, reason: 'a truncated PDF: it does not end with %%EOF' };
    let text: string;
    try {
      text = await pdfToText(new Uint8Array(body));
    } catch (e) {
      return { ok: false, reason: `a PDF that pdf.js cannot read: ${(e as Error).message}` };
    }
    if (!squeeze(text).includes(number)) return { ok: false, reason: `a PDF, but the announcement number ${number} is not in its text` };
    return { ok: true, kind, text, bytes: body.length, sha256 };
  }
  let page;
  try {
    page = htmlText(decodeHtml(new Uint8Array(body), contentType));
  } catch (e) {
    return { ok: false, reason: `an HTML page that cannot be read: ${(e as Error).message}` };
  }
  const looks = [page.title, page.heading].find((t) => ERROR_PAGE.test(t));
  if (looks !== undefined) return { ok: false, reason: `an HTML error page served as a document ("${looks}")` };
  if (!squeeze(`${page.title}\n${page.text}`).includes(number)) {
    return { ok: false, reason: `an HTML page${page.title ? ` ("${page.title}")` : ''}, but the announcement number ${number} is not in it` };
  }
  return { ok: true, kind, text: page.article, from: page.articleFrom, bytes: body.length, sha256 };
}

/** The cache file name for a URL: host and path, made safe, with the extension of what arrived. */
export function cacheName(url: string, kind: DocumentKind): string {
  const u = new URL(url);
  const stem = `${u.host}${u.pathname}`.replace(/\.(?:pdf|html?|shtml)$/i, '').replace(/[^A-Za-z0-9.-]+/g, '_').replace(/^_+|_+$/g, '');
  return `${stem.slice(-150)}.${kind}`;
}
