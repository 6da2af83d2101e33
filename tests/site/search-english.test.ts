/**
 * /en/search/: the English search page searches the English index (the pages under /en/, whose text holds the Chinese
 * wording and our English renderings); /search/ searches the Chinese one. Pagefind picks the index from <html lang>.
 * The query table below runs on the English entry and control pages, whose text holds our English renderings.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { searchSettled } from '../helpers/search-page.ts';

const base = inject('baseUrl');
const siteDir = inject('siteDir');
const pagefindEntry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };

/** What a reader types on /en/search/, and what must be among the results (entries by key, pages by address). */
interface EnglishCase {
  query: string;
  /** Entry keys that must be among the first results. */
  entries?: string[];
  /** Item or announcement pages: at least one result address must start with one of these. */
  pages?: string[];
  /** The key of the first result, when one entry is clearly the answer. */
  first?: string;
}

export const ENGLISH_CASES: EnglishCase[] = [
  { query: 'drone', entries: ['uav'], first: 'uav' },
  { query: 'lidar', entries: ['lidar-systems'], first: 'lidar-systems' },
  { query: 'rare earth', entries: ['rare-earth'], pages: ['/en/controls/2025-62/items/'] },
  { query: 'gene editing', entries: ['human-cell-cloning-gene-editing'], first: 'human-cell-cloning-gene-editing' },
  { query: 'lithium', pages: ['/en/controls/2025-58/items/1-1/', '/en/controls/2025-58/items/2-'] },
  { query: 'magnet', pages: ['/en/controls/2025-18/items/', '/en/controls/2025-56/items/1-15/'] },
];
/** A control code in any case finds the item that carries it, first, and the code page above it. */
export const ENGLISH_CODE_QUERIES = ['1e902.a', '1E902.A', '1E902.a'];
/** How many results a row's hits must be among. */
const TOP = 10;

let browser: Browser;
let p: Page;
const errors: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  p.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => browser?.close());

async function search(path: string, q: string): Promise<void> {
  await p.goto(`${base}${path}?q=${encodeURIComponent(q)}`);
  await searchSettled(p, q);
}
const results = () => p.locator('#search-results .search-result');
const hrefs = async () => results().evaluateAll((lis) => lis.map((li) => li.querySelector('a.search-result-title')!.getAttribute('href')!));
const keys = async () => results().evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.key ?? ''));

describe('the English query table', () => {
  test('the English index holds the English entry, announcement and item pages', () => {
    expect(pagefindEntry.languages.en?.page_count ?? 0).toBeGreaterThan(100);
  });

  for (const c of ENGLISH_CASES) {
    test(`${c.query} → ${[...(c.entries ?? []), ...(c.pages ?? [])].join(', ')}`, async () => {
      await search('/en/search/', c.query);
      const found = (await keys()).slice(0, TOP);
      const links = (await hrefs()).slice(0, TOP);
      for (const key of c.entries ?? []) expect(found, c.query).toContain(key);
      if (c.first) expect(found[0], c.query).toBe(c.first);
      if (c.pages) expect(links.some((h) => c.pages!.some((pre) => h.startsWith(pre))), `${c.query}: ${links.join(' ')}`).toBe(true);
      // Every result is an English page.
      for (const h of await hrefs()) expect(h.startsWith('/en/'), h).toBe(true);
      expect(await p.locator('#search-status').innerText()).toMatch(/^\d+ results?[ .]/);
    });
  }

  test.each(ENGLISH_CODE_QUERIES)('a control code in any case (%s) finds the 1E902.a item first', async (q) => {
    await search('/en/search/', q);
    const link = p.locator('#search-results > li.search-code-link').first().locator('a');
    expect(await link.getAttribute('href')).toBe('/en/controls/codes/1E902.a/');
    expect(await link.innerText()).toBe('Control code 1E902.a: every announcement and item with this code');
    const first = results().first();
    expect(await first.getAttribute('data-codes')).toBe('1E902.a');
    expect(await first.locator('a.search-result-title').getAttribute('href')).toBe('/en/controls/2025-62/items/1-1/');
    expect(await first.locator('.search-result-meta').innerText()).toContain('Export-control announcement');
  });
});

