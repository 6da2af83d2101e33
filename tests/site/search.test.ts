/** Search through the real search page in headless Chromium: the query table, URL state, keyboard, lazy loading. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { SEARCH_CASES, type SearchCase } from '../search-queries.ts';

const base = inject('baseUrl');
const siteDir = inject('siteDir');
let browser: Browser;
let p: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  p = await browser.newPage();
  p.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => browser?.close());

/** Waits until the results shown answer `q` (the page sets data-query and aria-busy when a search has settled). */
async function settled(page: Page, q: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const list = document.getElementById('search-results');
      return list?.dataset.query === q && list.getAttribute('aria-busy') === 'false';
    },
    q,
    { timeout: 10_000 },
  );
}

/** Opens /search/, chooses the filters, types the query key by key, waits for its results. */
async function typeSearch(page: Page, c: Pick<SearchCase, 'query' | 'filters'>): Promise<void> {
  await page.goto(`${base}/search/`);
  for (const [name, value] of Object.entries(c.filters ?? {})) await page.selectOption(`#search-${name}`, value);
  await page.locator('#search-q').pressSequentially(c.query);
  await settled(page, c.query);
}

const firstResult = (page: Page) => page.locator('#search-results .search-result').first();

describe('the query table (tests/search-queries.ts): the right entry comes first', () => {
  for (const c of SEARCH_CASES) {
    test(`${c.kind}: ${c.query}${c.filters ? ` ${JSON.stringify(c.filters)}` : ''} → ${c.first}`, async () => {
      await typeSearch(p, c);
      const first = firstResult(p);
      expect(await first.getAttribute('data-key')).toBe(c.first);
      expect(await first.getAttribute('data-edition')).toBe(c.edition ?? '2025');
      const href = (await first.locator('a.search-result-title').getAttribute('href'))!;
      expect(href.startsWith(`/entries/${c.first}/`)).toBe(true);
      if (c.hash) expect(new URL(href, base).hash).toBe(c.hash);
      if (c.filters?.edition) {
        for (const li of await p.locator('#search-results .search-result').all()) expect(await li.getAttribute('data-edition')).toBe(c.filters.edition);
      }
      expect(await p.locator('#search-status').innerText()).toMatch(/^找到 \d+ 个结果（技术目录 \d+ 个条目版本/);
    });
  }
});

