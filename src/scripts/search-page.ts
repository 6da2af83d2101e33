/**
 * The search page's behaviour (bundled by Astro into a file; no inline script). Pagefind is fetched on first use: first
 * focus, keystroke or filter change, or at once when the URL already holds a query. The folding table (Traditional to
 * Simplified) with it on the Chinese page, and on the English page only for a query in Chinese characters.
 * Results are grouped by entry, the newest edition first; a hit inside a control point links to its anchor.
 */
import './lang-switch.ts';
import { foldMap, normalizeQuery, pagefindFilters, readSearchState, searchStateQuery, type Fold, type NormalizedQuery, type SearchState } from '../lib/search-query.ts';
import { STATE_LABEL } from '../lib/controls/labels.ts';
import type { State } from '../lib/controls/status.ts';
import { latinWords, SEARCH_STRINGS, searchStrings, type SearchStrings } from '../lib/search-strings.ts';
import { codeUrl, controlCodeUrl, pagefindUrl, searchFoldUrl } from '../lib/urls.ts';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; element: string };
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: PagefindResult[]; filters?: Record<string, Record<string, number>> } | null>;
  /** Fetches the index chunks a query needs, without searching. */
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
}

/** Entry versions whose data (a small fragment each) is loaded per step; "显示更多" loads the next step. */
const STEP = 20;
/** Shown first, before the rest of the step: as many as the peer (Pagefind's default UI) shows at once. */
const FIRST = 5;
const DEBOUNCE_MS = 120;
/** Same wording as the site's 禁止/限制 badges (PART_LABEL in src/lib/queries.ts, not imported: it pulls in zod). */
const PART_BADGE: Record<string, { zh: string; en: string; cls: string }> = {
  禁止: { zh: '禁止出口', en: 'Prohibited', cls: 'badge-prohibited' },
  限制: { zh: '限制出口', en: 'Restricted', cls: 'badge-restricted' },
};
/** The page's sentences: Chinese on /search/, English on /en/search/ (from <html lang>, set in startSearchPage). */
let S: SearchStrings = SEARCH_STRINGS['zh-CN'];
let english = false;
const editionLabel = (id: string): string => S.edition(id);
const HAN = /\p{Script=Han}/u;
/** No folding: what a query without Chinese characters gets. */
const NO_FOLD: Fold = new Map();
/** On the English page, text holding Chinese (an entry name, a designation) is marked as Chinese. */
const zhLang = (text: string): { lang?: string } => (english && HAN.test(text) ? { lang: 'zh-CN' } : {});
const CP_ANCHOR = /^(cp-(\d+|u\d+)|cl-[a-z0-9-]+)$/;
/** The second regime's pages carry meta regime:出口管制公告. */
const CONTROLS = '出口管制公告';

/** One matched entry version, with where its best hit is. */
interface Hit {
  data: ResultData;
  edition: string;
  code?: string;
  href: string;
  excerpt: string;
  /** The control point the hit is in (its data-pagefind-title), when the link goes to it. */
  where?: string;
}
/** The versions of one entry among the results, newest edition first; or one page of the export-control section. */
interface Group {
  key: string;
  name: string;
  part: string;
  hits: Hit[];
  /** Set for an announcement or item page: its meta (status, codes, instrument). */
  control?: Record<string, string | undefined>;
}

const marks = (html: string): number => html.split('<mark>').length - 1;

/** Links the hit to a control point when that control point holds more of the matched words than the name and code do. */
function bestHit(data: ResultData): { href: string; excerpt: string; where?: string } {
  const page = data.sub_results.find((s) => !s.anchor);
  const cps = data.sub_results.filter((s) => s.anchor && CP_ANCHOR.test(s.anchor.id));
  const cp = cps.sort((a, b) => marks(b.excerpt) - marks(a.excerpt))[0];
  if (cp && marks(cp.excerpt) > (page ? marks(page.excerpt) : 0)) return { href: cp.url, excerpt: cp.excerpt, where: cp.title };
  return { href: page?.url ?? data.url, excerpt: page?.excerpt ?? data.excerpt };
}

const validCode = (c: string | undefined): string | undefined => (c && /^\d{6}[JX]$/.test(c) ? c : undefined);

/** The control codes an item page carries (meta codes, space-separated). */
const codesOf = (d: ResultData): string[] => (d.meta.codes ?? '').split(' ').filter(Boolean);

