/** The citation format: Chinese and English, entry and control point, with and without 序号 and 编号. */
import { describe, expect, test } from 'vitest';
import { citationText, citeControlPoint, citeEntry, editionInstruments, instrumentEn, QUOTE_LENGTH, quoteWording, type CitableEntry } from '../../src/lib/catalogue/citation.ts';
import { fileURLToPath } from 'node:url';
import { citeClause, citeInstrument, citeItem } from '../../src/lib/controls/citation.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent } from '../../src/lib/site/site-content.ts';
import { loadFixture, loadSiteFixture } from '../helpers/fixtures.ts';

const ORIGIN = 'https://example.org';
const held: CitableEntry = { key: 'test-c', edition: '2001', instrument: '测试部公告2001年第1号', part: '限制', seq: 7, code: '990201X', name: '测试技术丙' };
const bare: CitableEntry = { key: 'test-x', edition: '2002', instrument: '测试部公告2002年第1号', part: '禁止', name: '测试技术戊' };

describe('citing an entry version', () => {
  test('with 序号 and 编号', () => {
    expect(citeEntry(held, ORIGIN)).toEqual({
      zh: '《中国禁止出口限制出口技术目录》2001年版（测试部公告2001年第1号），限制出口部分，序号7，“测试技术丙”，编号990201X。网址：https://example.org/entries/test-c/2001/',
      en: 'Catalogue of Technologies Prohibited or Restricted from Export [《中国禁止出口限制出口技术目录》], 2001 edition, issued by [测试部公告2001年第1号], Restricted part [限制出口部分], serial number 7 [序号7], “测试技术丙” (not yet translated), code 990201X [编号990201X]. English page: https://example.org/en/entries/test-c/2001/; Chinese page (the Chinese wording is authoritative): https://example.org/entries/test-c/2001/',
      url: 'https://example.org/entries/test-c/2001/',
      urlEn: 'https://example.org/en/entries/test-c/2001/',
    });
  });

  test('序号 not held is left out; a missing 编号 says so (in English: "code not held", never 编号 unknown)', () => {
    const c = citeEntry(bare, `${ORIGIN}/`);
    expect(c.zh).toBe('《中国禁止出口限制出口技术目录》2002年版（测试部公告2002年第1号），禁止出口部分，“测试技术戊”，编号未知。网址：https://example.org/entries/test-x/2002/');
    expect(c.en).toBe(
      'Catalogue of Technologies Prohibited or Restricted from Export [《中国禁止出口限制出口技术目录》], 2002 edition, issued by [测试部公告2002年第1号], Prohibited part [禁止出口部分], “测试技术戊” (not yet translated), code not held. English page: https://example.org/en/entries/test-x/2002/; Chinese page (the Chinese wording is authoritative): https://example.org/entries/test-x/2002/',
    );
    expect(c.en).not.toContain('编号 unknown');
  });
});

