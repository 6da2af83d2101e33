/** Control codes typed by readers: any case and width reads as the code as printed; other text is not a code. */
import { describe, expect, test } from 'vitest';
import { normalizeControlCode } from '../../src/lib/shared/codes.ts';
import { normalizeQuery, readSearchState, searchStateQuery, pagefindFilters } from '../../src/lib/search/search-query.ts';

describe('normalizeControlCode', () => {
  test.each([
    ['1E902.a', '1E902.a'],
    ['1e902.b', '1E902.b'],
    ['１Ｅ９０２．ａ', '1E902.a'],
    ['1E902。a', '1E902.a'],
    [' 3C901.A.1 ', '3C901.a.1'],
    ['2B902', '2B902'],
  ])('%s → %s', (input, code) => {
    expect(normalizeControlCode(input)).toBe(code);
  });
  test.each(['1F902.a', '1E90.a', '1E9021', 'E902.a', '1E902.', '稀土', '203912X'])('%s is not a control code', (input) => {
    expect(normalizeControlCode(input)).toBeUndefined();
  });
});

describe('the search query knows both kinds of code', () => {
  test('a control code becomes controlCode, a catalogue 编号 stays code', () => {
    expect(normalizeQuery('１ｅ９０２．ａ')).toEqual({ text: '1E902.a', controlCode: '1E902.a' });
    expect(normalizeQuery('203912x')).toEqual({ text: '203912X', code: '203912X' });
  });
  test('the regime filter is part of the URL state and of the Pagefind filters', () => {
    const s = readSearchState(new URLSearchParams('q=稀土&regime=出口管制公告'));
    expect(s.regime).toBe('出口管制公告');
    expect(searchStateQuery(s)).toBe('q=%E7%A8%80%E5%9C%9F&regime=%E5%87%BA%E5%8F%A3%E7%AE%A1%E5%88%B6%E5%85%AC%E5%91%8A');
    expect(pagefindFilters(s)).toEqual({ regime: '出口管制公告' });
  });
});
