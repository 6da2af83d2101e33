/**
 * The catalogue in English (/en/editions/, /en/entries/<key>/<edition>/, …): names lead with our English, the official
 * Chinese beside it in lang="zh-CN" and a line saying the English is ours; control points stay Chinese with our
 * rendering (or "Not yet translated") after each; the English citation comes first, badges and notices are English;
 * the Chinese pages keep their text.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { citationText, citeControlPoint, citeEntry, editionInstruments } from '../../src/lib/catalogue/citation.ts';
import { hasEnglish } from '../../src/lib/site/i18n.ts';
import type { Catalogue, EntryVersion } from '../../src/lib/catalogue/model.ts';
import { allVersions, versionsIn } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { entryUrl } from '../../src/lib/site/urls.ts';
import { page, text } from '../helpers/html.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ORIGIN = inject('origin');
const siteDir = inject('siteDir');
let cat: Catalogue;
beforeAll(() => {
  cat = buildCatalogue(readContent(ROOT));
});
const citable = (v: EntryVersion) => ({ ...v, ...editionInstruments(cat.editions, v.edition) });
const uav = () => versionsIn(cat, '2023').find((v) => v.key === 'uav')!;

describe('an English entry page', () => {
  test('our English name first, the Chinese name beside it in lang="zh-CN", then the line that says the English is ours', () => {
    const v = uav();
    const doc = page(siteDir, '/en/entries/uav/2023/');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('en');
    const h1 = doc.querySelector('article h1')!;
    expect(h1.getAttribute('lang')).toBeUndefined();
    expect(v.nameEn).toBeDefined();
    expect(text(h1)).toBe(`${v.nameEn} 无人机技术`);
    expect(text(h1.querySelector('[lang="zh-CN"]'))).toBe('无人机技术');
    expect(text(h1.nextElementSibling)).toBe('The English name is our unofficial translation; the Chinese name beside it is the official wording, and it is authoritative.');
    expect(text(doc.querySelector('title'))).toBe(`${v.nameEn} (our translation) [无人机技术], 203912X · 2023 edition · China's export controls on technology: a reference`);
  });

  test('each control point: its Chinese wording in lang="zh-CN", followed by a rendering', () => {
    const v = uav();
    const li = page(siteDir, '/en/entries/uav/2023/').querySelector('#cp-5')!;
    const cp = v.controlPoints.find((c) => c.anchor === 'cp-5')!;
    const zh = li.querySelectorAll('[lang="zh-CN"]').find((el) => text(el) === cp.text);
    expect(zh, 'the Chinese wording, marked').toBeDefined();
    const r = li.querySelector('[data-rendering]')!;
    expect(r.getAttribute('data-rendering')).toBe(cp.en ? 'unofficial' : 'missing');
    expect(text(li.querySelector('.cp-link'))).toBe('Link');
    expect(li.querySelector('.cp-link')?.getAttribute('aria-label')).toBe('Permanent link to control point 5');
    expect(li.querySelector('.cp-link')?.getAttribute('href')).toBe('/en/entries/uav/2023/#cp-5');
  });

  test('the English citation, of the exact form, comes first; the Chinese one after it; the copy text in that order', () => {
    const v = uav();
    const c = citeEntry(citable(v), ORIGIN);
    expect(c.en).toBe(
      `Catalogue of Technologies Prohibited or Restricted from Export [《中国禁止出口限制出口技术目录》], 2023 edition, issued by MOFCOM & MOST Announcement No. 57 of 2023 [商务部 科技部公告2023年第57号], Restricted part [限制出口部分], serial number 71 [序号71], “${v.nameEn}” (our unofficial translation) [“无人机技术”], code 203912X [编号203912X]. English page: ${ORIGIN}/en/entries/uav/2023/; Chinese page (the Chinese wording is authoritative): ${ORIGIN}/entries/uav/2023/`,
    );
    const doc = page(siteDir, '/en/entries/uav/2023/');
    const cite = doc.querySelector('.cite')!;
    expect(text(cite.querySelector('summary'))).toBe('Cite this entry');
    const [first, second] = cite.querySelectorAll('.cite-text p');
    expect(text(first!)).toBe(c.en);
    expect(first!.querySelectorAll('[lang="zh-CN"]').map((el) => text(el))).toEqual(['《中国禁止出口限制出口技术目录》', '商务部 科技部公告2023年第57号', '限制出口部分', '序号', '“无人机技术”', '编号']);
    expect(second!.getAttribute('lang')).toBe('zh-CN');
    expect(text(second!)).toBe(c.zh);
    expect(cite.querySelector('[data-cite-text]')?.getAttribute('data-cite-text')).toBe(citationText(c, 'en'));
    const point = doc.querySelector('#cp-5 .cite')!;
    expect(text(point.querySelector('summary'))).toBe('Cite control point 5');
    expect(text(point.querySelector('.cite-text p'))).toBe(citeControlPoint(citable(v), v.controlPoints.find((p) => p.anchor === 'cp-5')!, ORIGIN).en);
    expect(text(point.querySelector('.cite-text p'))).toContain(', control point 5 [控制要点5]. English page: https://example.org/en/entries/uav/2023/#cp-5;');
  });

  test('English badges, facts, standing and print notice', () => {
    const doc = page(siteDir, '/en/entries/uav/2023/');
    const badges = doc.querySelectorAll('article .badge').map((b) => text(b));
    expect(badges).toContain('Restricted');
    expect(badges).toContain('◐ Held: partial');
    expect(doc.querySelectorAll('dl.facts dt').map((d) => text(d))).toEqual(['Code', 'Part', 'Edition', 'Serial number', 'Industry']);
    expect(text(doc.querySelector('[data-testid="replaced"]'))).toBe('This is an old version: the 2023 edition, in force from 21 December 2023, was replaced by the 2025 edition on 15 July 2025.');
    const print = doc.querySelector('[data-testid="print-notice"]')!;
    expect(text(print)).toContain('This site is not an official publication.');
    expect(text(print.querySelector('[data-testid="print-date"]'))).toMatch(/^Page generated on \d{4}-\d{2}-\d{2}$/);
    expect(text(doc.querySelector('.permalink'))).toBe(`Permanent URL: ${ORIGIN}/entries/uav/2023/`);
    // The newest version: its standing, then the search horizon, as two sentences.
    const current = text(page(siteDir, '/en/entries/uav/2025/').querySelector('[data-testid="standing"] p'));
    expect(current).toBe(
      'This is the text of the newest edition we hold (2025 edition), in force since 15 July 2025. We have searched our sources up to 17 June 2026 and found no later adjustment; changes after that date are not verified.',
    );
  });

  test('the Chinese page is as it was: Chinese labels and citation first, no rendering', () => {
    const v = uav();
    const doc = page(siteDir, '/entries/uav/2023/');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(text(doc.querySelector('article h1'))).toBe('无人机技术');
    expect(doc.querySelectorAll('[data-rendering]')).toHaveLength(0);
    expect(doc.querySelectorAll('dl.facts dt').map((d) => text(d))).toEqual(['编号', '所属部分', '版本', '序号', '行业']);
    expect(text(doc.querySelector('article .badge'))).toBe('限制出口 (Restricted)');
    expect(text(doc.querySelector('.cite summary'))).toBe('引用本条目 Cite');
    expect(text(doc.querySelector('.cite-text p'))).toBe(citeEntry(citable(v), ORIGIN).zh);
    expect(doc.querySelector('[data-cite-text]')?.getAttribute('data-cite-text')).toBe(citationText(citeEntry(citable(v), ORIGIN)));
    expect(text(doc.querySelector('[data-testid="print-notice"] p'))).toContain('本站不是官方出版物');
    expect(doc.querySelector('article')?.hasAttribute('data-pagefind-body')).toBe(true);
    // The English page is indexed too (the English index, by <html lang>), with the same filters and sort keys.
    const fields = (d: ReturnType<typeof page>) => d.querySelectorAll('[data-pagefind-filter], [data-pagefind-sort]').map((e) => `${e.getAttribute('data-pagefind-filter') ?? ''}|${e.getAttribute('data-pagefind-sort') ?? ''}`).sort();
    expect(fields(page(siteDir, '/en/entries/uav/2023/'))).toEqual(fields(doc));
  });
});

describe('every catalogue template in English', () => {
  const pairs = () => [
    '/editions/', '/editions/2023/', '/parts/prohibited/', '/parts/restricted/', '/industries/', '/industries/unknown/',
    '/codes/203912X/', '/entries/uav/', '/entries/uav/2025/', '/entries/information-processing/compare/2008...2020/',
    '/amendments/2025-28/', '/changes/', '/changes/2023-2025/',
  ];

  test('each page has its English counterpart, linked both ways', () => {
    for (const path of pairs()) {
      expect(hasEnglish(path), path).toBe(true);
      const en = page(siteDir, `/en${path}`);
      expect(en.querySelector('html')?.getAttribute('lang'), path).toBe('en');
      expect(en.querySelector('[data-lang-switch]')?.getAttribute('href'), path).toBe(path);
      expect(page(siteDir, path).querySelector('[data-lang-switch]')?.getAttribute('href'), path).toBe(`/en${path}`);
    }
  });

  test('every entry version has an English page; its name in English first, the Chinese marked; each point followed by a rendering', () => {
    for (const v of allVersions(cat)) {
      const doc = page(siteDir, `/en${entryUrl(v.key, v.edition)}`);
      const h1 = doc.querySelector('article h1')!;
      expect(text(h1.querySelector('[lang="zh-CN"]')), v.key).toBe(v.name);
      expect(h1.nextElementSibling?.hasAttribute('data-name-note'), v.key).toBe(true);
      expect(doc.querySelectorAll('ol.control-points [data-rendering]').length, v.key).toBe(v.controlPoints.filter((cp) => cp.text).length);
    }
  });

  test('list pages: our English name first in each link, the Chinese beside it in lang="zh-CN"; English part badges and headings', () => {
    const doc = page(siteDir, '/en/parts/restricted/');
    expect(text(doc.querySelector('h1'))).toBe('Restricted entries Restricted');
    expect(text(doc.querySelector('[data-name-legend]'))).toBe('Names: our unofficial English translation first, then the official Chinese name, which is authoritative.');
    const item = doc.querySelector('.entry-list li')!;
    const v = allVersions(cat).find((x) => item.querySelector('a')?.getAttribute('href') === `/en${entryUrl(x.key, x.edition)}`)!;
    expect(item.querySelector('a')?.getAttribute('href')).toMatch(/^\/en\/entries\/[^/]+\/\d{4}\/$/);
    expect(text(item.querySelector('a'))).toBe(`${v.nameEn} ${v.name}`);
    expect(text(item.querySelector('a [lang="zh-CN"]'))).toBe(v.name);
    expect(text(page(siteDir, '/en/editions/').querySelector('h1'))).toBe('Editions');
    expect(text(page(siteDir, '/en/changes/2023-2025/').querySelector('h1'))).toBe('What changed from the 2023 edition to the 2025 edition');
  });

  test('a link to a page that exists only in Chinese says so', () => {
    const doc = page(siteDir, '/en/entries/uav/2023/');
    for (const a of doc.querySelectorAll('main a[hreflang="zh-CN"]')) {
      expect(a.nextSibling?.rawText ?? '', a.getAttribute('href')!).toMatch(/^ \(in Chinese\)/);
    }
  });
});
