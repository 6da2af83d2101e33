/** Citations of an export-control instrument, one of its clauses, or one controlled item, in Chinese and English. */
import { addressesEn, citedUrls, wordsCited, type Citation } from '../catalogue/citation.ts';
import { clauseUrl, controlItemUrl, instrumentUrl } from '../site/urls.ts';
import { clauseRefEn } from './clause-labels.ts';
import { instrumentName, instrumentNameEn, numberLabel } from './labels.ts';
import type { ControlClause, ControlItem, Instrument } from './model.ts';

/** The English designation with the Chinese one in brackets: MOFCOM Announcement No. 62 of 2025 [商务部公告2025年第62号]. */
const englishName = (inst: Instrument): string => `${instrumentNameEn(inst)} [${instrumentName(inst)}]`;

/** The official title, where held: our English of it, labelled, with the Chinese in brackets (《…》). */
const titleCited = (inst: Instrument): string | undefined =>
  inst.title && (inst.title.en ? `titled “${inst.title.en}” (our unofficial translation) [《${inst.title.text}》]` : `titled 《${inst.title.text}》 (not yet translated)`);

/** A clause in English: "clause 1(1) [一（一）]", "second paragraph of clause 1 [一 第二段]", "preamble [序言]". */
export const clauseCitedEn = (clause: Pick<ControlClause, 'id' | 'label'>): string => `${clauseRefEn(clause).replace(/^the /, '')} [${clause.label}]`;

/**
 * Format (documented on /about/):
 *   zh: 商务部公告2025年第62号[，一（一）][，管制编码1E902.a]。本站参考副本（非官方）：<URL>
 *   en: MOFCOM Announcement No. 62 of 2025 [商务部公告2025年第62号], titled “…” (our unofficial translation) [《…》]
 *       [, clause 1(1) [一（一）]][, control code 1E902.a][, “<the words cited, in our English>” (our unofficial translation)
 *       [“<the Chinese, cut after 30 characters>”]]. English page: <URL under /en/>; Chinese page (the Chinese wording is authoritative): <URL>
 * The clause label is the numbering as printed (or our label for an unnumbered block, e.g. 一 第二段), in English first
 * (src/lib/controls/clause-labels.ts). A clause or item cited quotes its words; an item without a code is cited by its
 * clause and its words.
 */
function cite(inst: Instrument, origin: string, path: string, clause?: ControlClause, item?: ControlItem): Citation {
  const { url, urlEn } = citedUrls(path, origin);
  const codes = item?.codes ?? [];
  const zh = [instrumentName(inst), clause?.label, codes.length ? `管制编码${codes.join('、')}` : undefined].filter(Boolean).join('，');
  const words = item ?? clause;
  const en = [
    englishName(inst),
    !clause ? titleCited(inst) : undefined,
    clause && clauseCitedEn(clause),
    codes.length ? `control code ${codes.join(', ')}` : undefined,
    words && wordsCited(words.text, words.en, true),
  ]
    .filter(Boolean)
    .join(', ');
  return { zh: `${zh}。本站参考副本（非官方）：${url}`, en: `${en}. ${addressesEn(urlEn, url)}`, url, urlEn };
}

export const citeInstrument = (inst: Instrument, origin: string): Citation => cite(inst, origin, instrumentUrl(inst.id));
export const citeClause = (inst: Instrument, clause: ControlClause, origin: string): Citation => cite(inst, origin, clauseUrl(inst.id, clause.anchor), clause);
export const citeItem = (inst: Instrument, item: ControlItem, origin: string): Citation => cite(inst, origin, controlItemUrl(inst.id, item.id), item.clause, item);

/** 2025年第62号 for lists where the issuers are shown apart. */
export const shortName = (inst: Instrument): string => numberLabel(inst.id);
