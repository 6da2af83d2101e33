/**
 * The search page's behaviour (bundled by Astro into a file; no inline script). Pagefind is fetched on first use: first
 * focus, keystroke or filter change, or at once when the URL already holds a query. Each result's text is checked
 * against the whole query (src/lib/search/search-match.ts): results that hold all of it come first, ranked by where they hold
 * it; results that hold only part of it are labelled so, behind a control, or under the coverage notice when no result
 * holds the whole query. The Traditional-to-Simplified table is fetched only for a Chinese query that nothing holds
 * as typed. On the English page a query is also searched with its synonyms, and a query that finds nothing with
 * fewer words. Results are grouped by entry, the newest edition first; a hit inside a control point links to it.
 */
import './lang-switch.ts';
import { foldMap, normalizeQuery, pagefindFilters, readSearchState, searchStateQuery, type Fold, type NormalizedQuery, type SearchState } from '../lib/search/search-query.ts';
import { byStanding, englishVariants, englishWords, fewerParts, firstLine, holding, matchQuery, queryParts, type MatchQuery, type Standing, type SynonymGroup } from '../lib/search/search-match.ts';
import { badgeHtml } from '../lib/controls/badge-html.ts';
import { cardStates } from '../lib/controls/search-status.ts';
import { clauseLabelEn } from '../lib/controls/clause-labels.ts';
import { latinWords, SEARCH_STRINGS, searchStrings, type SearchStrings } from '../lib/search/search-strings.ts';
import { codeUrl, controlCodeUrl, pagefindUrl, searchFoldUrl, searchTextUrl } from '../lib/site/urls.ts';

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { id: string; element: string };
}
interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters?: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** A null query lists every page (under the filters). */
  search(q: string | null, o?: Record<string, unknown>): Promise<PagefindSearch | null>;
  /** Fetches the index chunks a query needs, without searching. */
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
}

/** Results whose data (a small fragment each) is loaded per step; "显示更多" loads the next step. */
const STEP = 20;
/** Shown first, before the rest of the step: as many as the peer (Pagefind's default UI) shows at once. */
const FIRST = 5;
const DEBOUNCE_MS = 120;
/** A query that finds nothing is retried with fewer words: at most this many searches. */
const MAX_RETRIES = 10;
/** Same wording as the site's 禁止/限制 badges (PART_LABEL in src/lib/catalogue/queries.ts, not imported: it pulls in zod). */
const PART_BADGE: Record<string, { zh: string; en: string; cls: string }> = {
  禁止: { zh: '禁止出口', en: 'Prohibited', cls: 'badge-prohibited' },
  限制: { zh: '限制出口', en: 'Restricted', cls: 'badge-restricted' },
};
/** The page's sentences: Chinese on /search/, English on /en/search/ (from <html lang>, set in startSearchPage). */
let S: SearchStrings = SEARCH_STRINGS['zh-CN'];
let english = false;
const HAN = /\p{Script=Han}/u;
/** On the English page, text holding Chinese (an entry name, a designation) is marked as Chinese. */
const zhLang = (text: string): { lang?: string } => (english && HAN.test(text) ? { lang: 'zh-CN' } : {});
const CP_ANCHOR = /^(cp-(\d+|u\d+)|cl-[a-z0-9-]+)$/;
/** The second regime's pages carry meta regime:出口管制公告; the catalogue's regime:技术目录. */
const CONTROLS = '出口管制公告';
const CATALOGUE = '技术目录';

