/** A reader follows a change to its diff, and opens a deleted entry's old URL, in headless Chromium. */
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

describe('changes and diffs in the browser', () => {
  test('changes 2020→2023 → 信息处理技术 对照: the reworded point shows its insertion, marked without colour', async () => {
    await p.goto(`${base}/changes/2020-2023/`);
    await p.locator('tr[data-kind~="modified"][data-key="information-processing"]').getByRole('link', { name: '对照' }).click();
    expect(decodeURIComponent(new URL(p.url()).pathname)).toBe('/entries/information-processing/compare/2020...2023/');
    const changed = p.locator('[data-status="changed"]');
    expect(await changed.locator('.head').innerText()).toContain('要点21 → 要点18');
    const ins = changed.locator('ins');
    expect(await ins.count()).toBe(1);
    expect(await ins.innerText()).toMatch(/^（基于海量数据持续训练优化的用户个性化偏好学习技术/);
    // Readable without colour: the inserted run is wrapped in a visible text marker.
    expect(await changed.innerText()).toContain('［增：（基于海量数据');
    expect(await p.getByTestId('compare-summary').innerText()).toContain('编号由 056101X 改为 086501X');
  });

  test('an entry page’s timeline links the compare view with the previous edition', async () => {
    await p.goto(`${base}/entries/silkworm-breeds/2020/`);
    await p.getByTestId('timeline').locator('li[data-edition="2020"]').getByRole('link', { name: /与上一版本对照/ }).click();
    expect(decodeURIComponent(new URL(p.url()).pathname)).toBe('/entries/silkworm-breeds/compare/2008...2020/');
    expect(await p.locator('[data-status]').first().innerText()).toContain('除杂交一代蚕品种以外的蚕遗传资源');
  });

  test('a deleted entry’s old URL resolves, says which clause deleted it, and its timeline ends there', async () => {
    const r = await p.goto(`${base}/entries/caffeine-synthesis/2020/`);
    expect(r?.status()).toBe(200);
    expect(await p.getByTestId('removed').innerText()).toContain('商务部 科技部公告2020年第38号第3条');
    const last = p.getByTestId('timeline').locator('li').last();
    expect(await last.getAttribute('data-edition')).toBe('2020');
    expect(await last.innerText()).toContain('删除');
    await p.getByTestId('timeline').locator('li[data-edition="2008"]').getByRole('link').first().click();
    expect(new URL(p.url()).pathname).toBe('/entries/caffeine-synthesis/2008/');
    expect(await p.locator('h1').innerText()).toBe('化学合成及半合成咖啡因生产技术');
  });
});
