/**
 * axe-core at WCAG 2.2 AA on /search/ in the states it really shows — results, many results with "显示更多",
 * a control-point hit, a 编号 with its link, filters applied, no results, no results under filters, nothing holding the
 * whole query, partial matches opened, English titles, filters folded, and the index failing to load — in light and
 * dark schemes: 0 violations.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeLightAndDark } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { searchSettledFromUrl } from '../helpers/search-page.ts';

const base = inject('baseUrl');
const q = (s: string) => `${base}/search/?${s.replace(/[^\x21-\x7e]+/g, encodeURIComponent)}`;

/** Each state, its address, and what must be on the page (so that a state that silently broke is not checked empty). */
const STATES: { state: string; url: string; expect: { results: 'some' | 'none'; status: RegExp; selector?: string }; click?: string }[] = [
  { state: 'results', url: q('q=稀土'), expect: { results: 'some', status: /^找到 \d+ 个结果（技术目录 \d+ 个条目版本，出口管制公告 \d+ 页）。$/, selector: '.search-result-excerpt mark' } },
  { state: 'many results, with "显示更多结果"', url: q('q=技术'), expect: { results: 'some', status: /^找到 \d+/, selector: '#search-more-wrap:not([hidden]) #search-more' } },
  { state: 'a hit inside a control point', url: q('q=个性化信息推送服务'), expect: { results: 'some', status: /^找到/, selector: '.search-result-where' } },
  { state: 'a 编号, with its 编号 page link and other editions', url: q('q=203912X'), expect: { results: 'some', status: /^找到/, selector: '.search-code-link a' } },
  { state: 'edition and part filters', url: q('q=技术&edition=2025&part=禁止'), expect: { results: 'some', status: /（已按筛选条件）。$/ } },
  { state: 'industry filter, sorted by 编号', url: q('q=繁育&industry=畜牧业&sort=code'), expect: { results: 'some', status: /（已按筛选条件）。$/ } },
  { state: 'no results', url: q('q=鳄鱼'), expect: { results: 'none', status: /^没有找到与“鳄鱼”相符的条目或公告。$/ } },
  { state: 'no results under filters', url: q('q=技术&edition=2025&industry=畜牧业'), expect: { results: 'none', status: /^没有找到与“技术”相符的条目或公告（已按筛选条件）。$/ } },
];
/** The states of answers (partial matches, English titles, folded filters): checked one after another. */
const ANSWER_STATES: typeof STATES = [
  { state: 'nothing holds the whole query: the notice, then partial matches labelled', url: q('q=盾构机'), expect: { results: 'none', status: /^没有结果包含完整的“盾构机”。/, selector: '#search-partial .search-result-partial' } },
  { state: 'partial matches opened from their control', url: q('q=石墨负极'), expect: { results: 'some', status: /^找到/, selector: '#search-partial:not([hidden]) .search-result-partial' }, click: '#search-partial-toggle' },
  { state: 'the English page: English titles, the Chinese beside them', url: `${base}/en/search/?q=magnet`, expect: { results: 'some', status: /^\d+ results/, selector: '.search-result-zh' } },
  { state: 'the filters folded behind their control (as on a phone)', url: q('q=稀土'), expect: { results: 'some', status: /^找到/, selector: '#search-filters:not([open])' }, click: '#search-filters > summary' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('/search/ at WCAG 2.2 AA, light and dark colour schemes (one load each)', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(async () => context?.close());

  const check = async (s: (typeof STATES)[number], ctx: BrowserContext = context) => {
    const p = await ctx.newPage();
    const found = await axeLightAndDark(p, s.url, async (p) => {
      await searchSettledFromUrl(p);
      if (s.click) await p.locator(s.click).click();
      const results = await p.locator('#search-results .search-result').count();
      expect(results > 0 ? 'some' : 'none').toBe(s.expect.results);
      expect(await p.locator('#search-status').innerText()).toMatch(s.expect.status);
      if (s.expect.selector) expect(await p.locator(s.expect.selector).count()).toBeGreaterThan(0);
    });
    await p.close();
    expect(found).toEqual({ light: [], dark: [] });
  };
  test.concurrent.each(STATES.map((s) => [s.state, s] as const))('%s: 0 violations', async (_, s) => check(s));
  test.each(ANSWER_STATES.map((s) => [s.state, s] as const))('%s: 0 violations', async (_, s) => check(s));

  test('the index failing to load: 0 violations', async () => {
    const failing = await browser.newContext();
    await failing.route('**/pagefind/**', (route) => route.abort());
    await check({ state: 'index failing', url: q('q=稀土'), expect: { results: 'none', status: /搜索索引未能载入/ } }, failing);
    await failing.close();
  });
});
