/**
 * English pages (issue 14, first slice): the locale is decided by the address, <html lang> follows it, hreflang
 * alternates point both ways, the switch keeps the reader's place, and no Chinese text appears outside elements
 * marked as Chinese.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ENGLISH_PAGES } from '../../src/lib/i18n.ts';
import { axeViolations } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { page } from '../helpers/html.ts';

const base = inject('baseUrl');
const siteDir = inject('siteDir');
/** The English pages built so far: one per pattern of ENGLISH_PAGES that names a single page. */
const ENGLISH = ['/en/'];

describe('what the built pages declare', () => {
  test('every page listed as having English is built under /en/, with lang="en"', () => {
    expect(ENGLISH_PAGES.length).toBe(ENGLISH.length);
    for (const path of ENGLISH) expect(page(siteDir, path).querySelector('html')?.getAttribute('lang'), path).toBe('en');
  });
  test('hreflang alternates both ways between / and /en/, and a switch on each', () => {
    const zh = page(siteDir, '/');
    const en = page(siteDir, '/en/');
    const alt = (doc: ReturnType<typeof page>) => doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`).sort();
    expect(alt(zh)).toEqual(['en /en/', 'zh-CN /']);
    expect(alt(en)).toEqual(['en /en/', 'zh-CN /']);
    expect(zh.querySelector('[data-lang-switch]')?.getAttribute('href')).toBe('/en/');
    expect(en.querySelector('[data-lang-switch]')?.getAttribute('href')).toBe('/');
    expect(en.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe('en_GB');
  });
  test('a page without an English counterpart has no alternate and no switch (nothing points at a missing page)', () => {
    const doc = page(siteDir, '/controls/');
    expect(doc.querySelector('link[rel="alternate"][hreflang]')).toBeNull();
    expect(doc.querySelector('[data-lang-switch]')).toBeNull();
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
  });
});

describe('in the browser', () => {
  let browser: Browser;
  let p: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    p = await browser.newPage({ viewport: { width: 360, height: 740 } });
  });
  afterAll(async () => browser?.close());

  test.each(ENGLISH)('%s: no Chinese characters outside elements marked lang="zh-CN", and English links lead to English or marked Chinese pages', async (path) => {
    await p.goto(`${base}${path}`);
    const stray = await p.evaluate(() => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = n.textContent ?? '';
        if (!/\p{Script=Han}/u.test(text)) continue;
        const owner = n.parentElement?.closest('[lang]');
        if (owner?.getAttribute('lang') !== 'zh-CN') out.push(text.trim().slice(0, 30));
      }
      for (const el of document.querySelectorAll<HTMLElement>('[placeholder], [aria-label], [title]')) {
        for (const a of ['placeholder', 'aria-label', 'title']) {
          const v = el.getAttribute(a);
          if (v && /\p{Script=Han}/u.test(v) && el.closest('[lang]')?.getAttribute('lang') !== 'zh-CN') out.push(`${a}: ${v.slice(0, 30)}`);
        }
      }
      return out;
    });
    expect(stray).toEqual([]);
  });

  test('/en/ passes axe at WCAG 2.2 AA at 360 px, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const ctx = await browser.newContext({ colorScheme, viewport: { width: 360, height: 740 } });
      expect(await axeViolations(ctx, `${base}/en/`), colorScheme).toEqual([]);
      await ctx.close();
    }
  });

  test('the switch on a page without a script is a plain link: no script is loaded for it', async () => {
    const scripts: string[] = [];
    p.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url())));
    await p.goto(`${base}/#catalogue`);
    await p.locator('[data-lang-switch]').click();
    await p.waitForURL(`${base}/en/`);
    expect(await p.locator('html').getAttribute('lang')).toBe('en');
    expect(scripts).toEqual([]);
  });
});