describe('citing a control point', () => {
  test('a numbered point cites its number and its fragment', () => {
    const c = citeControlPoint(held, { n: 2, anchor: 'cp-2' }, ORIGIN);
    expect(c.url).toBe('https://example.org/entries/test-c/2001/#cp-2');
    expect(c.zh).toBe('《中国禁止出口限制出口技术目录》2001年版（测试部公告2001年第1号），限制出口部分，序号7，“测试技术丙”，编号990201X，控制要点2。网址：https://example.org/entries/test-c/2001/#cp-2');
    expect(c.urlEn).toBe('https://example.org/en/entries/test-c/2001/#cp-2');
    expect(c.en).toContain(', code 990201X [编号990201X], control point 2 [控制要点2]. English page: https://example.org/en/entries/test-c/2001/#cp-2; Chinese page (the Chinese wording is authoritative): https://example.org/entries/test-c/2001/#cp-2');
  });

  test('a point whose official number is not held is identified by its wording, quoted whole when short', () => {
    const c = citeControlPoint(bare, { anchor: 'cp-u1', text: '测试技术戊的测试要点' }, ORIGIN);
    expect(c.zh).toBe(
      '《中国禁止出口限制出口技术目录》2002年版（测试部公告2002年第1号），禁止出口部分，“测试技术戊”，编号未知，控制要点（官方编号未知）“测试技术戊的测试要点”。网址：https://example.org/entries/test-x/2002/#cp-u1',
    );
    expect(c.en).toBe(
      'Catalogue of Technologies Prohibited or Restricted from Export [《中国禁止出口限制出口技术目录》], 2002 edition, issued by [测试部公告2002年第1号], Prohibited part [禁止出口部分], “测试技术戊” (not yet translated), code not held, control point (official number not held) “测试技术戊的测试要点” (not yet translated). English page: https://example.org/en/entries/test-x/2002/#cp-u1; Chinese page (the Chinese wording is authoritative): https://example.org/entries/test-x/2002/#cp-u1',
    );
    // With our English of the wording: it comes first, labelled, the Chinese in brackets.
    expect(citeControlPoint(bare, { anchor: 'cp-u1', text: '测试技术戊的测试要点', en: 'Test point of test technology E' }, ORIGIN).en).toContain(
      'control point (official number not held) “Test point of test technology E” (our unofficial translation) [“测试技术戊的测试要点”]. English page:',
    );
  });

  test('a long wording is cut after 30 characters with …', () => {
    const long = '测试技术戊的第二个测试要点，这一要点很长，超过了引用时引出的三十个字的长度，所以要截断';
    expect(Array.from(long).length).toBeGreaterThan(QUOTE_LENGTH);
    const c = citeControlPoint(bare, { anchor: 'cp-u2', text: long }, ORIGIN);
    expect(c.zh).toContain('编号未知，控制要点（官方编号未知）“测试技术戊的第二个测试要点，这一要点很长，超过了引用时引出的…”。网址：https://example.org/entries/test-x/2002/#cp-u2');
    expect(c.en).toContain('code not held, control point (official number not held) “测试技术戊的第二个测试要点，这一要点很长，超过了引用时引出的…” (not yet translated). English page:');
    const en = 'The second test point of test technology E, which is long, longer than the hundred characters a citation quotes of it';
    expect(citeControlPoint(bare, { anchor: 'cp-u2', text: long, en }, ORIGIN).en).toContain(
      '“The second test point of test technology E, which is long, longer than the hundred characters a…” (our unofficial translation) [“测试技术戊的第二个测试要点，这一要点很长，超过了引用时引出的…”]',
    );
  });

  test('two points without a number in one entry are cited differently', () => {
    const a = citeControlPoint(bare, { anchor: 'cp-u1', text: '测试要点一' }, ORIGIN);
    const b = citeControlPoint(bare, { anchor: 'cp-u2', text: '测试要点二' }, ORIGIN);
    expect(a.zh.replace(/。网址：.*$/, '')).not.toBe(b.zh.replace(/。网址：.*$/, ''));
    expect(a.en.replace(/\. English page.*$/, '')).not.toBe(b.en.replace(/\. English page.*$/, ''));
  });

  test('a point with neither number nor wording held says both', () => {
    const c = citeControlPoint(bare, { anchor: 'cp-u1' }, ORIGIN);
    expect(c.zh).toContain('编号未知，控制要点（官方编号未知，措辞未持有）。网址：https://example.org/entries/test-x/2002/#cp-u1');
    expect(c.en).toContain('code not held, control point (official number not held, wording not held). English page:');
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
    expect(c.en).toContain('2002 edition, issued by [测试令第1号], as amended by [测试公告第2号], Prohibited part');
  });
});

describe('English citations of the real catalogue instruments', () => {
  const uav: CitableEntry = { key: 'uav', edition: '2023', instrument: '商务部 科技部公告2023年第57号', part: '限制', seq: 71, code: '203912X', name: '无人机技术' };

  test('everything in English first, the official Chinese (title, designation, part, 序号, name, 编号) in brackets', () => {
    expect(citeEntry(uav, ORIGIN).en).toBe(
      'Catalogue of Technologies Prohibited or Restricted from Export [《中国禁止出口限制出口技术目录》], 2023 edition, issued by MOFCOM & MOST Announcement No. 57 of 2023 [商务部 科技部公告2023年第57号], Restricted part [限制出口部分], serial number 71 [序号71], “无人机技术” (not yet translated), code 203912X [编号203912X]. English page: https://example.org/en/entries/uav/2023/; Chinese page (the Chinese wording is authoritative): https://example.org/entries/uav/2023/',
    );
  });

  test('our English name, when written, comes first, labelled as our unofficial translation, the Chinese name in brackets', () => {
    const c = citeControlPoint({ ...uav, nameEn: 'Drone technology' }, { n: 5, anchor: 'cp-5' }, ORIGIN);
    expect(c.en).toBe(
      'Catalogue of Technologies Prohibited or Restricted from Export [《中国禁止出口限制出口技术目录》], 2023 edition, issued by MOFCOM & MOST Announcement No. 57 of 2023 [商务部 科技部公告2023年第57号], Restricted part [限制出口部分], serial number 71 [序号71], “Drone technology” (our unofficial translation) [“无人机技术”], code 203912X [编号203912X], control point 5 [控制要点5]. English page: https://example.org/en/entries/uav/2023/#cp-5; Chinese page (the Chinese wording is authoritative): https://example.org/entries/uav/2023/#cp-5',
    );
    expect(c.zh).not.toContain('Drone');
  });

  test('an amended edition cites both instruments in English', () => {
    const c = citeEntry({ ...uav, edition: '2025', amendedBy: '商务部 科技部公告2025年第28号' }, ORIGIN);
    expect(c.en).toContain('issued by MOFCOM & MOST Announcement No. 57 of 2023 [商务部 科技部公告2023年第57号], as amended by MOFCOM & MOST Announcement No. 28 of 2025 [商务部 科技部公告2025年第28号], Restricted part');
  });

  test('instrument designations in English: announcements, orders, unknown issuers, other forms', () => {
    expect(instrumentEn('商务部 科技部公告2023年第57号')).toBe('MOFCOM & MOST Announcement No. 57 of 2023');
    expect(instrumentEn('商务部 科技部令2008年第12号')).toBe('MOFCOM & MOST Order No. 12 of 2008');
    expect(instrumentEn('测试部公告2001年第1号')).toBeUndefined();
    expect(instrumentEn('测试令第1号')).toBeUndefined();
  });
});

