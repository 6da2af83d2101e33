/**
 * English search results show our English (the excerpt Pagefind takes from an English page, the rendering of an
 * entry's name): each piece says that it is our unofficial translation and the Chinese is authoritative, as the pages
 * themselves do. Checked through the built /en/search/ page in Chromium.
 */
import { describe, expect, inject, test } from 'vitest';
import { sharedPage } from '../helpers/browser.ts';
import { searchSettled } from '../helpers/search-page.ts';

const base = inject('baseUrl');
const LABEL = 'Unofficial translation (the Chinese is authoritative):';

describe('English search results label our renderings as unofficial', () => {
  const b = sharedPage({ width: 1280, height: 900 });

  // Queries that find entries and announcements alike (the English query table of search-english.test.ts).
  test.each(['rare earth', 'lithium', 'drone', '1e902.a'])('%s: every excerpt and every name rendering starts with the label', async (q) => {
    await b.page.goto(`${base}/en/search/?q=${encodeURIComponent(q)}`);
    await searchSettled(b.page, q);
    const results = await b.page.locator('#search-results .search-result').evaluateAll((lis) =>
      lis.map((li) => ({
        href: li.querySelector('a.search-result-title')?.getAttribute('href') ?? '',
        pieces: [...li.querySelectorAll('.search-result-excerpt, .rendering')].map((p) => (p as HTMLElement).innerText.trim()).filter(Boolean),
      })),
    );
    expect(results.length, q).toBeGreaterThan(0);
    const unlabelled = results.flatMap((r) => r.pieces.filter((p) => !p.startsWith(LABEL)).map((p) => `${r.href}: ${p.slice(0, 80)}`));
    expect(unlabelled, q).toEqual([]);
  });
});
