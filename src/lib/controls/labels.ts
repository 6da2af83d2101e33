/** Words the pages use for instruments, items, grades, relations and statuses (our own wording, never official text). */
import { dateEn } from '../dates.ts';
import type { ControlItem, Controls, Instrument, Relation } from './model.ts';
import type { FactGrade, InstrumentKind, ItemKind, RelationType } from './schemas.ts';
import type { Segment } from '../han.ts';
import type { ControlEvent, Status, State } from './status.ts';

/** 2025-62 → 2025年第62号. */
export const numberLabel = (id: string): string => {
  const [year, no] = id.split('-');
  return `${year}年第${no}号`;
};

/**
 * How an instrument is named on the site: its issuers and number, e.g. 商务部 海关总署公告2025年第58号. This is a
 * designation made from facts (issuers and number), not a title; the official title, where held, is shown apart.
 */
export const instrumentName = (inst: Pick<Instrument, 'id' | 'data'>): string => `${inst.data.issuers.join(' ')}公告${numberLabel(inst.id)}`;

/** Usual English names of the issuing bodies (facts); a body not listed is named in Chinese (see instrumentNameEn). */
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

/** 2025-62 → No. 62 of 2025. */
export const numberLabelEn = (id: string): string => {
  const [year, no] = id.split('-');
  return `No. ${no} of ${year}`;
};

/**
 * The English designation of an instrument, from its issuers and number: MOFCOM & GAC Announcement No. 58 of 2025.
 * Like instrumentName, a designation made from facts, not a title. An issuer without an English name stays Chinese
 * (none of the instruments held has one): pages that show it mark it as Chinese.
 */
export const instrumentNameEn = (inst: Pick<Instrument, 'id' | 'data'>): string => {
  const issuers = inst.data.issuers.map((i) => ISSUER_EN[i] ?? i).join(' & ');
  return `${issuers ? `${issuers} ` : ''}Announcement ${numberLabelEn(inst.id)}`;
};

export const KIND_LABEL: Record<InstrumentKind, string> = {
  measure: '管制措施',
  suspension: '暂停实施',
  list: '管制清单',
  referenced: '仅知其名',
};

export const KIND_LABEL_EN: Record<InstrumentKind, string> = {
  measure: 'Control measure',
  suspension: 'Suspension',
  list: 'Control list',
  referenced: 'Known by name only',
};

export const ITEM_KIND_LABEL: Record<ItemKind, { zh: string; en: string }> = {
  technology: { zh: '技术', en: 'technology' },
  goods: { zh: '货物', en: 'goods' },
};

export const GRADE_LABEL: Record<FactGrade, string> = {
  A: '官方原文',
  B: '二手来源引用官方原文',
  'B-': '未标明为引文（只用于事实）',
  C: '摘要、报道或译文（只用于事实）',
};

export const GRADE_LABEL_EN: Record<FactGrade, string> = {
  A: 'official text',
  B: 'secondary source quoting the official text',
  'B-': 'not marked as a quotation (used for facts only)',
  C: 'summary, report or translation (used for facts only)',
};

/** What an instrument does to another, as the acting instrument's page says it. */
export const RELATION_OUT: Record<RelationType, string> = {
  repeals: '废止',
  suspends: '暂停实施',
  disapplies: '使部分内容不再适用',
  'updates-list': '同步更新',
  concerns: '另作规定，涉及',
};

/** The same, as the target's page says it. */
export const RELATION_IN: Record<RelationType, string> = {
  repeals: '被废止',
  suspends: '被暂停实施',
  disapplies: '部分内容不再适用',
  'updates-list': '清单同步更新',
  concerns: '另有公告作出相关规定',
};

/**
 * The same in English, as the acting instrument's page says it: `before` the target's name, `after` it.
 * e.g. "Suspends" MOFCOM Announcement No. 61 of 2025; "Updates the dual-use items export control list published by" …
 */
export const RELATION_OUT_EN: Record<RelationType, { before: string; after?: string }> = {
  repeals: { before: 'Repeals' },
  suspends: { before: 'Suspends' },
  disapplies: { before: 'Makes part of', after: 'no longer apply' },
  'updates-list': { before: 'Updates the dual-use items export control list published by' },
  concerns: { before: 'Sets further rules concerning' },
};

/** As the target's page says it in English, after the acting instrument's name: "MOFCOM Announcement No. 70 of 2025: suspends this announcement". */
export const RELATION_IN_EN: Record<RelationType, string> = {
  repeals: 'repeals this announcement',
  suspends: 'suspends this announcement',
  disapplies: 'makes part of this announcement no longer apply',
  'updates-list': 'updates the export control list along with this announcement',
  concerns: 'sets further rules concerning what this announcement controls',
};

