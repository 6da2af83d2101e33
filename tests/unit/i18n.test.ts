/** UI string catalogues: same keys and placeholders in every language, checked word for word; t() and locale paths. */
import { describe, expect, test } from 'vitest';
import en from '../../src/translations/en.json';
import zhCN from '../../src/translations/zh-CN.json';
import { checkCatalogues, localeOf, pathIn, uiTemplates, useTranslations } from '../../src/lib/site/i18n.ts';

describe('catalogues', () => {
  test('the shipped catalogues pass: English has every Chinese key and no other', () => {
    expect(() => checkCatalogues()).not.toThrow();
    expect(Object.keys(en).sort()).toEqual(Object.keys(zhCN).sort());
  });
  test('a missing key, an extra key, an empty string and a lost placeholder are reported with file, key and reason', () => {
    const zh = { ...zhCN, 'nav.editions': '版本 {{n}}' };
    const broken: Record<string, string> = { ...en, 'nav.editions': 'Editions', 'nav.extra': 'Extra', 'nav.changes': ' ' };
    delete broken['nav.coverage'];
    expect(() => checkCatalogues({ 'zh-CN': zh as typeof zhCN, en: broken })).toThrow(
      [
        'Invalid content (4 problems):',
        // The Chinese catalogue is the reference: a test copy that adds a placeholder is measured against the shipped one.
        '  src/translations/zh-CN.json — nav.editions: must use the placeholders (none), as the Chinese string does',
        '  src/translations/en.json — nav.changes: must not be empty',
        '  src/translations/en.json — nav.coverage: is missing',
        '  src/translations/en.json — nav.extra: is not a key of the Chinese catalogue (src/translations/zh-CN.json)',
      ].join('\n'),
    );
  });
});

describe('t() and locales decided by routing', () => {
  test('t() is bound to its locale', () => {
    expect(useTranslations('zh-CN')('nav.editions')).toBe('版本');
    expect(useTranslations('en')('nav.editions')).toBe('Editions');
  });
  test('t() remembers a string by its key and values: other values, another locale or a long value give their own string', () => {
    const zh = useTranslations('zh-CN');
    const en = useTranslations('en');
    expect([zh('edition.label', { year: 2001 }), zh('edition.label', { year: 2002 }), zh('edition.label', { year: 2001 })]).toEqual(['2001年版', '2002年版', '2001年版']);
    expect([en('edition.label', { year: 2001 }), zh('edition.label')]).toEqual(['2001 edition', '{{year}}年版']);
    const long = '测'.repeat(500);
    expect([zh('edition.label', { year: long }), zh('edition.label', { year: `${long}甲` })]).toEqual([`${long}年版`, `${long}甲年版`]);
  });
  test('uiTemplates gives the strings as written, placeholders unfilled, for the browser', () => {
    expect(uiTemplates('en', ['edition.label', 'nav.editions'])).toEqual({ 'edition.label': '{{year}} edition', 'nav.editions': 'Editions' });
  });
  test('paths move between locales and keep the rest of the address', () => {
    expect(pathIn('/controls/2025-62/', 'en')).toBe('/en/controls/2025-62/');
    expect(pathIn('/en/controls/2025-62/', 'zh-CN')).toBe('/controls/2025-62/');
    expect(pathIn('/', 'en')).toBe('/en/');
    expect(pathIn('/en/', 'zh-CN')).toBe('/');
    expect(pathIn('/entries/uav/2023/', 'zh-CN')).toBe('/entries/uav/2023/');
    expect([localeOf('/en/about/'), localeOf('/enigma/'), localeOf('/')]).toEqual(['en', 'zh-CN', 'zh-CN']);
  });
});
