/** The search index written at build end: entry versions, announcements and items, in Chinese and in English, with filters; indexing problems stop the build. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, inject, test } from 'vitest';
import pagefindIntegration, { EXCLUDE, INDEX_CHUNK_SIZE } from '../../src/integrations/pagefind.ts';
import { allVersions } from '../../src/lib/catalogue/queries.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { parse } from 'node-html-parser';
import { page } from '../helpers/html.ts';
import { htmlPages } from '../helpers/site-files.ts';

const siteDir = inject('siteDir');

describe('search index', () => {
  test(`is cut into small chunks (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE=${INDEX_CHUNK_SIZE}, read by Pagefind 1.6.0): each language in several, none over 16 KB`, () => {
    // Pagefind's default makes chunks of 20–25 KB; were the variable ignored (another Pagefind version), this fails.
    const dir = join(siteDir, 'pagefind', 'index');
    for (const lang of ['zh-cn', 'en']) {
      const chunks = readdirSync(dir).filter((f) => f.startsWith(`${lang}_`));
      expect(chunks.length, lang).toBeGreaterThan(2);
      for (const f of chunks) expect(statSync(join(dir, f)).size, f).toBeLessThanOrEqual(16 * 1024);
    }
  });
  test('indexes exactly the entry version pages, the announcements and the controlled items, once as Chinese (zh-cn) and once as English (en)', () => {
    const { catalogue: cat, controls } = buildSiteContent(readContent(fileURLToPath(new URL('../..', import.meta.url))));
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.version).toBe('1.6.0');
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    const pages = allVersions(cat).length + controls.instruments.length + controls.items.length;
    expect(entry.languages['zh-cn'].page_count).toBe(pages);
    expect(entry.languages.en.page_count).toBe(pages);
  });

  test('/search-text.json holds every Chinese page\'s indexed text once, by its fragment, without Pagefind\'s word cuts', () => {
    const rows = JSON.parse(readFileSync(join(siteDir, 'search-text.json'), 'utf8')) as [string, string][];
    const fragments = readdirSync(join(siteDir, 'pagefind', 'fragment')).filter((f) => f.startsWith('zh-cn_')).map((f) => f.replace(/\.pf_fragment$/, ''));
    expect(rows.map(([id]) => id).sort()).toEqual(fragments.sort());
    const entry = JSON.parse(readFileSync(join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(rows).toHaveLength(entry.languages['zh-cn'].page_count);
    expect(rows.some(([, text]) => text.includes('核黄素'))).toBe(true);
    expect(rows.every(([, text]) => !text.includes('\u200b'))).toBe(true);
  });

  test('the English index leaves out Chinese wording (marked lang="zh-…"); no Chinese page marks indexed text so, so its index keeps all of it', () => {
    const marked: string[] = [];
    for (const [path, file] of htmlPages(siteDir)) {
      if (path.startsWith('/en/')) continue;
      const doc = parse(readFileSync(file, 'utf8'));
      for (const el of doc.querySelectorAll('[data-pagefind-body] [lang]')) {
        if (/^zh/i.test(el.getAttribute('lang') ?? '') && !el.closest('.converted, [data-pagefind-ignore], .wording-source')) marked.push(`${path}: <${el.tagName.toLowerCase()} lang=${el.getAttribute('lang')}>`);
      }
    }
    expect(marked).toEqual([]);
    expect(EXCLUDE).toContain('[lang|="zh"]');
  });

  test('announcement and item pages carry the regime filter, their status, codes and titled clauses', () => {
    const inst = page(siteDir, '/controls/2025-62/');
    expect(inst.querySelector('article[data-pagefind-body]')?.getAttribute('data-pagefind-filter')).toBe('regime:出口管制公告');
    expect(inst.querySelector('[data-pagefind-meta="status:unknown"]')).not.toBeNull();
    expect(inst.querySelector('#cl-1-1')?.getAttribute('data-pagefind-title')).toBe('商务部公告2025年第62号 一（一）');
    const item = page(siteDir, '/controls/2025-62/items/1-1/');
    expect(item.querySelector('[data-pagefind-meta="codes:1E902.a"]')).not.toBeNull();
    expect(item.querySelector('[data-pagefind-meta="kind:technology"]')).not.toBeNull();
    const entry = page(siteDir, '/entries/uav/2023/');
    expect(entry.querySelector('[data-pagefind-filter="regime:技术目录"]')).not.toBeNull();
    for (const path of ['/controls/', '/controls/codes/', '/controls/codes/1E902.a/', '/technologies/']) {
      expect(page(siteDir, path).querySelector('[data-pagefind-body]'), path).toBeNull();
    }
  });

  test('entry pages carry meta, filters, sort keys, and titled control points; other pages carry no body', () => {
    const doc = page(siteDir, '/entries/uav/2023/');
    const article = doc.querySelector('article[data-pagefind-body]')!;
    expect(article.getAttribute('data-pagefind-meta')).toBe('key:uav');
    expect(article.getAttribute('data-pagefind-filter')).toBe('edition:2023');
    expect(doc.querySelector('[data-pagefind-filter="part:限制"]')).not.toBeNull();
    expect(doc.querySelector('[data-pagefind-meta="part:限制"]')).not.toBeNull();
    expect(doc.querySelector('[data-pagefind-meta="edition:2023"]')).not.toBeNull();
    expect(doc.querySelector('[data-pagefind-sort="code"]')?.textContent).toBe('203912X');
    expect(doc.querySelector('[data-pagefind-sort="seq:0071"]')).not.toBeNull();
    expect(doc.querySelector('#cp-5')?.getAttribute('data-pagefind-title')).toBe('控制要点5');
    for (const path of ['/', '/search/', '/editions/2023/', '/codes/203912X/', '/coverage/']) {
      expect(page(siteDir, path).querySelector('[data-pagefind-body]'), path).toBeNull();
    }
  });
});

describe('the Pagefind integration stops the build on indexing problems', () => {
  const logger = { info: () => {}, warn: () => {}, error: () => {} } as unknown as AstroIntegrationLogger;
  const runHook = (dir: string) =>
    (pagefindIntegration().hooks['astro:build:done'] as (o: unknown) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger, pages: [], routes: [] });

  test('a page outside /en/ indexed in another language than zh-CN fails the build with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-lang-'));
    try {
      // Where an entry version page sits (/entries/<key>/<edition>/): the only pages Pagefind reads.
      mkdirSync(join(dir, 'entries', 'test-a', '2001'), { recursive: true });
      writeFileSync(join(dir, 'entries', 'test-a', '2001', 'index.html'), '<!doctype html><html lang="en"><body><article data-pagefind-body><h1>Test entry A</h1></article></body></html>');
      await expect(runHook(dir)).rejects.toThrow(
        'Search index: checking languages failed:\n  1 page(s) indexed as "en" outside /en/: every page there must be <html lang="zh-CN">, or Chinese is not segmented',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('the same page under /en/ goes to an English index beside the Chinese one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-en-'));
    try {
      for (const [path, html] of [
        [['entries', 'test-a', '2001'], '<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><h1>测试技术甲</h1></article></body></html>'],
        [['en', 'entries', 'test-a', '2001'], '<!doctype html><html lang="en"><body><article data-pagefind-body><h1 lang="zh-CN">测试技术甲</h1><p>Test technology A</p></article></body></html>'],
        [['en', 'controls', '2025-62', 'items', '1-1'], '<!doctype html><html lang="en"><body><article data-pagefind-body><h1>1E902.a</h1></article></body></html>'],
      ] as const) {
        mkdirSync(join(dir, ...path), { recursive: true });
        writeFileSync(join(dir, ...path, 'index.html'), html);
      }
      await runHook(dir);
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      expect(Object.fromEntries(Object.entries(entry.languages).map(([l, x]) => [l, x.page_count]))).toEqual({ 'zh-cn': 1, en: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('English pages under /en/ that reach no English index fail the build', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-en-zh-'));
    try {
      mkdirSync(join(dir, 'entries', 'test-a', '2001'), { recursive: true });
      writeFileSync(join(dir, 'entries', 'test-a', '2001', 'index.html'), '<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><h1>测试技术甲</h1></article></body></html>');
      mkdirSync(join(dir, 'en', 'entries', 'test-a', '2001'), { recursive: true });
      writeFileSync(join(dir, 'en', 'entries', 'test-a', '2001', 'index.html'), '<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><h1>测试技术甲</h1></article></body></html>');
      await expect(runHook(dir)).rejects.toThrow('none indexed as "en": they must carry data-pagefind-body and <html lang="en">');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a site with no indexable page fails the build, and pages outside /entries/<key>/<edition>/ are not read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-empty-'));
    try {
      writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="zh-CN"><body><article data-pagefind-body><h1>测试技术甲</h1></article></body></html>');
      await expect(runHook(dir)).rejects.toThrow(`Search index: indexing ${dir}/ failed:\n  no page was indexed`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
