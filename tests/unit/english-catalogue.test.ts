/** Pure helpers of the English catalogue pages: dates in English, Chinese runs in English text. */
import { describe, expect, test } from 'vitest';
import { dateEn } from '../../src/lib/dates.ts';
import { zhRuns } from '../../src/lib/zh-runs.ts';

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

describe('zhRuns', () => {
  test('a designation in brackets is one Chinese run, spaces and digits between Han characters included', () => {
    expect(zhRuns('MOFCOM & MOST Announcement No. 57 of 2023 (商务部 科技部公告2023年第57号), Restricted part')).toEqual([
      { text: 'MOFCOM & MOST Announcement No. 57 of 2023 (', zh: false },
      { text: '商务部 科技部公告2023年第57号', zh: true },
      { text: '), Restricted part', zh: false },
    ]);
  });
  test('quoted names keep their quotation marks; 序号 and 编号 are Chinese runs, their numbers English', () => {
    expect(zhRuns('序号 71, “无人机技术” [unofficial English: UAV], 编号 203912X.')).toEqual([
      { text: '序号', zh: true },
      { text: ' 71, ', zh: false },
      { text: '“无人机技术”', zh: true },
      { text: ' [unofficial English: UAV], ', zh: false },
      { text: '编号', zh: true },
      { text: ' 203912X.', zh: false },
    ]);
  });
  test('text without Chinese is one English run; the runs always join back to the text', () => {
    expect(zhRuns('code 203912X')).toEqual([{ text: 'code 203912X', zh: false }]);
    const s = 'control point (official number unknown) “稀土萃取分离工艺技术…”. Unofficial reference copy: https://example.org/';
    expect(zhRuns(s).map((r) => r.text).join('')).toBe(s);
  });
});
