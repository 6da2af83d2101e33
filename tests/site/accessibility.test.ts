/** axe-core in headless Chromium on every page template, light and dark (one load each): 0 violations at WCAG 2.2 AA. */
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { allCodes, allVersions, industries } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import {
  amendmentUrl,
  codeUrl,
  coverageUrl,
  editionsUrl,
  editionUrl,
  entryHistoryUrl,
  entryUrl,
  homeUrl,
  industriesUrl,
  industryUrl,
  NO_INDUSTRY_SLUG,
  partUrl,
  searchUrl,
} from '../../src/lib/site/urls.ts';
import { axeLightAndDark } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';

const base = inject('baseUrl');

/** One page per template, and per variant a template renders differently (removed, uncertain, computed, added…). */
function templatePages(): [string, string][] {
  const cat = buildCatalogue(readContent(fileURLToPath(new URL('../..', import.meta.url))));
  const versions = allVersions(cat);
  const pick = (label: string, found: { key: string; edition: string } | undefined): [string, string] => {
    if (!found) throw new Error(`No entry in the content for the "${label}" variant; choose another page for it`);
    return [label, entryUrl(found.key, found.edition)];
  };
  const fullText = cat.editions.find((e) => e.data.arises.kind === 'full-text')!;
  const amended = cat.editions.find((e) => e.data.arises.kind === 'amended')!;
  return [
    ['home', homeUrl()],
    ['editions index', editionsUrl()],
    ['edition, full text', editionUrl(fullText.id)],
    ['edition, amended', editionUrl(amended.id)],
    ['industries index', industriesUrl()],
    ['industry', industryUrl(industries(cat)[0]!)],
    ['industry not held', `/industries/${NO_INDUSTRY_SLUG}/`],
    ['part 禁止', partUrl('禁止')],
    ['part 限制', partUrl('限制')],
    pick('entry from a file, with control points', versions.filter((v) => v.origin.kind === 'file').sort((a, b) => b.controlPoints.length - a.controlPoints.length)[0]),
    pick('entry with a control point not held', versions.find((v) => v.controlPoints.some((cp) => cp.n === undefined || !cp.text))),
    pick('entry, name only', versions.find((v) => v.completeness === 'name-only')),
    pick('entry, computed by an amendment', versions.find((v) => v.origin.kind === 'carried' && v.changes.length > 0)),
    pick('entry, added by an amendment', versions.find((v) => v.origin.kind === 'added')),
    pick('entry, existence uncertain', versions.find((v) => v.uncertain)),
    pick('entry, removed', cat.removals[0]),
    ['entry history', entryHistoryUrl(cat.removals[0]!.key)],
    // Two editions not next to each other, compared by the page's script (src/scripts/compare-editions.ts).
    ['entry history, a pair compared in the browser', '/entries/information-processing/#compare-2008-2023'],
    ['amendment', amendmentUrl(cat.amendments[0]!.id)],
    ['code', codeUrl(allCodes(cat)[0]!)],
    ['coverage', coverageUrl()],
    ['search (no results yet)', searchUrl()],
    ['404', '/no/such/page/'],
    // The export-control section: index, a measure (suspended, items, gaps), a suspension from a Traditional copy,
    // a clause-level suspension, an instrument known only by name, a coded and an uncoded item, codes, both regimes.
    ['controls index', '/controls/'],
    ['instrument, measure', '/controls/2025-62/'],
    ['instrument, Traditional copy', '/controls/2025-70/'],
    ['instrument, one clause suspended', '/controls/2024-46/'],
    ['instrument, known only by name', '/controls/2006-50/'],
    ['instrument, list with quotes', '/controls/2024-51/'],
    ['control item, coded', '/controls/2025-62/items/1-1/'],
    ['control item, no code', '/controls/2024-33/items/1-1-7/'],
    ['control codes', '/controls/codes/'],
    ['control code', '/controls/codes/1E101.b/'],
    ['technologies, both regimes', '/technologies/'],
  ];
}

const PAGES = templatePages();
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('WCAG 2.2 AA, light and dark colour schemes', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext();
  });
  afterAll(async () => context?.close());

  test.concurrent.each(PAGES)('%s (%s): 0 violations, light and dark', async (_, path) => {
    const p = await context.newPage();
    const found = await axeLightAndDark(p, `${base}${path}`);
    await p.close();
    expect(found).toEqual({ light: [], dark: [] });
  });
});

describe('the harness', () => {
  test('finds violations when there are some, and reads the dark scheme\'s own colours', async () => {
    // The page's policy forbids inline styles: set aside here, for the grey text only the harness adds.
    const context = await browser.newContext({ bypassCSP: true });
    // Missing names (any scheme), and a grey text that reads on the light background but not on the dark one.
    await context.route(`${base}/`, async (route) => {
      const html = await (await route.fetch()).text();
      await route.fulfill({ contentType: 'text/html', body: html.replace('<main id="main">', '<main id="main"><img src="/x.png"><button></button><p style="color:#333">grey</p>') });
    });
    const p = await context.newPage();
    const found = await axeLightAndDark(p, `${base}/`);
    expect(await p.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(22, 22, 20)');
    await context.close();
    const rules = (lines: string[]) => [...new Set(lines.map((v) => v.split(' ')[0]))];
    expect(rules(found.light)).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
    expect(rules(found.light)).not.toContain('color-contrast');
    expect(rules(found.dark)).toEqual(['color-contrast']);
  });
});

describe('colour is never the only carrier of meaning', () => {
  test('every 禁止/限制 badge says its part in words, and the other badges say what they mean', async () => {
    const p = await browser.newPage();
    const seen = { prohibited: 0, restricted: 0 };
    for (const [, path] of PAGES) {
      await p.goto(`${base}${path}`);
      const badges = await p.locator('.badge').evaluateAll((els) => els.map((el) => ({ cls: el.className, text: (el.textContent ?? '').trim() })));
      for (const b of badges) {
        expect(b.text, `${path}: ${b.cls}`).toMatch(/\p{Script=Han}{2}/u);
        if (b.cls.includes('badge-prohibited')) (seen.prohibited++, expect(b.text).toContain('禁止'));
        if (b.cls.includes('badge-restricted')) (seen.restricted++, expect(b.text).toContain('限制'));
      }
    }
    expect(seen.prohibited).toBeGreaterThan(0);
    expect(seen.restricted).toBeGreaterThan(0);
    await p.close();
  });
});
