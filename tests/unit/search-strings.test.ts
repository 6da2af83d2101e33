/** The search page's sentences in both languages, word for word; the English date; the English 404 has no address. */
import { describe, expect, test } from 'vitest';
import { dateEn } from '../../src/lib/controls/labels.ts';
import { pagePathOf } from '../../src/lib/site/published-urls.ts';
import en from '../../src/translations/en.json';
import { latinWords, SEARCH_STRINGS, searchStrings } from '../../src/lib/search/search-strings.ts';

describe('search page strings', () => {
  test('the page language picks the set', () => {
    expect(searchStrings('en')).toBe(SEARCH_STRINGS.en);
    expect(searchStrings('EN-gb')).toBe(SEARCH_STRINGS.en);
    expect(searchStrings('zh-CN')).toBe(SEARCH_STRINGS['zh-CN']);
    expect(searchStrings('')).toBe(SEARCH_STRINGS['zh-CN']);
  });

  test("English excerpts carry the pages' own rendering label; Chinese excerpts, the official wording, none", () => {
    expect(SEARCH_STRINGS.en.renderingLabel).toBe(en['rendering.label']);
    expect(SEARCH_STRINGS['zh-CN'].renderingLabel).toBe('');
  });

  test('Chinese sentences are the ones the page always had', () => {
    const zh = SEARCH_STRINGS['zh-CN'];
    expect(zh.found(12, zh.byRegime({ 技术目录: 3, 出口管制公告: 2 }), false)).toBe('找到 12 个结果（技术目录 3 个条目版本，出口管制公告 2 页）。');
    expect(zh.found(1, zh.byRegime({ 出口管制公告: 1 }), true)).toBe('找到 1 个结果（出口管制公告 1 页）（已按筛选条件）。');
    expect(zh.none('稀土', false)).toBe('没有找到与“稀土”相符的条目或公告。');
    expect(zh.codeLink('203912X')).toBe('编号 203912X：使用过这一编号的全部条目版本');
    expect(zh.controlCodeLink('1E902.a')).toBe('管制编码 1E902.a：涉及这一编码的全部公告与物项');
  });

  test('English sentences', () => {
    const en = SEARCH_STRINGS.en;
    expect(en.found(12, en.byRegime({ 技术目录: 3, 出口管制公告: 2 }), false)).toBe('12 results (Catalogue: 3 entry versions; export-control announcements: 2 pages).');
    expect(en.found(1, en.byRegime({ 技术目录: 1 }), true)).toBe('1 result (Catalogue: 1 entry version) (filtered).');
    expect(en.none('drone', true)).toBe('No entry or announcement matches “drone” (filtered).');
    expect(en.codeLink('203912X')).toBe('Code 203912X: every entry version that has used it');
    expect(en.controlCodeLink('1E902.a')).toBe('Control code 1E902.a: every announcement and item with this code');
    expect(en.edition('2023')).toBe('2023 edition');
    expect(en.byRegime({})).toBe('');
  });

  test('Latin words that are not a code are offered to the English search', () => {
    expect(latinWords('drone', false)).toBe(true);
    expect(latinWords('1E902.a', true)).toBe(false);
    expect(latinWords('稀土', false)).toBe(false);
  });
});

test('dates on English pages: 9 October 2025', () => {
  expect(dateEn('2025-10-09')).toBe('9 October 2025');
  expect(dateEn('2026-01-31')).toBe('31 January 2026');
});

test('the 404 pages, Chinese and English, have no address of their own', () => {
  expect(pagePathOf('404.html')).toBeUndefined();
  expect(pagePathOf('en/404.html')).toBeUndefined();
  expect(pagePathOf('en/about/index.html')).toBe('/en/about/');
});
