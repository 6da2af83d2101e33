/**
 * Search budgets, measured in headless Chromium against a served, built site (numbers, not tests):
 * bytes fetched from opening /search/?q=… to the first result shown, per-query time once loaded (20 queries),
 * the folding table's size, and the script bytes that pages without search load.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Request } from 'playwright-core';

export interface FetchedResource {
  path: string;
  /** Bytes as this server sent them (body + headers; the static server does not compress). */
  bytes: number;
  /** Body bytes a host that gzips text would send; Pagefind's .pf_* and wasm files are already gzipped and count as is. */
  gzipBytes: number;
}

export interface SearchFigures {
  firstSearch: {
    query: string;
    /** Everything fetched from navigation to the first result on screen: page, CSS, script, Pagefind, table, index. */
    bytes: number;
    gzipBytes: number;
    /** Of which search itself (our search script, /pagefind/*, /search-fold.json). */
    searchBytes: number;
    searchGzipBytes: number;
    msToFirstResult: number;
    resources: FetchedResource[];
  };
  perQuery: { queries: number; medianMs: number; maxMs: number; samples: { query: string; ms: number }[] };
  foldTable: { bytes: number; gzipBytes: number; pairs: number };
  /** Script bytes loaded by pages where search is not used, while a reader types into the header box. */
  nonSearchScriptBytes: Record<string, number>;
}

/** Twenty queries of the kinds readers type (Simplified, Traditional, single characters, codes, control-point phrases). */
export const BENCH_QUERIES = [
  '稀土', '提煉', '基因編輯', '激光雷達', '稀', '达系', '土的', '个性化信息推送', '飛行控制', '203912X',
  '203912x', '２０３９１２Ｘ', '056101X', '技术', '信息', '无人机', '软件', '蚕', '风洞', '中药材',
];

/**
 * Twenty queries for /en/search/ (the English index: pages under /en/ with our English renderings): the words of the
 * issue's query table, control codes in any case, catalogue codes, and Chinese typed on the English page.
 */
export const ENGLISH_BENCH_QUERIES = [
  'drone', 'lidar', 'rare earth', 'gene editing', 'lithium', 'magnet', '1e902.a', '1E902.A', '203912X', 'battery',
  'software', 'wind tunnel', 'rare', 'gene', 'silkworm', 'information', 'technology', 'graphite', 'superhard', '稀土',
];

/** Which search page to measure: the Chinese one (default) or the English one, and the query of the cold first search. */
export interface SearchPageOptions {
  path?: string;
  firstQuery?: string;
}
export const ENGLISH_SEARCH: SearchPageOptions = { path: '/en/search/', firstQuery: 'rare earth' };

const PRECOMPRESSED = /\.(pf_meta|pf_index|pf_fragment|pf_filter|pagefind)$/;
const isSearchResource = (path: string): boolean => path.startsWith('/pagefind/') || path === '/search-fold.json' || /\/_astro\/[Ss]earch\..*\.(js|css)$/.test(path);

async function record(r: Request): Promise<FetchedResource> {
  const path = new URL(r.url()).pathname;
  const sizes = await r.sizes();
  const body = (await r.response())?.body().catch(() => Buffer.alloc(0)) ?? Buffer.alloc(0);
  const raw = await body;
  return { path, bytes: sizes.responseBodySize + sizes.responseHeadersSize, gzipBytes: PRECOMPRESSED.test(path) ? raw.length : gzipSync(raw, { level: 9 }).length };
}

