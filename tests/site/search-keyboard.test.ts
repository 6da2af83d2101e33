/**
 * Search with the keyboard only, in headless Chromium: no mouse, no element.click(). From the home page to the header
 * box, to /search/, through the results and the filters, to an entry. A guard counts pointer events on every page.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  // Any pointer or mouse event on any page of the tab is counted (sessionStorage survives same-site navigation).
  await context.addInitScript(() => {
    for (const type of ['pointerdown', 'mousedown', 'mouseup']) {
      addEventListener(type, () => sessionStorage.setItem('pointerEvents', String(Number(sessionStorage.getItem('pointerEvents') ?? 0) + 1)), true);
    }
  });
});
afterAll(async () => browser?.close());

const focused = (p: Page) =>
  p.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return { id: a?.id ?? '', tag: a?.tagName.toLowerCase() ?? '', text: a?.textContent?.trim() ?? '', href: a?.getAttribute('href') ?? '' };
  });

/** Waits until the shown results answer query `q` and the address holds exactly `params` besides q. */
async function settled(p: Page, q: string, params: Record<string, string> = {}): Promise<void> {
  await p.waitForFunction(
    ({ q, params }) => {
      const list = document.getElementById('search-results');
      const url = new URLSearchParams(location.search);
      url.delete('q');
      return list?.dataset.query === q && list.getAttribute('aria-busy') === 'false' && url.toString() === new URLSearchParams(params).toString();
    },
    { q, params },
    { timeout: 10_000 },
  );
}

const shown = (p: Page) =>
  p.locator('#search-results .search-result').evaluateAll((lis) =>
    lis.map((li) => ({ key: (li as HTMLElement).dataset.key!, edition: (li as HTMLElement).dataset.edition!, badge: li.querySelector('.search-result-meta .badge')?.textContent ?? '' })),
  );
const status = (p: Page) => p.locator('#search-status').innerText();

