/** Reads the official catalogue text (parts, industry headings, entries with 序号, 名称, 编号, 控制要点) into entries. */
import { normalizeCode, partOfCode } from '../shared/codes.ts';
import type { Part } from '../catalogue/schemas.ts';
import { layoutOf, NEITHER_LAYOUT, readHeader, COLUMN_LAYOUT, CODE_FIRST_LAYOUT, HEADINGS_LAYOUT, type TableLayout } from './table-layout.ts';
import { D, joinWrapped, numberedLines, toInt, type Line } from './text.ts';
import { chineseNumeral, toChineseNumeral } from '../shared/numerals.ts';

export interface ParsedControlPoint {
  n: number;
  text: string;
  line: number;
}

/** One entry as read from the text, with the lines it came from. */
export interface ParsedEntry {
  part: Part;
  industry?: string;
  seq?: number;
  code: string;
  name: string;
  controlPoints: ParsedControlPoint[];
  /** First and last input line of the entry. */
  lines: [number, number];
}

/** Something that could not be read, tied to a line where there is one. */
export interface ReadProblem {
  line?: number;
  message: string;
}

export interface ParsedCatalogue {
  /** Lines before the first part heading (the 参考原则 and the title); kept for the report, never published. */
  preamble: Line[];
  entries: ParsedEntry[];
  problems: ReadProblem[];
  /** 序号 restart at 1 in each part, or run on from the previous part (undefined when no entry has a 序号). */
  numbering?: 'per-part' | 'running';
  /** The layout each part's rows were read in, by part heading: a table header's, or the one the rows fit. */
  layouts: Map<string, string>;
}

export const PART_HEADING = new RegExp(`^([一二三四])\\s*[、.．,，]\\s*(禁止|限制)出口(?:技术)?部分$`);
export const INDUSTRY_HEADING = /^[（(]\s*([一二三四五六七八九十]+)\s*[)）]\s*(\S.*)$/;
/** Page furniture: "— 3 —", "- 12 -", "第 3 页", "3 / 30". */
export const PAGE_FURNITURE = new RegExp(`^(?:[-—–－─]+\\s*${D}+\\s*[-—–－─]+|第\\s*${D}+\\s*页(?:\\s*[，,]?\\s*共\\s*${D}+\\s*页)?|${D}+\\s*/\\s*${D}+)$`);

const SEQ_LABELLED = new RegExp(`^序号\\s*[：:]\\s*(${D}{1,3})\\s*`);
/** A bare number at the start of a line, followed by a space or the end of the line (not "1." which is a point). */
const SEQ_BARE = new RegExp(`^(${D}{1,3})(?:\\s+|$)`);
const NAME_LABEL = /^技术名称\s*[：:]\s*/;
/** A labelled industry cell, as the PDF reader writes a table's industry column: 行业：… */
const INDUSTRY_LABEL = /^(?:所属)?行业(?:名称|类别|分类)?\s*[：:]\s*/;
const CP_LABEL = /^控制要点\s*[：:]\s*/;
const CP_MARKER = new RegExp(`^(${D}{1,2})\\s*[.．、](?!${D})\\s*`);
const CODE_ANYWHERE = new RegExp(`[（(]?\\s*(?:编号\\s*[：:]\\s*)?(?<![0-9０-９A-Za-z])(${D}{6}[JXjxＪＸｊｘ])(?![0-9A-Za-z])\\s*[)）]?`);

type Token =
  | { kind: 'seq'; n: number; line: number; raw: string }
  | { kind: 'code'; code: string; line: number; raw: string }
  | { kind: 'cp'; n: number; line: number; raw: string; mid?: boolean }
  | { kind: 'name-label'; line: number; raw: string }
  | { kind: 'industry-label'; line: number; raw: string }
  | { kind: 'cp-label'; line: number; raw: string }
  | { kind: 'text'; text: string; line: number };

/** A token with the industry heading and the table layout (from the last table header) in force where it stands. */
type SectionToken = Token & { industry?: string; layout?: TableLayout };

interface Section {
  part: Part;
  heading: string;
  tokens: SectionToken[];
}

