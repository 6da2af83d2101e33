/** A reader follows a change to its diff, and opens a deleted entry's old URL, in headless Chromium. */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { compareEditions, comparePairs } from '../../src/lib/catalogue/compare.ts';
import { pointStatusWords } from '../../src/lib/catalogue/diff.ts';
import { entryKeys } from '../../src/lib/catalogue/queries.ts';
import { useTranslations } from '../../src/lib/site/i18n.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { ROOT } from '../helpers/site-setup.ts';

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

  test('any other pair is compared in the browser on the history page: the same statuses as the diff, text as text, reached from its old address', async () => {
    const cat = buildCatalogue(readContent(ROOT));
    let pairs = 0;
    for (const key of entryKeys(cat)) {
      for (const { a, b } of comparePairs(cat, key).filter((x) => !x.page)) {
        pairs++;
        const d = compareEditions(cat, key, a, b)!;
        const shown = d.points.filter((x) => x.before?.text || x.after?.text);
        for (const lang of ['', '/en']) {
          // The old compare page redirects here; the script reads the pair from the address.
          await p.goto(`${base}${lang}/entries/${key}/compare/${a}...${b}/`);
          await p.waitForURL(new RegExp(`/entries/${key}/#compare-${a}-${b}$`));
          const view = p.locator(`[data-testid="compare-in-browser"][data-pair="compare-${a}-${b}"]`);
          await view.waitFor();
          expect(await view.locator('dt[data-status]').evaluateAll((dts) => dts.map((dt) => dt.getAttribute('data-status'))), `${key} ${a}...${b}`).toEqual(shown.map((x) => x.status));
          // Each status in the words the compare pages use, the editions named in the page's language.
          const tr = useTranslations(lang ? 'en' : 'zh-CN');
          const words = shown.map((x) => pointStatusWords(x.status, (k, v) => tr(k, v), tr('edition.label', { year: a }), tr('edition.label', { year: b })));
          expect(await view.locator('dt[data-status] .badge').allInnerTexts()).toEqual(words);
          const summary = await view.getByTestId('compare-summary').innerText();
          if (d.codeChanged) expect(summary).toContain(lang ? `changed from ${d.before.code} to ${d.after.code}` : `编号由 ${d.before.code} 改为 ${d.after.code}`);
          expect(summary.includes(lang ? 'A full text was re-issued' : '重新发布的全文')).toBe(!d.sameNumbering);
          // Every point's wording is on the page as the text it is.
          for (const x of shown) for (const t of [x.before?.text, x.after?.text]) if (t && x.status !== 'changed') expect(await view.innerText()).toContain(t);
        }
      }
    }
    expect(pairs).toBeGreaterThan(0);
  });

  test('the history page compares a pair when asked, names it in the address, and the language switch keeps it', async () => {
    await p.goto(`${base}/entries/information-processing/`);
    await p.locator('button[data-compare-open="compare-2008-2025"]').click();
    await p.locator('[data-pair="compare-2008-2025"]').waitFor();
    expect(new URL(p.url()).hash).toBe('#compare-2008-2025');
    expect(await p.evaluate(() => document.activeElement?.id)).toBe('compare-view-title');
    expect(await p.locator('a[data-lang-switch]').getAttribute('href')).toBe('/en/entries/information-processing/#compare-2008-2025');
  });

  test('without JavaScript the item of a pair links both versions, and no button shows', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const q = await ctx.newPage();
    await q.goto(`${base}/entries/information-processing/#compare-2008-2023`);
    const item = q.locator('li#compare-2008-2023');
    expect(await item.locator('a').evaluateAll((as) => as.map((x) => x.getAttribute('href')))).toEqual(['/entries/information-processing/2008/', '/entries/information-processing/2023/']);
    expect(await item.locator('button').isVisible()).toBe(false);
    expect(await q.locator('[data-testid="compare-in-browser"]').count()).toBe(0);
    await ctx.close();
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
