/**
 * Hostile queries through the real search page in headless Chromium: each one (tests/hostile-queries.ts), and each
 * hostile URL, must leave the page usable — no uncaught error or console error, results or a clear "no results",
 * nothing injected — and the box must then take a known-good query typed key by key and show its entry first.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { allVersions } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { foldMap, normalizeQuery, type Fold } from '../../src/lib/search/search-query.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { HOSTILE_QUERIES } from '../hostile-queries.ts';

const base = inject('baseUrl');

/** The known-good query typed after every hostile one, and the entry it must show first (its name read from content/). */
const GOOD = (() => {
  const cat = buildCatalogue(readContent(fileURLToPath(new URL('../..', import.meta.url))));
  const newest = allVersions(cat)
    .filter((v) => v.key === 'rare-earth')
    .sort((a, b) => b.edition.localeCompare(a.edition))[0]!;
  return { query: '稀土', key: newest.key, edition: newest.edition, name: newest.name };
})();

let browser: Browser;
let p: Page;
let fold: Fold;
/** Everything that went wrong on the page since the last check: uncaught errors, console errors, dialogs. */
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  p = await browser.newPage({ viewport: { width: 360, height: 740 } }); // the narrowest width the site supports
  p.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  p.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()} (${m.location().url})`));
  p.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  fold = foldMap(await (await fetch(`${base}/search-fold.json`)).json());
  await p.goto(`${base}/search/`);
});
afterAll(async () => browser?.close());

const box = () => p.locator('#search-q');
const results = () => p.locator('#search-results .search-result');

/** Waits until the results shown answer what the box held (the page sets data-query and aria-busy when a search settles). */
async function settled(q: string): Promise<void> {
  await p.waitForFunction(
    (q) => {
      const list = document.getElementById('search-results');
      return list?.dataset.query === q && list.getAttribute('aria-busy') === 'false';
    },
    q,
    { timeout: 10_000 },
  );
}

/**
 * The page is in one piece: one form, one results list, no element or script the query could have added, and
 * nothing (a long word in the "no results" message, say) wider than the 360 px screen.
 */
async function intact(): Promise<void> {
  const shape = await p.evaluate(() => ({
    forms: document.querySelectorAll('#search-form').length,
    lists: document.querySelectorAll('#search-results').length,
    scripts: document.querySelectorAll('script').length,
    images: document.querySelectorAll('img').length,
    foreign: [...document.querySelectorAll('#search-results *, #search-partial *')]
      .map((el) => el.tagName.toLowerCase())
      .filter((t) => !['li', 'a', 'p', 'span', 'mark'].includes(t)),
    path: location.pathname,
    overflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));
  expect(shape).toEqual({ forms: 1, lists: 1, scripts: 1, images: 0, foreign: [], path: '/search/', overflows: false });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the page must show for what the box holds: nothing for an empty query, else results, partial matches under the notice, or a clear "no results". */
async function answered(typed: string): Promise<void> {
  const q = normalizeQuery(typed, fold);
  const status = await p.locator('#search-status').innerText();
  const count = await results().count();
  const partial = await p.locator('#search-partial .search-result').count();
  if (!q) {
    expect({ status, count }).toEqual({ status: '', count: 0 });
  } else if (count > 0) {
    expect(status).toMatch(/^找到 \d+ 个结果（(技术目录 \d+ 个条目版本|出口管制公告 \d+ 页|技术目录 \d+ 个条目版本，出口管制公告 \d+ 页)）。$/);
    expect(Number(/\d+/.exec(status)![0])).toBeGreaterThanOrEqual(count);
  } else if (partial > 0) {
    // Only results that hold part of the query: the page says so first, with the notice, and labels each one.
    if (status.startsWith('没有页面同时包含')) expect(status).toMatch(new RegExp(`^没有页面同时包含“${escapeRe(q.text)}”的全部词语；下面是包含“.+”的页面。$`));
    else expect(Number(new RegExp(`^没有结果包含完整的“${escapeRe(q.text)}”。下面 (\\d+) 个结果只含其中一部分。$`).exec(status)?.[1])).toBeGreaterThanOrEqual(partial);
    expect(await p.locator('#search-empty-help').isVisible()).toBe(true);
    expect(await p.locator('#search-partial .search-result-partial').count()).toBe(partial);
  } else {
    expect(status).toBe(`没有找到与“${q.text}”相符的条目或公告。`);
  }
}

/** Types the known-good query key by key over whatever the box holds, and expects its entry first. */
async function goodQueryWorks(): Promise<void> {
  await box().focus();
  await p.keyboard.press('ControlOrMeta+A');
  await box().pressSequentially(GOOD.query);
  expect(await box().inputValue()).toBe(GOOD.query);
  await settled(GOOD.query);
  const first = results().first();
  expect(await first.getAttribute('data-key')).toBe(GOOD.key);
  expect(await first.locator('.search-result-title').innerText()).toBe(GOOD.name);
  await answered(GOOD.query);
}

describe('hostile queries typed into the search box', () => {
  test('there are at least 50, and every kind the issue names', () => {
    expect(HOSTILE_QUERIES.length).toBeGreaterThanOrEqual(50);
    const qs = HOSTILE_QUERIES.map((h) => h.query);
    const has = (re: RegExp) => qs.some((q) => re.test(q));
    expect(qs).toContain('');
    expect(has(/^ +$/)).toBe(true);
    expect(has(/^[\s\S]{10000,}$/)).toBe(true);
    expect(has(/[.*+?^$()[\]\\|]/)).toBe(true);
    expect(has(/["']/)).toBe(true);
    expect(has(/<script>/)).toBe(true);
    expect(has(/\p{Extended_Pictographic}/u)).toBe(true);
    expect(has(/[\u0590-\u08FF\u202E]/)).toBe(true);
    expect(has(/\u0000/)).toBe(true);
    expect(has(/[\u0001-\u001F\u007F-\u009F]/)).toBe(true);
    expect(has(/(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)).toBe(true);
    expect(has(/\p{Script=Cyrillic}.*\p{Script=Han}|\p{Script=Han}.*\p{Script=Cyrillic}/u)).toBe(true);
    expect(has(/[！？，。：；（）]/)).toBe(true);
    expect(has(/DROP TABLE|UNION SELECT|OR 1=1/)).toBe(true);
  });

  test('the known-good query works on a fresh page', async () => {
    await goodQueryWorks();
    expect(problems).toEqual([]);
  });

  // Every other query is submitted with Enter at once; the rest go through the debounced search as you type.
  // (A query that is exactly a 编号 always waits: Enter on it rightly leaves for the entry page.)
  test.each(HOSTILE_QUERIES.map((h, i) => [h.kind, h.query, i % 2 === 1] as const))('%s: page stays usable', async (_, query, enter) => {
    problems.length = 0;
    await box().fill(query);
    const typed = await box().inputValue();
    if (enter && !normalizeQuery(typed, fold)?.code) await box().press('Enter');
    // The box holds what the browser lets into a search field: at most 200 characters, no line breaks.
    expect(typed.length).toBeLessThanOrEqual(200);
    expect(typed).not.toBe(GOOD.query); // otherwise the wait below would see the previous results
    await settled(typed);
    await answered(typed);
    await intact();
    expect(problems).toEqual([]);
    await goodQueryWorks();
    expect(problems).toEqual([]);
  });
});

describe('lone surrogates that reach the page script', () => {
  // Typed text reaches the box as well-formed UTF-16 (Chromium turns a lone half into U+FFFD), but the editing path a
  // paste or an input method uses (insertText) keeps a lone half in the box's value. Built inside the page from code
  // units, because arguments passed to the page are re-encoded on the way. The page reads the box through
  // URLSearchParams, which turns a lone half into U+FFFD; a query of only that finds nothing and says so.
  test.each([
    ['a lone high surrogate', [0xd800]],
    ['a lone low surrogate before 稀土', [0xdc00, 0x7a00, 0x571f]],
    ['surrogates in the wrong order', [0xdc00, 0xd800]],
  ] as const)('%s: the page searches the well-formed text and stays usable', async (_, units) => {
    problems.length = 0;
    await box().fill('');
    await box().focus();
    const held = await p.evaluate((units) => {
      // execCommand is deprecated for editors, but it is still the path a paste or an input method takes into a field.
      const editing = document as unknown as { execCommand(command: string, showUi: boolean, value: string): boolean };
      editing.execCommand('insertText', false, String.fromCharCode(...units));
      return /[\uD800-\uDFFF]/.test((document.getElementById('search-q') as HTMLInputElement).value);
    }, [...units]);
    expect(held).toBe(true);
    const wellFormed = String.fromCharCode(...units).replace(/[\uD800-\uDFFF]/g, '\uFFFD');
    await settled(wellFormed);
    await answered(wellFormed);
    if (units.length > 2) expect(await results().first().getAttribute('data-key')).toBe(GOOD.key);
    await intact();
    expect(problems).toEqual([]);
    await goodQueryWorks();
    expect(problems).toEqual([]);
  });
});

/** Hostile addresses: each opens the page; garbage filters are dropped, and the box then works. */
const HOSTILE_URLS: { kind: string; search: string }[] = [
  { kind: 'markup in every field', search: '?q=<script>alert(1)</script>&edition=<img src=x onerror=alert(1)>&part="><svg onload=alert(1)>&industry=</select>&sort=<b>' },
  { kind: 'garbage filters with a good query', search: `?q=${encodeURIComponent('稀土')}&edition=1999&part=%E5%8D%B1%E9%99%A9&industry=%00&sort=random` },
  { kind: 'prototype keys as values', search: '?q=__proto__&edition=__proto__&part=constructor&industry=toString&sort=hasOwnProperty' },
  { kind: 'array-style names', search: `?q[]=${encodeURIComponent('稀土')}&edition[]=2023&part[0]=x` },
  { kind: 'repeated fields', search: `?q=${encodeURIComponent('稀土')}&q=x&edition=garbage&edition=2023&part=&part=禁止` },
  { kind: 'a query of 10 000 characters', search: `?q=${'a'.repeat(10_000)}&edition=${'9'.repeat(500)}` },
  { kind: 'an encoded lone surrogate (invalid UTF-8)', search: '?q=%ED%A0%80&edition=%ED%A0%80' },
  { kind: 'broken percent escapes', search: '?q=%E7%A8%&edition=%&part=%G0&industry=%%' },
  { kind: 'NUL and control characters', search: '?q=%00%01%1B%7F&edition=%00&part=%0D%0A' },
  { kind: 'only a plus sign (a space)', search: '?q=+&edition=+&part=+' },
  { kind: 'a right-to-left override', search: `?q=${encodeURIComponent('\u202E稀土')}&industry=${encodeURIComponent('\u202E畜牧业')}` },
  { kind: 'a filter value with trailing space', search: `?q=${encodeURIComponent('繁育')}&industry=${encodeURIComponent('畜牧业 ')}&edition=2023%20` },
  { kind: 'a javascript: URL and a fragment', search: '?q=javascript:alert(1)&edition=javascript:alert(1)#<img src=x onerror=alert(1)>' },
  { kind: 'SQL in every field', search: "?q=' OR 1=1 --&edition=2023' OR '1'='1&part=1;DROP TABLE x" },
  { kind: 'empty fields only', search: '?q=&edition=&part=&industry=&sort=' },
  { kind: 'no value at all', search: '?q&edition&part&industry&sort' },
];

describe('hostile search URLs', () => {
  test.each(HOSTILE_URLS.map((h) => [h.kind, h.search] as const))('%s', async (_, search) => {
    problems.length = 0;
    await p.goto(`${base}/search/${search}`);
    const typed = await box().inputValue();
    expect(typed.length).toBeLessThanOrEqual(200);
    if (typed.trim()) await settled(typed);
    else expect(await p.locator('#search-results').getAttribute('aria-busy')).toBeNull(); // nothing to search for
    await answered(typed);
    await intact();
    // Filters only ever hold one of their own options; a value that is not one is dropped, not searched for.
    const params = new URLSearchParams(search.split('#')[0]);
    for (const name of ['edition', 'part', 'industry', 'sort'] as const) {
      const options = await p.locator(`#search-${name} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const value = await p.locator(`#search-${name}`).inputValue();
      const asked = params.get(name) ?? '';
      expect(value).toBe(options.includes(asked) ? asked : name === 'sort' ? 'relevance' : '');
    }
    expect(problems).toEqual([]);
    // The address now holds only state the page understood, and typing a good query works.
    await goodQueryWorks();
    const url = new URL(p.url());
    for (const [name] of url.searchParams) expect(['q', 'edition', 'part', 'industry', 'sort']).toContain(name);
    for (const name of ['edition', 'part', 'industry', 'sort'] as const) {
      const value = url.searchParams.get(name);
      if (value !== null) expect(await p.locator(`#search-${name}`).inputValue()).toBe(value);
    }
    expect(problems).toEqual([]);
  });
});

describe('a network that fails half-way', () => {
  test('result fragments that cannot be fetched: the page says so, no uncaught error, and the next query works', async () => {
    const page = await browser.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    await page.route('**/pagefind/fragment/**', (route) => route.abort());
    await page.goto(`${base}/search/`);
    await page.locator('#search-q').pressSequentially(GOOD.query);
    await page.waitForFunction((q) => document.getElementById('search-results')?.dataset.query === q, GOOD.query, { timeout: 10_000 });
    expect(await page.locator('#search-results').getAttribute('aria-busy')).toBe('false');
    expect(await page.locator('#search-status').innerText()).toBe('搜索结果未能载入，请检查网络后重试。');
    await page.unroute('**/pagefind/fragment/**');
    await page.locator('#search-q').press('End');
    await page.locator('#search-q').pressSequentially('的');
    await page.waitForFunction((q) => document.getElementById('search-results')?.dataset.query === q, `${GOOD.query}的`, { timeout: 10_000 });
    expect(await page.locator('#search-results .search-result').first().getAttribute('data-key')).toBe(GOOD.key);
    expect(uncaught).toEqual([]);
    await page.close();
  });
});
