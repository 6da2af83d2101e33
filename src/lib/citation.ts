/** The site's citation format: one Chinese and one English citation for an entry version or one of its control points. */
import { ISSUER_EN } from './controls/labels.ts';
import type { Edition } from './model.ts';
import type { Part } from './schemas.ts';
import { absoluteUrl, entryUrl } from './urls.ts';

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
  anchor: string;
}

/** How much of a point's wording a citation quotes when the point has no official number to cite. */
export const QUOTE_LENGTH = 30;

/** The wording as a citation quotes it: whole up to QUOTE_LENGTH characters, else cut there and marked with …. */
export function quoteWording(text: string, max: number = QUOTE_LENGTH): string {
  const chars = Array.from(text.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('').trimEnd()}…`;
}

/** A control point in a citation: its number; or, when the number is not held, its wording, which identifies it. */
function pointCited(point: CitablePoint): { zh: string; en: string } {
  if (point.n !== undefined) return { zh: `控制要点${point.n}`, en: `control point ${point.n}` };
  if (point.text === undefined) return { zh: '控制要点（官方编号未知，措辞未持有）', en: 'control point (official number unknown, wording not held)' };
  const quote = quoteWording(point.text);
  return { zh: `控制要点（官方编号未知）“${quote}”`, en: `control point (official number unknown) “${quote}”` };
}

export interface Citation {
  zh: string;
  en: string;
  /** The permanent, absolute URL cited. */
  url: string;
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
  return en ? `${en} (${zh})` : zh;
};

function checkOrigin(origin: string): void {
  if (!/^https?:\/\/[^/]+\/?$/.test(origin)) throw new Error(`citation origin must be an absolute http(s) origin such as https://example.org, got "${origin}"`);
}

/**
 * Format (the /about/ page documents it):
 *   zh: 《中国禁止出口限制出口技术目录》2023年版（商务部 科技部公告2023年第57号），限制出口部分，序号71，“无人机技术”，编号203912X[，控制要点5]。网址：<URL>
 *   en: MOFCOM & MOST Announcement No. 57 of 2023 (商务部 科技部公告2023年第57号), Catalogue of Technologies Prohibited or
 *       Restricted from Export, 2023 edition, Restricted part, 序号 71, “无人机技术” [unofficial English: <nameEn>],
 *       编号 203912X[, control point 5]. Unofficial reference copy: <URL>
 * The English citation keeps the catalogue's own designations (序号, 编号) and the Chinese name, which is authoritative;
 * our English rendering of the name follows in brackets only when written.
 * 序号 is left out when not held; a missing 编号 reads 编号未知 / 编号 unknown. A control point whose official number
 * is not held is identified by its wording instead, cut after QUOTE_LENGTH characters with …:
 * 控制要点（官方编号未知）“稀土萃取分离工艺技术” / control point (official number unknown) “稀土萃取分离工艺技术”
 * (its anchor, cp-u1, is in the URL but is the site's own, not an official number). An edition made by amendment
 * cites the full text and the amending instrument: （…2023年第57号，经…2025年第28号调整）/ (…, as amended by …).
 */
function cite(e: CitableEntry, origin: string, point?: CitablePoint): Citation {
  checkOrigin(origin);
  const path = entryUrl(e.key, e.edition);
  const url = absoluteUrl(point ? `${path}#${point.anchor}` : path, origin);
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
    `${instrumentCited(e.instrument)}${e.amendedBy ? `, as amended by ${instrumentCited(e.amendedBy)}` : ''}`,
    `${CATALOGUE_TITLE.en}, ${e.edition} edition`,
    PART_CITED[e.part].en,
    e.seq !== undefined ? `序号 ${e.seq}` : undefined,
    `“${e.name}”${e.nameEn ? ` [unofficial English: ${e.nameEn}]` : ''}`,
    e.code ? `编号 ${e.code}` : '编号 unknown',
    point && pointCited(point).en,
  ]
    .filter(Boolean)
    .join(', ');
  return { zh: `${zh}。网址：${url}`, en: `${en}. Unofficial reference copy: ${url}`, url };
}

/** Citation of an entry as it stands in one edition. */
export const citeEntry = (e: CitableEntry, origin: string): Citation => cite(e, origin);

/** Citation of one control point of an entry version. */
export const citeControlPoint = (e: CitableEntry, point: CitablePoint, origin: string): Citation => cite(e, origin, point);

/** The text the copy button puts on the clipboard: the Chinese citation, then the English one (English first on English pages). */
export const citationText = (c: Citation, first: 'zh' | 'en' = 'zh'): string => (first === 'zh' ? `${c.zh}\n${c.en}` : `${c.en}\n${c.zh}`);