/** Groups versions by entry key in result order; within an entry, the newest edition comes first. A code query puts its pages first. */
function groupHits(datas: ResultData[], code: string | undefined, byCode: boolean, controlCode?: string): Group[] {
  const carries = (d: ResultData) => Number((code !== undefined && validCode(d.meta.code) === code) || (controlCode !== undefined && codesOf(d).includes(controlCode)));
  const ordered = code || controlCode ? [...datas].sort((a, b) => carries(b) - carries(a)) : datas;
  const groups = new Map<string, Group>();
  for (const data of ordered) {
    if (data.meta.regime === CONTROLS) {
      const code = codesOf(data)[0];
      groups.set(data.url, { key: data.url, name: data.meta.title ?? data.url, part: '', control: data.meta, hits: [{ data, edition: '', ...(code && { code }), ...bestHit(data) }] });
      continue;
    }
    const key = data.meta.key ?? data.url;
    const group = groups.get(key) ?? { key, name: data.meta.name ?? data.url, part: data.meta.part ?? '', hits: [] };
    groups.set(key, group);
    group.hits.push({ data, edition: data.meta.edition ?? '', code: validCode(data.meta.code), ...bestHit(data) });
  }
  for (const g of groups.values()) g.hits.sort((a, b) => b.edition.localeCompare(a.edition));
  const list = [...groups.values()];
  // Sorted by 编号: order entries by the 编号 they are shown with (their newest version's), unknown last.
  if (byCode) list.sort((a, b) => (a.hits[0]!.code ?? '~').localeCompare(b.hits[0]!.code ?? '~'));
  return list;
}

/** `（技术目录 3 个条目版本，出口管制公告 2 页）` from Pagefind's per-filter counts of the results; a regime with none is left out. */
const countByRegime = (counts: Record<string, number>): string => S.byRegime(counts);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The excerpt of a hit, with where on the page it is (a control point or clause). */
function excerptOf(top: Hit): HTMLParagraphElement {
  const excerpt = el('p', { className: 'search-result-excerpt' });
  const excerptHtml = el('span');
  excerptHtml.innerHTML = top.excerpt; // Pagefind escapes the page text and adds only <mark>.
  if (top.where) excerpt.append(el('span', { className: 'search-result-where', ...zhLang(top.where) }, `${top.where}${S.where}`));
  excerpt.append(excerptHtml);
  return excerpt;
}

/** An announcement or item of the export-control section: regime, status as of the build, codes, where the hit is. */
function renderControl(g: Group): HTMLLIElement {
  const top = g.hits[0]!;
  const m = g.control!;
  const meta = el('p', { className: 'search-result-meta' }, el('span', { className: 'badge badge-quiet' }, S.controls));
  const state = STATE_LABEL[m.status as State];
  if (state) {
    meta.append(
      english
        ? el('span', { className: `badge status status-${m.status}` }, el('span', { ariaHidden: 'true' }, state.mark), state.en)
        : el('span', { className: `badge status status-${m.status}` }, el('span', { ariaHidden: 'true' }, state.mark), `${state.zh}`, el('span', { className: 'skip', lang: 'en' }, ` (${state.en})`)),
    );
  }
  const codes = codesOf(top.data);
  if (codes.length) meta.append(el('span', { className: 'code' }, codes.join(S.listSep)));
  if (m.instrument) meta.append(el('span', { className: 'muted', ...zhLang(m.instrument) }, m.instrument));
  if (m.kind === 'technology') meta.append(el('span', { className: 'badge badge-quiet' }, S.technology));
  const li = el('li', { className: 'search-result search-result-control' }, el('a', { className: 'search-result-title', href: top.href, ...zhLang(g.name) }, g.name), meta, excerptOf(top));
  li.dataset.key = g.key;
  li.dataset.regime = CONTROLS;
  if (codes.length) (li.dataset.codes = codes.join(' ')), (li.dataset.code = codes[0]!);
  return li;
}

function renderGroup(g: Group): HTMLLIElement {
  if (g.control) return renderControl(g);
  const top = g.hits[0]!;
  const badge = PART_BADGE[g.part];
  const meta = el('p', { className: 'search-result-meta' });
  if (badge) meta.append(english ? el('span', { className: `badge ${badge.cls}` }, badge.en) : el('span', { className: `badge ${badge.cls}` }, badge.zh, el('span', { className: 'skip', lang: 'en' }, ` (${badge.en})`)));
  meta.append(el('span', { className: 'code' }, top.code ?? S.codeUnknown), el('span', { className: 'badge badge-quiet' }, editionLabel(top.edition)));
  const li = el('li', { className: 'search-result' }, el('a', { className: 'search-result-title', href: top.href, ...zhLang(g.name) }, g.name), meta, excerptOf(top));
  const nameEn = top.data.meta.nameEn;
  if (english && nameEn) li.append(el('p', { className: 'rendering', lang: 'en' }, el('span', { className: 'rendering-label' }, 'Unofficial translation (the Chinese is authoritative):'), ` ${nameEn}`));
  li.dataset.key = g.key;
  li.dataset.edition = top.edition;
  if (top.code) li.dataset.code = top.code;
  if (g.hits.length > 1) {
    const others = el('p', { className: 'search-result-editions' }, S.otherEditions);
    g.hits.slice(1).forEach((h, i) => {
      if (i > 0) others.append(S.listSep);
      others.append(el('a', { href: h.href }, editionLabel(h.edition)), h.code && h.code !== top.code ? (english ? ` (${h.code})` : `（${h.code}）`) : '');
    });
    li.append(others);
  }
  return li;
}

