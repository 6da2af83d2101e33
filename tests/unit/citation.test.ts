/** The citation format: Chinese and English, entry and control point, with and without 序号 and 编号. */
import { describe, expect, test } from 'vitest';
import { citationText, citeControlPoint, citeEntry, editionInstruments, instrumentEn, QUOTE_LENGTH, quoteWording, type CitableEntry } from '../../src/lib/citation.ts';
import { loadFixture } from '../helpers/fixtures.ts';

const ORIGIN = 'https://example.org';
const held: CitableEntry = { key: 'test-c', edition: '2001', instrument: '测试部公告2001年第1号', part: '限制', seq: 7, code: '990201X', name: '测试技术丙' };
const bare: CitableEntry = { key: 'test-x', edition: '2002', instrument: '测试部公告2002年第1号', part: '禁止', name: '测试技术戊' };

describe('citing an entry version', () => {
  test('with 序号 and 编号', () => {
    expect(citeEntry(held, ORIGIN)).toEqual({
      zh: '《中国禁止出口限制出口技术目录》2001年版（测试部公告2001年第1号），限制出口部分，序号7，“测试技术丙”，编号990201X。网址：https://example.org/entries/test-c/2001/',
      en: '测试部公告2001年第1号, Catalogue of Technologies Prohibited or Restricted from Export, 2001 edition, Restricted part, 序号 7, “测试技术丙”, 编号 990201X. Unofficial reference copy: https://example.org/entries/test-c/2001/',
      url: 'https://example.org/entries/test-c/2001/',
    });
  });

  test('序号 not held is left out; a missing 编号 says so', () => {
    const c = citeEntry(bare, `${ORIGIN}/`);
    expect(c.zh).toBe('《中国禁止出口限制出口技术目录》2002年版（测试部公告2002年第1号），禁止出口部分，“测试技术戊”，编号未知。网址：https://example.org/entries/test-x/2002/');
    expect(c.en).toBe(
      '测试部公告2002年第1号, Catalogue of Technologies Prohibited or Restricted from Export, 2002 edition, Prohibited part, “测试技术戊”, 编号 unknown. Unofficial reference copy: https://example.org/entries/test-x/2002/',
    );
  });
});

describe('citing a control point', () => {
  test('a numbered point cites its number and its fragment', () => {
    const c = citeControlPoint(held, { n: 2, anchor: 'cp-2' }, ORIGIN);
    expect(c.url).toBe('https://example.org/entries/test-c/2001/#cp-2');
    expect(c.zh).toBe('《中国禁止出口限制出口技术目录》2001年版（测试部公告2001年第1号），限制出口部分，序号7，“测试技术丙”，编号990201X，控制要点2。网址：https://example.org/entries/test-c/2001/#cp-2');
    expect(c.en).toContain(', 编号 990201X, control point 2. Unofficial reference copy: https://example.org/entries/test-c/2001/#cp-2');
  });

  test('a point whose official number is not held is identified by its wording, quoted whole when short', () => {
    const c = citeControlPoint(bare, { anchor: 'cp-u1', text: '测试技术戊的测试要点' }, ORIGIN);
    expect(c.zh).toBe(
      '《中国禁止出口限制出口技术目录》2002年版（测试部公告2002年第1号），禁止出口部分，“测试技术戊”，编号未知，控制要点（官方编号未知）“测试技术戊的测试要点”。网址：https://example.org/entries/test-x/2002/#cp-u1',
    );
    expect(c.en).toBe(
      '测试部公告2002年第1号, Catalogue of Technologies Prohibited or Restricted from Export, 2002 edition, Prohibited part, “测试技术戊”, 编号 unknown, control point (official number unknown) “测试技术戊的测试要点”. Unofficial reference copy: https://example.org/entries/test-x/2002/#cp-u1',
    );
  });

  test('a long wording is cut after 30 characters with …', () => {
    const long = '测试技术戊的第二个测试要点，这一要点很长，超过了引用时引出的三十个字的长度，所以要截断';
    expect(Array.from(long).length).toBeGreaterThan(QUOTE_LENGTH);
    const c = citeControlPoint(bare, { anchor: 'cp-u2', text: long }, ORIGIN);
    expect(c.zh).toContain('编号未知，控制要点（官方编号未知）“测试技术戊的第二个测试要点，这一要点很长，超过了引用时引出的…”。网址：https://example.org/entries/test-x/2002/#cp-u2');
    expect(c.en).toContain('编号 unknown, control point (official number unknown) “测试技术戊的第二个测试要点，这一要点很长，超过了引用时引出的…”. Unofficial reference copy:');
  });

  test('two points without a number in one entry are cited differently', () => {
    const a = citeControlPoint(bare, { anchor: 'cp-u1', text: '测试要点一' }, ORIGIN);
    const b = citeControlPoint(bare, { anchor: 'cp-u2', text: '测试要点二' }, ORIGIN);
    expect(a.zh.replace(/。网址：.*$/, '')).not.toBe(b.zh.replace(/。网址：.*$/, ''));
    expect(a.en.replace(/\. Unofficial.*$/, '')).not.toBe(b.en.replace(/\. Unofficial.*$/, ''));
  });

  test('a point with neither number nor wording held says both', () => {
    const c = citeControlPoint(bare, { anchor: 'cp-u1' }, ORIGIN);
    expect(c.zh).toContain('编号未知，控制要点（官方编号未知，措辞未持有）。网址：https://example.org/entries/test-x/2002/#cp-u1');
    expect(c.en).toContain('编号 unknown, control point (official number unknown, wording not held). Unofficial');
  });

  test('a numbered point is cited by its number, not its wording', () => {
    const c = citeControlPoint(held, { n: 2, anchor: 'cp-2', text: '测试技术丙的第二个测试要点' }, ORIGIN);
    expect(c.zh).toContain('编号990201X，控制要点2。网址：');
    expect(c.zh).not.toContain('测试技术丙的第二个测试要点');
  });
});

