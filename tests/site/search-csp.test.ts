/**
 * The search page under the site's own Content-Security-Policy, with results shown: Pagefind's script and
 * WebAssembly, the folding table, result fragments, marked excerpts, "显示更多", filters and a control-point hit all
 * work with no policy violation, no CSP console error, and no request off the site.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/security.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { searchSettled } from '../helpers/search-page.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

interface Watch {
  page: Page;
  /** securitypolicyviolation events seen by the page (directive and what was blocked). */
  violations: () => Promise<string[]>;
  /** Console messages about the policy, uncaught errors, and requests to other origins. */
  problems: string[];
}

async function watchedPage(): Promise<Watch> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(base).origin;
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
  page.on('console', (m) => /Content[- ]Security[- ]Policy|Refused to/i.test(m.text()) && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  context.on('request', (r) => !r.url().startsWith('data:') && new URL(r.url()).origin !== origin && problems.push(`off-site request: ${r.url()}`));
  return { page, problems, violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations) };
}

test('searching with results shown breaks no policy: scripts, WebAssembly, fragments, excerpts, filters, "显示更多"', async () => {
  const { page: p, problems, violations } = await watchedPage();
  // A linked search: Pagefind's JS and WebAssembly load and results render, under the site's policy.
  await p.goto(`${base}/search/?q=${encodeURIComponent('稀土')}`);
  expect(await p.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
  await searchSettled(p, '稀土');
  expect(await p.locator('#search-results .search-result').count()).toBeGreaterThan(0);
  expect(await p.locator('#search-results mark').count()).toBeGreaterThan(0);

  // Typed queries: a broad one that needs "显示更多结果" (more fragments), a control-point hit, a Traditional one.
  const box = p.locator('#search-q');
  await box.fill('技术');
  await searchSettled(p, '技术');
  const before = await p.locator('#search-results .search-result').count();
  await p.locator('#search-more').focus();
  await p.keyboard.press('Enter');
  await p.waitForFunction((n) => document.querySelectorAll('#search-results .search-result').length > n, before);
  await box.fill('个性化信息推送服务');
  await searchSettled(p, '个性化信息推送服务');
  expect(await p.locator('.search-result-where').count()).toBeGreaterThan(0);
  await box.fill('激光雷達');
  await searchSettled(p, '激光雷達');
  // A filter change searches again.
  await p.selectOption('#search-edition', '2023');
  await p.waitForFunction(() => new URLSearchParams(location.search).get('edition') === '2023' && document.getElementById('search-results')?.getAttribute('aria-busy') === 'false');
  expect(await p.locator('#search-results .search-result').count()).toBeGreaterThan(0);

  expect(await violations()).toEqual([]);
  expect(problems).toEqual([]);

  // The same listeners do see a violation on this page: a style attribute set by script is refused and reported.
  await p.evaluate(() => document.getElementById('search-status')!.setAttribute('style', 'color: red'));
  await p.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.length > 0);
  expect((await violations())[0]).toMatch(/^style-src-attr /);
  expect(problems.some((m) => m.startsWith('console: ') && /style/.test(m))).toBe(true);
  await p.context().close();
});
