/**
 * English pages: the locale is decided by the address, <html lang> follows it, hreflang alternates point both ways,
 * the switch keeps the reader's place, no Chinese text appears outside elements marked as Chinese, and every English
 * rendering of official wording carries the unofficial label.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ENGLISH_PAGES } from '../../src/lib/site/i18n.ts';
import { axeLightAndDark, WITH_BEST_PRACTICE } from '../helpers/axe.ts';
import { AXE_PAGES } from '../helpers/english-pages.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { page } from '../helpers/html.ts';
import { htmlPages } from '../helpers/site-files.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { allVersions } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';

const base = inject('baseUrl');
const siteDir = inject('siteDir');
/** One English page of each template, checked with axe at 360 px (add a page here with each new English template). */

/** Every English page of the built site. */
const ENGLISH = htmlPages(siteDir).filter(([path]) => path.startsWith('/en/'));
const HAN = /\p{Script=Han}/u;
/** Marked as Chinese: zh-CN, or zh-Hant for the text of a Traditional-character copy as held. */
const CHINESE_LANG = /^zh(-|$)/;

/** Chinese text in the page's body outside an element marked lang="zh-CN" (text, and the attributes a reader meets). */
function strayChinese(body: HTMLElement): string[] {
  const out: string[] = [];
  const visit = (n: Node, lang: string): void => {
    if (n.nodeType === 3) {
      if (HAN.test(n.rawText) && !CHINESE_LANG.test(lang)) out.push(n.rawText.trim().slice(0, 40));
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as HTMLElement;
    if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(el.tagName)) return;
    const here = el.getAttribute('lang') ?? lang;
    for (const a of ['placeholder', 'aria-label', 'title', 'alt']) {
      const v = el.getAttribute(a);
      if (v && HAN.test(v) && !CHINESE_LANG.test(here)) out.push(`${el.tagName.toLowerCase()}[${a}]: ${v.slice(0, 40)}`);
    }
    for (const c of el.childNodes) visit(c, here);
  };
  visit(body, 'en');
  return out;
}

