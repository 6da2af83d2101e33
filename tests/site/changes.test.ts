/** The change pages, the JSON download, timelines and compare views of the built site equal the changes model. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { allChanges, entryTimeline, KIND_LABEL, type EditionChanges } from '../../src/lib/catalogue/changes.ts';
import { comparePairs } from '../../src/lib/catalogue/compare.ts';
import { isRedirectPage } from '../../src/lib/site/published-urls.ts';
import type { Catalogue } from '../../src/lib/catalogue/model.ts';
import { entryKeys } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { changesUrl, compareUrl, entryHistoryUrl, entryUrl } from '../../src/lib/site/urls.ts';
import { page, text } from '../helpers/html.ts';

let cat: Catalogue;
let changes: EditionChanges[];
const siteDir = inject('siteDir');
beforeAll(() => {
  cat = buildCatalogue(readContent(fileURLToPath(new URL('../..', import.meta.url))));
  changes = allChanges(cat);
});
const dash = (n?: number) => (n === undefined ? '—' : String(n));

describe('change pages', () => {
  test('there is one page per consecutive pair: 2008-2020, 2020-2023, 2023-2025', () => {
    expect(changes.map((c) => c.url)).toEqual(['/changes/2008-2020/', '/changes/2020-2023/', '/changes/2023-2025/']);
  });

  test('the counts table of each page equals the model, official counts beside what the site holds', () => {
    for (const c of changes) {
      const rows = page(siteDir, c.url).querySelectorAll('[data-testid="counts-table"] tbody tr').map((tr) => tr.querySelectorAll('td').map(text));
      expect(rows, c.slug).toEqual(
        c.counts.map((l) => [KIND_LABEL[l.kind].zh, l.part === 'total' ? '合计' : l.part, dash(l.official), String(l.identified), String(l.partial), dash(l.unaccounted)]),
      );
    }
  });

  test('2020 → 2023 shows the announced 34 / 4 / 37 with the per-part split', () => {
    const rows = page(siteDir, '/changes/2020-2023/').querySelectorAll('[data-testid="counts-table"] tbody tr').map((tr) => tr.querySelectorAll('td').map(text).slice(0, 3));
    expect(rows).toEqual([
      ['删除', '禁止', '6'], ['删除', '限制', '28'], ['删除', '合计', '34'],
      ['新增', '禁止', '1'], ['新增', '限制', '3'], ['新增', '合计', '4'],
      ['修改', '禁止', '6'], ['修改', '限制', '31'], ['修改', '合计', '37'],
    ]);
  });

  test('every known change is a row, linking both versions (and the compare view) where held', () => {
    for (const c of changes) {
      const doc = page(siteDir, c.url);
      const rows = doc.querySelectorAll('[data-testid="changes-table"] tbody tr');
      // One row per entry: its kinds (modified and renumbered, say) together; every change of the model is in a row.
      expect(rows.flatMap((r) => r.getAttribute('data-kind')!.split(' ')).sort(), c.slug).toEqual(c.changes.map((x) => x.kind).sort());
      const keyed = rows.map((r) => r.getAttribute('data-key')).filter(Boolean);
      expect(keyed.length, `${c.slug}: an entry in two rows`).toBe(new Set(keyed).size);
      const hrefs = new Set(rows.flatMap((r) => r.querySelectorAll('a').map((a) => a.getAttribute('href'))));
      for (const x of c.changes) for (const u of [x.from?.url, x.to?.url, x.compare]) if (u) expect(hrefs.has(u), `${c.slug} ${u}`).toBe(true);
    }
  });

  test('a short name from the Q&A is labelled as such and never printed as an entry name', () => {
    const doc = page(siteDir, '/changes/2008-2020/');
    const labelled = doc.querySelectorAll('[data-testid="short-name"]').map(text);
    const model = changes[0]!.changes.filter((x) => x.shortName);
    expect(labelled.length).toBe(model.length);
    for (const l of labelled) expect(l).toMatch(/^商务部答记者问中的简称：「.+」（不是条目的正式名称）$/);
  });

  test('the index lists each pair: official total / identified, and links its JSON', () => {
    const rows = page(siteDir, changesUrl()).querySelectorAll('[data-testid="pairs-table"] tbody tr');
    expect(rows.map((r) => r.getAttribute('data-pair'))).toEqual(changes.map((c) => c.slug));
    rows.forEach((r, i) => {
      const c = changes[i]!;
      const tot = (k: string) => c.counts.find((l) => l.kind === k && l.part === 'total')!;
      expect(r.querySelectorAll('td').slice(1, 4).map(text)).toEqual(['deleted', 'added', 'modified'].map((k) => `${dash(tot(k).official)} / ${tot(k).identified}`));
      expect(r.querySelector(`a[href="${c.dataUrl}"]`)).not.toBeNull();
    });
  });

  test('the JSON download carries the same counts and changes', () => {
    for (const c of changes) {
      const file = join(siteDir, c.dataUrl);
      expect(existsSync(file), file).toBe(true);
      const data = JSON.parse(readFileSync(file, 'utf8'));
      expect([data.from, data.to]).toEqual([c.from, c.to]);
      expect(data.official).toEqual(c.official);
      expect(data.counts).toEqual(c.counts);
      expect(data.changes).toEqual(JSON.parse(JSON.stringify(c.changes)));
    }
  });
});

describe('timelines and compare views', () => {
  test('every entry page and history page shows the timeline of the model, with a compare link at each step', () => {
    for (const key of entryKeys(cat)) {
      const steps = entryTimeline(cat, key, changes);
      for (const url of [entryHistoryUrl(key), ...steps.map((s) => entryUrl(key, s.edition))]) {
        const items = page(siteDir, url).querySelectorAll('[data-testid="timeline"] > li');
        expect(items.map((li) => li.getAttribute('data-edition')), url).toEqual(steps.map((s) => s.edition));
        items.forEach((li, i) => {
          const s = steps[i]!;
          expect(text(li)).toContain(s.version ? s.code ?? '编号未知' : '已删除');
          if (s.compare) expect(li.querySelector(`a[href="${s.compare}"]`), `${url} ${s.edition}`).not.toBeNull();
        });
      }
    }
  });

  test('a compare page is built for each pair next to each other, and only for those; every other pair is an item of the history page linking both versions', () => {
    let inBrowser = 0;
    for (const key of entryKeys(cat)) {
      const items = page(siteDir, entryHistoryUrl(key)).querySelectorAll('[data-testid="compare-links"] > li');
      const pairs = comparePairs(cat, key);
      expect(items.length, key).toBe(pairs.length);
      pairs.forEach(({ a, b, page: own }, i) => {
        const li = items[i]!;
        // A compare page of its own, or none: at most the redirect page of an address published before (content/redirects.md).
        const file = join(siteDir, compareUrl(key, a, b), 'index.html');
        const html = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
        expect(html !== undefined && !isRedirectPage(html), `${key} ${a}...${b}`).toBe(own);
        if (own) expect(li.querySelector('a')!.getAttribute('href')).toBe(compareUrl(key, a, b));
        else {
          inBrowser++;
          expect(li.getAttribute('id')).toBe(`compare-${a}-${b}`);
          expect(li.querySelectorAll('a').map((x) => x.getAttribute('href'))).toEqual([entryUrl(key, a), entryUrl(key, b)]);
          expect(li.querySelector('button[data-compare-open]')?.hasAttribute('hidden')).toBe(true);
        }
      });
      // The data for the browser is on the page exactly when a pair needs it.
      const view = page(siteDir, entryHistoryUrl(key)).querySelector('[data-compare-view]');
      expect(Boolean(view), key).toBe(pairs.some((p) => !p.page));
      if (view) expect(Object.keys(JSON.parse(view.getAttribute('data-compare')!).pairs)).toEqual(pairs.filter((p) => !p.page).map((p) => `compare-${p.a}-${p.b}`));
    }
    expect(inBrowser).toBeGreaterThan(0);
  });

  test('a published compare page of a pair now compared in the browser redirects to its item on the history page', () => {
    const html = readFileSync(join(siteDir, 'entries/information-processing/compare/2008...2023/index.html'), 'utf8');
    expect(html).toContain('content="0; url=/entries/information-processing/#compare-2008-2023"');
    expect(readFileSync(join(siteDir, 'en/entries/information-processing/compare/2020...2025/index.html'), 'utf8')).toContain('url=/en/entries/information-processing/#compare-2020-2025');
  });

  test('every compare link on a history page leads to a built page', () => {
    let n = 0;
    for (const key of entryKeys(cat)) {
      for (const a of page(siteDir, entryHistoryUrl(key)).querySelectorAll('[data-testid="compare-links"] a')) {
        expect(() => page(siteDir, a.getAttribute('href')!)).not.toThrow();
        n++;
      }
    }
    expect(n).toBeGreaterThan(0);
  });
});