test('keyboard only: header box → /search/ → `/` → arrows → filters (Tab, Space, arrows) → Esc → Enter opens the entry', async () => {
  const p = await context.newPage();

  // 1. Home page: Tab through the skip link and navigation to the header search box, type, Enter submits.
  await p.goto(`${base}/`);
  let tabs = 0;
  while ((await focused(p)).id !== 'site-search-q' && tabs < 30) {
    await p.keyboard.press('Tab');
    tabs++;
  }
  expect((await focused(p)).id).toBe('site-search-q');
  expect(tabs).toBeGreaterThan(1); // the skip link and the navigation come first
  await p.keyboard.type('稀土');
  await p.keyboard.press('Enter');
  await p.waitForURL((u) => u.pathname === '/search/');
  await settled(p, '稀土');
  expect((await shown(p))[0]?.key).toBe('rare-earth');

  // 2. On /search/, `/` focuses the box from anywhere else on the page.
  expect((await focused(p)).id).not.toBe('search-q');
  await p.keyboard.press('/');
  expect((await focused(p)).id).toBe('search-q');
  expect(await p.locator('#search-q').inputValue()).toBe('稀土'); // the `/` was not typed into the box
  await p.keyboard.press('ControlOrMeta+A');
  await p.keyboard.type('技术');
  await settled(p, '技术');
  const all = await shown(p);
  expect(all.length).toBeGreaterThan(3);
  const allStatus = await status(p);

  // 3. Arrows move through the result links and back up to the box.
  const titles = await p.locator('#search-results .search-result-title').allInnerTexts();
  for (const i of [0, 1, 2]) {
    await p.keyboard.press('ArrowDown');
    expect((await focused(p)).text).toBe(titles[i]);
  }
  await p.keyboard.press('ArrowUp');
  expect((await focused(p)).text).toBe(titles[1]);
  await p.keyboard.press('ArrowUp');
  await p.keyboard.press('ArrowUp');
  expect((await focused(p)).id).toBe('search-q');

  // 4. Esc in the box clears the query, the results, the count and the address; typing starts again.
  await p.keyboard.press('Escape');
  await settled(p, '');
  expect({ q: await p.locator('#search-q').inputValue(), shown: (await shown(p)).length, status: await status(p), search: new URL(p.url()).search }).toEqual({ q: '', shown: 0, status: '', search: '' });
  await p.keyboard.type('技术');
  await settled(p, '技术');
  expect(await status(p)).toBe(allStatus);

  // 5. Filters by keyboard. Past their control (open on a wide screen), regime: Tab to it, ArrowDown keeps the
  // catalogue only, ArrowUp both regimes again.
  await p.keyboard.press('Tab');
  expect((await focused(p)).id).toBe('search-filters-toggle');
  await p.keyboard.press('Tab');
  expect((await focused(p)).id).toBe('search-regime');
  await p.keyboard.press('ArrowDown');
  await settled(p, '技术', { regime: '技术目录' });
  const catalogueOnly = await shown(p);
  expect(catalogueOnly.length).toBeGreaterThan(0);
  expect(catalogueOnly.every((r) => !!r.edition)).toBe(true);
  expect(allStatus).toMatch(/出口管制公告 \d+ 页/);
  expect(await status(p)).toMatch(/^找到 \d+ 个结果（技术目录 \d+ 个条目版本）（已按筛选条件）。$/);
  await p.keyboard.press('ArrowUp');
  await settled(p, '技术');
  expect(await shown(p)).toEqual(all);

  // Edition: Tab to it, ArrowDown chooses the newest edition.
  await p.keyboard.press('Tab');
  expect((await focused(p)).id).toBe('search-edition');
  const newest = await p.locator('#search-edition option').nth(1).getAttribute('value');
  await p.keyboard.press('ArrowDown');
  await settled(p, '技术', { edition: newest! });
  const byEdition = await shown(p);
  expect(byEdition.length).toBeGreaterThan(0);
  expect(byEdition.every((r) => r.edition === newest)).toBe(true);
  expect(byEdition).not.toEqual(all);
  expect(await status(p)).toMatch(/（已按筛选条件）。$/);

  // Part: Tab to it, Space opens the list, ArrowDown and Enter choose 禁止.
  await p.keyboard.press('Tab');
  expect((await focused(p)).id).toBe('search-part');
  await p.keyboard.press('Space');
  await p.keyboard.press('ArrowDown');
  await p.keyboard.press('Enter');
  await settled(p, '技术', { edition: newest!, part: '禁止' });
  const byPart = await shown(p);
  expect(byPart.length).toBeGreaterThan(0);
  expect(byPart.length).toBeLessThan(byEdition.length);
  expect(byPart.every((r) => r.edition === newest && r.badge.startsWith('禁止出口'))).toBe(true);

  // Industry: ArrowDown chooses the first heading; ArrowUp goes back to all industries.
  await p.keyboard.press('Tab');
  expect((await focused(p)).id).toBe('search-industry');
  const firstIndustry = await p.locator('#search-industry option').nth(1).getAttribute('value');
  await p.keyboard.press('ArrowDown');
  await settled(p, '技术', { edition: newest!, part: '禁止', industry: firstIndustry! });
  expect(await shown(p)).not.toEqual(byPart);
  expect(await status(p)).toMatch(/^(找到 \d+ 个结果（技术目录 \d+ 个条目版本）|没有找到与“技术”相符的条目或公告)（已按筛选条件）。$/);
  await p.keyboard.press('ArrowUp');
  await settled(p, '技术', { edition: newest!, part: '禁止' });
  expect(await shown(p)).toEqual(byPart);

  // Back to the edition filter: ArrowUp returns to all editions (the part filter stays).
  await p.keyboard.press('Shift+Tab');
  await p.keyboard.press('Shift+Tab');
  expect((await focused(p)).id).toBe('search-edition');
  await p.keyboard.press('ArrowUp');
  await settled(p, '技术', { part: '禁止' });
  const prohibited = await shown(p);
  expect(prohibited.every((r) => r.badge.startsWith('禁止出口'))).toBe(true);
  expect(new Set(prohibited.map((r) => r.edition)).size).toBeGreaterThan(1);

  // 6. Esc from a result clears too, and puts the focus back in the box (Shift+Tab past the regime filter and the
  // filters' control).
  await p.keyboard.press('Shift+Tab');
  expect((await focused(p)).id).toBe('search-regime');
  await p.keyboard.press('Shift+Tab');
  expect((await focused(p)).id).toBe('search-filters-toggle');
  await p.keyboard.press('Shift+Tab');
  expect((await focused(p)).id).toBe('search-q');
  await p.keyboard.press('ArrowDown');
  expect((await focused(p)).tag).toBe('a');
  await p.keyboard.press('Escape');
  await settled(p, '', { part: '禁止' });
  expect((await focused(p)).id).toBe('search-q');
  expect((await shown(p)).length).toBe(0);

  // 7. Type again, arrow down to the second result, Enter opens that entry.
  await p.keyboard.type('技术');
  await settled(p, '技术', { part: '禁止' });
  await p.keyboard.press('ArrowDown');
  await p.keyboard.press('ArrowDown');
  const target = await focused(p);
  expect(target.href).toMatch(/^\/entries\/[^/]+\/\d{4}\/(#cp-[\du]+)?$/);
  await p.keyboard.press('Enter');
  await p.waitForURL((u) => u.pathname + u.hash === target.href);
  expect(await p.locator('h1').innerText()).toContain(target.text);

  expect(await p.evaluate(() => sessionStorage.getItem('pointerEvents'))).toBeNull();
  await p.close();
});

test('the guard above would notice a mouse: a real click is counted', async () => {
  const p = await context.newPage();
  await p.goto(`${base}/search/`);
  await p.locator('h1').click();
  expect(Number(await p.evaluate(() => sessionStorage.getItem('pointerEvents')))).toBeGreaterThan(0);
  await p.close();
});
