/** The built site matches the content: every version has a page, every count shown equals the model. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { coverage, coverageJson, coverageRows } from '../../src/lib/catalogue/coverage.ts';
import type { Catalogue } from '../../src/lib/catalogue/model.ts';
import { allVersions, heldCounts, versionsIn, versionsOfPart } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { controlPointUrl, coverageJsonUrl, coverageUrl, editionUrl, entryUrl, industryUrl } from '../../src/lib/site/urls.ts';
import { page, text } from '../helpers/html.ts';

let cat: Catalogue;
const siteDir = inject('siteDir');
beforeAll(() => {
  cat = buildCatalogue(readContent(fileURLToPath(new URL('../..', import.meta.url))));
});

describe('built site', () => {
  test('every page is Chinese: <html lang="zh-CN">', () => {
    for (const path of ['/', '/editions/2023/', '/coverage/', '/404.html']) {
      expect(page(siteDir, path).querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    }
  });

  test('every entry version has a page with its name, code and control points', () => {
    const versions = allVersions(cat);
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) {
      const doc = page(siteDir, entryUrl(v.key, v.edition));
      expect(text(doc.querySelector('h1'))).toBe(v.name);
      expect(text(doc.querySelector('[data-pagefind-meta="code"]'))).toBe(v.code ?? '未知');
      for (const cp of v.controlPoints) {
        const li = doc.querySelector(`#${cp.anchor}`);
        expect(li, `${v.key}/${v.edition} ${cp.anchor}`).not.toBeNull();
        if (cp.text) expect(text(li)).toContain(cp.text);
        expect(li!.querySelector(`a[href="${controlPointUrl(v.key, v.edition, cp.anchor)}"]`)).not.toBeNull();
      }
      if (v.missing.length) expect(text(doc.querySelector('[data-testid="missing"]'))).toContain(v.missing[0]!);
    }
  });

  test('every removed entry keeps its URL and says which clause removed it', () => {
    expect(cat.removals.length).toBeGreaterThan(0);
    for (const r of cat.removals) {
      const notice = text(page(siteDir, entryUrl(r.key, r.edition)).querySelector('[data-testid="removed"]'));
      expect(notice).toContain(r.by.instrument);
      if (r.by.n) expect(notice).toContain(`第${r.by.n}条`);
    }
  });

  test('edition pages list every held entry and show the held counts', () => {
    for (const e of cat.editions) {
      const doc = page(siteDir, editionUrl(e.id));
      const versions = versionsIn(cat, e.id);
      const links = doc.querySelectorAll('.entry-list a').map((a) => a.getAttribute('href'));
      expect(links.sort()).toEqual(versions.map((v) => entryUrl(v.key, v.edition)).sort());
      const h = heldCounts(versions);
      expect(text(doc.querySelector('[data-testid="held"]'))).toContain(
        `${h.total} 项（禁止 ${h.byPart.禁止}、限制 ${h.byPart.限制}；完整 ${h.complete}、部分 ${h.partial}、仅名称 ${h.nameOnly}）`,
      );
    }
  });

  test('home page shows each edition’s official total and how many entries we hold', () => {
    const doc = page(siteDir, '/');
    for (const e of cat.editions) {
      const h = heldCounts(versionsIn(cat, e.id));
      expect(text(doc.querySelector(`[data-testid="held-${e.id}"]`))).toBe(`本站收录 ${h.total} 项，其中完整 ${h.complete} 项`);
    }
  });

  test('coverage table rows equal the model, missing 序号 included', () => {
    const rows = page(siteDir, '/coverage/').querySelectorAll('[data-testid="coverage-table"] tbody tr').map((tr) => tr.querySelectorAll('td').map(text));
    const expected = cat.editions.flatMap((e) =>
      (['禁止', '限制'] as const).map((part) => {
        const h = heldCounts(versionsOfPart(versionsIn(cat, e.id), part));
        return [`${e.id}年版`, part, String(e.data.totals[part]), String(h.total), String(h.complete), String(h.partial), String(h.nameOnly)];
      }),
    );
    expect(rows.map((r) => r.slice(0, 7))).toEqual(expected);
    expect(rows.map((r) => r[7])).toEqual(coverageRows(coverage(cat)).map((r) => r[7]));
  });

  test('the coverage page says in readers’ terms that the official texts exist and which editions the site holds only in part', () => {
    const intro = text(page(siteDir, coverageUrl()).querySelector('[data-testid="coverage-intro"]'));
    expect(intro).toContain('官方文本由商务部、科技部发布在政府网站上');
    expect(text(page(siteDir, coverageUrl()).querySelector('main'))).not.toMatch(/构建环境|build environment/i);
    const partial = coverage(cat).filter((e) => e.parts.some((p) => p.held < p.official));
    if (partial.length === cat.editions.length) expect(intro).toContain('本站至今未能取得任何一版的完整官方文本，所以每一版都只收录了其中一部分条目');
    else if (partial.length > 0) expect(intro).toContain(`本站至今未能取得${partial.map((e) => e.label).join('、')}的完整官方文本`);
    else expect(intro).toContain('各版的条目本站都已全部收录');
  });

  test('coverage.json is the coverage model, and the page lists what each held entry lacks', () => {
    const json = JSON.parse(readFileSync(join(siteDir, coverageJsonUrl()), 'utf8'));
    expect(json).toEqual(JSON.parse(JSON.stringify(coverageJson(coverage(cat)))));
    const doc = page(siteDir, coverageUrl());
    expect(doc.querySelector(`a[href="${coverageJsonUrl()}"]`)).not.toBeNull();
    for (const v of allVersions(cat)) {
      const row = doc.querySelector(`[data-testid="coverage-${v.edition}"] tr[data-key="${v.key}"]`);
      expect(row, `${v.key}/${v.edition}`).not.toBeNull();
      for (const m of v.missing) expect(text(row)).toContain(m);
    }
  });

  test('the home page and every partial or name-only entry link the coverage page', () => {
    expect(page(siteDir, '/').querySelector(`a[href="${coverageUrl()}"]`)).not.toBeNull();
    const partial = allVersions(cat).filter((v) => v.completeness !== 'complete');
    expect(partial.length).toBeGreaterThan(0);
    for (const v of partial) {
      expect(page(siteDir, entryUrl(v.key, v.edition)).querySelector(`[data-testid="missing"] a[href="${coverageUrl()}"]`), `${v.key}/${v.edition}`).not.toBeNull();
    }
  });

  test('industry pages exist for every heading, and each lists exactly the versions under its heading', () => {
    const headings = [...new Set(allVersions(cat).flatMap((v) => (v.industry ? [v.industry] : [])))];
    expect(headings.length).toBeGreaterThan(2);
    for (const h of headings) {
      const listed = page(siteDir, industryUrl(h)).querySelectorAll('.entry-list li').length;
      expect(listed, h).toBe(allVersions(cat).filter((v) => v.industry === h).length);
    }
  });

  test('every entry version is at most three clicks from the home page', () => {
    const depth = new Map<string, number>([['/', 0]]);
    const queue = ['/'];
    while (queue.length) {
      const path = queue.shift()!;
      const d = depth.get(path)!;
      if (d === 3) continue;
      let doc;
      try {
        doc = page(siteDir, path);
      } catch {
        continue; // not an HTML page (a download, the sitemap)
      }
      for (const a of doc.querySelectorAll('a[href^="/"]')) {
        const target = new URL(a.getAttribute('href')!, 'http://site').pathname;
        if (!depth.has(target)) {
          depth.set(target, d + 1);
          queue.push(target);
        }
      }
    }
    const far = allVersions(cat).map((v) => entryUrl(v.key, v.edition)).filter((u) => !depth.has(u));
    expect(far).toEqual([]);
  });
});
