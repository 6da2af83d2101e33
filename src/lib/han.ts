/**
 * Chinese inside English text: English pages mark every run of Chinese (e.g. the Chinese designation in brackets in an
 * English citation) with lang="zh-CN", so screen readers and the no-stray-Chinese check know it for Chinese.
 */

/** A piece of English text, or of Chinese to be marked as such. */
export type Segment = string | { zh: string };

/** Han characters and CJK punctuation (（）、，“”《》…), and Latin digits, letters and spaces between two of them. */
const CHINESE_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u201c\u201d]+(?:[0-9A-Za-z. ]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u201c\u201d]+)*/gu;

/** Splits text into English runs and Chinese runs: `MOFCOM (商务部公告2025年第62号), 一（一）.` → 3 Chinese-free and 2 Chinese pieces. */
export function splitChinese(text: string): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(CHINESE_RUN)) {
    // Quotation marks alone (English “ ”) are not Chinese: only runs with a Han character are.
    if (!/\p{Script=Han}/u.test(m[0])) continue;
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ zh: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}
