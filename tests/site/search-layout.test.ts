/**
 * Search on a phone and on a wide screen: at 360×740 the first result shows without scrolling (filters folded, no
 * second box in the header); the home page box is wide enough for its placeholder; search landmarks are named in the
 * page's language; the English page's filters are in English; a code's address in another case names the code's page.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../helpers/browser.ts';
import { searchSettled } from '../helpers/search-page.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${base}${path}`);
  return page;
}

describe('a phone, 360 × 740', () => {
  const PHONE = { width: 360, height: 740 };
  for (const [path, q] of [['/search/', '稀土'], ['/en/search/', 'magnet'], ['/en/search/', 'drone']] as const) {
    test(`${path}?q=${q}: the first result's title is on the first screen, the filters folded behind their control`, async () => {
      const page = await open(`${path}?q=${encodeURIComponent(q)}`, PHONE);
      await searchSettled(page, q);
      const first = page.locator('#search-results .search-result-title, #search-partial .search-result-title').first();
      const box = (await first.boundingBox())!;
      expect(box.y + box.height, `first result ends at ${box.y + box.height}`).toBeLessThanOrEqual(PHONE.height);
      expect(await page.evaluate(() => window.scrollY)).toBe(0);
      expect(await page.locator('#search-filters').getAttribute('open')).toBeNull();
      expect(await page.locator('#search-regime').isVisible()).toBe(false);
      await page.locator('#search-filters > summary').click();
      expect(await page.locator('#search-regime').isVisible()).toBe(true);
      // The page's own box is the only one: the header carries none on the search page.
      expect(await page.locator('#site-search-q').count()).toBe(0);
      await page.close();
    });
  }
  test('where nothing holds the whole query, the notice starts on the first screen, before the partial matches', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('盾构机')}`, PHONE);
    await searchSettled(page, '盾构机');
    const notice = (await page.locator('#search-empty-help').boundingBox())!;
    const first = (await page.locator('#search-partial .search-result').first().boundingBox())!;
    expect(notice.y).toBeLessThan(PHONE.height - 120);
    expect(first.y).toBeGreaterThan(notice.y + notice.height - 1);
    await page.close();
  });
  test('a filter set in the address keeps the filters open, so that the reader sees it', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('信息')}&edition=2008`, PHONE);
    await searchSettled(page, '信息');
    expect(await page.locator('#search-filters').getAttribute('open')).toBe('');
    await page.close();
  });
  test('on a wide screen the filters are open', async () => {
    const page = await open(`/search/?q=${encodeURIComponent('稀土')}`, { width: 1280, height: 900 });
    await searchSettled(page, '稀土');
    expect(await page.locator('#search-regime').isVisible()).toBe(true);
    await page.close();
  });
});

describe('the home page box at 1280 px', () => {
  for (const path of ['/', '/en/']) {
    test(`${path}: wide enough for its placeholder`, async () => {
      const page = await open(path, { width: 1280, height: 800 });
      const fit = await page.locator('#home-q').evaluate((input: HTMLInputElement) => {
        const style = getComputedStyle(input);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return { text: Math.ceil(ctx.measureText(input.placeholder).width), room };
      });
      expect(fit.text, `placeholder ${fit.text} px in ${fit.room} px`).toBeLessThanOrEqual(fit.room);
      await page.close();
    });
  }
});

describe('search landmarks and the English filters', () => {
  for (const path of ['/', '/search/', '/en/', '/en/search/', '/en/about/']) {
    test(`${path}: every search landmark is named, each name once, in the page's language`, async () => {
      const page = await open(path, { width: 1280, height: 800 });
      const names = await page.locator('[role="search"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
      expect(names.length).toBeGreaterThan(0);
      for (const n of names) expect(n).not.toBe('');
      expect(new Set(names).size).toBe(names.length);
      if (path.startsWith('/en/')) for (const n of names) expect(n).not.toMatch(/\p{Script=Han}/u);
      await page.close();
    });
  }
  test('/en/search/: the industry options are in English (the glossary\'s English of each heading), their values the headings', async () => {
    const page = await open('/en/search/', { width: 1280, height: 800 });
    const options = await page.locator('#search-industry option').evaluateAll((os) => os.map((o) => ({ text: o.textContent!, value: (o as HTMLOptionElement).value, lang: o.getAttribute('lang') })));
    expect(options.length).toBeGreaterThan(3);
    for (const o of options) {
      if (o.lang === null) expect(o.text, o.value).not.toMatch(/\p{Script=Han}/u);
    }
    expect(options).toContainEqual({ text: 'Animal Husbandry', value: '畜牧业', lang: null });
    await page.close();
  });
});

describe('a code\'s address in another case or width', () => {
  const cases: [string, string | null][] = [
    ['/controls/codes/1e902.a/', '/controls/codes/1E902.a/'],
    ['/controls/codes/1E902.A/', '/controls/codes/1E902.a/'],
    ['/en/controls/codes/1e902.a/', '/en/controls/codes/1E902.a/'],
    ['/codes/203912x/', '/codes/203912X/'],
    ['/en/codes/203912x/', '/en/codes/203912X/'],
    ['/controls/codes/9e999.z/', null],
    ['/entries/nothing-here/', null],
  ];
  for (const [path, target] of cases) {
    test(`${path} → ${target ?? 'a plain 404'}`, async () => {
      const page = await browser.newPage();
      const response = await page.goto(`${base}${path}`);
      expect(response?.status()).toBe(404);
      const hint = page.locator('#code-hint');
      if (target) {
        expect(await hint.isVisible()).toBe(true);
        expect(await hint.locator('a').getAttribute('href')).toBe(target);
        expect(await hint.locator('a').innerText()).toBe(target.split('/').at(-2));
        await hint.locator('a').click();
        await page.waitForURL((u) => u.pathname === target);
        expect(await page.locator('h1').innerText()).toContain(target.split('/').at(-2)!);
      } else {
        expect(await hint.isVisible()).toBe(false);
      }
      await page.close();
    });
  }
});
