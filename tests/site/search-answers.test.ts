/**
 * The answers table (tests/search-answers.ts) through the real search pages in headless Chromium: the page that must
 * be among the first three whole matches, partial matches labelled, the notice first where nothing holds the whole
 * query, one card per page, English titles first on the English page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { searchSettled } from '../helpers/search-page.ts';
import { ANSWER_CASES } from '../search-answers.ts';

const base = inject('baseUrl');
let browser: Browser;
let p: Page;
const errors: string[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  p.on('pageerror', (e) => errors.push(e.message));
});
afterAll(async () => browser?.close());

interface Card {
  href: string;
  title: string;
  zh: string | null;
  label: string | null;
}
/** What the page shows: status, whether the notice is visible and before the results, the whole and the partial cards. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const cards = (sel: string): Card[] =>
      [...document.querySelectorAll<HTMLElement>(`${sel} > li.search-result`)].map((li) => ({
        href: li.querySelector('a.search-result-title')!.getAttribute('href')!,
        title: li.querySelector('a.search-result-title')!.textContent!,
        zh: li.querySelector('.search-result-zh')?.textContent ?? null,
        label: li.querySelector('.search-result-partial')?.textContent ?? null,
      }));
    const notice = document.getElementById('search-empty-help')!;
    const partialList = document.getElementById('search-partial')!;
    return {
      status: document.getElementById('search-status')!.textContent!,
      notice: !notice.hidden,
      noticeFirst: Boolean(notice.compareDocumentPosition(partialList) & Node.DOCUMENT_POSITION_FOLLOWING),
      whole: cards('#search-results'),
      partial: cards('#search-partial'),
    };
  });
}

describe('the answers table: what a reader gets for each query', () => {
  test('holds at least 40 queries, in both languages', () => {
    expect(ANSWER_CASES.length).toBeGreaterThanOrEqual(40);
    expect(ANSWER_CASES.filter((c) => c.page === '/en/search/').length).toBeGreaterThanOrEqual(15);
    expect(ANSWER_CASES.filter((c) => c.page === '/search/').length).toBeGreaterThanOrEqual(15);
  });

  for (const c of ANSWER_CASES) {
    test(`${c.page} ${c.query} — ${c.kind}`, async () => {
      await p.goto(`${base}${c.page}?q=${encodeURIComponent(c.query)}`);
      await searchSettled(p, c.query);
      const s = await shown(p);
      const starts = (cards: Card[], prefix: string) => cards.some((x) => x.href.startsWith(prefix));
      if (c.nothingWhole) {
        expect(s.whole, `${c.query}: no result may hold it whole`).toEqual([]);
        expect(s.partial.length).toBeGreaterThan(0);
        expect(s.status).toMatch(/^没有结果包含完整的“|^没有页面同时包含“|^No result holds the whole of “|^No page holds all of “/);
        // The notice (not listed ≠ not controlled) comes first, then the partial matches, each labelled.
        expect(s.notice).toBe(true);
        expect(s.noticeFirst).toBe(true);
        for (const x of s.partial) expect(x.label, x.href).toMatch(/^部分匹配|^Partial match/);
      } else {
        expect(s.whole.length, `${c.query}: ${s.status}`).toBeGreaterThan(0);
        expect(s.notice).toBe(false);
        for (const x of s.whole) expect(x.label, x.href).toBeNull();
      }
      if (c.top3) expect(starts(s.whole.slice(0, 3), c.top3), `${c.top3} among ${s.whole.slice(0, 3).map((x) => x.href).join(' ')}`).toBe(true);
      for (const w of c.whole ?? []) expect(starts(s.whole, w), `${w} among the whole matches ${s.whole.map((x) => x.href).join(' ')}`).toBe(true);
      for (const w of c.partial ?? []) expect(starts(s.partial, w), `${w} among the partial matches ${s.partial.map((x) => x.href).join(' ')}`).toBe(true);
      if (c.label) expect(s.partial.map((x) => x.label)).toContain(c.label);
      if (c.status) expect(s.status).toMatch(c.status);
      // One card per page.
      const pages = [...s.whole, ...s.partial].map((x) => x.href.split('#')[0]);
      expect(pages.length).toBe(new Set(pages).size);
      // On the English page a title leads with our English; the official Chinese stands beside it.
      if (c.page === '/en/search/') for (const x of [...s.whole, ...s.partial]) if (x.zh) expect(x.title, x.href).not.toMatch(/\p{Script=Han}/u);
    });
  }

  test('no script error on any of them', () => {
    expect(errors).toEqual([]);
  });
});

describe('partial matches behind a control when some result holds the whole query', () => {
  test('石墨负极: the control says how many, opens and closes the list, and names what each holds', async () => {
    await p.goto(`${base}/search/?q=${encodeURIComponent('石墨负极')}`);
    await searchSettled(p, '石墨负极');
    const toggle = p.locator('#search-partial-toggle');
    expect(await p.locator('#search-partial').isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.innerText()).toBe('显示只含部分查询的结果（1）');
    await toggle.click();
    expect(await p.locator('#search-partial').isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await p.locator('#search-partial .search-result-partial').innerText()).toBe('部分匹配：只含 石墨、负极');
    await toggle.click();
    expect(await p.locator('#search-partial').isVisible()).toBe(false);
  });
});