/** One loaded result: its data, where its best hit is, and how it stands for the order of the list. */
interface Hit {
  data: ResultData;
  edition: string;
  code?: string;
  href: string;
  excerpt: string;
  /** The control point the hit is in (its data-pagefind-title), when the link goes to it. */
  where?: string;
  standing: Standing;
  /** For a partial match: what of the query the page holds. */
  held: string[];
}
/** The versions of one entry among the results, newest edition first (whole matches first); or one page of the export-control section. */
interface Group {
  key: string;
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

/**
 * How a page holds the query: whole or in part; in its title or code (tier 0), in its own wording (an item's text, a
 * catalogue entry) (tier 1) or elsewhere (tier 2); a technology or not.
 */
function hitOf(data: ResultData, order: number, q: MatchQuery): Hit {
  const m = data.meta;
  const found = holding(q, [data.content, m.title, m.name, m.nameEn, m.own].join(' | '));
  const title = holding(q, [m.title, m.name, m.nameEn, m.code, m.codes, m.former].filter(Boolean).join(' | ')).whole;
  const own = m.regime === CATALOGUE || (m.own !== undefined && holding(q, m.own).whole);
  const standing: Standing = { whole: found.whole, tier: title ? 0 : own ? 1 : 2, technology: m.regime === CATALOGUE || m.kind === 'technology', order };
  return { data, edition: m.edition ?? '', code: validCode(m.code) ?? codesOf(data)[0], ...bestHit(data), standing, held: found.held };
}

/** Groups versions by entry key; within an entry, whole matches first, then the newest edition. Groups in the order of the list. */
function groupHits(hits: Hit[], sort: string): Group[] {
  const groups = new Map<string, Group>();
  for (const hit of hits) {
    const key = hit.data.meta.regime === CONTROLS ? hit.data.url : (hit.data.meta.key ?? hit.data.url);
    const group = groups.get(key) ?? { key, hits: [], ...(hit.data.meta.regime === CONTROLS && { control: hit.data.meta }) };
    groups.set(key, group);
    group.hits.push(hit);
  }
  const list = [...groups.values()];
  for (const g of list) g.hits.sort((a, b) => Number(b.standing.whole) - Number(a.standing.whole) || b.edition.localeCompare(a.edition));
  const best = (g: Group) => g.hits.reduce((a, h) => (byStanding(h.standing, a) < 0 ? h.standing : a), g.hits[0]!.standing);
  const whole = (g: Group) => Number(g.hits[0]!.standing.whole);
  // By relevance: the order of search-match.ts; sorted by 编号 or 序号: the engine's (or the 编号) order, whole matches first.
  if (sort === 'relevance') list.sort((a, b) => byStanding(best(a), best(b)));
  else if (sort === 'code') list.sort((a, b) => whole(b) - whole(a) || (a.hits[0]!.code ?? '~').localeCompare(b.hits[0]!.code ?? '~'));
  else list.sort((a, b) => whole(b) - whole(a) || best(a).order - best(b).order);
  return list;
}

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
  // On English pages the indexed text is our English: labelled as every rendering on the pages is.
  if (S.renderingLabel) excerpt.append(el('span', { className: 'rendering-label' }, S.renderingLabel), ' ');
  if (top.where) excerpt.append(el('span', { className: 'search-result-where', ...zhLang(top.where) }, `${top.where}${S.where}`));
  excerpt.append(excerptHtml);
  return excerpt;
}

/**
 * The status badges of an announcement or item card, as of the build: what the page the card links to says there. A
 * hit inside a clause shows that clause's own status; the page as a whole, its headline (the whole, then "part of it
 * is …" with the clauses named); "not verified since" wherever the page says it (src/lib/controls/search-status.ts).
 */
function statusBadges(m: Record<string, string | undefined>, href: string): HTMLSpanElement | undefined {
  const anchor = href.includes('#') ? decodeURIComponent(href.slice(href.indexOf('#') + 1)) : undefined;
  const states = cardStates(m.states, anchor);
  if (!states.length) return undefined;
  const lang = english ? 'en' : 'zh-CN';
  const html = states
    .map((c) =>
      c.part
        ? badgeHtml(c.state, false, lang, c.labels?.join(english ? ', ' : '、') ?? '', english ? 'zh-CN' : undefined, english && c.labels ? c.labels.map((l) => ({ en: clauseLabelEn({ id: l, label: l }), zh: l })) : undefined)
        : badgeHtml(c.state, c.unverified, lang),
    )
    .join(' ');
  const wrap = el('span', { className: 'search-result-status' });
  wrap.dataset.states = states.map((c) => `${c.part ? 'part:' : ''}${c.state}${c.unverified ? '!' : ''}`).join(' ');
  wrap.innerHTML = html; // badgeHtml escapes every value it prints.
  return wrap;
}