describe('citing an export-control announcement, clause and item (fixture controls-basic: 2001-1 by 测试部)', () => {
  const { controls } = loadSiteFixture('controls-basic');
  const inst = controls.byId.get('2001-1')!;
  const clause = inst.clauses.find((c) => c.id === '1-1')!;
  const item = inst.items[0]!;
  const ADDRESSES = (path: string) => `English page: https://example.org/en${path}; Chinese page (the Chinese wording is authoritative): https://example.org${path}`;

  test('a clause: its English label first, the official numbering in brackets, its words; both addresses', () => {
    const c = citeClause(inst, clause, ORIGIN);
    expect(c.zh).toBe('测试部公告2001年第1号，一（一）。本站参考副本（非官方）：https://example.org/controls/2001-1/#cl-1-1');
    expect(c.en).toBe(`测试部 Announcement No. 1 of 2001 [测试部公告2001年第1号], clause 1(1) [一（一）], “（一）9E901.a 用于生产测试物项的技术。” (not yet translated). ${ADDRESSES('/controls/2001-1/#cl-1-1')}`);
    expect({ url: c.url, urlEn: c.urlEn }).toEqual({ url: 'https://example.org/controls/2001-1/#cl-1-1', urlEn: 'https://example.org/en/controls/2001-1/#cl-1-1' });
  });

  test('our English of the cited words, where held, comes first and is labelled', () => {
    const c = citeClause(inst, { ...clause, en: '(1) 9E901.a Technology for producing the test items.' }, ORIGIN);
    expect(c.en).toContain('clause 1(1) [一（一）], “(1) 9E901.a Technology for producing the test items.” (our unofficial translation) [“（一）9E901.a 用于生产测试物项的技术。”]. English page:');
  });

  test('an unnumbered block is cited by its English name, never by a Chinese label alone', () => {
    const c = citeClause(inst, { ...clause, id: '1-p2', label: '一 第二段' }, ORIGIN);
    expect(c.en).toContain('[测试部公告2001年第1号], second paragraph of clause 1 [一 第二段], “');
  });

  test('an item: its clause, its code and its words', () => {
    const c = citeItem(inst, item, ORIGIN);
    expect(c.zh).toBe('测试部公告2001年第1号，一（一），管制编码9E901.a。本站参考副本（非官方）：https://example.org/controls/2001-1/items/1-1/');
    expect(c.en).toBe(`测试部 Announcement No. 1 of 2001 [测试部公告2001年第1号], clause 1(1) [一（一）], control code 9E901.a, “用于生产测试物项的技术。” (not yet translated). ${ADDRESSES('/controls/2001-1/items/1-1/')}`);
  });

  test('the announcement: its title where held, in our English with the official title in brackets', () => {
    expect(citeInstrument(inst, ORIGIN).en).toBe(`测试部 Announcement No. 1 of 2001 [测试部公告2001年第1号]. ${ADDRESSES('/controls/2001-1/')}`);
    const titled = { ...inst, title: { ...clause, text: '关于测试物项的公告', en: 'Announcement on test items' } };
    expect(citeInstrument(titled, ORIGIN).en).toBe(`测试部 Announcement No. 1 of 2001 [测试部公告2001年第1号], titled “Announcement on test items” (our unofficial translation) [《关于测试物项的公告》]. ${ADDRESSES('/controls/2001-1/')}`);
  });

  // The real content, built once when the file is collected (not inside a timed test).
  const real = buildSiteContent(readContent(fileURLToPath(new URL('../../', import.meta.url)))).controls;
  test('every citation of the real announcements names its English page and its Chinese page, and no Chinese label stands alone', () => {
    for (const i of real.instruments) {
      for (const c of [citeInstrument(i, ORIGIN), ...i.clauses.map((cl) => citeClause(i, cl, ORIGIN)), ...i.items.map((it) => citeItem(i, it, ORIGIN))]) {
        expect(c.en).toContain(`English page: ${c.urlEn}; Chinese page (the Chinese wording is authoritative): ${c.url}`);
        expect(c.urlEn).toBe(c.url.replace(ORIGIN, `${ORIGIN}/en`));
        // Outside brackets and quotation marks, the English citation is English.
        expect(c.en.replace(/\[[^\]]*\]|“[^”]*”|《[^》]*》/g, ''), c.url).not.toMatch(/\p{Script=Han}/u);
      }
    }
  });
});
