/**
 * Answers a reader can rely on (issue 12): "no result" never reads as "not controlled", every entry version says where it
 * stands in time, absent versions and anchors explain themselves, downloads say what share they hold, errors can be reported.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, inject, test } from 'vitest';
import { allChanges } from '../../src/lib/catalogue/changes.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { sharedPage } from '../helpers/browser.ts';
import { parseCsv } from '../helpers/csv.ts';
import { page, text } from '../helpers/html.ts';
import { searchSettled } from '../helpers/search-page.ts';

const base = inject('baseUrl');
const siteDir = inject('siteDir');

describe('an entry version says where it stands in time, before anything else', () => {
  test('an older version: replaced by which edition and when, a link to the current text, since when it is held', () => {
    const doc = page(siteDir, '/entries/information-processing/2008/');
    const box = doc.querySelector('[data-testid="standing"]')!;
    expect(doc.querySelector('h1')!.nextElementSibling).toBe(box);
    expect(box.getAttribute('data-current')).toBe('false');
    expect(text(box.querySelector('[data-testid="replaced"]'))).toBe('此为旧版本：2008年版自2008年11月1日起施行，已于2020年8月28日被2020年版取代。');
    expect(box.querySelector('a[data-current-link]')?.getAttribute('href')).toBe('/entries/information-processing/2025/');
    expect(text(box.querySelector('[data-testid="since"]'))).toContain('本站持有的最早版本是2008年版（2008年11月1日起施行）；更早的沿革本站未持有。');
  });
  test('the current version says it is current, from when, and how far later changes were checked', () => {
    const box = page(siteDir, '/entries/uav/2025/').querySelector('[data-testid="standing"]')!;
    expect(box.getAttribute('data-current')).toBe('true');
    expect(text(box)).toContain('这是本站持有的最新版本（2025年版）的文本，自2025年7月15日起施行。本站资料检索至2026年6月17日，未发现此后的调整');
  });
  test('a version whose entry was removed later says when and by what', () => {
    const box = page(siteDir, '/entries/caffeine-synthesis/2008/').querySelector('[data-testid="removed-later"]')!;
    expect(text(box)).toMatch(/^本条目已在2020年版中删除（商务部 科技部公告2020年第38号第\d+条，2020年8月28日起）。/);
  });
});

describe('addresses that do not exist answer helpfully', () => {
  test('a version in an edition we hold nothing of is a page that says so, with the editions it is in', () => {
    const doc = page(siteDir, '/entries/uav/2008/');
    expect(text(doc.querySelector('[data-testid="absent"] .notice'))).toContain('本站持有的2008年版条目中没有本条目。这不说明它不在该版中：2008年版共 150 项，本站只持有 6 项');
    expect(doc.querySelectorAll('[data-testid="timeline"] li').map((li) => li.getAttribute('data-edition'))).toEqual(['2023', '2025']);
    expect(page(siteDir, '/entries/uav/').querySelector('[data-testid="absent-editions"] a')?.getAttribute('href')).toBe('/entries/uav/2008/');
  });

  describe('in the browser', () => {
    const b = sharedPage();

    test('#cp-9 where no point 9 is held: the page says so at the top', async () => {
      await b.page.goto(`${base}/entries/uav/2025/#cp-9`);
      await expect.poll(() => b.page.locator('#fragment-missing').count()).toBe(1);
      expect(await b.page.locator('#fragment-missing').innerText()).toMatch(/^本页没有控制要点9（#cp-9）。本页共有 \d+ 处可链接的要点或条款，本站未持有您要找的那一处；请查阅官方文本。$/);
      await b.page.goto(`${base}/entries/uav/2025/#cp-5`);
      expect(await b.page.locator('#fragment-missing').count()).toBe(0);
      await b.page.goto(`${base}/controls/2025-62/#cl-99`);
      await expect.poll(() => b.page.locator('#fragment-missing').count()).toBe(1);
    });

    test('the link to the current version keeps the point the reader came for', async () => {
      await b.page.goto(`${base}/entries/uav/2023/#cp-5`);
      expect(await b.page.locator('a[data-current-link]').getAttribute('href')).toBe('/entries/uav/2025/#cp-5');
    });

    const search = async (q: string) => {
      await b.page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
      await searchSettled(b.page, q);
    };

    test('no result says what the site holds against the official totals, and where to look instead', async () => {
      await search('鳄鱼');
      const help = b.page.locator('#search-empty-help');
      expect(await help.isVisible()).toBe(true);
      const said = await help.innerText();
      expect(said).toMatch(/^没有列出的技术，不等于不受管制。|搜索只覆盖本站持有的内容。没有列出的技术，不等于不受管制。/);
      expect(said).toMatch(/技术目录2025年版官方共 132 项，本站持有 \d+ 项；出口管制公告本站收录 \d+ 份、管制物项 \d+ 项/);
      expect(await help.locator('a[href="/coverage/"]').count()).toBe(1);
      expect(await help.locator('a[href="/controls/"]').count()).toBe(1);
      await search('稀土');
      expect(await help.isVisible()).toBe(false);
    });

    test('the count is of every match, not of the results loaded so far (20 at a time)', async () => {
      await search('技术');
      // A string, so that the test runner does not rewrite the import() meant for the browser.
      const total = (await b.page.evaluate(`import('/pagefind/pagefind.js').then(async (pf) => (await pf.search('技术')).results.length)`)) as number;
      expect(total).toBeGreaterThan(20);
      expect(await b.page.locator('#search-status').innerText()).toMatch(new RegExp(`^找到 ${total} 个结果`));
      expect(await b.page.locator('#search-more').isVisible()).toBe(true);
    });

    test('Traditional queries find their entry only through the folding table (without it they do not)', async () => {
      const ctx = await b.browser.newContext();
      const q = await ctx.newPage();
      await q.route('**/search-fold.json', (r) => r.fulfill({ status: 404, body: '' }));
      for (const [query, key] of [['編輯', 'human-cell-cloning-gene-editing'], ['雷達系統', 'lidar-systems']] as const) {
        await q.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
        await searchSettled(q, query);
        const keys = await q.locator('#search-results .search-result').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.key));
        expect(keys[0], query).not.toBe(key);
        await search(query);
        expect(await b.page.locator('#search-results .search-result').first().getAttribute('data-key'), query).toBe(key);
      }
      await ctx.close();
    });

    test('a query in Latin letters that is not a code offers the same query on the English search page; a code does not', async () => {
      await search('drone');
      expect(await b.page.locator('[data-testid="latin-help"]').isVisible()).toBe(true);
      expect(await b.page.locator('[data-testid="latin-help"]').innerText()).toContain('本站的中文搜索只能按中文措辞、编号（如 203912X）和管制编码（如 1E902.a）搜索');
      expect(await b.page.locator('[data-testid="latin-help"] a[data-other-search]').getAttribute('href')).toBe('/en/search/?q=drone');
      await search('1e902.a');
      expect(await b.page.locator('[data-testid="latin-help"]').isVisible()).toBe(false);
      await search('203912x');
      expect(await b.page.locator('[data-testid="latin-help"]').isVisible()).toBe(false);
    });
  });
});