/**
 * A result's title: on the English page our English (an entry's name, an item's wording, an announcement's name) with
 * the official Chinese beside it; on the Chinese page the Chinese. An item's title is its codes and the first line of its wording.
 */
function titleOf(g: Group, top: Hit): { text: string; zh?: string } {
  const m = top.data.meta;
  if (!g.control) return english && m.nameEn ? { text: m.nameEn, zh: m.name } : { text: m.name ?? top.data.url };
  const codes = codesOf(top.data).join(S.listSep);
  if (!m.own) return { text: m.title ?? top.data.url, ...(english && m.nameZh && { zh: m.nameZh }) };
  const text = [codes, firstLine(m.own, english ? 96 : 48)].filter(Boolean).join(' ');
  return english && m.ownZh ? { text, zh: m.ownZh } : { text };
}

/** One card: title (and the Chinese beside it), badges, excerpt, other editions; a partial match says what it holds. */
function renderGroup(g: Group): HTMLLIElement {
  const top = g.hits[0]!;
  const m = top.data.meta;
  const meta = el('p', { className: 'search-result-meta' });
  if (g.control) {
    meta.append(el('span', { className: 'badge badge-quiet' }, S.controls));
    const badges = statusBadges(top.data.meta, top.href);
    if (badges) meta.append(badges);
    if (m.instrument) meta.append(el('span', { className: 'muted', ...zhLang(m.instrument) }, m.instrument));
    if (m.kind === 'technology') meta.append(el('span', { className: 'badge badge-quiet' }, S.technology));
  } else {
    const badge = PART_BADGE[m.part ?? ''];
    if (badge) meta.append(english ? el('span', { className: `badge ${badge.cls}` }, badge.en) : el('span', { className: `badge ${badge.cls}` }, badge.zh, el('span', { className: 'skip', lang: 'en' }, ` (${badge.en})`)));
    meta.append(el('span', { className: 'code' }, top.code ?? S.codeUnknown), el('span', { className: 'badge badge-quiet' }, S.edition(top.edition)));
  }
  const title = titleOf(g, top);
  const li = el('li', { className: g.control ? 'search-result search-result-control' : 'search-result' }, el('a', { className: 'search-result-title', href: top.href, ...zhLang(title.text) }, title.text));
  if (title.zh) li.append(' ', el('span', { className: 'search-result-zh', lang: 'zh-CN' }, title.zh));
  if (!top.standing.whole) li.append(el('p', { className: 'search-result-partial' }, S.partial(top.held)));
  li.append(meta, excerptOf(top));
  li.dataset.key = g.key;
  if (g.control) {
    li.dataset.regime = CONTROLS;
    const codes = codesOf(top.data);
    if (codes.length) (li.dataset.codes = codes.join(' ')), (li.dataset.code = codes[0]!);
  } else {
    li.dataset.edition = top.edition;
    if (top.code) li.dataset.code = top.code;
  }
  if (!g.control && g.hits.length > 1) {
    const others = el('p', { className: 'search-result-editions' }, S.otherEditions);
    g.hits.slice(1).forEach((h, i) => {
      if (i > 0) others.append(S.listSep);
      others.append(el('a', { href: h.href }, S.edition(h.edition)), h.code && h.code !== top.code ? (english ? ` (${h.code})` : `（${h.code}）`) : '');
    });
    li.append(others);
  }
  return li;
}

