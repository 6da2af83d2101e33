/** The site's two languages and their paths: the same page in the other language, which pages exist in English, links between them. */
import { describe, expect, test } from 'vitest';
import { chineseOnly, hasEnglish, linkTo, localeOf, localePrefix, pathIn } from '../../src/lib/site/locale-paths.ts';

describe('pathIn and localeOf', () => {
  const table: [string, string, string, 'zh-CN' | 'en'][] = [
    // path, in Chinese, in English, the locale it belongs to
    ['/', '/', '/en/', 'zh-CN'],
    ['/en/', '/', '/en/', 'en'],
    ['/en', '/', '/en/', 'en'],
    ['/controls/2025-62/', '/controls/2025-62/', '/en/controls/2025-62/', 'zh-CN'],
    ['/en/controls/2025-62/#cl-1-1', '/controls/2025-62/#cl-1-1', '/en/controls/2025-62/#cl-1-1', 'en'],
    // A path that only starts with the letters "en" is not English.
    ['/entries/rare-earth/', '/entries/rare-earth/', '/en/entries/rare-earth/', 'zh-CN'],
    ['/english/', '/english/', '/en/english/', 'zh-CN'],
    // "/en" inside a path is not a prefix.
    ['/glossary/en/', '/glossary/en/', '/en/glossary/en/', 'zh-CN'],
  ];
  test.each(table)('%s → %s and %s (%s)', (path, zh, en, locale) => {
    expect(pathIn(path, 'zh-CN')).toBe(zh);
    expect(pathIn(path, 'en')).toBe(en);
    expect(localeOf(path)).toBe(locale);
  });
  test('the prefixes', () => {
    expect([localePrefix('zh-CN'), localePrefix('en')]).toEqual(['', '/en']);
  });
});

describe('which pages exist in English', () => {
  const yes = ['/', '/controls/', '/controls/2025-62/', '/controls/2025-62/items/1-1/', '/controls/codes/', '/controls/codes/1E902.a/', '/controls/changes/', '/technologies/', '/timeline/', '/editions/', '/editions/2023/', '/parts/prohibited/', '/parts/restricted/', '/industries/', '/industries/nonferrous-metallurgy/', '/codes/053201J/', '/entries/x/', '/entries/x/2023/', '/entries/x/compare/2008...2023/', '/amendments/2025-28/', '/changes/', '/changes/2020-2023/', '/about/', '/glossary/', '/coverage/', '/data/', '/search/'];
  const no = ['/sources/', '/parts/other/', '/controls/2025-62/items/', '/editions/2023/extra/', '/entries/x/compare/2008..2023/', '/feed.xml', '/controls/2025-62'];
  test.each(yes)('%s has an English page (and so does its English path, with a fragment or a query)', (p) => {
    expect(hasEnglish(p)).toBe(true);
    expect(hasEnglish(pathIn(p, 'en'))).toBe(true);
    expect(hasEnglish(`${p}#x`)).toBe(true);
    expect(hasEnglish(`${p}?q=1`)).toBe(true);
  });
  test.each(no)('%s has none', (p) => {
    expect(hasEnglish(p)).toBe(false);
    expect(hasEnglish(pathIn(p, 'en'))).toBe(false);
  });
});

describe('links', () => {
  test('from a Chinese page: always the Chinese page, never marked', () => {
    expect(linkTo('zh-CN')('/controls/2025-62/')).toEqual({ href: '/controls/2025-62/' });
    expect(linkTo('zh-CN')('/sources/')).toEqual({ href: '/sources/' });
    expect(chineseOnly('zh-CN', '/sources/')).toBe(false);
  });
  test('from an English page: the English page where there is one, else the Chinese page marked zh-CN', () => {
    expect(linkTo('en')('/controls/2025-62/#cl-1')).toEqual({ href: '/en/controls/2025-62/#cl-1' });
    expect(linkTo('en')('/sources/')).toEqual({ href: '/sources/', hreflang: 'zh-CN' });
    expect(chineseOnly('en', '/sources/')).toBe(true);
    expect(chineseOnly('en', '/controls/')).toBe(false);
  });
  test('the same answer twice (answers are remembered by page)', () => {
    expect([hasEnglish('/timeline/'), hasEnglish('/timeline/'), hasEnglish('/nowhere/'), hasEnglish('/nowhere/')]).toEqual([true, true, false, false]);
  });
});
