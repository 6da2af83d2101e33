/** Finishing a reader expects: citations (with and without JS), /about/, canonical + OpenGraph, sitemap, print, 360 px. */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { citationText, citeControlPoint, citeEntry, editionInstruments } from '../../src/lib/catalogue/citation.ts';
import type { Catalogue, EntryVersion } from '../../src/lib/catalogue/model.ts';
import { isRedirectPage } from '../../src/lib/site/published-urls.ts';
import { allVersions } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { aboutUrl, entryUrl } from '../../src/lib/site/urls.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { page, text } from '../helpers/html.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SCREENS = join(ROOT, 'tests/.out/screens');
/** The origin the test site was built for (SITE_URL in tests/helpers/site-setup.ts). */
const ORIGIN = inject('origin');
const base = inject('baseUrl');
const siteDir = inject('siteDir');
let cat: Catalogue;
let browser: Browser;

beforeAll(async () => {
  cat = buildCatalogue(readContent(ROOT));
  browser = await launchBrowser();
  mkdirSync(SCREENS, { recursive: true });
});
afterAll(async () => browser?.close());

const citable = (v: EntryVersion) => ({ ...v, ...editionInstruments(cat.editions, v.edition) });
const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? htmlFiles(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : []));
/** Built pages but redirect pages (content/redirects.md), whose canonical URL is the page they send readers to. */
const ownPages = (dir: string): string[] => htmlFiles(dir).filter((f) => !isRedirectPage(readFileSync(f, 'utf8')));
/** Site path of a built page: /entries/uav/2023/ */
const sitePath = (file: string) => `/${relative(siteDir, file).replace(/index\.html$/, '')}`;

describe('citations in the built pages', () => {
  test('every entry version and every control point carries its citation as plain text', () => {
    for (const v of allVersions(cat)) {
      const doc = page(siteDir, entryUrl(v.key, v.edition));
      const c = citeEntry(citable(v), ORIGIN);
      const blocks = doc.querySelectorAll('[data-cite-text]').map((el) => el.getAttribute('data-cite-text'));
      expect(blocks[0], `${v.key}/${v.edition}`).toBe(citationText(c));
      expect(text(doc.querySelector('.permalink'))).toContain(c.url);
      for (const cp of v.controlPoints) {
        const li = doc.querySelector(`#${cp.anchor}`)!;
        expect(text(li.querySelector('.cite-text'))).toContain(citeControlPoint(citable(v), cp, ORIGIN).zh);
      }
      expect(blocks.length).toBe(1 + v.controlPoints.length);
      // Citations repeat on every page: kept out of the search index.
      for (const el of doc.querySelectorAll('.cite, .permalink')) expect(el.hasAttribute('data-pagefind-ignore')).toBe(true);
    }
  });

  test('no inline scripts and no inline event handlers anywhere (ready for a strict CSP)', () => {
    const offenders: string[] = [];
    for (const f of htmlFiles(siteDir)) {
      const html = readFileSync(f, 'utf8');
      if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(html)) offenders.push(`${sitePath(f)}: inline <script>`);
      if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(html)) offenders.push(`${sitePath(f)}: inline event handler`);
    }
    expect(offenders).toEqual([]);
  });
});