/** What a query found: the results (of every form searched, each page once), and how it was searched. */
interface Outcome {
  results: PagefindResult[];
  /** Per-regime counts, when one search gave them all. */
  regimeCounts: Record<string, number>;
  match: MatchQuery;
  /** Other forms searched (synonyms). */
  also: string[];
  /** When the query found nothing: the fewer-word queries that found the results. */
  fewer?: string[];
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
  const synonyms = JSON.parse(form.dataset.synonyms ?? '[]') as SynonymGroup[];
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
  const byId = (id: string) => document.getElementById(id)!;
  const status = byId('search-status');
  const emptyHelp = byId('search-empty-help');
  const latinHelp = byId('search-latin-help');
  const list = byId('search-results') as HTMLOListElement;
  const moreWrap = byId('search-more-wrap');
  const more = byId('search-more') as HTMLButtonElement;
  const partialWrap = byId('search-partial-wrap');
  const partialToggle = byId('search-partial-toggle') as HTMLButtonElement;
  const partialList = byId('search-partial') as HTMLOListElement;
  const filters = document.getElementById('search-filters') as HTMLDetailsElement | null;
  byId('search-nojs').hidden = true;
  byId('search-hint').hidden = false;

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
  /** The table once fetched: from then on a query is folded before it is searched (it never folds the wording's own characters). */
  let fold: Fold | undefined;
  const loadFold = () =>
    (foldTable ??= fetch(searchFoldUrl())
      .then((r) => (r.ok ? r.json() : { from: '', to: '' }))
      .then(foldMap)
      .catch((): Fold => new Map())
      .then((f) => (fold = f)));

  const state = (): SearchState =>
    readSearchState(new URLSearchParams({ q: input.value, regime: selects.regime.value, edition: selects.edition.value, part: selects.part.value, industry: selects.industry.value, sort: selects.sort.value }));

  let run = 0;
  let outcome: Outcome | undefined;
  let loaded: Hit[] = [];
  let current: NormalizedQuery | undefined;
  let partialOpen = false;

  const clear = (message = '') => {
    emptyHelp.hidden = true;
    latinHelp.hidden = true;
    outcome = undefined;
    loaded = [];
    list.replaceChildren();
    partialList.replaceChildren();
    partialWrap.hidden = true;
    moreWrap.hidden = true;
    status.textContent = message;
  };

  const total = () => outcome?.results.length ?? 0;
  const anyWhole = () => loaded.some((h) => h.standing.whole);
  /** Every result has been checked against the query. */
  const allChecked = () => loaded.length >= total();

  const render = () => {
    const groups = groupHits(loaded, selects.sort.value);
    const whole = groups.filter((g) => g.hits[0]!.standing.whole);
    const partial = groups.filter((g) => !g.hits[0]!.standing.whole);
    const items: HTMLLIElement[] = [];
    const code = current?.code;
    if (code && whole.some((g) => g.hits.some((h) => h.code === code))) items.push(el('li', { className: 'search-code-link' }, el('a', { href: `${codePrefix}${codeUrl(code)}` }, S.codeLink(code))));
    const controlCode = current?.controlCode;
    if (controlCode && knownControlCodes.has(controlCode)) items.push(el('li', { className: 'search-code-link' }, el('a', { href: `${controlCodePrefix}${controlCodeUrl(controlCode)}` }, S.controlCodeLink(controlCode))));
    items.push(...whole.map(renderGroup));
    list.replaceChildren(...items);
    partialList.replaceChildren(...partial.map(renderGroup));
    // Partial matches: behind a control when some result holds the whole query; shown under the notice when none does.
    const none = whole.length === 0;
    partialWrap.hidden = partial.length === 0;
    partialToggle.hidden = none;
    partialList.hidden = !none && !partialOpen;
    partialToggle.setAttribute('aria-expanded', String(!partialList.hidden));
    partialToggle.textContent = S.partialToggle(partial.length, !partialList.hidden);
    moreWrap.hidden = allChecked();
  };