describe('search page behaviour', () => {
  test('a result shows name, 编号, part and edition badges, an excerpt with marks, and links to the entry', async () => {
    await typeSearch(p, { query: '无人机' });
    const first = firstResult(p);
    expect(await first.locator('.search-result-title').innerText()).toBe('无人机技术');
    const meta = await first.locator('.search-result-meta').innerText();
    expect(meta).toContain('203912X');
    expect(meta).toContain('限制出口');
    expect(meta).toContain('2025年版');
    expect(await first.locator('.search-result-excerpt mark').count()).toBeGreaterThan(0);
    expect(await first.locator('.search-result-editions a').allInnerTexts()).toEqual(['2023年版']);
  });

  test('a control-point hit opens the entry page at that control point', async () => {
    await typeSearch(p, { query: '个性化信息推送服务' });
    await firstResult(p).locator('a.search-result-title').click();
    await p.waitForURL(/#cp-18$/);
    expect(new URL(p.url()).pathname).toBe('/entries/information-processing/2025/');
    expect(await p.evaluate(() => document.querySelector(':target')?.id)).toBe('cp-18');
  });

  test('the URL holds query and filters, and reloading shows the same results', async () => {
    await typeSearch(p, { query: '稀土', filters: { edition: '2023' } });
    const url = new URL(p.url());
    expect(url.searchParams.get('q')).toBe('稀土');
    expect(url.searchParams.get('edition')).toBe('2023');
    const before = await p.locator('#search-results .search-result').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key') + '/' + li.getAttribute('data-edition')));
    expect(before).toEqual(['rare-earth/2023']);
    await p.goto(url.href);
    await settled(p, '稀土');
    expect(await p.locator('#search-q').inputValue()).toBe('稀土');
    expect(await p.locator('#search-edition').inputValue()).toBe('2023');
    const after = await p.locator('#search-results .search-result').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key') + '/' + li.getAttribute('data-edition')));
    expect(after).toEqual(before);
  });

  test('the header search box (a plain GET form) lands on the search page with results', async () => {
    await p.goto(`${base}/entries/uav/2023/`);
    await p.locator('#site-search-q').fill('激光雷達');
    await p.locator('#site-search-q').press('Enter');
    await p.waitForURL(/\/search\/\?q=/);
    await settled(p, '激光雷達');
    expect(await firstResult(p).getAttribute('data-key')).toBe('lidar-systems');
  });

  test('keyboard: / focuses the box, arrows move through results, Esc clears, Enter opens', async () => {
    await p.goto(`${base}/search/`);
    await p.locator('h1').click();
    await p.keyboard.press('/');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await p.keyboard.type('技术');
    await settled(p, '技术');
    const titles = p.locator('#search-results .search-result-title');
    expect(await titles.count()).toBeGreaterThan(2);
    await p.keyboard.press('ArrowDown');
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe(await titles.nth(0).innerText());
    await p.keyboard.press('ArrowDown');
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe(await titles.nth(1).innerText());
    await p.keyboard.press('ArrowUp');
    await p.keyboard.press('ArrowUp');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await p.keyboard.press('Escape');
    await settled(p, '');
    expect(await p.locator('#search-q').inputValue()).toBe('');
    expect(await p.locator('#search-results .search-result').count()).toBe(0);
    expect(await p.locator('#search-status').innerText()).toBe('');
    await p.keyboard.type('稀土');
    await settled(p, '稀土');
    await p.keyboard.press('ArrowDown');
    const href = await titles.nth(0).getAttribute('href');
    await p.keyboard.press('Enter');
    await p.waitForURL((u) => u.pathname + u.hash === href);
  });

  test('Enter on a query that is exactly a 编号 goes straight to that entry', async () => {
    await p.goto(`${base}/search/`);
    await p.locator('#search-q').fill('203912x');
    await p.locator('#search-q').press('Enter');
    await p.waitForURL(/\/entries\/uav\/2025\/$/);
    expect(await p.locator('h1').innerText()).toBe('无人机技术');
  });

  test('a 编号 query lists the entry in every edition that has it, and links the 编号 page', async () => {
    await typeSearch(p, { query: '203912X' });
    const first = firstResult(p);
    expect(await first.getAttribute('data-key')).toBe('uav');
    expect(await first.locator('.search-result-editions a').allInnerTexts()).toEqual(['2023年版']);
    expect(await p.locator('.search-code-link a').getAttribute('href')).toBe('/codes/203912X/');
  });

  test('sorting by 序号 or 编号 keeps every match (entries without one come last) and puts 序号 71 first', async () => {
    const count = async (sort: string) => {
      await p.goto(`${base}/search/?q=${encodeURIComponent('技术')}${sort ? `&sort=${sort}` : ''}`);
      await settled(p, '技术');
      return p.locator('#search-status').innerText();
    };
    const all = await count('');
    expect(await count('code')).toBe(all);
    const codes = await p.locator('#search-results .search-result').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-code') ?? '~'));
    expect(codes.length).toBeGreaterThan(3);
    expect(codes).toEqual([...codes].sort());
    expect(await count('seq')).toBe(all);
    expect(await firstResult(p).getAttribute('data-key')).toBe('uav');
    expect(await p.locator('#search-sort').inputValue()).toBe('seq');
  });

  test('result count is announced through an aria-live region', async () => {
    await typeSearch(p, { query: '稀土' });
    const status = p.locator('#search-status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    // 稀土 is in two catalogue entry versions and in many pages of the export-control section; both are counted.
    const counted = /^找到 (\d+) 个结果（技术目录 2 个条目版本，出口管制公告 (\d+) 页）。$/.exec(await status.innerText());
    expect(counted).not.toBeNull();
    expect(Number(counted![1])).toBe(2 + Number(counted![2]));
    await typeSearch(p, { query: '鳄鱼' });
    expect(await status.innerText()).toBe('没有找到与“鳄鱼”相符的条目或公告。');
  });

  test('when the index cannot be fetched, the page says so instead of failing silently', async () => {
    const page = await browser.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${base}/search/`);
    await page.locator('#search-q').pressSequentially('稀土');
    await settled(page, '稀土');
    expect(await page.locator('#search-status').innerText()).toContain('搜索索引未能载入');
    await page.close();
  });

  test('empty and over-long queries show no error', async () => {
    errors.length = 0;
    await p.goto(`${base}/search/?q=${encodeURIComponent('   ')}`);
    await p.locator('#search-q').focus();
    await p.locator('#search-q').press('Space');
    await settled(p, '    ');
    expect(await p.locator('#search-results .search-result').count()).toBe(0);
    expect(await p.locator('#search-status').innerText()).toBe('');
    const long = '稀土'.repeat(150);
    await p.goto(`${base}/search/?q=${encodeURIComponent(long)}`);
    await settled(p, long.slice(0, 200));
    expect(await p.locator('#search-q').inputValue()).toHaveLength(200);
    expect(errors).toEqual([]);
  });
});

describe('search costs nothing where it is not used', () => {
  test('edition and code pages load no JavaScript at all (the language switch is a plain link); home and entry pages only the reader script, never search', async () => {
    for (const path of ['/', '/editions/2023/', '/codes/203912X/', '/entries/rare-earth/2023/']) {
      const scripts: string[] = [];
      const page = await browser.newPage();
      page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
      await page.goto(`${base}${path}`);
      await page.locator('#site-search-q').focus();
      await page.keyboard.type('稀土');
      // Entry pages and home (its statuses on a chosen date) carry their small scripts (the copy-citation button, the
      // anchor check, the print date, the language switch's place-keeping, the date loader) as one file,
      // src/scripts/reader.ts, with no import of its own; never search.
      const expected = path.startsWith('/entries/') || path === '/' ? [expect.stringMatching(/^\/_astro\/ReaderScript\.astro_astro_type_script_[^/]+\.js$/)] : [];
      expect(scripts.sort(), path).toEqual(expected);
      await page.close();
    }
  });

  test('/search/ fetches Pagefind only on first focus, or at once when the URL holds a query; the folding table never before the first results', async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${base}/search/`);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((u) => u.startsWith('/pagefind/') || u === '/search-fold.json')).toEqual([]);
    await page.locator('#search-q').focus();
    await page.waitForResponse((r) => r.url().endsWith('/pagefind/pagefind.js'));
    fetched.length = 0;
    // A Simplified query: the table is asked for only once its results are on screen (for the next query).
    const asked: number[] = [];
    await page.route('**/search-fold.json', async (route) => {
      asked.push(await page.locator('#search-results .search-result').count());
      await route.continue();
    });
    await page.goto(`${base}/search/?q=${encodeURIComponent('稀土')}`);
    await settled(page, '稀土');
    expect(fetched).toContain('/pagefind/pagefind.js');
    expect(asked.every((shown) => shown > 0)).toBe(true);
    // A Traditional query on a fresh page: nothing holds it as typed, so the table is fetched, and the folded query found.
    const fresh = await browser.newPage();
    const freshFetched: string[] = [];
    fresh.on('request', (r) => freshFetched.push(new URL(r.url()).pathname));
    await fresh.goto(`${base}/search/?q=${encodeURIComponent('提煉')}`);
    await settled(fresh, '提煉');
    expect(freshFetched).toContain('/search-fold.json');
    expect(await firstResult(fresh).getAttribute('data-key')).toBe('rare-earth');
    await fresh.close();
    await page.close();
  });

  test('without JavaScript the search page says search needs it and links the browse pages', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${base}/search/`);
    expect(await page.locator('#search-nojs').isVisible()).toBe(true);
    expect(await page.locator('#search-nojs').innerText()).toContain('需要浏览器启用 JavaScript');
    expect(await page.locator('#search-nojs a').count()).toBeGreaterThanOrEqual(3);
    await ctx.close();
  });
});

describe('built HTML is ready for a strict CSP (script-src self)', () => {
  const htmlFiles = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : []));

  test('no inline <script> content, inline event handlers or inline <style> on any page', () => {
    const files = htmlFiles(siteDir);
    expect(files.length).toBeGreaterThan(50);
    const offenders: string[] = [];
    for (const f of files) {
      const html = readFileSync(f, 'utf8');
      for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (!/\bsrc=/.test(m[1]!) || m[2]!.trim() !== '') offenders.push(`${f}: inline script`);
      }
      if (/<[a-z][^>]*\son[a-z]+=/i.test(html)) offenders.push(`${f}: inline event handler`);
      if (/<style\b/.test(html)) offenders.push(`${f}: inline <style>`);
    }
    expect(offenders).toEqual([]);
  });

  test('only /search/ carries the search script; entry version and announcement pages carry only the reader script; history pages with a pair compared in the browser its script', () => {
    const scriptsOf = (f: string) => [...readFileSync(f, 'utf8').matchAll(/<script\b[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
    for (const f of htmlFiles(siteDir)) {
      const scripts = scriptsOf(f);
      // An English page carries what its Chinese counterpart carries; the search view (src/views/Search.astro) holds the script for both.
      const rel = f.slice(siteDir.length).replace(/^\/en(?=\/)/, '');
      if (rel === join('/search', 'index.html')) expect(scripts, rel).toEqual([expect.stringMatching(/^\/_astro\/[Ss]earch\.astro_astro_type_script/)]);
      // Entry versions (citation, anchor check, print date, where the edition stood on a date), announcements and items
      // (citation, anchor check, contents, status on a date), and the pages with a date form (home, the lists of
      // announcements, codes and technologies, comparing two dates): one file.
      else if (
        /^(\/en)?\/entries\/[^/]+\/\d{4}\/index\.html$/.test(rel) ||
        /^\/controls\/(\d{4}-\d+\/(items\/[^/]+\/)?|codes\/([^/]+\/)?|changes\/)?index\.html$/.test(rel) ||
        ['/index.html', '/technologies/index.html'].includes(rel)
      ) {
        // An announcement page also has its table of contents' script (src/scripts/long-page.ts), the only one of its kind.
        const toc = /^\/controls\/\d{4}-\d+\/index\.html$/.test(rel) && readFileSync(f, 'utf8').includes(' data-toc');
        expect(scripts, rel).toEqual([expect.stringMatching(/^\/_astro\/ReaderScript\.astro_astro_type_script/), ...(toc ? [expect.stringMatching(/^\/_astro\/ControlToc\.astro_astro_type_script/)] : [])]);
      }
      // A history page comparing a pair in the browser (src/components/CompareInBrowser.astro).
      else if (/^\/entries\/[^/]+\/index\.html$/.test(rel) && readFileSync(f, 'utf8').includes('data-compare-view')) {
        expect(scripts, rel).toEqual([expect.stringMatching(/^\/_astro\/CompareInBrowser\.astro_astro_type_script/)]);
      }
      // The 404 page names a code's page when its address writes the code in another case (src/scripts/not-found.ts).
      else if (rel === '/404.html' || rel === join('/404', 'index.html')) expect(scripts, rel).toEqual([expect.stringMatching(/^\/_astro\/NotFound\.astro_astro_type_script/)]);
      // The timeline's filter by regime and year (src/scripts/timeline-filter.ts).
      else if (rel === join('/timeline', 'index.html')) expect(scripts, rel).toEqual([expect.stringMatching(/^\/_astro\/Timeline\.astro_astro_type_script/)]);
      // Every other page, English pages and their language switch included, carries none.
      else expect(scripts, rel).toEqual([]);
    }
  });
});
