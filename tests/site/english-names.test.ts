/**
 * English a reader can use without reading Chinese: on every English page (the catalogue, the announcements, the
 * glossary and the prose pages; the search page's results are the search tests'), no link, heading, button, summary or title is made of
 * Chinese alone; names lead with our English, the official Chinese beside it; every citation on every English page
 * names its English page and its Chinese page; abbreviations are spelt out; and axe's best-practice rules pass on one
 * page per template at 360 px and 1280 px.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { AXE_PAGES } from '../helpers/english-pages.ts';
import { glossaryAnchor } from '../../src/lib/site/glossary-usage.ts';
import { splitChinese } from '../../src/lib/shared/han.ts';
import { allVersions } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { entryUrl } from '../../src/lib/site/urls.ts';
import { axeOnPage, WITH_BEST_PRACTICE } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { page, text } from '../helpers/html.ts';
import { htmlPages } from '../helpers/site-files.ts';

const base = inject('baseUrl');
const siteDir = inject('siteDir');
const ORIGIN = inject('origin');
const content = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));

/** Every English page but the search page (its results are written by its script: tests/site/search-*.test.ts). */
const OWNED = htmlPages(siteDir).filter(([path]) => path.startsWith('/en/') && !/^\/en\/search\//.test(path));
const ALL_ENGLISH = htmlPages(siteDir).filter(([path]) => path.startsWith('/en/'));
const doc = (file: string) => parse(readFileSync(file, 'utf8'));

/**
 * Text made of Chinese alone: Chinese runs (Han characters with the CJK punctuation and the numbers between them, as
 * src/lib/shared/han.ts reads them) and nothing else that a reader of English can use: no Latin letter, no digit outside them
 * (an English numbering such as 1(1), a code such as 1E902.a, a word).
 */
export const chineseOnly = (s: string): boolean => {
  const rest = splitChinese(s).filter((x): x is string => typeof x === 'string').join('');
  return /\p{Script=Han}/u.test(s) && !/[A-Za-z0-9]/.test(rest);
};
/** What a reader (or a screen reader) is given as the element's name: its aria-label, else its text. */
const nameOf = (el: HTMLElement): string => el.getAttribute('aria-label') ?? el.textContent;

/** The links, headings, buttons, summaries and titles of a page that are Chinese alone. */
function chineseOnlyNames(d: HTMLElement): string[] {
  const out = d.querySelectorAll('a, h1, h2, h3, h4, h5, h6, button, summary').filter((el) => chineseOnly(nameOf(el))).map((el) => `${el.tagName.toLowerCase()}: ${text(el)}`);
  const title = d.querySelector('title')?.textContent ?? '';
  if (chineseOnly(title.split(' · ')[0]!)) out.push(`title: ${title}`);
  const og = d.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
  if (chineseOnly(og)) out.push(`og:title: ${og}`);
  return out;
}

describe('no name made of Chinese alone', () => {
  test('the test sees a Chinese-only name, and lets Chinese stand beside English', () => {
    expect(chineseOnly('无人机技术')).toBe(true);
    expect(chineseOnly('一（一）')).toBe(true);
    expect(chineseOnly('Drone technology 无人机技术')).toBe(false);
    expect(chineseOnly('1E902.a')).toBe(false);
    expect(chineseOnly('商务部公告2025年第62号')).toBe(true);
    expect(chineseOnlyNames(parse('<a href="/">商务部公告2025年第62号</a><a href="/">商务部公告2025年第62号 1E902.a</a><h2>1(1) <span lang="zh">一（一）</span></h2><h3>一 第二段</h3><title>无人机技术 · site</title>'))).toEqual([
      'a: 商务部公告2025年第62号',
      'h3: 一 第二段',
      'title: 无人机技术 · site',
    ]);
  });

  test('on every English page of the catalogue, the glossary and the prose pages, links, headings, buttons, summaries and titles', () => {
    expect(OWNED.length).toBeGreaterThan(150);
    const found = OWNED.flatMap(([path, file]) => chineseOnlyNames(doc(file)).map((s) => `${path} ${s}`));
    expect(found).toEqual([]);
  });

  test('"编号 unknown" appears on no English page', () => {
    for (const [path, file] of ALL_ENGLISH) expect(readFileSync(file, 'utf8'), path).not.toContain('编号 unknown');
  });

  test('no page repeats a link named only "Link" (each says what it links to)', () => {
    for (const [path, file] of OWNED) {
      const plain = doc(file).querySelectorAll('a').filter((a) => /^(link|链接)$/i.test(nameOf(a).trim()));
      expect(plain.length, path).toBeLessThanOrEqual(1);
    }
  });
});

describe('names lead with our English, the official Chinese beside it', () => {
  test('every entry page: H1, <title> and og:title start with our English name; the Chinese follows, marked; the label says it is ours', () => {
    for (const v of allVersions(content.catalogue)) {
      const d = page(siteDir, `/en${entryUrl(v.key, v.edition)}`);
      const h1 = d.querySelector('article h1')!;
      const en = h1.querySelector('.name-en');
      const zh = h1.querySelector('[lang="zh-CN"]');
      expect(text(zh), v.key).toBe(v.name);
      if (v.nameEn) {
        expect(text(en), v.key).toBe(v.nameEn);
        expect(text(h1).startsWith(v.nameEn), v.key).toBe(true);
        expect(text(h1.nextElementSibling), v.key).toBe('The English name is our unofficial translation; the Chinese name beside it is the official wording, and it is authoritative.');
        for (const t of [d.querySelector('title')?.textContent, d.querySelector('meta[property="og:title"]')?.getAttribute('content')]) {
          expect(t, v.key).toMatch(new RegExp(`^${v.nameEn.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(our translation\\) \\[${v.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\]`));
        }
      } else {
        expect(en, v.key).toBeNull();
        expect(text(h1), v.key).toContain('(not yet translated)');
      }
    }
  });

  test('list and cross links: our English first, then the Chinese in lang="zh-CN", with a line saying the English is ours', () => {
    const d = page(siteDir, '/en/parts/restricted/');
    expect(d.querySelector('[data-name-legend]')).not.toBeNull();
    const link = d.querySelector('.entry-list li a')!;
    expect(link.firstChild?.toString()).toContain('class="name-en"');
    expect(link.querySelector('[lang="zh-CN"]')).not.toBeNull();
    const uav = page(siteDir, '/en/entries/uav/2025/');
    const cross = uav.querySelectorAll('[data-testid="cross-reference"] a').map((a) => text(a));
    for (const c of cross) expect(c, c).toMatch(/^MOFCOM( & [A-Z][\w ]*?)* Announcement No\. \d+ of \d{4}, /);
  });

  test('the deleted entries named only by the 2023 announcement, and the clauses of 2020 No.38, are rendered', () => {
    expect(page(siteDir, '/en/changes/2020-2023/').querySelectorAll('[data-rendering="missing"], .name-missing')).toHaveLength(0);
    const am = page(siteDir, '/en/amendments/2020-38/');
    expect(am.querySelectorAll('[data-rendering="missing"]')).toHaveLength(0);
    expect(text(am.querySelector('#clause-1'))).toContain('Delete the entry Microbial fertiliser technology (code: 050302J).');
  });

  test('the coverage page counts those renderings, and tells the truth: held and translated, kind by kind', () => {
    const rows = page(siteDir, '/en/coverage/').querySelectorAll('[data-testid="translation-counts"] tbody tr');
    const kinds = rows.map((r) => r.getAttribute('data-kind'));
    expect(kinds).toContain('amendment-clauses');
    expect(kinds).toContain('deleted-names');
    for (const r of rows) {
      const [, held, translated] = r.querySelectorAll('td').map((td) => Number(text(td)));
      expect(translated, r.getAttribute('data-kind')!).toBeLessThanOrEqual(held!);
    }
  });
});

describe('citations on English pages', () => {
  test('every citation names the English page it is on and the Chinese page, the same address in each language', () => {
    let seen = 0;
    for (const [path, file] of ALL_ENGLISH) {
      for (const el of doc(file).querySelectorAll('[data-cite-text]')) {
        seen++;
        const en = el.getAttribute('data-cite-text')!.split('\n')[0]!;
        const m = /English page: (\S+); Chinese page \(the Chinese wording is authoritative\): (\S+)$/.exec(en);
        expect(m, `${path}: ${en}`).not.toBeNull();
        const [, urlEn, url] = m!;
        expect(urlEn, path).toBe(url!.replace(ORIGIN, `${ORIGIN}/en`));
        expect(new URL(urlEn!).pathname, path).toBe(path);
      }
    }
    // One for each entry version and each of its control points, each announcement and each clause, each item.
    const versions = allVersions(content.catalogue);
    const { instruments, items } = content.controls;
    expect(seen).toBe(versions.length + versions.reduce((n, v) => n + v.controlPoints.length, 0) + instruments.length + instruments.reduce((n, i) => n + i.clauses.length, 0) + items.length);
  });
});

describe('the glossary, in both languages', () => {
  test.each(['/glossary/', '/en/glossary/'])('%s: every term with its Chinese, English, note and where it is used', (path) => {
    const d = page(siteDir, path);
    const rows = d.querySelectorAll('[data-testid="glossary"] tbody tr');
    expect(rows.map((r) => r.getAttribute('data-term'))).toEqual(content.glossary.terms.map((t) => t.zh));
    for (const [i, t] of content.glossary.terms.entries()) {
      const r = rows[i]!;
      expect(r.id).toBe(glossaryAnchor(t));
      const [zh, en, note, used] = r.querySelectorAll('th, td') as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
      expect(text(zh)).toBe(t.zh);
      expect(zh!.getAttribute('lang')).toBe('zh-CN');
      expect(text(en)).toContain(t.en);
      expect(text(note)).toBe(path.startsWith('/en/') ? t.noteEn : t.note);
      expect(text(used).length, t.zh).toBeGreaterThan(0);
    }
    expect(text(d.querySelector('#mofcom'))).toContain("Ministry of Commerce of the People's Republic of China");
  });

  test('the two pages link to each other, and every page links to the glossary in its language', () => {
    expect(page(siteDir, '/glossary/').querySelector('[data-lang-switch]')?.getAttribute('href')).toBe('/en/glossary/');
    expect(page(siteDir, '/en/entries/uav/2023/').querySelector('footer a[href="/en/glossary/"]')).not.toBeNull();
    expect(page(siteDir, '/entries/uav/2023/').querySelector('footer a[href="/glossary/"]')).not.toBeNull();
  });

  test('an English page spells out, once, each abbreviation it uses, linked to the glossary', () => {
    const d = page(siteDir, '/en/entries/uav/2023/');
    const line = d.querySelector('[data-testid="abbreviations"]')!;
    // The page names MOFCOM and MOST (its edition's issuers), and GAC and the CMC through the drone announcements its
    // cross-references name in English.
    expect(text(line)).toBe(
      "Abbreviations on this page: MOFCOM: Ministry of Commerce of the People's Republic of China; GAC: General Administration of Customs of the People's Republic of China; MOST: Ministry of Science and Technology of the People's Republic of China; CMC: Central Military Commission.",
    );
    expect(line.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/en/glossary/#mofcom', '/en/glossary/#gac', '/en/glossary/#most', '/en/glossary/#cmc']);
    for (const [path, file] of OWNED) {
      const d2 = doc(file);
      const body = text(d2.querySelector('main'));
      const listed = text(d2.querySelector('[data-testid="abbreviations"]'));
      for (const t of content.glossary.terms.filter((x) => x.full)) {
        if (new RegExp(`(?<![A-Za-z])${t.en}(?![A-Za-z])`).test(body)) expect(listed, `${path} ${t.en}`).toContain(`${t.en}: ${t.full}`);
      }
    }
    expect(page(siteDir, '/entries/uav/2023/').querySelector('[data-testid="abbreviations"]')).toBeNull();
  });
});

describe('the language switch', () => {
  test('on English pages it is named in English for screen readers, the Chinese word marked as Chinese', () => {
    const a = page(siteDir, '/en/editions/').querySelector('[data-lang-switch]')!;
    expect(a.getAttribute('aria-label')).toBeUndefined();
    expect(a.getAttribute('lang')).toBeUndefined();
    expect(text(a)).toBe('中文 (Chinese): read this page in Chinese');
    expect(a.querySelector('[lang="zh-CN"]')?.textContent).toBe('中文');
    // The Chinese page's switch is English, marked as such, as it was.
    const zh = page(siteDir, '/editions/').querySelector('[data-lang-switch]')!;
    expect([zh.getAttribute('lang'), zh.getAttribute('aria-label'), text(zh)]).toEqual(['en', 'Read this page in English', 'English']);
  });
});

/** One English page of each template this work owns. */
const TEMPLATES = [
  '/en/',
  '/en/editions/',
  '/en/editions/2025/',
  '/en/parts/restricted/',
  '/en/industries/',
  '/en/industries/医药制造业/',
  '/en/codes/203912X/',
  '/en/entries/information-processing/',
  '/en/entries/uav/2023/',
  '/en/entries/information-processing/compare/2008...2020/',
  '/en/amendments/2020-38/',
  '/en/changes/',
  '/en/changes/2020-2023/',
  '/en/technologies/',
  '/en/related/import-catalogue/',
  '/en/glossary/',
  '/glossary/',
  '/en/coverage/',
  '/en/about/',
  '/en/data/',
];

describe('axe with best-practice rules', () => {
  let browser: Browser;
  /** One page per width, reused from test to test (each test loads its own address). */
  const pages = new Map<number, Page>();
  beforeAll(async () => {
    browser = await launchBrowser();
    for (const width of [360, 1280]) pages.set(width, await browser.newPage({ viewport: { width, height: 800 } }));
  });
  afterAll(async () => browser?.close());

  // At 360 px, the pages of tests/helpers/english-pages.ts run these rules in tests/site/english.test.ts; the others here.
  test.each(TEMPLATES)('%s at 360 px and 1280 px', async (path) => {
    for (const width of AXE_PAGES.includes(path) ? [1280] : [360, 1280]) {
      expect(await axeOnPage(pages.get(width)!, `${base}${encodeURI(path)}`, WITH_BEST_PRACTICE), `${width} px`).toEqual([]);
    }
  });

  test('tap targets: the control point anchors and links are at least 24 px high and wide', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const p = await ctx.newPage();
    await p.goto(`${base}/en/entries/nonferrous-metallurgy/2025/`);
    const boxes = await p.locator('.cp-num a, .cp-link').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.width, r.height]));
    expect(boxes.length).toBeGreaterThan(0);
    for (const [w, h] of boxes) expect(Math.min(w!, h!)).toBeGreaterThanOrEqual(24);
    await ctx.close();
  });
});