/** A possible control point marker inside a line, after a space or ；。 — taken only if it is the next number due. */
const MID_MARKER = new RegExp(`(\\s+|[；;。])(${D}{1,2})\\s*[.．、](?!${D})\\s*`, 'g');

/** Text of a line, split at possible mid-line control point markers (kept with their exact characters). */
function textTokens(text: string, line: number): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(MID_MARKER)) {
    const space = /^\s+$/.test(m[1]!);
    const before = text.slice(last, m.index! + (space ? 0 : m[1]!.length)).trim();
    if (before) out.push({ kind: 'text', text: before, line });
    out.push({ kind: 'cp', n: toInt(m[2]!), line, raw: space ? m[0] : m[0].slice(m[1]!.length), mid: true });
    last = m.index! + m[0].length;
  }
  const rest = text.slice(last).trim();
  if (rest) out.push({ kind: 'text', text: rest, line });
  return out;
}

/**
 * Splits one content line into tokens. A control point marker (1. 1． 1、) counts at the start of a line, after 编号 or
 * 控制要点：, or inside a line after a space or ；。 when it carries the next number due.
 */
function tokenize(line: Line): Token[] {
  const out: Token[] = [];
  let rest = line.text;
  let m: RegExpMatchArray | null;
  if ((m = rest.match(SEQ_LABELLED)) || (m = rest.match(SEQ_BARE))) {
    out.push({ kind: 'seq', n: toInt(m[1]!), line: line.n, raw: m[0] });
    rest = rest.slice(m[0].length);
  }
  let pointAllowed = true;
  while (rest) {
    if ((m = rest.match(NAME_LABEL))) {
      out.push({ kind: 'name-label', line: line.n, raw: m[0] });
      rest = rest.slice(m[0].length);
      pointAllowed = false;
      continue;
    }
    if ((m = rest.match(INDUSTRY_LABEL))) {
      out.push({ kind: 'industry-label', line: line.n, raw: m[0] });
      rest = rest.slice(m[0].length);
      pointAllowed = false;
      continue;
    }
    if ((m = rest.match(CP_LABEL))) {
      out.push({ kind: 'cp-label', line: line.n, raw: m[0] });
      rest = rest.slice(m[0].length);
      pointAllowed = true;
      continue;
    }
    if (pointAllowed && (m = rest.match(CP_MARKER))) {
      out.push({ kind: 'cp', n: toInt(m[1]!), line: line.n, raw: m[0] });
      rest = rest.slice(m[0].length);
      pointAllowed = false;
      continue;
    }
    const c = rest.match(CODE_ANYWHERE);
    if (c && c.index !== undefined) {
      out.push(...textTokens(rest.slice(0, c.index), line.n));
      out.push({ kind: 'code', code: normalizeCode(c[1]!)!, line: line.n, raw: c[0] });
      rest = rest.slice(c.index + c[0].length).trim();
      pointAllowed = true;
      continue;
    }
    out.push(...textTokens(rest, line.n));
    rest = '';
  }
  return out;
}

/** The raw characters of a token, for giving a misread number back to the text it belongs to. */
const rawOf = (t: Token): string => (t.kind === 'text' ? t.text : t.kind === 'cp' && t.mid ? t.raw : t.raw.trim());

/**
 * Cuts the lines into parts; reads industry headings (numbered in sequence) and table headers (which set the layout
 * for the rows after them, across parts, until the next header); drops page furniture.
 */