  const loadMore = async (my: number, count = STEP) => {
    const results = outcome?.results ?? [];
    const start = loaded.length;
    const datas = await Promise.all(results.slice(start, start + count).map((r) => r.data()));
    if (my !== run || !outcome) return;
    loaded = [...loaded, ...datas.map((d, i) => hitOf(d, start + i, outcome!.match))];
  };

  /** Searches every form of the query (the query itself, then its synonyms), each page once. */
  const find = async (pf: Pagefind, q: NormalizedQuery, s: SearchState): Promise<Outcome> => {
    const options = { filters: pagefindFilters(s), sort: s.sort === 'relevance' ? undefined : { [s.sort]: 'asc' } };
    const isEnglish = english && !HAN.test(q.text) && !q.code && !q.controlCode;
    const forms = isEnglish ? englishVariants(q.text, synonyms) : [q.text];
    const merged = new Map<string, PagefindResult>();
    let regimeCounts: Record<string, number> = {};
    const add = (found: PagefindSearch | null) => {
      for (const r of found?.results ?? []) {
        const had = merged.get(r.id);
        if (!had || had.score < r.score) merged.set(r.id, r);
      }
    };
    const sorted = () => {
      const all = [...merged.values()];
      return s.sort === 'relevance' ? all.sort((a, b) => b.score - a.score) : all;
    };
    // The forms are searched side by side (each fetches its own index chunks).
    let searched = 0;
    for (const found of await Promise.all(forms.map((form) => pf.search(form, options)))) {
      if (found?.results.length && !searched++) regimeCounts = found.filters?.regime ?? {};
      add(found);
    }
    const match = matchQuery(q.text, english, isEnglish ? forms : [q.text]);
    const also = forms.slice(1).filter((f) => f !== englishWords(q.text).join(' '));
    return { results: sorted(), regimeCounts: searched > 1 ? {} : regimeCounts, match, also };
  };

  /**
   * When no result holds the whole query and it has several words (parts, in Chinese): the queries of fewer words,
   * largest first, whose results hold them whole. Their results are listed as partial matches of the whole query.
   */
  const fewerWords = async (my: number, pf: Pagefind, q: NormalizedQuery, s: SearchState): Promise<Outcome | undefined> => {
    if (!outcome || q.code || q.controlCode) return undefined;
    const isEnglish = outcome.match.english;
    const parts = isEnglish ? englishWords(q.text) : queryParts(q.text);
    const options = { filters: pagefindFilters(s) };
    let tries = 0;
    for (let size = parts.length - 1; size >= 1; size--) {
      const used: string[] = [];
      const results = new Map<string, PagefindResult>();
      for (const fewer of fewerParts(parts, size)) {
        if (tries++ >= MAX_RETRIES) break;
        const text = fewer.join(' ');
        const found = (await pf.search(text, options))?.results ?? [];
        const datas = await Promise.all(found.slice(0, STEP).map((r) => r.data()));
        if (my !== run) return undefined;
        const holds = matchQuery(text, english);
        const whole = found.filter((_, i) => i < datas.length && holding(holds, [datas[i]!.content, datas[i]!.meta.title].join(' | ')).whole);
        if (!whole.length) continue;
        used.push(text);
        for (const r of whole) if (!results.has(r.id)) results.set(r.id, r);
      }
      if (used.length) return { ...outcome, results: [...results.values()], regimeCounts: {}, fewer: used };
    }
    return undefined;
  };

