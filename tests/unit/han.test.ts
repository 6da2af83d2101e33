/** Chinese runs inside English text are found whole, so English pages can mark them lang="zh-CN". */
import { describe, expect, test } from 'vitest';
import { splitChinese } from '../../src/lib/shared/han.ts';

describe('splitChinese', () => {
  test('an English citation: the Chinese designation and the clause label, digits and spaces inside kept with them', () => {
    expect(splitChinese('MOFCOM & GAC Announcement No. 58 of 2025 (商务部 海关总署公告2025年第58号), 一（一）, control code 1E902.a. Unofficial reference copy: https://example.org/controls/2025-58/')).toEqual([
      'MOFCOM & GAC Announcement No. 58 of 2025 (',
      { zh: '商务部 海关总署公告2025年第58号' },
      '), ',
      { zh: '一（一）' },
      ', control code 1E902.a. Unofficial reference copy: https://example.org/controls/2025-58/',
    ]);
  });
  test('text without Chinese is one piece; English quotation marks alone are not Chinese', () => {
    expect(splitChinese('Cite this announcement')).toEqual(['Cite this announcement']);
    expect(splitChinese('the “list” of 2024')).toEqual(['the “list” of 2024']);
    expect(splitChinese('')).toEqual([]);
  });
  test('Chinese at the start and the end', () => {
    expect(splitChinese('一 第二段 of it')).toEqual([{ zh: '一 第二段' }, ' of it']);
    expect(splitChinese('Cite 三（二）—（四）')).toEqual(['Cite ', { zh: '三（二）—（四）' }]);
  });
});
