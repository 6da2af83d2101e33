/** The site's citation format: one Chinese and one English citation for an entry version or one of its control points. */
import { ISSUER_EN } from '../shared/issuers.ts';
import type { Edition } from './model.ts';
import type { Part } from './schemas.ts';
import { absoluteUrl, entryUrl } from '../site/urls.ts';

/** What a citation needs to know about an entry version. */
export interface CitableEntry {
  key: string;
  edition: string;
  /** The instrument that issued the edition's full text, e.g. 商务部 科技部公告2023年第57号. */
  instrument: string;
  /** For an edition that an announcement made by amending that text: the amending instrument. */
  amendedBy?: string;
  part: Part;
  seq?: number;
  code?: string;
  name: string;
  /** Our unofficial English rendering of the name, when written: cited in brackets after the Chinese name. */
  nameEn?: string;
}

/** A control point as cited: its official number when held, its wording when held, and its fragment id on the entry page. */
export interface CitablePoint {
  n?: number;
  text?: string;
  /** Our unofficial English of the wording, when written: quoted beside the Chinese when the point is cited by its wording. */
  en?: string | undefined;
  anchor: string;
}

/** How much of a point's wording a citation quotes when the point has no official number to cite. */
export const QUOTE_LENGTH = 30;

/** The wording as a citation quotes it: whole up to QUOTE_LENGTH characters, else cut there and marked with …. */
export function quoteWording(text: string, max: number = QUOTE_LENGTH): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('').trimEnd()}…`;
}

/** How much of our English rendering a citation quotes beside a cut Chinese quote: cut at a word, marked with …. */
export const QUOTE_LENGTH_EN = 100;

/** Our English of a quoted wording, cut after QUOTE_LENGTH_EN characters at a word boundary and marked with …. */
export function quoteEnglish(text: string, max: number = QUOTE_LENGTH_EN): string {
  const t = text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Cited words in an English citation: our unofficial English first, labelled, with the official Chinese in brackets —
 * “Drone technology” (our unofficial translation) [“无人机技术”]; where no English is written, the Chinese and a note
 * that it is not yet translated.
 */
export function wordsCited(zh: string, en: string | undefined, cut = false): string {
  // A clause of several lines is quoted on one line.
  const z = cut ? quoteWording(zh.replace(/\s+/g, ' ')) : zh;
  return en ? `“${cut ? quoteEnglish(en) : en}” (our unofficial translation) [“${z}”]` : `“${z}” (not yet translated)`;
}

/** A control point in a citation: its number; or, when the number is not held, its wording, which identifies it. */
function pointCited(point: CitablePoint): { zh: string; en: string } {
  if (point.n !== undefined) return { zh: `控制要点${point.n}`, en: `control point ${point.n} [控制要点${point.n}]` };
  if (point.text === undefined) return { zh: '控制要点（官方编号未知，措辞未持有）', en: 'control point (official number not held, wording not held)' };
  const quote = quoteWording(point.text);
  return { zh: `控制要点（官方编号未知）“${quote}”`, en: `control point (official number not held) ${wordsCited(point.text, point.en, true)}` };
}

export interface Citation {
  zh: string;
  en: string;
  /** The permanent, absolute URL cited: the Chinese page, whose Chinese wording is authoritative. */
  url: string;
  /** The same page in English (/en/…), which an English citation names beside the Chinese one. */
  urlEn: string;
}

export const CATALOGUE_TITLE = { zh: '《中国禁止出口限制出口技术目录》', en: 'Catalogue of Technologies Prohibited or Restricted from Export' };
const PART_CITED: Record<Part, { zh: string; en: string }> = {
  禁止: { zh: '禁止出口部分', en: 'Prohibited part' },
  限制: { zh: '限制出口部分', en: 'Restricted part' },
};

/** The instruments to cite for an edition: its own for a full text; the base text's, amended by its own, otherwise. */
export function editionInstruments(editions: Edition[], id: string): { instrument: string; amendedBy?: string } {
  const e = editions.find((x) => x.id === id);
  if (!e) throw new Error(`No edition ${id}`);
  if (e.data.arises.kind === 'full-text') return { instrument: e.data.instrument };
  return { instrument: editionInstruments(editions, e.data.arises.base).instrument, amendedBy: e.data.instrument };
}

/**
 * The English designation of a catalogue instrument written as the catalogue's instruments are (issuers, 公告 or 令, year
 * and number): 商务部 科技部公告2023年第57号 → "MOFCOM & MOST Announcement No. 57 of 2023"; 商务部 科技部令2008年第12号 →
 * "MOFCOM & MOST Order No. 12 of 2008". Undefined when the designation is not of that form or names an issuer without
 * a usual English name (the Chinese designation is then cited alone).
 */
export function instrumentEn(zh: string): string | undefined {
  const m = /^(.+?)(公告|令)(\d{4})年第(\d+)号$/.exec(zh.trim());
  if (!m) return undefined;
  const names = m[1]!.split(/\s+/).map((i) => ISSUER_EN[i]);
  if (names.some((n) => n === undefined)) return undefined;
  const issuers = names.join(' & ');
  return `${issuers} ${m[2] === '令' ? 'Order' : 'Announcement'} No. ${m[4]} of ${m[3]}`;
}

/** An instrument in an English citation: its English designation, then the Chinese one in brackets. */
const instrumentCited = (zh: string): string => {
  const en = instrumentEn(zh);
  return en ? `${en} [${zh}]` : `[${zh}]`;
};

function checkOrigin(origin: string): void {
  if (!/^https?:\/\/[^/]+\/?$/.test(origin)) throw new Error(`citation origin must be an absolute http(s) origin such as https://example.org, got "${origin}"`);
}