  /** Every Chinese page's indexed text (/search-text.json: fragment id → text), fetched once, after the first results. */
  let pageTexts: Promise<Map<string, string>> | undefined;
  /**
   * A Chinese query checked against every page's text: results that hold it whole are loaded next (the others need
   * no fragment to be known as partial), and pages that hold it but that the engine missed (its word cuts hide the
   * query: 黄素 inside 核黄素, 合物 inside 化合物) are added to the results.
   */
  const byText = async (my: number, pf: Pagefind, s: SearchState): Promise<boolean> => {
    const texts = await (pageTexts ??= fetch(searchTextUrl())
      .then((r) => (r.ok ? r.json() : []))
      .then((rows: [string, string][]) => new Map(rows))
      .catch(() => new Map<string, string>()));
    if (my !== run || !outcome || !texts.size) return false;
    const match = outcome.match;
    const holds = (id: string) => holding(match, texts.get(id) ?? '').whole;
    const seen = new Set(outcome.results.map((r) => r.id));
    const missed = [...texts.keys()].filter((id) => !seen.has(id) && holds(id));
    const extra = missed.length ? ((await pf.search(null, { filters: pagefindFilters(s) }))?.results ?? []).filter((r) => missed.includes(r.id)) : [];
    if (my !== run || !outcome) return true;
    const rest = outcome.results.slice(loaded.length);
    const wholeRest = rest.filter((r) => holds(r.id));
    outcome = { ...outcome, results: [...outcome.results.slice(0, loaded.length), ...extra, ...wholeRest, ...rest.filter((r) => !holds(r.id))] };
    const before = loaded.length;
    // The pages found here are shown at once; when nothing loaded so far holds the query, the next step (whole matches first).
    const count = anyWhole() ? extra.length : extra.length + wholeRest.length > 0 ? STEP : 0;
    if (count) await loadMore(my, count);
    if (my !== run || !outcome || !extra.length) return true;
    // The per-regime counts (when the engine gave them) count the pages found here too.
    const counts = { ...outcome.regimeCounts };
    if (Object.keys(counts).length || seen.size === 0) for (const h of loaded.slice(before, before + extra.length)) counts[h.data.meta.regime ?? ''] = (counts[h.data.meta.regime ?? ''] ?? 0) + 1;
    outcome = { ...outcome, regimeCounts: counts, fewer: undefined };
    return true;
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
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      engine = undefined; // try again on the next keystroke
      if (my !== run) return;
      clear(S.indexFailed);
      return settle(s.q);
    }
    if (my !== run) return;
    const t0 = performance.now();
    current = normalizeQuery(s.q, fold);
    if (!current) {
      clear();
      return settle(s.q);
    }
    try {
      outcome = await find(pf, current, s);
      if (my !== run) return;
      loaded = [];
      // The first few results are shown as soon as their fragments arrive (what the bench times, like the peer's
      // first result); the rest of the first step follows, and then, while no result holds the whole query, more.
      await loadMore(my, FIRST);
      if (my !== run) return;
      // A Chinese query that nothing holds as typed may be in Traditional characters: fold it, and search again if it changed.
      if (!anyWhole() && HAN.test(current.text) && !fold) {
        const folded = normalizeQuery(s.q, await loadFold());
        if (my !== run) return;
        if (folded && folded.text !== current.text) {
          current = folded;
          outcome = await find(pf, current, s);
          if (my !== run) return;
          loaded = [];
          await loadMore(my, FIRST);
          if (my !== run) return;
        }
      }
      render();
      performance.measure('catalogue-search', { start: t0 });
      performance.mark('search-first-results');
      if (loaded.length < Math.min(STEP, total())) await loadMore(my, STEP - FIRST);
      // A Chinese query is checked against every page's text (one file, after the first results); another, result by
      // result while none holds it.
      const checked = my === run && HAN.test(current.text) && !english && (await byText(my, pf, s));
      if (!checked) while (my === run && !anyWhole() && !allChecked()) await loadMore(my);
      // Still nothing holds the whole query: try fewer words, and say so.
      if (my === run && !anyWhole()) {
        const fewer = await fewerWords(my, pf, current, s);
        if (fewer && my === run) {
          outcome = fewer;
          loaded = [];
          await loadMore(my);
        }
      }
    } catch {
      // A part of the index or a result fragment could not be fetched: say so; the next keystroke tries again.
      if (my !== run) return;
      clear(S.failed);
      return settle(s.q);
    }
    if (my !== run || !outcome) return;
    render();
    const filtered = Object.keys(pagefindFilters(s)).length > 0;
    const n = total();
    const none = n > 0 && !anyWhole();
    status.textContent =
      (n === 0 ? S.none(current.text, filtered) : outcome.fewer ? S.fewer(current.text, outcome.fewer, filtered) : none ? S.noWhole(current.text, n, filtered) : S.found(n, S.byRegime(outcome.regimeCounts), filtered)) +
      (outcome.also.length ? S.also(outcome.also) : '');
    // No result holding the whole query is not "not controlled": say what the site holds, before the partial matches.
    // On the Chinese page, words in Latin letters (not a code) are offered to the English search; on the English page,
    // Chinese words to the Chinese search.
    emptyHelp.hidden = n > 0 && !none;
    // Once the first answer is on screen, the folding table is fetched for the next Chinese query (2.4 KB, not part of the first search).
    if (!english || HAN.test(current.text)) void loadFold();
    latinHelp.hidden = english ? !HAN.test(current.text) : !latinWords(current.text, Boolean(current.code || current.controlCode));
    settle(s.q);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), DEBOUNCE_MS);
  };

  const resultLinks = () => [...document.querySelectorAll<HTMLAnchorElement>('#search-results .search-result-title, #search-partial:not([hidden]) .search-result-title')];
  const focusResult = (i: number) => resultLinks()[i]?.focus();

  const initial = readSearchState(new URLSearchParams(location.search));
  input.value = initial.q;
  let filtered = false;
  for (const key of ['regime', 'edition', 'part', 'industry', 'sort'] as const) {
    const sel = selects[key];
    if ([...sel.options].some((o) => o.value === initial[key])) {
      sel.value = initial[key];
      filtered ||= sel.selectedIndex > 0;
    }
  }
  // On a narrow screen the filters fold away (unless the address sets one), so that the first result shows without scrolling.
  if (filters && !filtered && matchMedia('(max-width: 40rem)').matches) filters.open = false;

  // Start fetching on first use; a failure is reported by search() when it awaits the same promise.
  const warm = () => void load().catch(() => undefined);
  input.addEventListener('focus', warm, { once: true });
  // While the reader types (and the debounce waits), the index chunks of the query so far are fetched, so that the
  // search itself rarely waits for the network.
  const preload = () => {
    const n = normalizeQuery(input.value, fold);
    if (n) void load().then((pf) => pf.preload(n.text)).catch(() => undefined);
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
    const first = list.querySelector<HTMLAnchorElement>('.search-result .search-result-title');
    if (current?.code && first && first.closest<HTMLElement>('.search-result')?.dataset.code === current.code) location.assign(first.href);
    else if (current?.controlCode && knownControlCodes.has(current.controlCode)) location.assign(`${controlCodePrefix}${controlCodeUrl(current.controlCode)}`);
  });
  more.addEventListener('click', () => {
    const my = run;
    void loadMore(my)
      .then(() => my === run && render())
      .catch(() => (status.textContent = S.failed));
  });
  partialToggle.addEventListener('click', () => {
    partialOpen = partialList.hidden;
    render();
  });

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
  document.addEventListener('keydown', (e) => {
    const links = resultLinks();
    const t = e.target as HTMLElement;
    // Keys on a result move through the results (the box handles its own keys: ↓ has just moved focus out of it).
    const i = links.indexOf(t as HTMLAnchorElement);
    if (i >= 0) {
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
    } else if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !/^(INPUT|SELECT|TEXTAREA)$/.test(t.tagName) && !t.isContentEditable) {
      e.preventDefault();
      input.focus();
    }
  });

  if (initial.q.trim()) void search();
}