/** Short state names for badges; the shape mark carries the meaning without colour. */
export const STATE_LABEL: Record<State, { mark: string; zh: string; en: string }> = {
  'not-published': { mark: '·', zh: '尚未发布', en: 'not yet published' },
  'not-in-force': { mark: '○', zh: '尚未施行', en: 'not yet in force' },
  'in-force': { mark: '●', zh: '施行中', en: 'in force' },
  suspended: { mark: '‖', zh: '暂停实施', en: 'suspended' },
  repealed: { mark: '✕', zh: '已废止', en: 'repealed' },
  spent: { mark: '⊘', zh: '期限已届满', en: 'period ended' },
  unknown: { mark: '?', zh: '状态未知', en: 'status unknown' },
};

/** A date as the pages write it: 2026年11月10日. */
export const dateZh = (d: string): string => {
  const [y, m, day] = d.split('-').map(Number);
  return `${y}年${m}月${day}日`;
};

/** English dates come from the one helper the whole site uses (src/lib/dates.ts). */
export { dateEn };

/** One sentence (our words) saying what applied on the date, and why; `nameOf` names the deciding instrument. */
export function describeStatus(s: Status, nameOf: (id: string) => string): string {
  const by = s.relation ? nameOf(s.relation.by) : '';
  const horizon = `本站资料检索至${dateZh(s.checkedThrough)}，此后的变化未经核实。`;
  switch (s.state) {
    case 'not-published':
      return '当日尚未发布。';
    case 'not-in-force':
      return `已发布，尚未施行：自${dateZh(s.until!)}起施行。`;
    case 'in-force':
      return `施行中：自${dateZh(s.since!)}起施行，本站未找到此后暂停、终止或废止的记录。${s.unverified ? horizon : ''}`;
    case 'suspended':
      return `暂停实施：${by}规定自${dateZh(s.since!)}起至${dateZh(s.until!)}暂停实施。${s.unverified ? horizon : ''}`;
    case 'repealed':
      return `已废止：自${dateZh(s.since!)}起由${by}废止。`;
    case 'spent':
      return `期限已届满：本公告规定的暂停期已于${dateZh(s.until!)}届满。此后是否另有公告，本站没有资料，未经核实。`;
    case 'unknown':
      if (s.reason === 'suspension-ended') {
        return `状态未知：${by}规定的暂停期已于${dateZh(s.relation!.until!)}届满。此后是延长、恢复施行还是被其他公告取代，本站没有资料，未经核实。请以商务部公布的信息为准。`;
      }
      if (s.reason === 'in-force-date-not-held') return '状态未知：已发布，但本站未取得其施行日期。';
      return '状态未知：本站未取得其发布日期和施行日期。';
  }
}

/** describeStatus in English (our words, the same facts): `nameOf` names the deciding instrument in English. */
export function describeStatusEn(s: Status, nameOf: (id: string) => string): string {
  const by = s.relation ? nameOf(s.relation.by) : '';
  const horizon = ` Our sources were searched up to ${dateEn(s.checkedThrough)}; changes after that date are not verified.`;
  switch (s.state) {
    case 'not-published':
      return 'Not yet published on that day.';
    case 'not-in-force':
      return `Published, not yet in force: in force from ${dateEn(s.until!)}.`;
    case 'in-force':
      return `In force: in force from ${dateEn(s.since!)}; we have found no record of a later suspension, termination or repeal.${s.unverified ? horizon : ''}`;
    case 'suspended':
      return `Suspended: ${by} suspends it from ${dateEn(s.since!)} to ${dateEn(s.until!)}.${s.unverified ? horizon : ''}`;
    case 'repealed':
      return `Repealed: repealed by ${by} from ${dateEn(s.since!)}.`;
    case 'spent':
      return `Period ended: the suspension period set by this announcement ended on ${dateEn(s.until!)}. Whether another announcement followed, we have no information; not verified.`;
    case 'unknown':
      if (s.reason === 'suspension-ended') {
        return `Status unknown: the suspension period set by ${by} ended on ${dateEn(s.relation!.until!)}. Whether it was extended, the measure applies again or another announcement replaced it, we have no information; not verified. Rely on the information published by MOFCOM.`;
      }
      if (s.reason === 'in-force-date-not-held') return 'Status unknown: published, but we do not hold the date it came into force.';
      return 'Status unknown: we do not hold the date it was published or the date it came into force.';
  }
}

