/**
 * Time as an answer (issue 21) in the built site and in Chromium: the status on a date a reader picks, printed by the
 * page's script with the build's own model and checked against the model like every built surface; the timeline of both
 * regimes; the Atom feeds; comparing two dates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse } from 'node-html-parser';
import { describe, expect, inject, test } from 'vitest';
import { entryId, feedXml } from '../../src/lib/site/feed.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { sharedPage } from '../helpers/browser.ts';
import { page, text } from '../helpers/html.ts';
import { htmlPages } from '../helpers/site-files.ts';
import { surfaceChecker } from '../helpers/surfaces.ts';

const base = inject('baseUrl');
const siteDir = inject('siteDir');
const statusDate = inject('statusDate');
const origin = inject('origin');
const { catalogue, controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));

describe('status on a date, in Chromium', () => {
  const b = sharedPage();
  /** Opens a page with ?date= and waits until its script has printed every status for that date. */
  const open = async (path: string, date: string) => {
    await b.page.goto(`${base}${path}?date=${date}`);
    await b.page.waitForFunction((d) => document.documentElement.dataset.statusDate === d, date);
    return parse(await b.page.content());
  };
  const box = () => b.page.locator('[data-testid="status"]').first();

  test('/controls/2025-62/?date=2025-12-01: suspended until 2026-11-10, as of that date, the timeline marked there', async () => {
    const doc = await open('/controls/2025-62/', '2025-12-01');
    expect(await box().getAttribute('data-state')).toBe('suspended');
    expect(await box().getByTestId('status-sentence').innerText()).toContain('暂停实施：商务部 海关总署公告2025年第70号规定自2025年11月7日（日期据C级来源）起至2026年11月10日暂停实施。');
    expect(await box().getByTestId('status-as-of').innerText()).toBe('状态截至2025年12月1日（所选日期）');
    const steps = doc.querySelectorAll('[data-testid="control-timeline"] li').map((li) => `${li.getAttribute('data-kind')} ${li.querySelector('time')?.getAttribute('datetime')}`);
    expect(steps).toEqual(['published 2025-10-09', 'in-force 2025-10-09', 'suspended 2025-11-07', 'status-date 2025-12-01', 'checked-through 2026-06-17', 'suspension-ends 2026-11-10']);
    expect(await b.page.locator('[data-date-message]').innerText()).toBe('本页所有状态均按2025年12月1日计算（与本站生成之日使用同一套规则和资料）。');
    expect(await b.page.locator('input[name="date"]').inputValue()).toBe('2025-12-01');
  });

  test('/controls/?date=2024-06-01: 2025 No.62 not yet published', async () => {
    await open('/controls/', '2024-06-01');
    const row = b.page.locator('[data-testid="instruments"] > li[data-id="2025-62"] .headline-status');
    expect(await row.getAttribute('data-states')).toBe('not-published');
    expect(await row.innerText()).toContain('尚未发布');
    expect(await b.page.getByTestId('status-date').innerText()).toContain('下列状态截至2024年6月1日（所选日期）');
  });

  test('a date after the horizon: unknown, and the horizon said', async () => {
    await open('/controls/2025-62/', '2027-03-01');
    expect(await box().getAttribute('data-state')).toBe('unknown');
    expect(await box().getByTestId('status-horizon').innerText()).toBe('；本站资料检索至2026年6月17日，此后的变化未经核实');
    expect(await box().getByTestId('status-sentence').innerText()).toContain('暂停期已于2026年11月10日届满');
    expect(await box().getByTestId('later-reports').isVisible()).toBe(true);
  });

  test('the English page the same, in English; and the date survives the language switch both ways', async () => {
    await open('/en/controls/2025-62/', '2025-12-01');
    expect(await box().getAttribute('data-state')).toBe('suspended');
    expect(await box().getByTestId('status-sentence').innerText()).toContain('Suspended: MOFCOM & GAC Announcement No. 70 of 2025 suspends it from 7 November 2025 (date from a grade C source) to 10 November 2026.');
    expect(await box().getByTestId('status-as-of').innerText()).toBe('Status as of 1 December 2025 (the date you chose)');
    await b.page.locator('a[data-lang-switch]').click();
    await b.page.waitForFunction(() => document.documentElement.dataset.statusDate === '2025-12-01');
    expect(new URL(b.page.url()).pathname + new URL(b.page.url()).search).toBe('/controls/2025-62/?date=2025-12-01');
    expect(await box().getAttribute('data-state')).toBe('suspended');
    await b.page.locator('a[data-lang-switch]').click();
    await b.page.waitForFunction(() => document.documentElement.dataset.statusDate === '2025-12-01');
    expect(new URL(b.page.url()).search).toBe('?date=2025-12-01');
    await open('/en/controls/', '2024-06-01');
    expect(await b.page.locator('[data-testid="instruments"] > li[data-id="2025-62"] .headline-status').innerText()).toContain('not yet published');
  });

  test('an invalid date is refused with a message, and the build-day status stays', async () => {
    await b.page.goto(`${base}/controls/2025-62/?date=2025-02-30`);
    await expect.poll(() => b.page.locator('[data-date-message]').innerText()).toBe('“2025-02-30”不是有效的日期（应写作 YYYY-MM-DD，例如 2025-12-01）。本页显示本站生成之日的状态。');
    expect(await box().getAttribute('data-state')).toBe('unknown');
    expect(await box().getByTestId('status-as-of').innerText()).toContain('（本站生成之日）');
  });

  test('the date control sets ?date= (a plain GET form)', async () => {
    await b.page.goto(`${base}/controls/2024-46/`);
    await b.page.locator('input[name="date"]').fill('2025-12-01');
    await b.page.getByRole('button', { name: '查看', exact: true }).click();
    await b.page.waitForFunction(() => document.documentElement.dataset.statusDate === '2025-12-01');
    expect(new URL(b.page.url()).search).toBe('?date=2025-12-01');
    // 2024 No.46: in force, clause 二 suspended by No.72 from 2025-11-09: the headline says "part of it is suspended".
    expect(await b.page.locator('[data-testid="status"] .headline-status').getAttribute('data-states')).toBe('in-force suspended');
    expect(await b.page.locator('#cl-2 [data-status-of="clause:2024-46:2"]').getAttribute('data-state')).toBe('suspended');
  });

  // Every status the script prints says what the model says on that date, checked like every built surface.
  const pages = ['/controls/', '/en/controls/', '/controls/2025-62/', '/en/controls/2025-61/', '/controls/2024-46/', '/controls/2024-51/', '/controls/2025-62/items/1-1/', '/controls/codes/', '/controls/codes/1E902.a/', '/technologies/', '/en/technologies/', '/', '/en/'];
  test.each(['2024-06-01', '2024-12-01', '2025-11-08', '2025-12-01', '2026-11-11', '2026-11-28', '2027-03-01'])('%s: every status on the pages with a status equals the model’s', async (date) => {
    const { pageProblems } = surfaceChecker(controls, date);
    const problems: string[] = [];
    let seen = 0;
    for (const path of pages) {
      const doc = await open(path, date);
      seen += doc.querySelectorAll('[data-status-of]').length;
      problems.push(...pageProblems(path, doc));
    }
    expect(problems).toEqual([]);
    expect(seen).toBeGreaterThan(150);
  });

  test('an entry version says where its edition stood on the date', async () => {
    await b.page.goto(`${base}/entries/uav/2023/?date=2025-01-01`);
    await b.page.waitForFunction(() => document.documentElement.dataset.statusDate === '2025-01-01');
    expect(await b.page.getByTestId('standing-on-date').innerText()).toBe('2025年1月1日（所选日期）：2023年版施行中（自2023年12月21日起）。');
    await b.page.goto(`${base}/en/entries/uav/2023/?date=2026-07-01`);
    await b.page.waitForFunction(() => document.documentElement.dataset.statusDate === '2026-07-01');
    expect(await b.page.getByTestId('standing-on-date').innerText()).toBe(
      'On 1 July 2026 (the date you chose): this version had been replaced by the 2025 edition (from 15 July 2025); the edition in force that day was the 2025 edition. Our sources were searched up to 17 June 2026; later changes are not verified.',
    );
  });

  test('without JavaScript: the build-day status, and a note that the date needs JavaScript', async () => {
    const ctx = await b.browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${base}/controls/2025-62/?date=2025-12-01`);
    expect(await p.locator('[data-testid="status"]').first().getAttribute('data-state')).toBe('unknown');
    expect(await p.locator('.date-control noscript').first().textContent()).toContain('按日期查看状态需要浏览器启用 JavaScript；未启用时，本页显示本站生成之日（2026年11月29日）的状态。');
    await ctx.close();
  });
});

describe('the timeline of both regimes', () => {
  test.each(['/timeline/', '/en/timeline/'])('%s: every event in date order, each with its regime, a link and its grade', (path) => {
    const doc = page(siteDir, path);
    const items = doc.querySelectorAll('[data-testid="site-timeline"] li[data-regime]');
    expect(items.length).toBeGreaterThan(60);
    const dates = items.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(items.map((li) => li.getAttribute('data-regime')))).toEqual(new Set(['catalogue', 'controls']));
    for (const li of items) expect(li.querySelector('a[href]'), li.getAttribute('data-key')!).not.toBeNull();
    const end = doc.querySelector('li[data-key="controls/2025-62/suspension-ends/-/suspends:2025-70"]')!;
    expect(text(end)).toContain(path.startsWith('/en/') ? 'source grade B' : '来源B级');
    expect(doc.querySelector('[data-testid="feed-link"]')?.getAttribute('href')).toBe(path.startsWith('/en/') ? '/en/feed.xml' : '/feed.xml');
  });

  const b = sharedPage();
  test('filtered by regime and year (?regime=…&year=…), and whole without JavaScript', async () => {
    await b.page.goto(`${base}/timeline/?regime=catalogue&year=2025`);
    await expect.poll(() => b.page.locator('[data-filter-message]').innerText()).toMatch(/^显示 2 个事件/);
    expect(await b.page.locator('[data-testid="site-timeline"] li[data-regime]:visible').count()).toBe(2);
    const ctx = await b.browser.newContext({ javaScriptEnabled: false });
    const p = await ctx.newPage();
    await p.goto(`${base}/timeline/?regime=catalogue&year=2025`);
    expect(await p.locator('[data-testid="site-timeline"] li[data-regime]:visible').count()).toBe(page(siteDir, '/timeline/').querySelectorAll('[data-testid="site-timeline"] li[data-regime]').length);
    await ctx.close();
  });
});

describe('the feeds', () => {
  test.each([['/feed.xml', 'zh-CN'], ['/en/feed.xml', 'en']] as const)('%s: Atom that a feed parser reads; ≥ 20 entries; the end of the No.70 suspension; ids as the model makes them on another day', (path, locale) => {
    const xml = readFileSync(join(siteDir, path), 'utf8');
    const feed = parseFeed(xml);
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.length).toBeGreaterThanOrEqual(20);
    const end = feed.items.find((i) => i.id === entryId('controls/2025-62/suspension-ends/-/suspends:2025-70', locale))!;
    expect(end.url).toBe(`${origin}${locale === 'en' ? '/en' : ''}/controls/2025-62/`);
    expect(end.updated?.toISOString()).toBe('2026-11-10T00:00:00.000Z');
    expect(end.description).toContain(locale === 'en' ? 'status unknown' : '状态未知');
    for (const i of feed.items) expect(i.url?.startsWith(`${origin}/`), i.title ?? '').toBe(true);
    // A build on another day (a later status date) gives every entry the same id.
    const later = new Map(parseFeed(feedXml(catalogue, controls, '2027-06-01', origin, locale)).items.map((i) => [`${i.url} ${i.title}`, i.id]));
    for (const i of feed.items) expect(later.get(`${i.url} ${i.title}`), i.title ?? '').toBe(i.id);
    expect(feedXml(catalogue, controls, statusDate, origin, locale)).toBe(xml);
  });
  test('every page links the feed of its language in its head', () => {
    const missing = htmlPages(siteDir)
      .filter(([p]) => !p.startsWith('/pagefind/'))
      .map(([p, file]) => [p, parse(readFileSync(file, 'utf8'))] as const)
      .filter(([, doc]) => !doc.querySelector('meta[http-equiv="refresh"]'))
      .filter(([p, doc]) => doc.querySelector('head link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href') !== (p.startsWith('/en/') ? '/en/feed.xml' : '/feed.xml'))
      .map(([p]) => p);
    expect(missing).toEqual([]);
  });
});

describe('compare two dates, in Chromium', () => {
  const b = sharedPage();
  test('/controls/changes/?from=2025-10-01&to=2026-01-01: the changes of status and the events in between', async () => {
    await b.page.goto(`${base}/controls/changes/?from=2025-10-01&to=2026-01-01`);
    await b.page.waitForFunction(() => document.documentElement.dataset.compared === '2025-10-01/2026-01-01');
    const rows = await b.page.locator('[data-testid="compare-changes"] > li').evaluateAll((lis) => lis.map((li) => `${li.getAttribute('data-subject')} ${li.getAttribute('data-change')}`));
    expect(rows).toEqual([
      'clause:2024-46:2 suspended',
      'instrument:2025-55 suspended',
      'instrument:2025-56 suspended',
      'instrument:2025-57 suspended',
      'instrument:2025-58 suspended',
      'instrument:2025-61 suspended',
      'instrument:2025-62 suspended',
      'instrument:2025-70 came-into-force',
      'instrument:2025-72 came-into-force',
    ]);
    expect(await b.page.locator('[data-testid="compare-events"] li').count()).toBeGreaterThan(10);
  });
  test('on an announcement page, in English: only that announcement', async () => {
    await b.page.goto(`${base}/en/controls/2025-62/?from=2026-11-01&to=2026-12-01#compare`);
    await b.page.waitForFunction(() => document.documentElement.dataset.compared === '2026-11-01/2026-12-01');
    expect(await b.page.locator('[data-testid="compare-changes"] > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-change')))).toEqual(['lapsed']);
    expect(await b.page.locator('[data-testid="compare-changes"]').innerText()).toContain('suspension period ended; status unknown since');
  });
  test('in English, a clause is named as the announcement page names it: our reference, the Chinese beside it', async () => {
    await b.page.goto(`${base}/en/controls/2024-46/?from=2025-11-08&to=2025-11-09#compare`);
    await b.page.waitForFunction(() => document.documentElement.dataset.compared === '2025-11-08/2025-11-09');
    const events = await b.page.locator('[data-testid="compare-events"] li').allInnerTexts();
    expect(events.some((e) => e.includes('Clause 2 [二] suspended by MOFCOM Announcement No. 72 of 2025 until 27 November 2026 (that day included)'))).toBe(true);
    // The change itself names the clause the same way.
    expect(await b.page.locator('[data-testid="compare-changes"]').innerText()).toContain('MOFCOM Announcement No. 46 of 2024, clause 2 [二]: ');
    // The page's own timeline says the same.
    expect(await b.page.locator('[data-testid="control-timeline"]').innerText()).toContain('Clause 2 [二] suspended by MOFCOM Announcement No. 72 of 2025 until 27 November 2026 (that day included)');
  });
  test('dates the wrong way round are refused; without JavaScript the page links the timeline', async () => {
    await b.page.goto(`${base}/controls/changes/?from=2026-01-01&to=2025-01-01`);
    await expect.poll(() => b.page.locator('[data-compare-message]').innerText()).toBe('第一个日期应早于或等于第二个日期。');
    const noscript = page(siteDir, '/controls/changes/').querySelector('.compare-dates noscript');
    expect(noscript?.innerHTML).toContain('href="/timeline/"');
  });
});
