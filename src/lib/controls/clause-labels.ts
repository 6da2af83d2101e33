/** The English numbering of an announcement's clause labels: 一（一） → "1(1)", 序言 → "preamble", 一 第二段 → "second paragraph of 1". */
import { chineseNumeral } from '../shared/numerals.ts';

/*
 * Read from the label as printed (or as our content names an unnumbered block), e.g. 钨部分（一）1—3 → "tungsten part
 * (1), items 1–3". One grammar for every label the content holds; the official Chinese numbering is always shown
 * beside it.
 */

/**
 * The parts of an announcement that are named by what they concern (钨部分, 原辅料部分): the English is the glossary's
 * (content/glossary.md; tests/unit/clause-labels.test.ts requires the two to agree).
 */
export const PART_NAMES_EN: Readonly<Record<string, string>> = {
  钨: 'tungsten',
  碲: 'tellurium',
  铋: 'bismuth',
  钼: 'molybdenum',
  铟: 'indium',
  原辅料: 'raw and auxiliary materials',
};

/** Labels that are one word for a whole block (the site's own names for unnumbered blocks). */
const WHOLE: Readonly<Record<string, string>> = {
  序言: 'preamble',
  正文: 'main text',
  附件目录: 'list of attachments',
  落款: 'signature block',
  结尾段: 'closing paragraph',
};

/** Notes in brackets after a label: what the block holds of the printed part, or where it comes from. */
const NOTES: Readonly<Record<string, string>> = {
  不完整: 'incomplete',
  引语: 'lead-in only',
  小标题未取得: 'heading not held',
  引导句未取得: 'lead-in sentence not held',
  据报道: 'as reported',
};

const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const CN_NUMBER = /^[一二三四五六七八九十]+/;

/** The levels of the announcements' numbering: 一、 / （一） / 1. / （1） / a. */
type Level = 'cn' | 'pcn' | 'ar' | 'par' | 'letter';
const LEVELS: Level[] = ['cn', 'pcn', 'ar', 'par', 'letter'];
type Path = Partial<Record<Level, string>>;

/** A path in English: 一（一）1（3） → "1(1), item 1(3)"; （二） → "(2)"; 1 alone → "item 1". */
function pathEn(p: Path): string {
  let s = `${p.cn ?? ''}${p.pcn !== undefined ? `(${p.pcn})` : ''}`;
  if (p.ar !== undefined) s += `${s ? ', ' : ''}item ${p.ar}`;
  if (p.par !== undefined) s += `(${p.par})`;
  if (p.letter !== undefined) s += `(${p.letter})`;
  return s;
}
const deepest = (p: Path): Level | undefined => [...LEVELS].reverse().find((l) => p[l] !== undefined);
const shallowest = (p: Path): Level | undefined => LEVELS.find((l) => p[l] !== undefined);

/** A range from `a` to `b` (b written from the level it starts at): 一（一）1—6 → "1(1), items 1–6"; （一）—（三） → "(1)–(3)". */
function rangeEn(a: Path, b: Path): string {
  const level = shallowest(b)!;
  const single = deepest(b) === level;
  if (single && deepest(a) === level) {
    const head = pathEn(Object.fromEntries(LEVELS.slice(0, LEVELS.indexOf(level)).flatMap((l) => (a[l] !== undefined ? [[l, a[l]]] : []))));
    const x = a[level]!;
    const y = b[level]!;
    const span = level === 'cn' ? `${x}–${y}` : level === 'ar' ? `items ${x}–${y}` : `(${x})–(${y})`;
    return head ? `${head}${level === 'ar' ? ', ' : ''}${span}` : span;
  }
  return `${pathEn(a)} to ${pathEn(b)}`;
}