describe('quoting a wording', () => {
  test('up to 30 characters whole; longer cut at 30, trailing space dropped, … added', () => {
    expect(QUOTE_LENGTH).toBe(30);
    const thirty = '一二三四五六七八九十'.repeat(3);
    expect(quoteWording(thirty)).toBe(thirty);
    expect(quoteWording(`${thirty}甲`)).toBe(`${thirty}…`);
    expect(quoteWording('abc def', 4)).toBe('abc…');
    expect(quoteWording('  测试  ')).toBe('测试');
  });

  test('characters outside the BMP count as one and are never split', () => {
    const text = `${'𠀀'.repeat(29)}𠀁𠀂`;
    expect(quoteWording(text)).toBe(`${'𠀀'.repeat(29)}𠀁…`);
  });
});

describe('origin and copy text', () => {
  test('the origin must be absolute', () => {
    expect(() => citeEntry(held, '/')).toThrow('citation origin must be an absolute http(s) origin such as https://example.org, got "/"');
    expect(() => citeEntry(held, 'https://example.org/sub/')).toThrow('got "https://example.org/sub/"');
  });

  test('the copied text is the Chinese citation, then the English one; on English pages the English first', () => {
    const c = citeEntry(held, ORIGIN);
    expect(citationText(c)).toBe(`${c.zh}\n${c.en}`);
    expect(citationText(c, 'en')).toBe(`${c.en}\n${c.zh}`);
  });
});

describe('instruments of an edition', () => {
  const cat = loadFixture('basics');
  test('a full-text edition cites its own instrument; an amended one cites the base text as amended', () => {
    expect(editionInstruments(cat.editions, '2001')).toEqual({ instrument: '测试令第1号' });
    expect(editionInstruments(cat.editions, '2002')).toEqual({ instrument: '测试令第1号', amendedBy: '测试公告第2号' });
    expect(() => editionInstruments(cat.editions, '1999')).toThrow('No edition 1999');
  });

  test('the amending instrument appears in both languages', () => {
    const c = citeEntry({ ...bare, ...editionInstruments(cat.editions, '2002') }, ORIGIN);
    expect(c.zh).toContain('2002年版（测试令第1号，经测试公告第2号调整），禁止出口部分');
    expect(c.en).toContain('测试令第1号, as amended by 测试公告第2号, Catalogue of Technologies Prohibited or Restricted from Export, 2002 edition, Prohibited part');
  });
});

describe('English citations of the real catalogue instruments', () => {
  const uav: CitableEntry = { key: 'uav', edition: '2023', instrument: '商务部 科技部公告2023年第57号', part: '限制', seq: 71, code: '203912X', name: '无人机技术' };

  test('the instrument in English first, its Chinese designation in brackets; 序号 and 编号 kept; the Chinese name', () => {
    expect(citeEntry(uav, ORIGIN).en).toBe(
      'MOFCOM & MOST Announcement No. 57 of 2023 (商务部 科技部公告2023年第57号), Catalogue of Technologies Prohibited or Restricted from Export, 2023 edition, Restricted part, 序号 71, “无人机技术”, 编号 203912X. Unofficial reference copy: https://example.org/entries/uav/2023/',
    );
  });

  test('our English name, when written, follows the Chinese name in brackets, marked unofficial', () => {
    const c = citeControlPoint({ ...uav, nameEn: 'Unmanned aerial vehicle technology' }, { n: 5, anchor: 'cp-5' }, ORIGIN);
    expect(c.en).toBe(
      'MOFCOM & MOST Announcement No. 57 of 2023 (商务部 科技部公告2023年第57号), Catalogue of Technologies Prohibited or Restricted from Export, 2023 edition, Restricted part, 序号 71, “无人机技术” [unofficial English: Unmanned aerial vehicle technology], 编号 203912X, control point 5. Unofficial reference copy: https://example.org/entries/uav/2023/#cp-5',
    );
    expect(c.zh).not.toContain('Unmanned');
  });

  test('an amended edition cites both instruments in English', () => {
    const c = citeEntry({ ...uav, edition: '2025', amendedBy: '商务部 科技部公告2025年第28号' }, ORIGIN);
    expect(c.en).toContain('MOFCOM & MOST Announcement No. 57 of 2023 (商务部 科技部公告2023年第57号), as amended by MOFCOM & MOST Announcement No. 28 of 2025 (商务部 科技部公告2025年第28号), Catalogue');
  });

  test('instrument designations in English: announcements, orders, unknown issuers, other forms', () => {
    expect(instrumentEn('商务部 科技部公告2023年第57号')).toBe('MOFCOM & MOST Announcement No. 57 of 2023');
    expect(instrumentEn('商务部 科技部令2008年第12号')).toBe('MOFCOM & MOST Order No. 12 of 2008');
    expect(instrumentEn('测试部公告2001年第1号')).toBeUndefined();
    expect(instrumentEn('测试令第1号')).toBeUndefined();
  });
});
