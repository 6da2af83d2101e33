/** Search answers: what a result holds of the query (whole or part), English forms, fewer words, order (pure). */

const HAN = /\p{Script=Han}/u;

/** One way of reading the query: its parts (Chinese: the pieces between spaces; English: words), all of which a page must hold. */
export type Reading = string[];

/** The query as matched against result text: the readings tried (the query itself first) and whether it is read as English. */
export interface MatchQuery {
  english: boolean;
  readings: Reading[];
}

/** Pagefind's page text marks its word cuts with zero-width spaces; matching ignores them, and case. */
const plain = (text: string): string => text.replace(/\u200b/g, '').toLowerCase();

/** English words of a text or query: letters and digits; hyphens, dashes, slashes and other marks separate words (rare-earth = rare earth). */
export const englishWords = (text: string): string[] => plain(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The singular a reader may mean: magnets → magnet, batteries → battery, boxes → box; short words and -ss/-us/-is stay. */
export function singular(word: string): string {
  if (word.length <= 3 || /(ss|us|is)$/.test(word)) return word;
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(x|ch|sh|ss)es$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Endings that keep a word's meaning for search: magnet → magnets, magnetic; edit → editing; process → processing. */
const ENDING = /^(s|es|d|ed|ing|er|ers|ic|ics|al|ally|ical|ation|ations|ion|ions)$/;

/** Whether a word of the page is the query word, in the singular or with an ending that keeps its meaning. */
export function wordHolds(queryWord: string, pageWord: string): boolean {
  const q = singular(queryWord);
  if (pageWord === q || pageWord === queryWord) return true;
  // battery → batteries; manufacture → manufacturing
  const stems = [q, ...(/[ye]$/.test(q) ? [q.slice(0, -1)] : [])];
  return stems.some((s) => s.length >= 3 && pageWord.startsWith(s) && (ENDING.test(pageWord.slice(s.length)) || (s !== q && /^(ies|ied|ing|ation|ations)$/.test(pageWord.slice(s.length)))));
}

/** The parts of a Chinese (or mixed) query: the pieces between spaces, lower-cased. */
export const queryParts = (text: string): string[] => plain(text).split(/\s+/).filter(Boolean);

/** How a page's text holds a query: whole (every part of one reading), and which pieces it holds (for the label of a partial match). */
export interface Holding {
  whole: boolean;
  /** The parts held whole, and of a part not held whole the longest pieces held, in the query's order. */
  held: string[];
}

/** Text as Chinese matching reads it: without case, word cuts, or spaces between two Chinese characters. */
const chineseText = (text: string): string => plain(text).replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');

/**
 * Of a part the page does not hold whole, the longest pieces it holds, left to right: of 石墨负极 the pieces 石墨 and 负极,
 * of 盾构机 the characters 构 and 机. Words in Latin letters count whole.
 */
function heldPieces(page: string, part: string): string[] {
  const out: string[] = [];
  for (const run of part.match(/\p{Script=Han}+|[^\p{Script=Han}\s]+/gu) ?? []) {
    if (!HAN.test(run)) {
      for (const w of run.split(/[^\p{L}\p{N}]+/u).filter(Boolean)) if (page.includes(w)) out.push(w);
      continue;
    }
    const chars = [...run];
    for (let i = 0; i < chars.length; ) {
      let j = chars.length;
      while (j > i && !page.includes(chars.slice(i, j).join(''))) j--;
      if (j > i) out.push(chars.slice(i, j).join(''));
      i = Math.max(j, i + 1);
    }
  }
  return out;
}

/** What `text` (a page's text, title or own wording) holds of the query. */
export function holding(q: MatchQuery, text: string): Holding {
  if (q.english) {
    const words = new Set(englishWords(text));
    const holds = (w: string) => [...words].some((p) => wordHolds(w, p));
    let best: string[] = [];
    for (const reading of q.readings) {
      const held = reading.filter(holds);
      if (held.length === reading.length) return { whole: true, held };
      if (held.length > best.length) best = held;
    }
    return { whole: false, held: best };
  }
  const page = chineseText(text);
  let best: string[] = [];
  for (const reading of q.readings) {
    const held: string[] = [];
    let whole = true;
    for (const part of reading) {
      if (page.includes(part)) held.push(part);
      else {
        whole = false;
        held.push(...heldPieces(page, part));
      }
    }
    if (whole) return { whole: true, held };
    if (held.length > best.length) best = held;
  }
  return { whole: false, held: [...new Set(best)] };
}

/** A query as the page matches it: English on the English page unless it holds Chinese characters; readings from `variants`. */
export function matchQuery(text: string, english: boolean, variants: string[] = [text]): MatchQuery {
  const asEnglish = english && !HAN.test(text);
  return { english: asEnglish, readings: variants.map((v) => (asEnglish ? englishWords(v) : queryParts(v))).filter((r) => r.length > 0) };
}

// ---- English synonyms and variants

/** A synonym group of content/search-synonyms.md: terms a reader may type for the same thing. */
export type SynonymGroup = string[];

/** Where a term of a group stands in the query's words (singular forms compared). */
function termAt(words: string[], at: number, term: string[]): boolean {
  return term.length > 0 && term.every((t, i) => words[at + i] !== undefined && singular(words[at + i]!) === singular(t));
}

/** At most this many forms of one query are searched (the query itself included). */
export const MAX_VARIANTS = 6;

/**
 * The forms an English query is searched as: the query itself (hyphens and dashes read as spaces), then each term of a
 * synonym group that the query contains replaced by the group's other terms (`synthetic diamond` → `artificial
 * diamond`, …). Terms are matched as whole words, longest first, singular and plural alike. A form that adds words
 * to the query (rare earth → rare earth element) is left out: it can only find fewer pages. At most MAX_VARIANTS.
 */
export function englishVariants(query: string, groups: readonly SynonymGroup[]): string[] {
  const words = englishWords(query);
  const terms = groups.flatMap((g, gi) => g.map((t) => ({ gi, words: englishWords(t) }))).sort((a, b) => b.words.length - a.words.length);
  // The query as a sequence of fixed words and replaceable slots (a slot lists the group's terms).
  const pieces: string[][] = [];
  for (let i = 0; i < words.length; ) {
    const hit = terms.find((t) => termAt(words, i, t.words));
    if (hit) {
      const own = words.slice(i, i + hit.words.length).join(' ');
      pieces.push([own, ...groups[hit.gi]!.map((t) => englishWords(t).join(' ')).filter((t) => singular(t) !== singular(own) && t !== own)]);
      i += hit.words.length;
    } else pieces.push([words[i++]!]);
  }
  let out: string[] = [''];
  for (const options of pieces) out = out.flatMap((prefix) => options.map((o) => (prefix ? `${prefix} ${o}` : o))).slice(0, MAX_VARIANTS * 4);
  // A form that holds every word of the query finds nothing the query does not (the engine wants every word): left out.
  const own = words.map(singular);
  const narrower = (form: string) => {
    const left = englishWords(form).map(singular);
    return own.every((w) => {
      const i = left.indexOf(w);
      return i >= 0 && left.splice(i, 1).length > 0;
    });
  };
  return [...new Set(out)].filter((f, i) => i === 0 || !narrower(f)).slice(0, MAX_VARIANTS);
}

/** Every choice of `size` parts of a query, in the query's order, largest parts kept first: the retries of a query that finds nothing. */
export function fewerParts(parts: string[], size: number): string[][] {
  const out: string[][] = [];
  const pick = (from: number, chosen: string[]) => {
    if (chosen.length === size) return void out.push(chosen);
    for (let i = from; i < parts.length; i++) pick(i + 1, [...chosen, parts[i]!]);
  };
  pick(0, []);
  return out;
}

// ---- Order of results

/** How a result stands for the order of the list. */
export interface Standing {
  /** Holds the whole query. */
  whole: boolean;
  /** 0: its title or code holds the whole query; 1: its own wording (an item's text, an entry's control points); 2: elsewhere on the page. */
  tier: 0 | 1 | 2;
  /** A technology: a catalogue entry or a controlled technology item. */
  technology: boolean;
  /** Its place in the engine's order (relevance). */
  order: number;
}

/**
 * The order of the list by relevance: results that hold the whole query first; among them, a title or code that holds
 * it before an item's own wording before a mention elsewhere (a long announcement, an item's clause); then technologies
 * (the subject of this site) before goods; then the engine's order.
 */
export const byStanding = (a: Standing, b: Standing): number =>
  Number(b.whole) - Number(a.whole) || a.tier - b.tier || Number(b.technology) - Number(a.technology) || a.order - b.order;

/** The first line of a text, cut to `max` characters with an ellipsis: an item's wording as a result's title. */
export function firstLine(text: string, max = 48): string {
  const line = (text.split('\n').find((l) => l.trim()) ?? '').trim();
  const chars = [...line];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : line;
}