/** A small reader over the label, left to right. */
class Reader {
  constructor(
    readonly s: string,
    public i = 0,
  ) {}
  get rest(): string {
    return this.s.slice(this.i);
  }
  get done(): boolean {
    return this.i >= this.s.length;
  }
  take(re: RegExp): RegExpExecArray | undefined {
    const m = re.exec(this.rest);
    if (!m || m.index !== 0) return undefined;
    this.i += m[0].length;
    return m;
  }
  /** The bracketed text at this point, with brackets nested inside it: （含（一）、（五）） → 含（一）、（五）. */
  bracket(): string | undefined {
    if (this.s[this.i] !== '（') return undefined;
    let depth = 0;
    for (let j = this.i; j < this.s.length; j++) {
      if (this.s[j] === '（') depth++;
      else if (this.s[j] === '）' && --depth === 0) {
        const inner = this.s.slice(this.i + 1, j);
        this.i = j + 1;
        return inner;
      }
    }
    return undefined;
  }
}

/** Reads one level of numbering at the reader, if it is there; `from` is the shallowest level allowed. */
function readPath(r: Reader, from: Level = 'cn'): Path | undefined {
  const p: Path = {};
  const start = r.i;
  const at = (l: Level) => LEVELS.indexOf(l) >= LEVELS.indexOf(from);
  if (at('cn')) {
    const m = r.take(CN_NUMBER);
    if (m) {
      const n = chineseNumeral(m[0]);
      if (n === undefined) return void (r.i = start);
      p.cn = String(n);
    }
  }
  if (at('pcn')) {
    const m = r.take(/^（([一二三四五六七八九十]+)）/);
    if (m) {
      const n = chineseNumeral(m[1]!);
      if (n === undefined) return void (r.i = start);
      p.pcn = String(n);
    }
  }
  if (at('ar')) {
    // 三 2: the second item under 三, written with a space in our labels.
    const m = p.cn !== undefined && p.pcn === undefined ? r.take(/^ ?(\d+)/) : r.take(/^(\d+)/);
    if (m) p.ar = m[1]!;
  }
  if (at('par')) {
    const m = r.take(/^（(\d+)）/);
    if (m) p.par = m[1]!;
  }
  if (at('letter')) {
    const m = r.take(/^([a-z])(?![a-z])/);
    if (m) p.letter = m[1]!;
  }
  return Object.keys(p).length ? p : undefined;
}

/** A reference: one path, or a range of them (一（一）1—6, （一）—（三）). */
function readRef(r: Reader, from: Level = 'cn'): string | undefined {
  const a = readPath(r, from);
  if (!a) return undefined;
  const save = r.i;
  if (r.take(/^—/)) {
    const b = readPath(r, 'cn');
    if (b) return rangeEn(a, b);
    r.i = save;
  }
  return pathEn(a);
}

/** What a bracket after a label holds: a note (不完整), or what the block includes (含（一）、（五）; 引语及（一）). */
function noteEn(inner: string): string | undefined {
  if (NOTES[inner]) return NOTES[inner];
  const incl = /^含(.+)$/.exec(inner);
  const lead = /^引语及(.+)$/.exec(inner);
  if (incl) {
    const list = listEn(incl[1]!);
    return list && `including ${list}`;
  }
  if (lead) {
    const list = listEn(lead[1]!);
    return list && `lead-in and ${list}`;
  }
  return undefined;
}