describe('what the built pages declare', () => {
  test('English pages are built under /en/ with lang="en", and each has its Chinese counterpart', () => {
    expect(ENGLISH.length).toBeGreaterThanOrEqual(ENGLISH_PAGES.length);
    for (const [path, file] of ENGLISH) {
      expect(parse(readFileSync(file, 'utf8')).querySelector('html')?.getAttribute('lang'), path).toBe('en');
      expect(() => page(siteDir, path.replace(/^\/en/, '')), path).not.toThrow();
    }
  });

  test('no English page shows Chinese text outside elements marked lang="zh-CN"', () => {
    const stray = ENGLISH.flatMap(([path, file]) => strayChinese(parse(readFileSync(file, 'utf8')).querySelector('body')!).map((s) => `${path}: ${s}`));
    expect(stray).toEqual([]);
  });

  test('every English rendering of official wording carries the unofficial label; a missing one says so', () => {
    let seen = 0;
    for (const [path, file] of ENGLISH) {
      for (const r of parse(readFileSync(file, 'utf8')).querySelectorAll('[data-rendering]')) {
        seen++;
        const label = r.querySelector('.rendering-label')?.textContent ?? '';
        const want = r.getAttribute('data-rendering') === 'missing' ? 'Not yet translated' : 'Unofficial translation (the Chinese is authoritative):';
        expect(label, path).toContain(want);
        expect(r.getAttribute('lang'), path).toBe('en');
      }
    }
    // Once pages with official wording are in English, renderings must be found (the label is checked on real ones).
    if (ENGLISH.some(([path]) => /^\/en\/(controls|entries)\//.test(path))) expect(seen).toBeGreaterThan(0);
  });
  test('wherever our rendering of official wording appears, not only in [data-rendering] elements, it is labelled as unofficial', () => {
    // Every rendering the content holds (long enough to be recognised in running text), as the pages print it.
    const { catalogue, controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
    const renderings = new Set<string>();
    const add = (en: string | undefined) => en && en.length >= 16 && renderings.add(en.replace(/\s+/g, ' ').trim());
    for (const v of allVersions(catalogue)) [v.nameEn, ...v.controlPoints.map((cp) => cp.en)].forEach(add);
    for (const i of controls.instruments) [i.title?.en, ...i.clauses.map((c) => c.en), ...i.items.map((it) => it.en), ...i.data.legalBasis.map((b) => b.en)].forEach(add);
    expect(renderings.size).toBeGreaterThan(100);
    const unlabelled: string[] = [];
    const ways = { rendering: 0, citation: 0, prose: 0, name: 0, glossary: 0 };
    for (const [path, file] of ENGLISH) {
      const body = parse(readFileSync(file, 'utf8')).querySelector('body')!;
      // A name in our English with the Chinese beside it (NameEn), on a page whose line says the English names are ours.
      const legend = body.querySelector('[data-name-legend]') !== null || body.querySelector('[data-name-note]')?.text === "The English name is our unofficial translation; the Chinese name beside it is the official wording, and it is authoritative.";
      const walk = (el: HTMLElement) => {
        for (const n of el.childNodes) {
          if (n.nodeType === 1) walk(n as HTMLElement);
          if (n.nodeType !== 3) continue;
          const t = n.text.replace(/\s+/g, ' ');
          const found = [...renderings].find((r) => t.includes(r));
          if (!found) continue;
          const box = el.closest('[data-rendering]');
          if (box && box.getAttribute('data-rendering') !== 'missing' && box.querySelector('.rendering-label')?.text === 'Unofficial translation (the Chinese is authoritative):') ways.rendering++;
          // A citation: the words cited in our English, whole or cut with …, then "(our unofficial translation)".
          else if (t.includes(`[unofficial English: ${found}]`) || /^[^“”]*” \(our unofficial translation\)/.test(t.slice(t.indexOf(found) + found.length))) ways.citation++;
          // The glossary: a table of our English for each Chinese term, under the page's lead that says so.
          else if (el.closest('table[data-testid="glossary"]') && body.querySelector('h1 + p')?.text.startsWith('Our English is an unofficial translation; the Chinese is authoritative.')) ways.glossary++;
          else if (legend && el.closest('.name-en') && el.closest('.name-en')!.parentNode?.querySelector('.name-zh[lang="zh-CN"]')) ways.name++;
          // Our own prose (a note, lang="en" under "Our note"), which may quote our rendering.
          else if (el.closest('[data-prose="en"]')) ways.prose++;
          else unlabelled.push(`${path}: "${t.trim().slice(0, 120)}"`);
        }
      };
      walk(body);
    }
    expect(unlabelled).toEqual([]);
    // Each way is met on the built site: the labelled rendering, a citation's "(our unofficial translation)", our notes,
    // and names in our English beside the Chinese under the page's line that says so.
    expect(Object.values(ways).every((n) => n > 0), JSON.stringify(ways)).toBe(true);
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
  test('no element on any page carries the same attribute twice (a spread link and its own href, say)', () => {
    const twice: string[] = [];
    for (const [path, file] of htmlPages(siteDir)) {
      for (const tag of readFileSync(file, 'utf8').matchAll(/<[a-z][a-z0-9-]*\s[^>]*>/g)) {
        const names = [...tag[0].replace(/"[^"]*"|'[^']*'/g, '""').matchAll(/\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?==|\s|\/?>)/g)].map((m) => m[1]!.toLowerCase());
        const dup = names.find((n, i) => names.indexOf(n) !== i);
        if (dup) twice.push(`${path}: ${dup} in ${tag[0].slice(0, 80)}`);
      }
    }
    expect(twice).toEqual([]);
  });

  test('every hreflang alternate and language switch leads to a built page; a page without a counterpart has neither', () => {
    const built = new Set(htmlPages(siteDir).map(([path]) => path));
    for (const [path, file] of htmlPages(siteDir)) {
      if (path.endsWith('.html')) continue;
      const doc = parse(readFileSync(file, 'utf8'));
      const alternates = doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => l.getAttribute('href')!);
      const sw = doc.querySelector('[data-lang-switch]')?.getAttribute('href');
      // Addresses are percent-encoded (/industries/%E5%8C%BB…/); the built files are named by the decoded path.
      for (const href of [...alternates, ...(sw ? [sw] : [])]) expect(built.has(decodeURIComponent(href)), `${path} → ${href}`).toBe(true);
      if (!alternates.length) expect(sw, path).toBeUndefined();
    }
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

  test.each(AXE_PAGES)('%s passes axe at WCAG 2.2 AA and best practice at 360 px, light and dark', async (path) => {
    // Light: WCAG 2.2 AA and the best-practice rules; dark: the colour rules (tests/helpers/axe.ts).
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const found = await axeLightAndDark(page, `${base}${path}`, undefined, WITH_BEST_PRACTICE);
    await page.close();
    expect(found).toEqual({ light: [], dark: [] });
  });

  test('the switch on a page without a script is a plain link: no script is loaded for it', async () => {
    const scripts: string[] = [];
    p.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url())));
    // Home has a script now (its statuses can be given on a chosen date): a page without a status is taken.
    await p.goto(`${base}/coverage/`);
    await p.locator('[data-lang-switch]').click();
    await p.waitForURL(`${base}/en/coverage/`);
    expect(await p.locator('html').getAttribute('lang')).toBe('en');
    expect(scripts).toEqual([]);
  });
});
