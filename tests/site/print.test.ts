/**
 * Printing an entry page: the paper carries what the screen's header and footer would have said — that the site is
 * not an official publication, where the edition's official text is (its URL written out), and a date: the day the
 * reader prints (their clock), or, without JavaScript, the page's build date. On screen the block is hidden.
 */
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { pdfToText } from '../../src/lib/importer/pdf.ts';
import type { Catalogue } from '../../src/lib/catalogue/model.ts';
import { allVersions } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { entryUrl } from '../../src/lib/site/urls.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { page, text } from '../helpers/html.ts';

const base = inject('baseUrl');
const siteDir = inject('siteDir');
const statusDate = inject('statusDate');
const NOT_OFFICIAL = '本站不是官方出版物';
const NO_URL = '本站尚未收录这一版官方文本的网址';
/** A reader's clock far from the build date, so that a print date taken from the build would show. */
const READER_NOW = new Date(2031, 4, 6, 10, 30); // 6 May 2031, local time
const READER_DAY = '2031-05-06';

let cat: Catalogue;
let browser: Browser;
beforeAll(async () => {
  cat = buildCatalogue(readContent(fileURLToPath(new URL('../..', import.meta.url))));
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const officialUrls = (edition: string) => cat.editions.find((e) => e.id === edition)!.data.officialUrls;
/** Every entry page: each held version, and each page saying an entry was removed in an edition. */
const entryPages = () => [
  ...allVersions(cat).map((v) => ({ path: entryUrl(v.key, v.edition), edition: v.edition })),
  ...cat.removals.map((r) => ({ path: entryUrl(r.key, r.edition), edition: r.edition })),
];
/** An entry of an edition with official URLs, and one of an edition without any (2008 has none recorded). */
const withUrl = () => entryPages().find((p) => officialUrls(p.edition).length > 0)!;
const withoutUrl = () => entryPages().find((p) => officialUrls(p.edition).length === 0);

test('every entry page carries the print block: the notice, each official URL of its edition written out, the build date', () => {
  const pages = entryPages();
  expect(pages.length).toBeGreaterThan(0);
  for (const { path, edition } of pages) {
    const blocks = page(siteDir, path).querySelectorAll('[data-testid="print-notice"]');
    expect(blocks.length, path).toBe(1);
    const block = blocks[0]!;
    expect(block.classList.contains('print-only'), path).toBe(true);
    expect(text(block), path).toContain(NOT_OFFICIAL);
    const official = text(block.querySelector('[data-testid="print-official"]'));
    const urls = officialUrls(edition);
    if (urls.length === 0) expect(official, path).toContain(NO_URL);
    for (const u of urls) expect(official, path).toContain(u.url);
    expect(text(block.querySelector('[data-testid="print-date"]')), path).toBe(`本页生成于 ${statusDate}`);
  }
});

/** What the print block shows in a page: visible or not, and its text as rendered. */
const block = async (p: Page) => {
  const el = p.getByTestId('print-notice');
  return { visible: await el.isVisible(), text: (await el.isVisible()) ? await el.innerText() : '' };
};

describe('in Chromium', () => {
  test('hidden on screen; in print media it shows the notice, the official URL and the reader’s print date', async () => {
    const { path, edition } = withUrl();
    const p = await browser.newPage();
    await p.clock.setFixedTime(READER_NOW);
    await p.goto(`${base}${path}`);
    expect(await block(p), 'on screen').toEqual({ visible: false, text: '' });
    await p.emulateMedia({ media: 'print' });
    const printed = await block(p);
    expect(printed.visible).toBe(true);
    expect(printed.text).toContain(NOT_OFFICIAL);
    for (const u of officialUrls(edition)) expect(printed.text).toContain(u.url);
    expect(printed.text).toContain(`打印日期：${READER_DAY}`);
    expect(printed.text).toContain(`本页生成于 ${statusDate}`);
    await p.emulateMedia({ media: 'screen' });
    expect((await block(p)).visible, 'back on screen').toBe(false);
    await p.close();
  });

  test('the print dialog (beforeprint) fills the date with the reader’s day, not the build’s', async () => {
    const p = await browser.newPage();
    await p.clock.setFixedTime(READER_NOW);
    await p.goto(`${base}${withUrl().path}`);
    await p.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await p.getByTestId('print-date').textContent({ timeout: 5000 })).toBe(`打印日期：${READER_DAY} · 本页生成于 ${statusDate}`);
    await p.close();
  });

  test('without JavaScript the print says the page’s build date, and no print date it cannot know', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${base}${withUrl().path}`);
    await p.emulateMedia({ media: 'print' });
    const printed = await block(p);
    expect(printed.visible).toBe(true);
    expect(printed.text).toContain(`本页生成于 ${statusDate}`);
    expect(printed.text).not.toContain('打印日期');
    await ctx.close();
  });

  test('an edition without a recorded official URL says so on paper', async () => {
    const found = withoutUrl();
    expect(found, 'the content has an edition without official URLs (2008); pick another case if that changes').toBeDefined();
    const p = await browser.newPage();
    await p.goto(`${base}${found!.path}`);
    await p.emulateMedia({ media: 'print' });
    expect((await block(p)).text).toContain(NO_URL);
    await p.close();
  });

  test('the printed PDF holds the notice, the official URL and the print date', async () => {
    const { path, edition } = withUrl();
    const p = await browser.newPage();
    await p.clock.setFixedTime(READER_NOW);
    await p.goto(`${base}${path}`);
    await p.emulateMedia({ media: 'print' });
    const pdf = await p.pdf({ format: 'A4' });
    // Lines of the PDF text are joined as read; a long URL may wrap, so compare without whitespace.
    const flat = (await pdfToText(new Uint8Array(pdf))).replace(/\s+/g, '');
    expect(flat).toContain(NOT_OFFICIAL);
    for (const u of officialUrls(edition)) expect(flat).toContain(u.url);
    expect(flat).toContain(`打印日期：${READER_DAY}`);
    await p.close();
  });
});
