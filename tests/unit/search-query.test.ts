/** The search query normaliser, the URL state of the search page, and the Traditional→Simplified table. */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { buildFoldTable, corpusTexts } from '../../src/lib/search/search-fold.ts';
import { foldMap, MAX_QUERY_LENGTH, normalizeQuery, pagefindFilters, readSearchState, searchStateQuery, type Fold } from '../../src/lib/search/search-query.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';

let fold: Fold;
beforeAll(() => {
  fold = foldMap(buildFoldTable(corpusTexts(buildCatalogue(readContent(fileURLToPath(new URL('../..', import.meta.url)))))));
});

describe('normalizeQuery: what reaches Pagefind', () => {
  test('empty and blank queries give nothing', () => {
    for (const q of ['', ' ', '\u3000\u3000', '\n\t']) expect(normalizeQuery(q, fold)).toBeUndefined();
  });

  test('Traditional forms fold to the Simplified ones the catalogue uses', () => {
    expect(normalizeQuery('提煉', fold)).toEqual({ text: '提炼' });
    expect(normalizeQuery('基因編輯', fold)).toEqual({ text: '基因编辑' });
    expect(normalizeQuery('激光雷達', fold)).toEqual({ text: '激光雷达' });
    expect(normalizeQuery('無人機飛行控制系統', fold)).toEqual({ text: '无人机飞行控制系统' });
  });

  test('Simplified text and characters without a Traditional form pass unchanged', () => {
    expect(normalizeQuery('稀土的提炼', fold)).toEqual({ text: '稀土的提炼' });
  });

  test('a 编号 in any case or width becomes the code itself', () => {
    for (const q of ['203912X', '203912x', ' 203912x ', '２０３９１２Ｘ', '２０３９１２ｘ']) expect(normalizeQuery(q, fold)).toEqual({ text: '203912X', code: '203912X' });
  });

  test('full-width letters, digits and spaces become half-width; whitespace collapses', () => {
    expect(normalizeQuery('ＶＢ２\u3000 生产', fold)).toEqual({ text: 'VB2 生产' });
  });

  test('a partial code is a plain query, not a code', () => {
    expect(normalizeQuery('2039', fold)).toEqual({ text: '2039' });
    expect(normalizeQuery('203912', fold)).toEqual({ text: '203912' });
  });

  test(`queries are cut at ${MAX_QUERY_LENGTH} characters, not rejected`, () => {
    const long = '稀'.repeat(150) + '土'.repeat(150);
    expect(normalizeQuery(long, fold)).toEqual({ text: '稀'.repeat(150) + '土'.repeat(50) });
    // Characters outside the BMP count as one character, and are never split.
    expect([...normalizeQuery('𠀀'.repeat(300), fold)!.text]).toHaveLength(MAX_QUERY_LENGTH);
  });

  test('without a table, nothing is folded', () => {
    expect(normalizeQuery('提煉')).toEqual({ text: '提煉' });
  });
});

describe('the folding table', () => {
  test('holds the Traditional forms of corpus characters, and only forms the corpus does not use itself', () => {
    const t = buildFoldTable(['测试技术甲', '乾燥干燥']);
    const map = foldMap(t);
    expect(map.get('測')).toBe('测');
    expect(map.get('試')).toBe('试');
    expect(map.get('術')).toBe('术');
    expect(map.has('乾')).toBe(false); // the corpus writes 乾 itself: never folded away
    expect(map.has('甲')).toBe(false);
    expect(map.has('語')).toBe(false); // 语 is not in this corpus
  });

  test('the real table folds every Traditional character of the issue examples', () => {
    const pairs: [string, string][] = [['煉', '炼'], ['編', '编'], ['輯', '辑'], ['達', '达']];
    for (const [t, s] of pairs) expect(fold.get(t)).toBe(s);
  });

  test('a table whose two halves differ in length is refused', () => {
    expect(() => foldMap({ from: '煉達', to: '炼' })).toThrow('Fold table is broken: 2 source characters, 1 targets');
  });
});

describe('search page URL state', () => {
  test('reads q and filters, cuts q, and falls back to relevance for an unknown sort', () => {
    const s = readSearchState(new URLSearchParams(`q=${'稀'.repeat(250)}&edition=2023&part=禁止&sort=random`));
    expect(s).toEqual({ q: '稀'.repeat(200), regime: '', edition: '2023', part: '禁止', industry: '', sort: 'relevance' });
  });

  test('writes only what is set, so a link reloads to the same search', () => {
    const s = readSearchState(new URLSearchParams('q=稀土&edition=2023'));
    expect(searchStateQuery(s)).toBe(`q=${encodeURIComponent('稀土')}&edition=2023`);
    expect(readSearchState(new URLSearchParams(searchStateQuery(s)))).toEqual(s);
    expect(searchStateQuery({ ...s, q: '', edition: '', sort: 'code' })).toBe('sort=code');
  });

  test('Pagefind filters hold only the chosen fields', () => {
    expect(pagefindFilters(readSearchState(new URLSearchParams('q=x&part=限制&industry=畜牧业')))).toEqual({ part: '限制', industry: '畜牧业' });
    expect(pagefindFilters(readSearchState(new URLSearchParams('q=x')))).toEqual({});
  });
});
