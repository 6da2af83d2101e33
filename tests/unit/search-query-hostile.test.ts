/** The query normaliser on hostile input: invisible and control characters, lone surrogates, markup, regex text. */
import { describe, expect, test } from 'vitest';
import { normalizeQuery } from '../../src/lib/search/search-query.ts';
import { HOSTILE_QUERIES } from '../hostile-queries.ts';

describe('normalizeQuery on hostile input', () => {
  test('a query of only invisible or control characters is empty: nothing is searched, no "no results" for it', () => {
    for (const q of ['\u200B\u200C\u200D\uFEFF\u2060', '\u0000', '\u0000\u0001\u001B\u007F\u0085', '\u202E\u202C', '\u00AD', '\uD800', '\uDC00\uD800', '\u200B \u0000 \u3000']) {
      expect(normalizeQuery(q), JSON.stringify(q)).toBeUndefined();
    }
  });

  test('invisible characters inside a word are dropped; control characters separate words', () => {
    expect(normalizeQuery('稀\u200B土')).toEqual({ text: '稀土' });
    expect(normalizeQuery('\u202E稀土\u202C')).toEqual({ text: '稀土' });
    expect(normalizeQuery('\uDC00稀土\uD800')).toEqual({ text: '稀土' });
    expect(normalizeQuery('稀\u0000土')).toEqual({ text: '稀 土' });
    expect(normalizeQuery('\u0001\u0007\u001B[31m稀土')).toEqual({ text: '[31m稀土' });
  });

  test('the replacement character (what a lone half becomes in an address) and non-characters are dropped too', () => {
    expect(normalizeQuery('\uFFFD')).toBeUndefined();
    expect(normalizeQuery('\uFFFF\uFFFE\uFFFD')).toBeUndefined();
    expect(normalizeQuery('\uFFFD稀土')).toEqual({ text: '稀土' });
  });

  test('a 编号 wrapped in zero-width characters is still a 编号', () => {
    expect(normalizeQuery(' \u200B203912x\u200B ')).toEqual({ text: '203912X', code: '203912X' });
    expect(normalizeQuery('\uFEFF２０３９１２Ｘ\u0000')).toEqual({ text: '203912X', code: '203912X' });
  });

  test('surrogate pairs (emoji, CJK Ext. B) are kept whole; only unpaired halves go', () => {
    expect(normalizeQuery('𠀀稀土😀')).toEqual({ text: '𠀀稀土😀' });
    expect(normalizeQuery('\uD840\uDC00\uD840')).toEqual({ text: '𠀀' });
  });

  test('markup, regex, glob, quotes and SQL pass through as plain text, unchanged', () => {
    for (const q of ['<script>alert(1)</script>', '.*', '([稀土', '$&$1', '**/*.md', '"稀土', "' OR 1=1 --", '__proto__']) {
      expect(normalizeQuery(q)).toEqual({ text: q });
    }
  });

  test('every query of the hostile table normalises without throwing, to a well-formed string of at most 200 characters', () => {
    for (const { kind, query } of HOSTILE_QUERIES) {
      const n = normalizeQuery(query);
      if (!n) continue;
      expect([...n.text].length, kind).toBeLessThanOrEqual(200);
      expect(n.text, kind).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
      expect(n.text, kind).toBe(n.text.trim());
    }
  });
});