function sections(lines: Line[], problems: ReadProblem[]): { preamble: Line[]; sections: Section[] } {
  const preamble: Line[] = [];
  const out: Section[] = [];
  let current: Section | undefined;
  let industry: string | undefined;
  let industryNo = 0;
  let layout: TableLayout | undefined;
  for (const line of lines) {
    const p = line.text.replace(/\s+/g, '').match(PART_HEADING);
    if (p) {
      const part = p[2] as Part;
      if (out.some((s) => s.part === part)) problems.push({ line: line.n, message: `the heading "${line.text}" appears a second time` });
      current = { part, heading: line.text, tokens: [] };
      out.push(current);
      industry = undefined;
      industryNo = 0;
      continue;
    }
    const header = readHeader(line.text);
    if (header) {
      const known = 'columns' in header ? layoutOf(header.columns) : undefined;
      if (known) layout = known;
      else {
        problems.push({
          line: line.n,
          message:
            'unknown' in header
              ? `the table header "${line.text}" has a column the importer does not know (${header.unknown.join(', ')}); it reads ${NEITHER_LAYOUT}`
              : `the table header "${line.text}" puts its columns in an order the importer cannot read; it reads ${NEITHER_LAYOUT}`,
        });
      }
      continue;
    }
    if (!current) {
      preamble.push(line);
      continue;
    }
    if (PAGE_FURNITURE.test(line.text)) continue;
    const h = line.text.match(INDUSTRY_HEADING);
    if (h) {
      const no = chineseNumeral(h[1]!);
      if (no === industryNo + 1) {
        industryNo = no;
        industry = h[2]!.replace(/\s+/g, '');
        continue;
      }
      problems.push({
        line: line.n,
        message: `reads like the industry heading （${h[1]}） but （${toChineseNumeral(industryNo + 1)}） was expected next in ${current.heading}; check the headings around it`,
      });
    }
    for (const t of tokenize(line)) current.tokens.push({ ...t, industry, layout });
  }
  return { preamble, sections: out };
}

/** One row as cut from the tokens: its 序号 (if read), the tokens before and after its 编号. */
interface Row {
  seq?: Extract<Token, { kind: 'seq' }> & { industry?: string };
  code: Extract<Token, { kind: 'code' }> & { industry?: string; layout?: TableLayout };
  head: SectionToken[];
  body: SectionToken[];
}

/** Whether a control point token may start point `due` here: at a line start, or mid-line once points run (or a name after the 编号 ends). */
const startsPoint = (t: SectionToken, due: number, midAllowed: boolean): boolean => t.kind === 'cp' && t.n === due && (!t.mid || midAllowed);

/** How a row with labelled cells (as the PDF reader writes table rows) is named in the report: no layout is needed. */
const LABELLED = '序号： 行业： 技术名称： 编号： (labelled cells)';

const labelled = (r: Row): boolean => [...r.head, ...r.body].some((t) => t.kind === 'name-label' || t.kind === 'industry-label');

/** Unlabelled text between the 序号 and the 编号, and after the 编号 before control point 1: what decides the layout. */
function shape(r: Row): { before: boolean; after: boolean } {
  const before = r.head.some((t) => t !== r.seq && t.kind === 'text');
  let after = false;
  for (const t of r.body) {
    if (startsPoint(t, 1, true) || t.kind === 'cp-label') break;
    if (t.kind === 'text' || t.kind === 'seq') after = true;
  }
  return { before, after };
}

const rowLabel = (r: Row): string => (r.seq ? `序号 ${r.seq.n} (line ${r.seq.line})` : `编号 ${r.code.code} (line ${r.code.line})`);

/**
 * The layout of the rows read without a table header above them, from the rows themselves: text only before the 编号
 * is a name (industry headings); text after it is a name, and text before it then an industry (industry column). Rows
 * of both kinds in one part fit neither layout: reported with their lines, and the majority is read.
 */
function inferLayout(rows: Row[], heading: string, problems: ReadProblem[]): TableLayout {
  const free = rows.filter((r) => !r.code.layout && !labelled(r));
  const shapes = free.map((r) => ({ r, ...shape(r) }));
  const nameFirst = shapes.filter((s) => s.before && !s.after).map((s) => s.r);
  const nameAfter = shapes.filter((s) => s.after).map((s) => s.r);
  const after = shapes.some((s) => s.after && s.before) ? COLUMN_LAYOUT : CODE_FIRST_LAYOUT;
  if (nameAfter.length === 0) return HEADINGS_LAYOUT;
  if (nameFirst.length === 0) return after;
  const list = (rs: Row[]) => rs.map(rowLabel).join(', ');
  problems.push({
    line: Math.min(...[nameFirst, nameAfter].sort((a, b) => a.length - b.length)[0]!.map((r) => r.seq?.line ?? r.code.line)),
    message: `the rows of ${heading} fit neither layout, and no table header says which it is: ${list(nameFirst)} ${nameFirst.length === 1 ? 'has' : 'have'} text only before the 编号 (${HEADINGS_LAYOUT.label}); ${list(nameAfter)} ${nameAfter.length === 1 ? 'has' : 'have'} text after it (${after.label}). Correct these lines, or put the table header the document prints above the rows`,
  });
  return nameFirst.length >= nameAfter.length ? HEADINGS_LAYOUT : after;
}