/** Waits until the search page's results answer `q` (the page sets data-query / aria-busy when a search settles). */
const settled = (page: Page, q: string) =>
  page.waitForFunction(
    (q) => {
      const list = document.getElementById('search-results');
      return list?.dataset.query === q && list.getAttribute('aria-busy') === 'false';
    },
    q,
    { timeout: 15_000 },
  );

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export async function measureSearch(baseUrl: string, browser: Browser, queries: readonly string[] = BENCH_QUERIES, options: SearchPageOptions = {}): Promise<SearchFigures> {
  const searchPath = options.path ?? '/search/';
  // 1. First search, cold cache: everything fetched until the first result is on screen.
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const pending: Promise<FetchedResource>[] = [];
  let counting = true;
  page.on('requestfinished', (r) => counting && pending.push(record(r)));
  const query = options.firstQuery ?? '稀土';
  const t0 = Date.now();
  await page.goto(`${baseUrl}${searchPath}?q=${encodeURIComponent(query)}`);
  await page.waitForSelector('#search-results .search-result', { timeout: 15_000 });
  const msToFirstResult = Date.now() - t0;
  counting = false;
  // Only what was requested before the first results were on screen (the page marks that moment); the rest of the
  // first step is fetched after it and would otherwise be counted or not depending on timing.
  const before = await page.evaluate(() => {
    const mark = performance.getEntriesByName('search-first-results')[0]?.startTime ?? Infinity;
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.startTime <= mark).map((e) => new URL(e.name).pathname);
  });
  const requested = new Set([new URL(page.url()).pathname, ...before]);
  const resources = (await Promise.all(pending)).filter((r) => requested.has(r.path));
  const sum = (rs: FetchedResource[], k: 'bytes' | 'gzipBytes') => rs.reduce((n, r) => n + r[k], 0);
  const search = resources.filter((r) => isSearchResource(r.path));

  // 2. Per query once loaded: the page's own performance.measure('catalogue-search') around search + render.
  const samples: { query: string; ms: number }[] = [];
  const typeQuery = (q: string) =>
    page.evaluate((q) => {
      const input = document.getElementById('search-q') as HTMLInputElement;
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, q);
  for (const q of queries) {
    await typeQuery('');
    await settled(page, '');
    await page.evaluate(() => performance.clearMeasures('catalogue-search'));
    await typeQuery(q);
    await settled(page, q);
    const ms = await page.evaluate(() => performance.getEntriesByName('catalogue-search').at(-1)?.duration ?? NaN);
    samples.push({ query: q, ms: Math.round(ms * 10) / 10 });
  }
  await ctx.close();

  // 3. The folding table.
  const foldCtx = await browser.newContext();
  const res = await foldCtx.request.get(`${baseUrl}/search-fold.json`);
  const foldBody = await res.body();
  const fold = JSON.parse(foldBody.toString('utf8')) as { from: string };
  await foldCtx.close();

  // 4. Pages without search: script bytes while loading and typing into the header box (English pages too).
  const nonSearchScriptBytes: Record<string, number> = {};
  const pages = searchPath === '/search/' ? ['/', '/entries/rare-earth/2023/', '/editions/2023/', '/codes/203912X/'] : ['/en/', '/en/about/', '/en/coverage/'];
  for (const path of pages) {
    const c = await browser.newContext();
    const pg = await c.newPage();
    const scripts: Promise<FetchedResource>[] = [];
    pg.on('requestfinished', (r) => r.resourceType() === 'script' && scripts.push(record(r)));
    await pg.goto(`${baseUrl}${path}`);
    await pg.locator('#site-search-q').focus();
    await pg.keyboard.type(query);
    await pg.waitForLoadState('networkidle');
    nonSearchScriptBytes[path] = sum(await Promise.all(scripts), 'bytes');
    await c.close();
  }

  const ms = samples.map((s) => s.ms);
  return {
    firstSearch: {
      query,
      bytes: sum(resources, 'bytes'),
      gzipBytes: sum(resources, 'gzipBytes'),
      searchBytes: sum(search, 'bytes'),
      searchGzipBytes: sum(search, 'gzipBytes'),
      msToFirstResult,
      resources,
    },
    perQuery: { queries: samples.length, medianMs: Math.round(median(ms) * 10) / 10, maxMs: Math.max(...ms), samples },
    foldTable: { bytes: foldBody.length, gzipBytes: gzipSync(foldBody, { level: 9 }).length, pairs: [...fold.from].length },
    nonSearchScriptBytes,
  };
}
