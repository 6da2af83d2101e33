/** Words the pages use for instruments, items, grades, relations and statuses (our own wording, never official text). */
import type { ControlItem, Controls, Instrument, Relation } from './model.ts';
import type { FactGrade, InstrumentKind, ItemKind, RelationType } from './schemas.ts';
import type { Status, State } from './status.ts';

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

export const KIND_LABEL: Record<InstrumentKind, string> = {
  measure: '管制措施',
  suspension: '暂停实施',
  list: '管制清单',
  referenced: '仅知其名',
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

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as English pages write it: 9 October 2025 (day, month's name, year; no leading zero). */
export const dateEn = (d: string): string => {
  const [y, m, day] = d.split('-').map(Number);
  return `${day} ${MONTHS_EN[m! - 1]} ${y}`;
};

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

/** The relation's period or day, in words: 自2025年11月7日起至2026年11月10日. */
export function relationWhen(r: Relation): string {
  return r.until ? `自${dateZh(r.from)}起至${dateZh(r.until)}` : `自${dateZh(r.from)}起`;
}

/** The clause a relation targets, in words, when it targets one clause: 第二款 would be official; we say 其“二”. */
export function targetClauseLabel(controls: Controls, r: Relation): string | undefined {
  if (!r.targetClause) return undefined;
  return controls.byId.get(r.target)?.clauses.find((c) => c.id === r.targetClause)?.label;
}

/** An item's codes as written (、 between two), or 无管制编码. */
export const itemCodes = (it: ControlItem): string => (it.codes.length ? it.codes.join('、') : '无管制编码');