/** The relation's period or day, in words: 自2025年11月7日起至2026年11月10日. */
export function relationWhen(r: Relation): string {
  return r.until ? `自${dateZh(r.from)}起至${dateZh(r.until)}` : `自${dateZh(r.from)}起`;
}

/** relationWhen in English: from 7 November 2025 to 10 November 2026 (both days included, as in the Chinese). */
export function relationWhenEn(r: Relation): string {
  return r.until ? `from ${dateEn(r.from)} to ${dateEn(r.until)}` : `from ${dateEn(r.from)}`;
}

/** The clause a relation targets, in words, when it targets one clause: 第二款 would be official; we say 其“二”. */
export function targetClauseLabel(controls: Controls, r: Relation): string | undefined {
  if (!r.targetClause) return undefined;
  return controls.byId.get(r.target)?.clauses.find((c) => c.id === r.targetClause)?.label;
}

/** An item's codes as written (、 between two), or 无管制编码. */
export const itemCodes = (it: ControlItem): string => (it.codes.length ? it.codes.join('、') : '无管制编码');

/** itemCodes in English: codes separated by commas, or "no control code". */
export const itemCodesEn = (it: ControlItem): string => (it.codes.length ? it.codes.join(', ') : 'no control code');

/** What the English timeline needs to know beside the event: names, clause labels, and whether it concerns a related measure. */
export interface TimelineContext {
  /** English designation of an instrument. */
  nameOf: (id: string) => string;
  /** The (Chinese) label of a clause of an instrument, e.g. 一（一）. */
  clauseLabel: (instrument: string, clause?: string) => string | undefined;
  /** The instrument whose timeline this is. */
  instrument: string;
  /** Set when the event is a related measure's (e.g. a suspension of a measure that sets further rules for this one). */
  related?: { by: string; clause?: string };
  /** True when this instrument was suspended or repealed again after the end of this suspension. */
  laterThanEnd?: boolean;
}

/**
 * One timeline event in English (our words; the Chinese page's sentence, fact for fact). Clause labels and our notes
 * are Chinese and come back as { zh } segments, to be marked lang="zh-CN".
 */
export function timelineEventEn(e: ControlEvent, ctx: TimelineContext): Segment[] {
  const r = e.relation;
  const by = r ? ctx.nameOf(r.by) : '';
  const quoted = (label: string | undefined): Segment => ({ zh: `“${label ?? ''}”` });
  const rel = ctx.related;
  const subject: Segment[] = rel ? (rel.clause ? [quoted(ctx.clauseLabel(rel.by, rel.clause)), ` of ${ctx.nameOf(rel.by)}`] : [ctx.nameOf(rel.by)]) : [];
  const part: Segment[] = e.clause ? [quoted(ctx.clauseLabel(rel ? rel.by : ctx.instrument, e.clause))] : [];
  switch (e.kind) {
    case 'published':
      return ['Published'];
    case 'in-force':
      return ['In force'];
    case 'clause-in-force':
      return [...part, ' in force'];
    case 'suspended':
      if (rel) return [...subject, ` suspended by ${by} until ${dateEn(r!.until!)}`];
      return part.length ? [...part, ` suspended by ${by} until ${dateEn(r!.until!)} (that day included)`] : [`Suspended by ${by} until ${dateEn(r!.until!)} (that day included)`];
    case 'suspension-ends':
      if (rel) return [...subject, ': the suspension period ends; what followed we could not verify'];
      return [`The suspension period set by ${by} ends${ctx.laterThanEnd ? '' : '; whether it was then extended, the measure applied again or it was replaced, we have no information'}`];
    case 'repealed':
      if (rel) return [...subject, ` repealed by ${by}`];
      return part.length ? [...part, ` repealed by ${by}`] : [`Repealed by ${by}`];
    case 'disapplied':
      return [`${by} makes part of it no longer apply`, ...(r!.noteEn ? [` (our note: ${r!.noteEn})`] : r!.note ? [' (our note, in Chinese: ', { zh: r!.note }, ')'] : [])];
    case 'list-updated':
      return [`${by} in force; the dual-use items export control list updated accordingly`];
    case 'concerned':
      return [quoted(ctx.clauseLabel(r!.by, r!.clause?.id)), ` of ${by} sets further rules for the items this announcement concerns`];
    case 'checked-through':
      return ['Our sources were searched up to this day; later events are not verified'];
  }
}
