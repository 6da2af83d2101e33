/** Chinese runs in English text (a citation quoting designations and names), for pages to mark with lang="zh-CN". */

/**
 * A run of the text: `MOFCOM Announcement No. 57 of 2023 (商务部 科技部公告2023年第57号)` → the English, then
 * `商务部 科技部公告2023年第57号`, then `)`. A Chinese run starts and ends with a Han character or Chinese punctuation
 * (quotation marks “” included) and takes in the spaces, digits and Latin letters between two of them.
 */
export interface Run {
  text: string;
  zh: boolean;
}

const CJK = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…`;
const RUN = new RegExp(`[${CJK}]+(?:[\\s0-9A-Za-z.\\-/]*[${CJK}]+)*`, 'gu');

export function zhRuns(s: string): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const m of s.matchAll(RUN)) {
    if (m.index! > at) out.push({ text: s.slice(at, m.index), zh: false });
    out.push({ text: m[0], zh: true });
    at = m.index! + m[0].length;
  }
  if (at < s.length) out.push({ text: s.slice(at), zh: false });
  return out;
}
