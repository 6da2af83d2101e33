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
    // Only a language tag that is English: not one that merely contains "en".
    expect(searchStrings('zh-Hans-en')).toBe(SEARCH_STRINGS['zh-CN']);
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

  test('when nothing holds the whole query, in both languages, filtered or not, one result or several', () => {
    const [zh, en] = [SEARCH_STRINGS['zh-CN'], SEARCH_STRINGS.en];
    expect(zh.none('稀土', true)).toBe('没有找到与“稀土”相符的条目或公告（已按筛选条件）。');
    expect(zh.noWhole('稀土 镓', 3, true)).toBe('没有结果包含完整的“稀土 镓”（已按筛选条件）。下面 3 个结果只含其中一部分。');
    expect(zh.noWhole('稀土 镓', 1, false)).toBe('没有结果包含完整的“稀土 镓”。下面 1 个结果只含其中一部分。');
    expect(zh.fewer('稀土 镓 锗', ['稀土', '镓'], true)).toBe('没有页面同时包含“稀土 镓 锗”的全部词语（已按筛选条件）；下面是包含“稀土”或“镓”的页面。');
    expect(zh.also(['無人機', '无人机'])).toBe('同时搜索了：無人機、无人机。');
    expect([zh.partial(['稀土', '镓']), zh.partial([])]).toEqual(['部分匹配：只含 稀土、镓', '部分匹配']);
    expect([zh.partialToggle(4, true), zh.partialToggle(4, false)]).toEqual(['隐藏只含部分查询的结果（4）', '显示只含部分查询的结果（4）']);
    expect(zh.edition('2023')).toBe('2023年版');
    expect(zh.byRegime({})).toBe('');
    expect(en.none('drone', false)).toBe('No entry or announcement matches “drone”.');
    expect(en.noWhole('rare earth', 1, false)).toBe('No result holds the whole of “rare earth”. The result below holds only part of it.');
    expect(en.noWhole('rare earth', 3, true)).toBe('No result holds the whole of “rare earth” (filtered). The 3 results below hold only part of it.');
    expect(en.fewer('rare earth gallium', ['rare earth', 'gallium'], false)).toBe('No page holds all of “rare earth gallium”; pages with “rare earth” or “gallium”:');
    expect(en.fewer('a b', ['a'], true)).toBe('No page holds all of “a b” (filtered); pages with “a”:');
    expect(en.also(['UAV', 'unmanned aerial vehicle'])).toBe(' Also searched as: UAV, unmanned aerial vehicle.');
    expect([en.partial(['rare', 'earth']), en.partial([])]).toEqual(['Partial match: only “rare”, “earth”', 'Partial match']);
    expect([en.partialToggle(1, true), en.partialToggle(4, false)]).toEqual(['Hide 1 result holding only part of the query', 'Show 4 results holding only part of the query']);
    expect(en.byRegime({ 出口管制公告: 1 })).toBe(' (export-control announcements: 1 page)');
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
