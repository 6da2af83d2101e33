/** Security policy of the built site: a strict CSP on every page, nothing inline, nothing loaded from elsewhere. */
import { readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/security.ts';
import { isRedirectPage } from '../../src/lib/site/published-urls.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { htmlPages, largestPerTemplate } from '../helpers/site-files.ts';

const siteDir = inject('siteDir');
const base = inject('baseUrl');
const pages = htmlPages(siteDir);

describe('every built page', () => {
  test('the site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  test('carries the Content-Security-Policy as a meta tag, before anything it governs', () => {
    const wrong: string[] = [];
    for (const [path, file] of pages) {
      const head = parse(readFileSync(file, 'utf8')).querySelector('head')!;
      const metas = head.querySelectorAll('meta[http-equiv="Content-Security-Policy"]');
      const first = head.querySelector('link, script, style, base');
      const order = head.childNodes.filter((n) => n.nodeType === 1);
      if (metas.length !== 1 || metas[0]!.getAttribute('content') !== CONTENT_SECURITY_POLICY) wrong.push(`${path}: policy missing or different`);
      else if (first && order.indexOf(first) < order.indexOf(metas[0]!)) wrong.push(`${path}: <${first.tagName.toLowerCase()}> comes before the policy`);
    }
    expect(wrong).toEqual([]);
  });

  test('the policy is strict: no unsafe-inline or unsafe-eval, no other origins', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });

  test('has no inline script, no inline style, no on* handler attribute and no javascript: URL', () => {
    const found: string[] = [];
    for (const [path, file] of pages) {
      const doc = parse(readFileSync(file, 'utf8'), { blockTextElements: { script: true, style: true } });
      for (const s of doc.querySelectorAll('script')) {
        if (!s.getAttribute('src') || s.text.trim()) found.push(`${path}: inline <script>`);
      }
      if (doc.querySelectorAll('style').length) found.push(`${path}: <style> element`);
      for (const el of doc.querySelectorAll('*')) {
        for (const [name, value] of Object.entries(el.attributes)) {
          if (/^on/i.test(name)) found.push(`${path}: ${name} on <${el.tagName.toLowerCase()}>`);
          if (name.toLowerCase() === 'style') found.push(`${path}: style attribute on <${el.tagName.toLowerCase()}>`);
          if (/^(href|src|action|formaction)$/i.test(name) && /^\s*javascript:/i.test(value.replace(/[\t\n\r]/g, ''))) {
            found.push(`${path}: javascript: URL in ${name}`);
          }
        }
      }
    }
    expect(found).toEqual([]);
  });

  test('loads stylesheets, scripts and images only from this site', () => {
    const found: string[] = [];
    for (const [path, file] of pages) {
      const doc = parse(readFileSync(file, 'utf8'));
      for (const el of doc.querySelectorAll('link[href], script[src], img[src], source[src], iframe[src], video[src], audio[src]')) {
        if (el.tagName === 'LINK' && !/\b(stylesheet|icon|preload|modulepreload|manifest)\b/i.test(el.getAttribute('rel') ?? '')) continue;
        const url = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(url)) found.push(`${path}: ${url}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('in the browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => browser?.close());

  test('browsing a page of every template and the search page sends no request off the site and breaks no policy', { timeout: 300_000 }, async () => {
    const origin = new URL(base).origin;
    const context = await browser.newContext();
    const p = await context.newPage();
    const requests: string[] = [];
    const violations: string[] = [];
    // Recorded from the page itself: the policy reports every blocked load or inline code as an event.
    await p.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        (window as unknown as { cspViolations: string[] }).cspViolations ??= [];
        (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    context.on('request', (r) => requests.push(r.url()));
    // One page of each template (its largest), the search with a query, and a missing page: what a page loads comes from
    // its template; the markup of every page is checked by the tests above. A redirect page (a meta refresh, no script)
    // moves on at once.
    const walked = largestPerTemplate(pages.filter(([path, file]) => path !== '/404.html' && !isRedirectPage(readFileSync(file, 'utf8'))));
    const paths = [...walked.map(([path]) => path), '/search/?q=%E6%B5%8B%E8%AF%95', '/no/such/page/'];
    for (const path of paths) {
      await p.goto(`${base}${path}`, { waitUntil: 'load' });
      const v = await p.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
      violations.push(...v.map((x) => `${path}: ${x}`));
    }
    await context.close();
    expect(requests.length).toBeGreaterThanOrEqual(paths.length);
    expect(requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin)).toEqual([]);
    expect(violations).toEqual([]);
  });

  test('the policy is enforced: an inline script added to a page is refused', async () => {
    // Guards the test above: if the meta tag stopped working, violations would not be reported at all.
    const p = await browser.newPage();
    const violations: string[] = [];
    p.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
    await p.goto(`${base}/`);
    const ran = await p.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.append(s);
      return (window as unknown as { inlineRan?: boolean }).inlineRan === true;
    });
    expect(ran).toBe(false);
    expect(violations.length).toBeGreaterThan(0);
    await p.close();
  });
});