describe('what an English search fetches', () => {
  /** The paths a fresh page fetches while it searches `q`. */
  async function fetchedFor(q: string): Promise<string[]> {
    const fresh = await browser.newPage();
    const paths: string[] = [];
    fresh.on('request', (r) => paths.push(new URL(r.url()).pathname));
    await fresh.goto(`${base}/en/search/?q=${encodeURIComponent(q)}`);
    await searchSettled(fresh, q);
    await fresh.close();
    return paths;
  }
  test('a query without Chinese characters does without the folding table; one with them fetches it and folds (編輯 finds 编辑)', async () => {
    expect(await fetchedFor('rare earth')).not.toContain('/search-fold.json');
    expect(await fetchedFor('基因編輯')).toContain('/search-fold.json');
  });
  test('"rare earth" fetches the index chunks of its two words, not the whole English index', async () => {
    const chunks = (await fetchedFor('rare earth')).filter((x) => x.startsWith('/pagefind/index/en_'));
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.length).toBeLessThanOrEqual(2);
    expect(readdirSync(join(siteDir, 'pagefind', 'index')).filter((f) => f.startsWith('en_')).length).toBeGreaterThan(2);
  });
});

describe('what the English search page is, whatever the index holds', () => {
  test('the page is in English, labelled, and its form (and the header box on English pages) submits to /en/search/', async () => {
    await p.goto(`${base}/en/search/`);
    expect(await p.locator('html').getAttribute('lang')).toBe('en');
    expect(await p.locator('h1').innerText()).toBe('Search');
    expect(await p.locator('#search-form').getAttribute('action')).toBe('/en/search/');
    // The search page's own box takes the header box's place: one search landmark, named in English.
    expect(await p.locator('.site-search').count()).toBe(0);
    expect(await p.locator('[role="search"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).toEqual(['Search the catalogue and the export-control announcements']);
    expect(await p.locator('#search-nojs').isVisible()).toBe(false);
    expect(await p.locator('#search-hint').innerText()).toBe('Press / to focus the box, ↑↓ to move through the results, Enter to open one, Esc to clear.');
    await p.goto(`${base}/en/about/`);
    expect(await p.locator('.site-search').first().getAttribute('action')).toBe('/en/search/');
  });

  test('a search keeps its state in the English address and reports in English', async () => {
    await search('/en/search/', '1e902.a');
    expect(new URL(p.url()).pathname).toBe('/en/search/');
    expect(await p.locator('#search-status').innerText()).toMatch(/^\d+ results? \(|^No entry or announcement matches/);
    await p.selectOption('#search-regime', '出口管制公告');
    await p.waitForURL(/regime=/);
    expect(new URL(p.url()).pathname).toBe('/en/search/');
  });

  test('a query in Chinese characters offers the same query on the Chinese search page; a Latin one does not', async () => {
    await search('/en/search/', '稀土');
    const help = p.locator('[data-testid="chinese-help"]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.locator('a[data-other-search]').getAttribute('href')).toBe(`/search/?q=${encodeURIComponent('稀土')}`);
    await search('/en/search/', 'drone');
    expect(await help.isVisible()).toBe(false);
  });

  test('the English page searches the English index only, the Chinese page the Chinese index only', async () => {
    await search('/en/search/', '1E902.a');
    for (const h of await hrefs()) expect(h.startsWith('/en/'), h).toBe(true);
  });

  test('the Chinese page searches the Chinese pages only', async () => {
    await search('/search/', '稀土');
    const links = await hrefs();
    expect(links.length).toBeGreaterThan(0);
    for (const h of links) expect(h.startsWith('/en/'), h).toBe(false);
  });

  test('the build indexed the Chinese pages as zh-cn, and any English ones as en, nothing else', () => {
    expect(Object.keys(pagefindEntry.languages).every((l) => l === 'zh-cn' || l === 'en')).toBe(true);
    expect(pagefindEntry.languages['zh-cn']!.page_count).toBeGreaterThan(0);
  });

  test('no script error on either page', () => {
    expect(errors).toEqual([]);
  });
});