/** The end of every English citation: both addresses, the reader's English page and the Chinese page that is authoritative. */
export const addressesEn = (urlEn: string, url: string): string => `English page: ${urlEn}; Chinese page (the Chinese wording is authoritative): ${url}`;

/** The permanent URLs of a path: the Chinese page and its English twin under /en/. */
export function citedUrls(path: string, origin: string): { url: string; urlEn: string } {
  checkOrigin(origin);
  return { url: absoluteUrl(path, origin), urlEn: absoluteUrl(`/en${path}`, origin) };
}

/**
 * Format (the /about/ page documents it):
 *   zh: 《中国禁止出口限制出口技术目录》2023年版（商务部 科技部公告2023年第57号），限制出口部分，序号71，“无人机技术”，编号203912X[，控制要点5]。网址：<URL>
 *   en: Catalogue of Technologies Prohibited or Restricted from Export [《中国禁止出口限制出口技术目录》], 2023 edition,
 *       issued by MOFCOM & MOST Announcement No. 57 of 2023 [商务部 科技部公告2023年第57号], Restricted part [限制出口部分],
 *       serial number 71 [序号71], “Drone technology” (our unofficial translation) [“无人机技术”], code 203912X [编号203912X]
 *       [, control point 5 [控制要点5]]. English page: <URL under /en/>; Chinese page (the Chinese wording is authoritative): <URL>
 * The English citation names everything in English first, the official Chinese in brackets after it; our English of
 * the name is labelled as ours ("not yet translated" where none is written). 序号 is left out when not held; a missing
 * 编号 reads 编号未知 / "code not held". A control point whose official number is not held is identified by its wording
 * instead, cut after QUOTE_LENGTH characters with … (our English of it after QUOTE_LENGTH_EN):
 * 控制要点（官方编号未知）“稀土萃取分离工艺技术” / control point (official number not held) “Rare earth extraction…” (our
 * unofficial translation) [“稀土萃取分离工艺技术”] (its anchor, cp-u1, is in the URL but is the site's own, not an official
 * number). An edition made by amendment cites the full text and the amending instrument: （…2023年第57号，经…2025年第28号调整）/
 * issued by …, as amended by ….
 */
function cite(e: CitableEntry, origin: string, point?: CitablePoint): Citation {
  const path = entryUrl(e.key, e.edition);
  const { url, urlEn } = citedUrls(point ? `${path}#${point.anchor}` : path, origin);
  const zh = [
    `${CATALOGUE_TITLE.zh}${e.edition}年版（${e.instrument}${e.amendedBy ? `，经${e.amendedBy}调整` : ''}）`,
    PART_CITED[e.part].zh,
    e.seq !== undefined ? `序号${e.seq}` : undefined,
    `“${e.name}”`,
    e.code ? `编号${e.code}` : '编号未知',
    point && pointCited(point).zh,
  ]
    .filter(Boolean)
    .join('，');
  const en = [
    `${CATALOGUE_TITLE.en} [${CATALOGUE_TITLE.zh}], ${e.edition} edition`,
    `issued by ${instrumentCited(e.instrument)}${e.amendedBy ? `, as amended by ${instrumentCited(e.amendedBy)}` : ''}`,
    `${PART_CITED[e.part].en} [${PART_CITED[e.part].zh}]`,
    e.seq !== undefined ? `serial number ${e.seq} [序号${e.seq}]` : undefined,
    wordsCited(e.name, e.nameEn),
    e.code ? `code ${e.code} [编号${e.code}]` : 'code not held',
    point && pointCited(point).en,
  ]
    .filter(Boolean)
    .join(', ');
  return { zh: `${zh}。网址：${url}`, en: `${en}. ${addressesEn(urlEn, url)}`, url, urlEn };
}

/** Citation of an entry as it stands in one edition. */
export const citeEntry = (e: CitableEntry, origin: string): Citation => cite(e, origin);

/** Citation of one control point of an entry version. */
export const citeControlPoint = (e: CitableEntry, point: CitablePoint, origin: string): Citation => cite(e, origin, point);

/** The text the copy button puts on the clipboard: the Chinese citation, then the English one (English first on English pages). */
export const citationText = (c: Citation, first: 'zh' | 'en' = 'zh'): string => (first === 'zh' ? `${c.zh}\n${c.en}` : `${c.en}\n${c.zh}`);