export function startSearchPage(): void {
  const form = document.getElementById('search-form') as HTMLFormElement | null;
  if (!form) return;
  S = searchStrings(document.documentElement.lang);
  english = S === SEARCH_STRINGS.en;
  /** Where code pages live for this page's readers ('' or '/en'), and the same search in the other language. */
  const codePrefix = form.dataset.codePrefix ?? '';
  const controlCodePrefix = form.dataset.controlCodePrefix ?? '';
  const otherSearch = form.dataset.otherSearch ?? '';
  const otherLink = document.querySelector<HTMLAnchorElement>('a[data-other-search]');
  const input = form.querySelector<HTMLInputElement>('#search-q')!;
  const knownControlCodes = new Set((form.dataset.controlCodes ?? '').split(' ').filter(Boolean));
  const selects = {
    regime: form.querySelector<HTMLSelectElement>('#search-regime')!,
    edition: form.querySelector<HTMLSelectElement>('#search-edition')!,
    part: form.querySelector<HTMLSelectElement>('#search-part')!,
    industry: form.querySelector<HTMLSelectElement>('#search-industry')!,
    sort: form.querySelector<HTMLSelectElement>('#search-sort')!,
  };
  const status = document.getElementById('search-status')!;
  const emptyHelp = document.getElementById('search-empty-help')!;
  const latinHelp = document.getElementById('search-latin-help')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const moreWrap = document.getElementById('search-more-wrap')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  document.getElementById('search-nojs')!.hidden = true;
  document.getElementById('search-hint')!.hidden = false;

  let engine: Promise<Pagefind> | undefined;
  const load = () =>
    (engine ??= (async () => {
      const pf = (await import(/* @vite-ignore */ pagefindUrl())) as Pagefind;
      await pf.options({ noWorker: true, excerptLength: 24 });
      await pf.init();
      // Loads the filter index, without which a search reports no per-regime counts.
      await pf.filters();
      return pf;
    })());
  let foldTable: Promise<Fold> | undefined;
  const loadFold = () =>
    (foldTable ??= fetch(searchFoldUrl())
      .then((r) => (r.ok ? r.json() : { from: '', to: '' }))
      .then(foldMap)
      .catch((): Fold => new Map()));
  /** The table folds Chinese characters only: a query without any (most English ones) does without it. */
  const foldFor = (q: string): Promise<Fold> => (english && !HAN.test(q) ? Promise.resolve(NO_FOLD) : loadFold());

  const state = (): SearchState =>
    readSearchState(new URLSearchParams({ q: input.value, regime: selects.regime.value, edition: selects.edition.value, part: selects.part.value, industry: selects.industry.value, sort: selects.sort.value }));

  let run = 0;
  let results: PagefindResult[] = [];
  let loaded: ResultData[] = [];
  let current: NormalizedQuery | undefined;
  let regimeCounts: Record<string, number> = {};

  const clear = (message = '') => {
    emptyHelp.hidden = true;
    latinHelp.hidden = true;
    results = [];
    loaded = [];
    list.replaceChildren();
    moreWrap.hidden = true;
    status.textContent = message;
  };

  const render = () => {
    const groups = groupHits(loaded, current?.code, selects.sort.value === 'code', current?.controlCode);
    const items: HTMLLIElement[] = [];
    const code = current?.code;
    if (code && groups.some((g) => g.hits.some((h) => h.code === code))) {
      const li = el('li', { className: 'search-code-link' }, el('a', { href: `${codePrefix}${codeUrl(code)}` }, S.codeLink(code)));
      items.push(li);
    }
    const controlCode = current?.controlCode;
    if (controlCode && knownControlCodes.has(controlCode)) {
      items.push(el('li', { className: 'search-code-link' }, el('a', { href: `${controlCodePrefix}${controlCodeUrl(controlCode)}` }, S.controlCodeLink(controlCode))));
    }
    items.push(...groups.map(renderGroup));
    list.replaceChildren(...items);
    moreWrap.hidden = loaded.length >= results.length;
  };

  const loadMore = async (my: number, count = STEP) => {
    const next = await Promise.all(results.slice(loaded.length, loaded.length + count).map((r) => r.data()));
    if (my !== run) return;
    loaded = [...loaded, ...next];
    render();
  };

  /** Marks the list busy while a search runs; `data-query` says which query the shown results answer (tests wait on it). */
  const settle = (q: string) => {
    list.dataset.query = q;
    list.setAttribute('aria-busy', 'false');
  };

  const search = async () => {
    const my = ++run;
    const s = state();
    list.setAttribute('aria-busy', 'true');
    const query = searchStateQuery(s);
    history.replaceState(null, '', query ? `${location.pathname}?${query}` : location.pathname);
    if (otherLink && otherSearch) otherLink.href = query ? `${otherSearch}?${query}` : otherSearch;
    let loadedEngine: { pf: Pagefind; fold: Fold };
    try {
      const [pf, fold] = await Promise.all([load(), foldFor(s.q)]);
      loadedEngine = { pf, fold };
    } catch {
      engine = undefined; // try again on the next keystroke
      if (my !== run) return;
      clear(S.indexFailed);
      return settle(s.q);
    }
    const { pf, fold } = loadedEngine;
    if (my !== run) return;
    const t0 = performance.now();
    current = normalizeQuery(s.q, fold);
    if (!current) {
      clear();
      return settle(s.q);
    }
    try {
      const found = await pf.search(current.text, { filters: pagefindFilters(s), sort: s.sort === 'relevance' ? undefined : { [s.sort]: 'asc' } });
      if (my !== run || !found) return;
      results = found.results;
      regimeCounts = found.filters?.regime ?? {};
      loaded = [];
      // The first few results are shown as soon as their fragments arrive (what the bench times, like the peer's
      // first result), then the rest of the first step; the search counts as settled only when all of it is shown.
      await loadMore(my, FIRST);
      if (my !== run) return;
      performance.measure('catalogue-search', { start: t0 });
      performance.mark('search-first-results');
      if (loaded.length < Math.min(STEP, results.length)) await loadMore(my, STEP - FIRST);
    } catch {
      // A part of the index or a result fragment could not be fetched: say so; the next keystroke tries again.
      if (my !== run) return;
      clear(S.failed);
      return settle(s.q);
    }
    if (my !== run) return;
    const filtered = Object.keys(pagefindFilters(s)).length > 0;
    status.textContent = results.length ? S.found(results.length, countByRegime(regimeCounts), filtered) : S.none(current.text, filtered);
    // No result is not "not controlled": say what the site holds. On the Chinese page, words in Latin letters (not a
    // code) are offered to the English search; on the English page, Chinese words to the Chinese search.
    emptyHelp.hidden = results.length > 0;
    latinHelp.hidden = english ? !HAN.test(current.text) : !latinWords(current.text, Boolean(current.code || current.controlCode));
    settle(s.q);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), DEBOUNCE_MS);
  };

  const resultLinks = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-result .search-result-title')];
  const focusResult = (i: number) => resultLinks()[i]?.focus();

  const initial = readSearchState(new URLSearchParams(location.search));
  input.value = initial.q;
  for (const key of ['regime', 'edition', 'part', 'industry', 'sort'] as const) {
    const sel = selects[key];
    if ([...sel.options].some((o) => o.value === initial[key])) sel.value = initial[key];
  }

  // Start fetching on first use; a failure is reported by search() when it awaits the same promise.
  const warm = () => {
    void load().catch(() => undefined);
    if (!english) void loadFold();
  };
  input.addEventListener('focus', warm, { once: true });
  // While the reader types (and the debounce waits), the index chunks of the query so far are fetched, so that the
  // search itself rarely waits for the network.
  const preload = () => {
    const q = input.value;
    void Promise.all([load(), foldFor(q)])
      .then(([pf, fold]) => {
        const n = normalizeQuery(q, fold);
        return n && pf.preload(n.text);
      })
      .catch(() => undefined);
  };
  input.addEventListener('input', () => {
    warm();
    preload();
    later();
  });
  for (const sel of Object.values(selects)) sel.addEventListener('change', () => void search());
  // Enter in the box searches at once; a query that is exactly a 编号 goes straight to its (newest) entry version.
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    clearTimeout(timer);
    await search();
    const first = resultLinks()[0];
    if (current?.code && first && first.closest<HTMLElement>('.search-result')?.dataset.code === current.code) location.assign(first.href);
    else if (current?.controlCode && knownControlCodes.has(current.controlCode)) location.assign(`${controlCodePrefix}${controlCodeUrl(current.controlCode)}`);
  });
  more.addEventListener('click', () => void loadMore(run).catch(() => (status.textContent = S.failed)));

  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusResult(0);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      input.value = '';
      clearTimeout(timer);
      void search();
    }
  });
  list.addEventListener('keydown', (e) => {
    const links = resultLinks();
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      focusResult(Math.min(i + 1, links.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (i === 0) input.focus();
      else focusResult(i - 1);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      input.value = '';
      input.focus();
      void search();
    }
  });
  document.addEventListener('keydown', (e) => {
    const t = e.target as HTMLElement;
    if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName) && !t.isContentEditable) {
      e.preventDefault();
      input.focus();
    }
  });

  if (initial.q.trim()) void search();
}
