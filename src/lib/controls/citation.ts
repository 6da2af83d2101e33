/** Citations of an export-control instrument, one of its clauses, or one controlled item, in Chinese and English. */
import type { Citation } from '../citation.ts';
import { absoluteUrl, clauseUrl, controlItemUrl, instrumentUrl } from '../urls.ts';
import { instrumentName, numberLabel } from './labels.ts';
import type { ControlClause, ControlItem, Instrument } from './model.ts';

/** Usual English names of the issuing bodies (facts); a body not listed is cited by its Chinese name. */
export const ISSUER_EN: Record<string, string> = {
  商务部: 'MOFCOM',
  海关总署: 'GAC',
  科技部: 'MOST',
  工业和信息化部: 'MIIT',
  国家密码局: 'State Cryptography Administration',
  中央军委装备发展部: 'CMC Equipment Development Department',
  国家国防科工委: 'COSTIND',
  国家国防科工局: 'SASTIND',
};

const englishName = (inst: Instrument): string => {
  const [year, no] = inst.id.split('-');
  const issuers = inst.data.issuers.map((i) => ISSUER_EN[i] ?? i).join(' & ');
  return `${issuers ? `${issuers} ` : ''}Announcement No. ${no} of ${year} (${instrumentName(inst)})`;
};

/**
 * Format (documented on /about/):
 *   zh: 商务部公告2025年第62号[，一（一）][，管制编码1E902.a]。本站参考副本（非官方）：<URL>
 *   en: MOFCOM Announcement No. 62 of 2025 (商务部公告2025年第62号)[, 一（一）][, control code 1E902.a]. Unofficial reference copy: <URL>
 * An item without a code is cited by its clause. The clause label is the numbering as printed (or our label for an
 * unnumbered paragraph, e.g. 一 第二段).
 */
function cite(inst: Instrument, origin: string, path: string, clause?: ControlClause, codes: string[] = []): Citation {
  const url = absoluteUrl(path, origin);
  const zh = [instrumentName(inst), clause?.label, codes.length ? `管制编码${codes.join('、')}` : undefined].filter(Boolean).join('，');
  const en = [englishName(inst), clause?.label, codes.length ? `control code ${codes.join(', ')}` : undefined].filter(Boolean).join(', ');
  return { zh: `${zh}。本站参考副本（非官方）：${url}`, en: `${en}. Unofficial reference copy: ${url}`, url };
}

export const citeInstrument = (inst: Instrument, origin: string): Citation => cite(inst, origin, instrumentUrl(inst.id));
export const citeClause = (inst: Instrument, clause: ControlClause, origin: string): Citation =>
  cite(inst, origin, clauseUrl(inst.id, clause.anchor), clause);
export const citeItem = (inst: Instrument, item: ControlItem, origin: string): Citation =>
  cite(inst, origin, controlItemUrl(inst.id, item.id), item.clause, item.codes);

/** 2025年第62号 for lists where the issuers are shown apart. */
export const shortName = (inst: Instrument): string => numberLabel(inst.id);
