/** Chinese runs inside English text (e.g. the Chinese designation in an English citation), to be marked lang="zh-CN" on English pages. */

/** A piece of English text, or of Chinese to be marked as such. */
export type Segment = string | { zh: string };

/** Han characters and CJK punctuation (（）、，“”《》—…), and digits and spaces between two of them (公告2025年第62号). */
const CHINESE_RUN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u2027]+(?:[0-9. ]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u2027]+)*/gu;

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
