/** A reader clicks home → edition → category → entry → control-point link, in headless Chromium. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let p: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  p = await browser.newPage();
});
afterAll(async () => browser?.close());

describe('browsing without search', () => {
  test('home → 2020 edition → 畜牧业 → entry → control point 1', async () => {
    await p.goto(`${base}/`);
    await p.getByRole('link', { name: '2020年版', exact: true }).first().click();
    expect(await p.locator('h1').innerText()).toContain('2020年版');
    await p.getByRole('link', { name: '畜牧业' }).first().click();
    expect(decodeURIComponent(new URL(p.url()).pathname)).toBe('/industries/畜牧业/');
    await p.locator('section', { hasText: '2020年版' }).getByRole('link', { name: '蚕类品种、繁育和蚕茧采集加工利用技术' }).click();
    expect(new URL(p.url()).pathname).toBe('/entries/silkworm-breeds/2020/');
    await p.locator('#cp-1').getByRole('link', { name: '控制要点1的永久链接', exact: true }).click();
    expect(new URL(p.url()).hash).toBe('#cp-1');
    expect(await p.locator('#cp-1').innerText()).toContain('除杂交一代蚕品种以外的蚕遗传资源');
    const targeted = await p.evaluate(() => document.querySelector(':target')?.id);
    expect(targeted).toBe('cp-1');
  });

  test('a deleted entry’s later URL says when and by which announcement it was deleted', async () => {
    await p.goto(`${base}/entries/microbial-fertilizer/2020/`);
    const notice = await p.getByTestId('removed').innerText();
    expect(notice).toContain('商务部 科技部公告2020年第38号第1条');
    expect(notice).toContain('删去微生物肥料技术（编号：050302J）条目。');
  });

  test('an unknown path answers 404 with a way home', async () => {
    const r = await p.goto(`${base}/no/such/page/`);
    expect(r?.status()).toBe(404);
    expect(await p.locator('h1').innerText()).toContain('页面不存在');
    // The way home is a link in the page body, not only the header's site title.
    await p.locator('main').getByRole('link', { name: '首页', exact: true }).click();
    expect(new URL(p.url()).pathname).toBe('/');
  });

  test('browse pages load no JavaScript (entry pages load only the reader script: tests/site/finishing.test.ts)', async () => {
    // Leave the page the test before opened (its scripts may still be loading) before listening.
    await p.goto('about:blank');
    const scripts: string[] = [];
    p.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await p.goto(`${base}/editions/2023/`);
    expect(scripts).toEqual([]);
  });
});
