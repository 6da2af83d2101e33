/** Pure helpers of the English catalogue pages: dates in English, Chinese runs in English text. */
import { describe, expect, test } from 'vitest';
import { dateEn } from '../../src/lib/shared/dates.ts';
import { splitChinese } from '../../src/lib/shared/han.ts';

describe('dateEn', () => {
  test('a day: day, month name, year, no leading zero', () => {
    expect(dateEn('2025-10-09')).toBe('9 October 2025');
    expect(dateEn('2023-12-21')).toBe('21 December 2023');
    expect(dateEn('2008-01-01')).toBe('1 January 2008');
  });
  test('a month alone', () => expect(dateEn('2025-07')).toBe('July 2025'));
  test('not an ISO date: an error, never a guess', () => {
    expect(() => dateEn('2025年7月15日')).toThrow('not an ISO date: "2025年7月15日"');
    expect(() => dateEn('2025-13-01')).toThrow('not an ISO date');
  });
});

describe('Chinese runs in an English citation (splitChinese, shared with the export-control pages)', () => {
  test('a designation in brackets is one Chinese run, spaces and digits between Han characters included', () => {
    expect(splitChinese('MOFCOM & MOST Announcement No. 57 of 2023 (商务部 科技部公告2023年第57号), Restricted part')).toEqual([
      'MOFCOM & MOST Announcement No. 57 of 2023 (',
      { zh: '商务部 科技部公告2023年第57号' },
      '), Restricted part',
    ]);
  });
  test('quoted names keep their quotation marks; 序号 and 编号 are Chinese runs, their numbers English', () => {
    expect(splitChinese('序号 71, “无人机技术” [unofficial English: UAV], 编号 203912X.')).toEqual([
      { zh: '序号' },
      ' 71, ',
      { zh: '“无人机技术”' },
      ' [unofficial English: UAV], ',
      { zh: '编号' },
      ' 203912X.',
    ]);
  });
  test('text without Chinese is one English run; the runs always join back to the text', () => {
    expect(splitChinese('code 203912X')).toEqual(['code 203912X']);
    const s = 'control point (official number unknown) “稀土萃取分离工艺技术…”. Unofficial reference copy: https://example.org/';
    expect(splitChinese(s).map((r) => (typeof r === 'string' ? r : r.zh)).join('')).toBe(s);
  });
});