/** Reads one part's tokens into entries: each 编号 anchors an entry; its 序号 is the last number starting a line before it. */
function readSection(section: Section, problems: ReadProblem[]): { entries: ParsedEntry[]; layout?: string } {
  const toks = section.tokens;
  const codeAt = toks.flatMap((t, i) => (t.kind === 'code' ? [i] : []));
  if (codeAt.length === 0) {
    problems.push({ line: toks[0]?.line, message: `no entry with a 编号 could be read in ${section.heading}` });
    return { entries: [] };
  }
  // Where each entry's head starts: its 序号 token, or (序号 unreadable) the text on the 编号 line before the 编号.
  const heads: number[] = [];
  let floor = 0;
  for (const [j, k] of codeAt.entries()) {
    let s = -1;
    for (let i = k - 1; i >= floor; i--) {
      if (toks[i]!.kind === 'seq') {
        s = i;
        break;
      }
      if (toks[i]!.kind === 'code') break;
    }
    if (s === -1) {
      let i = k;
      while (i - 1 >= floor && toks[i - 1]!.kind === 'text' && toks[i - 1]!.line === toks[k]!.line) i--;
      s = i;
      const name = joinWrapped(toks.slice(s, k).flatMap((t) => (t.kind === 'text' ? [t.text] : [])));
      problems.push({
        line: toks[k]!.line,
        message: `no 序号 could be read for the entry with 编号 ${(toks[k] as { code: string }).code}${name ? `（${name}）` : ''} in ${section.heading}`,
      });
    }
    heads.push(s);
    floor = k + 1;
    if (j === 0 && s > 0) {
      const stray = toks.slice(0, s);
      problems.push({ line: stray[0]!.line, message: `could not be read as part of any entry: "${stray.map(rawOf).join(' ')}"` });
    }
  }
  const rows: Row[] = codeAt.map((k, j) => {
    const head = toks.slice(heads[j]!, k);
    return {
      seq: head[0]?.kind === 'seq' ? (head[0] as Row['seq']) : undefined,
      code: toks[k] as Row['code'],
      head,
      body: toks.slice(k + 1, heads[j + 1] ?? toks.length),
    };
  });
  const inferred = rows.some((r) => !r.code.layout) ? inferLayout(rows, section.heading, problems) : undefined;
  const used = new Set(rows.map((r) => (labelled(r) ? LABELLED : (r.code.layout ?? inferred!).label)));

  /** The last industry cell read, and the industry heading in force when it was read. */
  let column: { value: string; heading?: string } | undefined;
  const entries = rows.map(({ seq: seqTok, code: codeTok, head, body }) => {
    const layout = codeTok.layout ?? inferred!;
    const where = label(seqTok, codeTok);
    const nameParts: string[] = [];
    const industryParts: string[] = [];
    const strayHead: SectionToken[] = [];
    // The head: unlabelled text is what the layout puts before the 编号; labels (技术名称：, 行业：) say what follows them.
    let into: 'name' | 'industry' | 'none' = layout.beforeCode;
    for (const t of head.slice(seqTok ? 1 : 0)) {
      if (t.kind === 'name-label') into = 'name';
      else if (t.kind === 'industry-label') into = 'industry';
      else if (t.kind === 'text' || t.kind === 'seq' || t.kind === 'cp') {
        if (into === 'name') nameParts.push(rawOf(t));
        else if (into === 'industry') industryParts.push(rawOf(t));
        else strayHead.push(t);
      }
    }
    const points: ParsedControlPoint[] = [];
    const stray: Token[] = [];
    let reading: 'name' | 'industry' | undefined = layout.afterCode === 'name' ? 'name' : undefined;
    let lastLine = -1;
    for (const t of body) {
      if (t.kind === 'cp' && startsPoint(t, points.length + 1, points.length > 0 || reading === 'name')) {
        points.push({ n: t.n, text: '', line: t.line });
        reading = undefined;
        lastLine = -1;
        continue;
      }
      if (t.kind === 'cp' && !t.mid) {
        problems.push({
          line: t.line,
          message: `control point ${t.n} of ${where} comes where control point ${points.length + 1} was expected`,
        });
      }
      if ((t.kind === 'name-label' || t.kind === 'industry-label') && points.length === 0) {
        reading = t.kind === 'name-label' ? 'name' : 'industry';
        continue;
      }
      if (t.kind === 'cp-label') {
        reading = undefined;
        continue;
      }
      if (reading && t.kind !== 'code') (reading === 'name' ? nameParts : industryParts).push(rawOf(t));
      else if (points.length > 0) {
        const last = points.at(-1)!;
        // A number that began a line (read as a possible 序号) goes back into the text with its own spacing.
        const piece = rawOf(t);
        last.text = t.line === lastLine ? last.text + piece : joinWrapped([last.text, piece]);
        if (t.kind === 'seq' && /\s$/.test(t.raw)) last.text += ' ';
      } else stray.push(t);
      lastLine = t.line;
    }
    const name = joinWrapped(nameParts);
    // An empty industry cell continues the one above it (a cell merged over several rows prints once), up to the next
    // industry heading, if the document has both.
    const heading = codeTok.industry ?? seqTok?.industry;
    const cell = joinWrapped(industryParts).replace(/\s+/g, '');
    if (cell) column = { value: cell, heading };
    else if (column && column.heading !== heading) column = undefined;
    if (strayHead.length) {
      problems.push({
        line: strayHead[0]!.line,
        message: `text between the 序号 and the 编号 of ${where} belongs to no column of ${layout.label}: "${strayHead.map(rawOf).join(' ')}"`,
      });
    }
    if (stray.length) {
      problems.push({
        line: stray[0]!.line,
        message: `text after the 编号 of ${where} is not part of any numbered control point: "${stray.map(rawOf).join(' ')}"`,
      });
    }
    if (!name) problems.push({ line: codeTok.line, message: `no 技术名称 could be read for ${where}` });
    if (points.length === 0) problems.push({ line: codeTok.line, message: `no numbered 控制要点 could be read for ${where}` });
    for (const p of points) if (!p.text) problems.push({ line: p.line, message: `control point ${p.n} of ${where} has no text` });
    const first = head[0]?.line ?? codeTok.line;
    const last = body.at(-1)?.line ?? codeTok.line;
    return {
      part: section.part,
      industry: column?.value ?? heading,
      seq: seqTok?.n,
      code: codeTok.code,
      name,
      controlPoints: points,
      lines: [first, last] as [number, number],
    };
  });
  return { entries, layout: [...used].join('; ') };
}