describe('thin browse pages say what they do not list', () => {
  test.each(['/parts/prohibited/', '/parts/restricted/', `/industries/${encodeURIComponent('畜牧业')}/`])('%s', (path) => {
    expect(text(page(siteDir, path).querySelector('[data-testid="held-notice"]'))).toMatch(/没有列出的技术，不等于不受管制。本站只收录了一部分内容：技术目录2025年版官方共 132 项，本站持有 \d+ 项/);
  });
});

describe('downloads say what share of the edition they hold', () => {
  test('every CSV row, and the JSON first thing, say held of official', () => {
    for (const e of ['2008', '2023', '2025']) {
      const json = JSON.parse(readFileSync(join(siteDir, 'data', `${e}.json`), 'utf8'));
      const { held, official } = json.completeness.total;
      expect(Object.keys(json).slice(0, 3)).toEqual(['format', 'edition', 'url']);
      expect(json.holds).toBe(`This file holds ${held} of the ${official} entries of the ${e} edition (本文件只含该版 ${official} 项中的 ${held} 项); the others are not held by this site, which does not mean they do not exist.`);
      const rows = parseCsv(readFileSync(join(siteDir, 'data', `${e}.csv`), 'utf8').slice(1));
      const h = rows[0]!.indexOf('edition_entries_held');
      const o = rows[0]!.indexOf('edition_entries_official');
      for (const r of rows.slice(1)) expect([r[h], r[o]]).toEqual([String(held), String(official)]);
    }
  });
  test('each edition page and each part page links its own downloads', () => {
    expect(page(siteDir, '/editions/2023/').querySelectorAll('[data-testid="edition-downloads"] a').map((a) => a.getAttribute('href'))).toEqual(['/data/2023.csv', '/data/2023.json']);
    expect(page(siteDir, '/parts/restricted/').querySelectorAll('[data-testid="downloads-2025"] a').map((a) => a.getAttribute('href'))).toEqual(['/data/2025.csv', '/data/2025.json']);
  });
});