/** A list of references joined by 、 or 及: （一）、（五） → "(1) and (5)"; 1—5及定义 → "items 1–5 and the definitions". */
function listEn(s: string): string | undefined {
  const parts: string[] = [];
  for (const piece of s.split(/、|及/)) {
    if (piece === '定义') {
      parts.push('the definitions');
      continue;
    }
    const r = new Reader(piece);
    const ref = readRef(r);
    if (!ref || !r.done) return undefined;
    parts.push(ref);
  }
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The label in English, or undefined when the grammar cannot read it (the content check then refuses the label). */
export function readClauseLabel(label: string): string | undefined {
  const s = label.trim();
  if (WHOLE[s]) return WHOLE[s];
  const closing = /^结尾第([一二三四五六七八九十]+)段$/.exec(s);
  if (closing) {
    const n = chineseNumeral(closing[1]!);
    return n !== undefined && ORDINALS[n] ? `${ORDINALS[n]} closing paragraph` : undefined;
  }
  const r = new Reader(s);
  let out: string | undefined;
  if (r.take(/^暂停实施的句子/)) out = 'suspending sentence';
  else {
    const part = r.take(/^(\p{Script=Han}+?)部分/u);
    let head = '';
    if (part) {
      const name = PART_NAMES_EN[part[1]!];
      if (!name) return undefined;
      head = `${name} part`;
    }
    const ref = readRef(r, part ? 'pcn' : 'cn');
    if (!ref && !part) return undefined;
    out = [head, ref].filter(Boolean).join(' ');
    // What follows the reference: more of it, a paragraph of it, its lead-in, definitions.
    for (;;) {
      let m: RegExpExecArray | undefined;
      if ((m = r.take(/^及其第(\d+)项/))) out += ` and its item ${m[1]}`;
      else if (r.take(/^及两个定义/)) out += ' and two definitions';
      else if ((m = r.take(/^第(\d+)项的 ([a-z])—([a-z])/))) out += `, item ${m[1]}(${m[2]})–(${m[3]})`;
      else if ((m = r.take(/^ 第([一二三四五六七八九十]+)段/))) {
        const n = chineseNumeral(m[1]!);
        if (n === undefined || !ORDINALS[n]) return undefined;
        out = `${ORDINALS[n]} paragraph of ${out}`;
      } else if (r.take(/^ 技术说明/)) out += ', technical note';
      else if (r.take(/^及/)) {
        const ref2 = readRef(r, 'ar') ?? readRef(r);
        if (!ref2) return undefined;
        if (r.take(/^的引语/)) out += ` and the lead-in of ${ref2}`;
        else out += ` and ${ref2}`;
      } else break;
    }
  }
  // Notes in brackets, one after another.
  while (!r.done) {
    const inner = r.bracket();
    const note = inner === undefined ? undefined : noteEn(inner);
    if (note === undefined) return undefined;
    out += ` (${note})`;
  }
  return out;
}

/** What every label must give: English only (no Chinese character left over). */
const HAN = /\p{Script=Han}/u;

/**
 * The English label of a clause (total: every clause gets one). Normally read from its printed label; a label the
 * grammar cannot read (the content check refuses those) falls back on the site's own id, said as such.
 */
export function clauseLabelEn(clause: { id: string; label: string }): string {
  const read = readClauseLabel(clause.label);
  return read !== undefined && !HAN.test(read) ? read : `clause with our id “${clause.id}”`;
}

/** The same, capitalised for a heading or the start of a sentence: "Preamble", "Second paragraph of 1". */
export const clauseHeadingEn = (clause: { id: string; label: string }): string => {
  const s = clauseLabelEn(clause);
  return s.charAt(0).toUpperCase() + s.slice(1);
};

/**
 * The clause as a reference in running English: "clause 1(1)" for a numbered clause, the label as it is otherwise
 * ("the preamble", "the second paragraph of 1", "tungsten part (1), items 1–3").
 */
export function clauseRefEn(clause: { id: string; label: string }): string {
  const s = clauseLabelEn(clause);
  if (/^\d/.test(s)) return `clause ${s}`;
  if (/^\w+ paragraph of \d/.test(s)) return `the ${s.replace(/ of (\d)/, ' of clause $1')}`;
  if (/^(preamble|main text|list of attachments|signature block|suspending sentence|(\w+ )?closing paragraph)/.test(s)) return `the ${s}`;
  return s;
}

/** The label of every clause of an instrument, for open data (`label_en` beside the Chinese `label`). */
export const clauseLabelsEn = (clauses: readonly { id: string; label: string }[]): { id: string; label: string; labelEn: string }[] =>
  clauses.map((c) => ({ id: c.id, label: c.label, labelEn: clauseLabelEn(c) }));
