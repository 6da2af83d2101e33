/** The search page script's sentences in both languages, picked by the page's <html lang> (no i18next in its bundle). */
export type SearchLocale = 'zh-CN' | 'en';

export interface SearchStrings {
  failed: string;
  indexFailed: string;
  codeLink: (code: string) => string;
  controlCodeLink: (code: string) => string;
  /** `找到 12 个结果（…）。` / `12 results (…).` */
  found: (n: number, byRegime: string, filtered: boolean) => string;
  none: (q: string, filtered: boolean) => string;
  /** No result holds the whole query; `n` hold part of it. */
  noWhole: (q: string, n: number, filtered: boolean) => string;
  /** Nothing holds all the words; the results hold these fewer-word queries. */
  fewer: (q: string, used: string[], filtered: boolean) => string;
  /** The other forms an English query was searched as (synonyms). */
  also: (forms: string[]) => string;
  /** The label of a result that holds only part of the query: what it holds. */
  partial: (held: string[]) => string;
  /** The control that shows or hides the partial matches. */
  partialToggle: (n: number, open: boolean) => string;
  /** Per-regime counts of the results: 技术目录 and 出口管制公告 are the values of the Pagefind filter `regime`. */
  byRegime: (counts: Record<string, number>) => string;
  controls: string;
  technology: string;
  codeUnknown: string;
  edition: (id: string) => string;
  otherEditions: string;
  listSep: string;
  where: string;
  /** Before an excerpt of our English (English pages): the label every rendering carries (rendering.label in en.json). */
  renderingLabel: string;
  part: Record<string, string>;
}

const CATALOGUE = '技术目录';
const CONTROLS = '出口管制公告';

export const SEARCH_STRINGS: Record<SearchLocale, SearchStrings> = {
  'zh-CN': {
    renderingLabel: '',
    failed: '搜索结果未能载入，请检查网络后重试。',
    indexFailed: '搜索索引未能载入，请稍后重试。（本地开发时，索引只在 npm run build 之后存在。）',
    codeLink: (code) => `编号 ${code}：使用过这一编号的全部条目版本`,
    controlCodeLink: (code) => `管制编码 ${code}：涉及这一编码的全部公告与物项`,
    found: (n, byRegime, filtered) => `找到 ${n} 个结果${byRegime}${filtered ? '（已按筛选条件）' : ''}。`,
    none: (q, filtered) => `没有找到与“${q}”相符的条目或公告${filtered ? '（已按筛选条件）' : ''}。`,
    noWhole: (q, n, filtered) => `没有结果包含完整的“${q}”${filtered ? '（已按筛选条件）' : ''}。下面 ${n} 个结果只含其中一部分。`,
    fewer: (q, used, filtered) => `没有页面同时包含“${q}”的全部词语${filtered ? '（已按筛选条件）' : ''}；下面是包含“${used.join('”或“')}”的页面。`,
    also: (forms) => `同时搜索了：${forms.join('、')}。`,
    partial: (held) => (held.length ? `部分匹配：只含 ${held.join('、')}` : '部分匹配'),
    partialToggle: (n, open) => (open ? `隐藏只含部分查询的结果（${n}）` : `显示只含部分查询的结果（${n}）`),
    byRegime: (counts) => {
      const parts = [counts[CATALOGUE] ? `技术目录 ${counts[CATALOGUE]} 个条目版本` : '', counts[CONTROLS] ? `出口管制公告 ${counts[CONTROLS]} 页` : ''].filter(Boolean);
      return parts.length ? `（${parts.join('，')}）` : '';
    },
    controls: '出口管制公告',
    technology: '技术',
    codeUnknown: '编号未知',
    edition: (id) => `${id}年版`,
    otherEditions: '其他版本：',
    listSep: '、',
    where: '：',
    part: { 禁止: '禁止出口', 限制: '限制出口' },
  },
  en: {
    renderingLabel: 'Unofficial translation (the Chinese is authoritative):',
    failed: 'The results could not be loaded. Check the connection and try again.',
    indexFailed: 'The search index could not be loaded; please try again later. (In local development the index exists only after npm run build.)',
    codeLink: (code) => `Code ${code}: every entry version that has used it`,
    controlCodeLink: (code) => `Control code ${code}: every announcement and item with this code`,
    found: (n, byRegime, filtered) => `${n} ${n === 1 ? 'result' : 'results'}${byRegime}${filtered ? ' (filtered)' : ''}.`,
    none: (q, filtered) => `No entry or announcement matches “${q}”${filtered ? ' (filtered)' : ''}.`,
    noWhole: (q, n, filtered) => `No result holds the whole of “${q}”${filtered ? ' (filtered)' : ''}. ${n === 1 ? 'The result below holds' : `The ${n} results below hold`} only part of it.`,
    fewer: (q, used, filtered) => `No page holds all of “${q}”${filtered ? ' (filtered)' : ''}; pages with “${used.join('” or “')}”:`,
    also: (forms) => ` Also searched as: ${forms.join(', ')}.`,
    partial: (held) => (held.length ? `Partial match: only ${held.map((h) => `“${h}”`).join(', ')}` : 'Partial match'),
    partialToggle: (n, open) => `${open ? 'Hide' : 'Show'} ${n} ${n === 1 ? 'result' : 'results'} holding only part of the query`,
    byRegime: (counts) => {
      const c = counts[CATALOGUE] ?? 0;
      const a = counts[CONTROLS] ?? 0;
      const parts = [c ? `Catalogue: ${c} entry ${c === 1 ? 'version' : 'versions'}` : '', a ? `export-control announcements: ${a} ${a === 1 ? 'page' : 'pages'}` : ''].filter(Boolean);
      return parts.length ? ` (${parts.join('; ')})` : '';
    },
    controls: 'Export-control announcement',
    technology: 'Technology',
    codeUnknown: 'code unknown',
    edition: (id) => `${id} edition`,
    otherEditions: 'Other editions: ',
    listSep: ', ',
    where: ': ',
    part: { 禁止: 'Prohibited', 限制: 'Restricted' },
  },
};

/** The set for a page's <html lang>: English for `en…`, else Chinese. */
export const searchStrings = (lang: string): SearchStrings => SEARCH_STRINGS[/^en\b/i.test(lang) ? 'en' : 'zh-CN'];

/** True when a query in Latin letters is better searched on the other language's page: not a 编号, not a 管制编码. */
export const latinWords = (text: string, isCode: boolean): boolean => /[A-Za-z]/.test(text) && !isCode;