describe('smaller things', () => {
  test('a grade B source without an address says so', () => {
    expect(text(page(siteDir, '/entries/uav/2023/').querySelector('[data-testid="no-address"]'))).toContain('本站不知道这份来源的网址');
  });
  test('the about page and the 404 page give the configured error-report address', () => {
    for (const path of ['/about/', '/404.html']) {
      const a = page(siteDir, path).querySelector('[data-testid="report-error"] a');
      expect(a?.getAttribute('href'), path).toMatch(/^mailto:errors@example\.org/);
    }
  });
  test('a compare view across a re-issue where no point can be compared says so instead of counting zeros', () => {
    const doc = page(siteDir, '/entries/large-high-speed-wind-tunnel/compare/2020...2023/');
    expect(text(doc.querySelector('[data-testid="compare-summary"]'))).not.toContain('修改 0 项，新增 0 项，删除 0 项');
  });
});

describe('pins for behaviours a one-line bug could silently remove', () => {
  const { catalogue: cat } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));

  test('an entry whose survival is uncertain says so on its page', () => {
    const v = [...cat.versions.values()].flat().find((x) => x.uncertain)!;
    const box = page(siteDir, `/entries/${v.key}/${v.edition}/`).querySelector('[data-testid="uncertain"]');
    expect(text(box)).toContain(`本条目在${v.edition}年版中是否仍然存在，目前无法确定。`);
  });

  test('the changes page says how many held entries have a known change, and it is not all of them where it is not', () => {
    for (const ch of allChanges(cat)) {
      const said = text(page(siteDir, `/changes/${ch.slug}/`).querySelector('[data-testid="determined"]'));
      expect(said, ch.slug).toContain(`共 ${ch.determined.held} 项，其中 ${ch.determined.determined} 项能确定`);
    }
    expect(allChanges(cat).some((ch) => ch.determined.determined < ch.determined.held)).toBe(true);
  });
});

describe('the changes page shows what is known, once per entry', () => {
  test('/changes/2020-2023/: 信息处理技术 is one row with both facts; 中药材资源及生产 says what changed is not known', () => {
    const doc = page(siteDir, '/changes/2020-2023/');
    const rows = doc.querySelectorAll('tr[data-key="information-processing"]');
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['modified renumbered']);
    expect(text(rows[0]!.querySelector('td.code'))).toBe('056101X → 086501X');
    expect(text(doc.querySelector('tr[data-key="chinese-medicinal-materials"] [data-testid="modified-unknown"]'))).toBe('来源说明本条目有修改，但本站没有修改前后的文本，不知道改了什么。');
  });
});