describe('copy citation in Chromium', () => {
  test('with JavaScript the button copies the Chinese and English citation and says so', async () => {
    const v = allVersions(cat).find((x) => x.controlPoints.some((cp) => cp.n !== undefined))!;
    const cp = v.controlPoints.find((x) => x.n !== undefined)!;
    const ctx = await browser.newContext();
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const p = await ctx.newPage();
    const scripts: string[] = [];
    p.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await p.goto(`${base}${entryUrl(v.key, v.edition)}`);
    // One request: the reader script (copy citation, anchor check, print date, language switch, and the loader of the
    // "where it stood on a date" code, fetched only when the address has ?date=).
    expect(scripts).toEqual([expect.stringMatching(/^\/_astro\/ReaderScript\.astro.+\.js$/)]);
    await p.locator('.cite').first().getByRole('button', { name: '复制引用 / Copy citation' }).click();
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(citationText(citeEntry(citable(v), ORIGIN)));
    await expect.poll(() => p.locator('.cite').first().getByRole('status').innerText()).toBe('已复制 / Copied');
    await p.locator(`#${cp.anchor}`).getByRole('button', { name: '复制引用 / Copy citation' }).click();
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(citationText(citeControlPoint(citable(v), cp, ORIGIN)));
    await ctx.close();
  });

  test('without JavaScript the button stays hidden and the citation opens as selectable text', async () => {
    const v = allVersions(cat)[0]!;
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${base}${entryUrl(v.key, v.edition)}`);
    const cite = p.locator('.cite').first();
    expect(await cite.getByRole('button').isVisible()).toBe(false);
    expect(await cite.locator('.cite-text').isVisible()).toBe(false);
    await cite.getByText('引用本条目').click();
    expect(await cite.locator('.cite-text').innerText()).toContain(citeEntry(citable(v), ORIGIN).zh);
    await ctx.close();
  });

  test('pages without citations or statuses load no JavaScript', async () => {
    const p = await browser.newPage();
    const scripts: string[] = [];
    p.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    for (const path of [aboutUrl(), '/data/', '/coverage/', '/editions/', '/changes/', '/en/about/']) await p.goto(`${base}${path}`);
    expect(scripts).toEqual([]);
    await p.close();
  });

  test('pages with a status load the reader script alone, and the status-on-a-date code only for a date', async () => {
    const p = await browser.newPage();
    const scripts: string[] = [];
    p.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    // Home shows the newest announcements' statuses, so it has the script that gives them on a chosen date: the reader
    // script, whose loader imports the model and the markup only when the address asks for a date.
    await p.goto(`${base}/`);
    expect(scripts).toEqual([expect.stringMatching(/^\/_astro\/ReaderScript\.astro.+\.js$/)]);
    scripts.length = 0;
    await p.goto(`${base}/?date=2025-12-01`);
    await p.waitForFunction(() => document.documentElement.dataset.statusDate === '2025-12-01');
    expect(scripts.some((s) => /^\/_astro\/status-on-date-run\..+\.js$/.test(s))).toBe(true);
    await p.close();
  });
});

describe('/about/', () => {
  test('explains grades, the truth rule, reporting, citing with a real example, and that it is not official', () => {
    const doc = page(siteDir, aboutUrl());
    const body = text(doc.querySelector('main'));
    expect(text(doc.querySelector('[data-testid="not-official"]'))).toContain('本站不是官方出版物');
    expect(text(doc.querySelector('[data-testid="grades"]'))).toMatch(/A.+B.+C.+从不作为目录措辞发布/);
    expect(body).toContain('报告错误');
    const example = text(doc.querySelector('[data-testid="cite-example"]'));
    const sample = allVersions(cat).find((v) => example.includes(citeEntry(citable(v), ORIGIN).zh));
    expect(sample, 'the example is the citation of a held entry').toBeDefined();
    expect(page(siteDir, '/').querySelector(`footer a[href="${aboutUrl()}"]`)).not.toBeNull();
  });

  test('describes how a control point without its official number is cited, with a real example', () => {
    const body = text(page(siteDir, aboutUrl()).querySelector('main'));
    expect(body).toContain('控制要点的官方编号未知时，写“控制要点（官方编号未知）”，后面用引号引出该要点的原文');
    expect(body).toContain('原文超过30个字时只引前30个字，并加“…”');
    const example = text(page(siteDir, aboutUrl()).querySelector('[data-testid="cite-example-unnumbered"]'));
    const loose = allVersions(cat).flatMap((v) => v.controlPoints.filter((cp) => cp.n === undefined && cp.text).map((cp) => citeControlPoint(citable(v), cp, ORIGIN).zh));
    expect(loose.length).toBeGreaterThan(0);
    expect(loose).toContain(example);
    expect(example).toMatch(/控制要点（官方编号未知）“[^”]+”。网址：.+#cp-u\d+$/);
  });
});

describe('canonical URLs, OpenGraph, sitemap', () => {
  test('every page but 404 has an absolute canonical URL equal to og:url, a title and a description', () => {
    for (const f of ownPages(siteDir)) {
      const doc = parseFile(f);
      const path = sitePath(f);
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (path === '/404.html' || path === '/en/404.html') {
        expect(canonical).toBeUndefined();
        continue;
      }
      expect(decodeURI(canonical ?? ''), path).toBe(`${ORIGIN}${path}`);
      expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
      // og:title is the page's own title (its <title> without the site name), never just the site name, except on home.
      const title = text(doc.querySelector('title'));
      const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '';
      const siteName = localeOf(path) === 'en' ? SITE_NAME.en : SITE_NAME.zh;
      if (path === '/' || path === '/en/') expect(og).toBe(title);
      else {
        expect(og.length, path).toBeGreaterThan(1);
        expect(title, path).toBe(`${og} · ${siteName}`);
      }
      expect((doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '').length, path).toBeGreaterThan(10);
    }
  });

  test('entry pages have their own title and description and og:type article', () => {
    for (const v of allVersions(cat)) {
      const doc = page(siteDir, entryUrl(v.key, v.edition));
      expect(text(doc.querySelector('title'))).toContain(v.name);
      expect(doc.querySelector('meta[name="description"]')!.getAttribute('content')).toContain(`${v.name}，编号${v.code ?? '未知'}`);
      expect(doc.querySelector('meta[property="og:type"]')!.getAttribute('content')).toBe('article');
    }
  });

  test('the sitemap lists every page except 404, and nothing else', () => {
    const index = readFileSync(join(siteDir, 'sitemap-index.xml'), 'utf8');
    const maps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const locs = maps.flatMap((m) => [...readFileSync(join(siteDir, m), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((x) => decodeURI(new URL(x[1]!).pathname)));
    const pages = ownPages(siteDir).map(sitePath).filter((p) => p !== '/404.html' && p !== '/en/404.html');
    expect(locs.sort()).toEqual(pages.sort());
  });
});

describe('print', () => {
  /** Rough printed height of an entry page from its built HTML: characters plus a line's worth per block. */
  const printWeight = (v: EntryVersion): number => {
    const article = page(siteDir, entryUrl(v.key, v.edition)).querySelector('article')!;
    return text(article).length + 40 * article.querySelectorAll('li, p, h2, dt').length;
  };

  test('an entry prints on one A4 page with its permanent URL, edition, instrument and sources, and no navigation', async () => {
    // Printing to PDF is slow: print the three heaviest entries and the first of each origin (file, carried, added).
    const versions = allVersions(cat);
    const heaviest = [...versions].sort((a, b) => printWeight(b) - printWeight(a)).slice(0, 3);
    const kinds = ['file', 'carried', 'added'].flatMap((k) => versions.filter((v) => v.origin.kind === k).slice(0, 1));
    const p = await browser.newPage();
    await p.emulateMedia({ media: 'print' });
    for (const v of new Set([...heaviest, ...kinds])) {
      const path = entryUrl(v.key, v.edition);
      await p.goto(`${base}${path}`);
      expect(await p.locator('.site-header').isVisible(), path).toBe(false);
      expect(await p.locator('.breadcrumbs').isVisible(), path).toBe(false);
      expect(await p.getByTestId('versions').isVisible(), `${path}: the versions (navigation) are not printed`).toBe(false);
      expect(await p.locator('.permalink').innerText(), path).toContain(`${ORIGIN}${path}`);
      const facts = await p.locator('dl.facts').innerText();
      expect(facts).toContain(`${v.edition}年版`);
      expect(facts).toContain(cat.editions.find((e) => e.id === v.edition)!.data.instrument);
      expect(await p.locator('.sources').first().isVisible(), path).toBe(true);
      const pdf = (await p.pdf({ format: 'A4' })).toString('latin1');
      expect((pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length, `${path} printed pages`).toBe(1);
    }
    await p.close();
  });
});

describe('360 px wide', () => {
  const templates: [string, (c: Catalogue) => string][] = [
    ['home', () => '/'],
    ['editions', () => '/editions/'],
    ['edition', (c) => `/editions/${c.editions.at(-1)!.id}/`],
    ['entry-version', (c) => {
      const v = allVersions(c).reduce((a, b) => (b.controlPoints.length + b.missing.length > a.controlPoints.length + a.missing.length ? b : a));
      return entryUrl(v.key, v.edition);
    }],
    ['entry-removed', (c) => entryUrl(c.removals[0]!.key, c.removals[0]!.edition)],
    ['entry-history', (c) => `/entries/${allVersions(c)[0]!.key}/`],
    ['code', (c) => `/codes/${allVersions(c).find((v) => v.code)!.code}/`],
    ['industries', () => '/industries/'],
    ['industry', (c) => `/industries/${encodeURIComponent(allVersions(c).find((v) => v.industry)!.industry!)}/`],
    ['part', () => '/parts/restricted/'],
    ['amendment', (c) => `/amendments/${c.amendments[0]!.id}/`],
    ['coverage', () => '/coverage/'],
    ['search', () => '/search/'],
    ['about', () => aboutUrl()],
    ['data', () => '/data/'],
    ['not-found', () => '/no/such/page/'],
    ['controls', () => '/controls/'],
    ['instrument', () => '/controls/2025-56/'],
    ['instrument-traditional', () => '/controls/2025-58/'],
    ['control-item', () => '/controls/2025-62/items/1-1/'],
    ['control-codes', () => '/controls/codes/'],
    ['control-code', () => '/controls/codes/1E101.b/'],
    ['technologies', () => '/technologies/'],
  ];

  test('every page template fits without horizontal scrolling (screenshots in tests/.out/screens/)', async () => {
    const p = await browser.newPage({ viewport: { width: 360, height: 740 } });
    const wide: string[] = [];
    for (const [name, path] of templates) {
      await p.goto(`${base}${path(cat)}`);
      // Open every citation so that the widest state is measured.
      await p.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      const width = await p.evaluate(() => document.documentElement.scrollWidth);
      await p.screenshot({ path: join(SCREENS, `360-${name}.png`), fullPage: true });
      if (width > 360) wide.push(`${name} ${path(cat)}: ${width}px`);
    }
    expect(wide).toEqual([]);
    await p.close();
  });
});

import { parse } from 'node-html-parser';
import { SITE_NAME } from '../../src/lib/site/site-config.ts';
import { localeOf } from '../../src/lib/site/i18n.ts';
function parseFile(f: string) {
  return parse(readFileSync(f, 'utf8'));
}