function label(seq: Token | undefined, code: Extract<Token, { kind: 'code' }>): string {
  return seq?.kind === 'seq' ? `序号 ${seq.n}（编号 ${code.code}, line ${seq.line}）` : `编号 ${code.code} (line ${code.line})`;
}

/**
 * Where each part's 序号 start: at 1, or running on from the part before (1–24 禁止, then 25–134 限制). A part after
 * the first runs on when its first 序号 read lies nearer the number after the previous part's last than 1.
 */
export function seqStarts(entries: ParsedEntry[], parts: Part[]): Map<Part, number> {
  const starts = new Map<Part, number>();
  let end = 0;
  for (const part of parts) {
    const list = entries.filter((e) => e.part === part);
    const seqs = list.flatMap((e) => (e.seq !== undefined ? [e.seq] : []));
    const first = seqs[0];
    const start = end > 0 && first !== undefined && first - 1 > Math.abs(first - (end + 1)) ? end + 1 : 1;
    starts.set(part, start);
    end = Math.max(start + list.length - 1, ...seqs);
  }
  return starts;
}

/**
 * Checks across entries: 序号 run without gaps or repeats (from 1 in each part, or on across the parts), 编号 unique,
 * J/X agrees with the part.
 */
export function checkRuns(entries: ParsedEntry[], headings: Map<Part, string>): ReadProblem[] {
  const problems: ReadProblem[] = [];
  const starts = seqStarts(entries, [...headings.keys()]);
  for (const [part, heading] of headings) {
    const list = entries.filter((e) => e.part === part);
    const start = starts.get(part)!;
    const bySeq = new Map<number, ParsedEntry[]>();
    for (const e of list) if (e.seq !== undefined) (bySeq.get(e.seq) ?? bySeq.set(e.seq, []).get(e.seq)!).push(e);
    for (const [seq, es] of bySeq) {
      if (es.length > 1) problems.push({ line: es[1]!.lines[0], message: `序号 ${seq} appears ${es.length} times in ${heading}: lines ${es.map((e) => e.lines[0]).join(', ')}` });
      if (seq < start) {
        problems.push({ line: es[0]!.lines[0], message: `序号 ${seq} stands in ${heading}, whose 序号 run on from the part before, starting at ${start}` });
      }
    }
    const max = Math.max(start + list.length - 1, ...bySeq.keys());
    for (let n = start; n <= max; n++) {
      if (bySeq.has(n)) continue;
      const before = list.filter((e) => e.seq !== undefined && e.seq < n).at(-1);
      const after = list.find((e) => e.seq !== undefined && e.seq > n);
      const between = [before && `after 序号 ${before.seq} (line ${before.lines[0]})`, after && `before 序号 ${after.seq} (line ${after.lines[0]})`]
        .filter(Boolean)
        .join(' and ');
      problems.push({ line: after?.lines[0] ?? before?.lines[1], message: `序号 ${n} of ${heading} could not be read${between ? ` (expected ${between})` : ''}` });
    }
    let last = 0;
    for (const e of list) {
      if (e.seq === undefined) continue;
      if (e.seq < last) problems.push({ line: e.lines[0], message: `序号 ${e.seq} comes after 序号 ${last} in ${heading}` });
      last = Math.max(last, e.seq);
    }
  }
  const byCode = new Map<string, ParsedEntry[]>();
  for (const e of entries) (byCode.get(e.code) ?? byCode.set(e.code, []).get(e.code)!).push(e);
  for (const [code, es] of byCode) {
    if (es.length > 1) {
      problems.push({
        line: es[1]!.lines[0],
        message: `编号 ${code} is used ${es.length} times: ${es.map((e) => `${e.seq !== undefined ? `序号 ${e.seq} ` : ''}line ${e.lines[0]}`).join(', ')}`,
      });
    }
  }
  for (const e of entries) {
    const marked = partOfCode(e.code);
    if (marked !== e.part) {
      problems.push({
        line: e.lines[0],
        message: `编号 ${e.code} (序号 ${e.seq ?? '?'}) ends in ${e.code.slice(-1)}, which marks a ${marked} entry, but it stands in ${headings.get(e.part)}`,
      });
    }
  }
  return problems;
}

/** Reads the whole catalogue text. Problems are collected, never thrown; the caller writes nothing if there are any. */
export function parseCatalogueText(input: string): ParsedCatalogue {
  const problems: ReadProblem[] = [];
  const { preamble, sections: secs } = sections(numberedLines(input), problems);
  if (secs.length === 0) {
    problems.push({ message: 'no part heading was found: the text must contain 一、禁止出口部分 and 二、限制出口部分 as lines of their own' });
  }
  const read = secs.map((s) => ({ heading: s.heading, ...readSection(s, problems) }));
  const entries = read.flatMap((r) => r.entries);
  const headings = new Map(secs.map((s) => [s.part, s.heading]));
  problems.push(...checkRuns(entries, headings));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const starts = [...seqStarts(entries, [...headings.keys()]).values()];
  const numbering = entries.some((e) => e.seq !== undefined) ? (starts.some((s) => s > 1) ? 'running' : 'per-part') : undefined;
  return { preamble, entries, problems, numbering, layouts: new Map(read.flatMap((r) => (r.layout ? [[r.heading, r.layout]] : []))) };
}
