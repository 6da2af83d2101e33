/** Search query normaliser and search-page URL state: pure functions shared by the search page script and tests. */
import { normalizeCode, normalizeControlCode } from '../shared/codes.ts';

/** Longer queries are cut to this many characters (code points), not rejected. */
export const MAX_QUERY_LENGTH = 200;

/** Traditional→Simplified pairs as shipped in /search-fold.json (see search-fold.ts): `from[i]` folds to `to[i]`. */
export interface FoldPairs {
  from: string;
  to: string;
}

export type Fold = ReadonlyMap<string, string>;

/** A lookup map from the shipped pairs; pairs of unequal length are a broken table and throw. */
export function foldMap(pairs: FoldPairs): Fold {
  const from = [...pairs.from];
  const to = [...pairs.to];
  if (from.length !== to.length) throw new Error(`Fold table is broken: ${from.length} source characters, ${to.length} targets`);
  return new Map(from.map((ch, i) => [ch, to[i]!]));
}

export interface NormalizedQuery {
  /** What is handed to Pagefind. */
  text: string;
  /** Set when the whole query is a 编号 (after folding width and case): `203912X`. */
  code?: string;
  /** Set when the whole query is a 管制编码 of the dual-use list (after folding width and case): `1E902.a`. */
  controlCode?: string;
}

/** Full-width ASCII (！–～) to half-width; the ideographic space to a plain space. */
const toHalfWidth = (s: string): string =>
  s.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

/**
 * Characters nobody can see or search for: format characters (zero-width spaces and joiners, bidi marks and
 * overrides, soft hyphen, byte-order mark), lone surrogate halves, and the replacement character and non-characters
 * (U+FFFD, what a lone half becomes on its way through the address; U+FFFE, U+FFFF). Dropped from queries.
 */
const INVISIBLE = /[\p{Cf}\p{Cs}\uFFFD\uFFFE\uFFFF]/gu;
/** Control characters (NUL, C0, DEL, C1, including tabs and line breaks): read as a space. */
const CONTROL = /\p{Cc}/gu;

/**
 * Normalises what a reader typed: cut at 200 characters, invisible characters dropped and control characters read
 * as spaces, full-width → half-width, Traditional → Simplified through `fold`, whitespace collapsed. Returns
 * undefined for a query with nothing left to search for.
 */
export function normalizeQuery(raw: string, fold: Fold = new Map()): NormalizedQuery | undefined {
  const cut = [...raw].slice(0, MAX_QUERY_LENGTH).join('').replace(INVISIBLE, '').replace(CONTROL, ' ');
  const text = [...toHalfWidth(cut)]
    .map((ch) => fold.get(ch) ?? ch)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return undefined;
  const code = normalizeCode(text);
  if (code) return { text: code, code };
  const controlCode = normalizeControlCode(text);
  return controlCode ? { text: controlCode, controlCode } : { text };
}

/** The state a search page URL holds: `/search/?q=稀土&regime=技术目录&edition=2023&part=禁止&industry=…&sort=code`. */
export interface SearchState {
  q: string;
  /** 技术目录 or 出口管制公告 (the Pagefind filter `regime`); '' for both. */
  regime: string;
  edition: string;
  part: string;
  industry: string;
  sort: SortKey;
}

export const SORT_KEYS = ['relevance', 'code', 'seq'] as const;
/** The filters a state can set, in URL order. */
export const FILTER_KEYS = ['regime', 'edition', 'part', 'industry'] as const;
/** The two regimes as the `regime` filter names them. */
export const REGIMES = ['技术目录', '出口管制公告'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/** Reads the state from a query string; unknown sort values fall back to relevance, missing fields to '' (all). */
export function readSearchState(params: URLSearchParams): SearchState {
  const sort = params.get('sort') ?? '';
  return {
    q: [...(params.get('q') ?? '')].slice(0, MAX_QUERY_LENGTH).join(''),
    regime: params.get('regime') ?? '',
    edition: params.get('edition') ?? '',
    part: params.get('part') ?? '',
    industry: params.get('industry') ?? '',
    sort: (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : 'relevance',
  };
}

/** The query string for a state, leaving out empty fields and the default sort: `q=稀土&edition=2023`. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) if (state[key]) params.set(key, state[key]);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params.toString();
}

/** Pagefind filters for a state: only the fields that are set. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const key of FILTER_KEYS) if (state[key]) filters[key] = state[key];
  return filters;
}
