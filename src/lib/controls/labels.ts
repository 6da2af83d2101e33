/** Words the pages use for instruments, items, grades, relations and statuses (our own wording, never official text). */
import { dateEn, dateIn, dateZh } from '../shared/dates.ts';
import { ISSUER_EN } from '../shared/issuers.ts';
import type { ControlItem, Controls, ControlsCore, RelationCore as Relation } from './model.ts';
import type { FactGrade, InstrumentKind, ItemKind } from './schemas.ts';
import { fromGrade, untilGrade, type InstrumentStatus, type Status, type State } from './status.ts';

type RelationType = Relation['type'];

/** 2025-62 → 2025年第62号. */
export const numberLabel = (id: string): string => {
  const [year, no] = id.split('-');
  return `${year}年第${no}号`;
};

/**
 * How an instrument is named on the site: its issuers and number, e.g. 商务部 海关总署公告2025年第58号. This is a
 * designation made from facts (issuers and number), not a title; the official title, where held, is shown apart.
 */
export const instrumentName = (inst: { id: string; data: { issuers: string[] } }): string => `${inst.data.issuers.join(' ')}公告${numberLabel(inst.id)}`;

export { ISSUER_EN };

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
export const instrumentNameEn = (inst: { id: string; data: { issuers: string[] } }): string => {
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
  'possibly-repeals': '所废止的公告（所列清单本站未取得）可能包括',
};

/** The same, as the target's page says it. */
export const RELATION_IN: Record<RelationType, string> = {
  repeals: '被废止',
  suspends: '被暂停实施',
  disapplies: '部分内容不再适用',
  'updates-list': '清单同步更新',
  concerns: '另有公告作出相关规定',
  'possibly-repeals': '废止了一批公告，所列清单本站未取得；本公告是否在其列，本站未能核实',
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
  'possibly-repeals': { before: 'Repeals announcements listed in a part we do not hold; they may include' },
};

/** As the target's page says it in English, after the acting instrument's name: "MOFCOM Announcement No. 70 of 2025: suspends this announcement". */
export const RELATION_IN_EN: Record<RelationType, string> = {
  repeals: 'repeals this announcement',
  suspends: 'suspends this announcement',
  disapplies: 'makes part of this announcement no longer apply',
  'updates-list': 'updates the export control list along with this announcement',
  concerns: 'sets further rules concerning what this announcement controls',
  'possibly-repeals': 'repeals announcements listed in a part we do not hold; whether this announcement is among them, we could not verify',
};

export { badgeOf, STATE_LABEL, UNVERIFIED_LABEL } from './state-labels.ts';
import { badgeOf } from './state-labels.ts';


/** Dates come from the one helper the whole site uses (src/lib/shared/dates.ts): 2026年11月10日, 10 November 2026. */
export { dateEn, dateIn, dateZh };

/** The grade note after a date that rests on a source below B: （日期据C级来源）. */
export const gradeNote = (g: FactGrade | undefined): string => (g ? `（日期据${g}级来源）` : '');
/** gradeNote in English: " (date from a grade C source)". */
export const gradeNoteEn = (g: FactGrade | undefined): string => (g ? ` (date from a grade ${g} source)` : '');

/** Options of the status sentence: `parts` when some clauses of the instrument have a status of their own (listed after it). */
export interface SentenceOptions {
  parts?: boolean;
}

/** A clause's label in a list, as the pages print it: the Chinese as printed; in English our numbering, the Chinese in brackets ("2 [二]"). */
export const clauseListLabel = (c: { label: string; labelEn: string }, lang: string): string => (lang === 'en' ? `${c.labelEn} [${c.label}]` : c.label);

/** Names an instrument of the section in a language: its designation, or its id when the section has no such instrument. */
export const instrumentNamer = (controls: ControlsCore, lang: string) => (id: string): string => {
  const inst = controls.byId.get(id);
  return inst ? (lang === 'en' ? instrumentNameEn(inst) : instrumentName(inst)) : id;
};

/** One sentence (our words) saying what applied on the date, and every reason; `nameOf` names the deciding instrument. */
export function describeStatus(s: Status, nameOf: (id: string) => string, o: SentenceOptions = {}): string {
  const by = s.relation ? nameOf(s.relation.by) : '';
  const since = s.since ? `${dateZh(s.since)}${gradeNote(s.sinceGrade)}` : '';
  const until = s.until ? `${dateZh(s.until)}${gradeNote(s.untilGrade)}` : '';
  const horizon = s.unverified ? `本站资料检索至${dateZh(s.checkedThrough)}，此后的变化未经核实。` : '';
  switch (s.state) {
    case 'not-published':
      return '当日尚未发布。';
    case 'not-in-force':
      return `已发布，尚未施行：自${until}起施行。${horizon}`;
    case 'in-force':
      return o.parts
        ? `施行中（下列部分除外）：自${since}起施行；除下列部分外，本站未找到此后暂停、终止或废止的记录。${horizon}`
        : `施行中：自${since}起施行，本站未找到此后暂停、终止或废止的记录。${horizon}`;
    case 'suspended':
      return `暂停实施：${by}规定自${since}起至${until}暂停实施。${horizon}`;
    case 'repealed':
      return `已废止：自${since}起由${by}废止。`;
    case 'spent':
      return `期限已届满：本公告设定的暂停期已于${until}届满。此后是否另有公告，本站没有资料，未经核实。`;
    case 'unknown': {
      const said = s.unknown.map((u) => {
        const r = u.relation;
        switch (u.reason) {
          case 'dates-not-held':
            return '本站未取得其发布日期和施行日期。';
          case 'in-force-date-not-held':
            return '已发布，但本站未取得其施行日期。';
          case 'suspension-ended':
            return `${nameOf(r!.by)}规定的暂停期已于${dateZh(r!.until!)}${gradeNote(untilGrade(r!))}届满。此后是延长、恢复施行还是被其他公告取代，本站没有资料，未经核实。`;
          case 'possibly-repealed':
            return `${nameOf(r!.by)}自${dateZh(r!.from)}${gradeNote(fromGrade(r!))}起废止${r!.what}；本公告是否在其列，本站未能核实。`;
        }
      });
      const check = s.unknown.some((u) => u.relation) ? '请以商务部公布的信息为准。' : '';
      return `状态未知：${said.join('')}${check}`;
    }
  }
}

/** describeStatus in English (our words, the same facts): `nameOf` names the deciding instrument in English. */
export function describeStatusEn(s: Status, nameOf: (id: string) => string, o: SentenceOptions = {}): string {
  const by = s.relation ? nameOf(s.relation.by) : '';
  const since = s.since ? `${dateEn(s.since)}${gradeNoteEn(s.sinceGrade)}` : '';
  const until = s.until ? `${dateEn(s.until)}${gradeNoteEn(s.untilGrade)}` : '';
  const horizon = s.unverified ? ` Our sources were searched up to ${dateEn(s.checkedThrough)}; changes after that date are not verified.` : '';
  switch (s.state) {
    case 'not-published':
      return 'Not yet published on that day.';
    case 'not-in-force':
      return `Published, not yet in force: in force from ${until}.${horizon}`;
    case 'in-force':
      return o.parts
        ? `In force, except for the parts listed below: in force from ${since}; apart from those parts, we have found no record of a later suspension, termination or repeal.${horizon}`
        : `In force: in force from ${since}; we have found no record of a later suspension, termination or repeal.${horizon}`;
    case 'suspended':
      return `Suspended: ${by} suspends it from ${since} to ${until}.${horizon}`;
    case 'repealed':
      return `Repealed: repealed by ${by} from ${since}.`;
    case 'spent':
      return `Period ended: the suspension period set by this announcement ended on ${until}. Whether another announcement followed, we have no information; not verified.`;
    case 'unknown': {
      const said = s.unknown.map((u) => {
        const r = u.relation;
        switch (u.reason) {
          case 'dates-not-held':
            return 'we do not hold the date it was published or the date it came into force.';
          case 'in-force-date-not-held':
            return 'published, but we do not hold the date it came into force.';
          case 'suspension-ended':
            return `the suspension period set by ${nameOf(r!.by)} ended on ${dateEn(r!.until!)}${gradeNoteEn(untilGrade(r!))}. Whether it was extended, the measure applies again or another announcement replaced it, we have no information; not verified.`;
          case 'possibly-repealed':
            return `from ${dateEn(r!.from)}${gradeNoteEn(fromGrade(r!))}, ${nameOf(r!.by)} repeals ${r!.whatEn ?? r!.what}; whether this announcement is among them, we could not verify.`;
        }
      });
      const check = s.unknown.some((u) => u.relation) ? ' Rely on the information published by MOFCOM.' : '';
      return `Status unknown: ${said.map((x, i) => (i === 0 ? x : x[0]!.toUpperCase() + x.slice(1))).join(' ')}${check}`;
    }
  }
}

/**
 * What a headline, a list row or a search card says of an instrument in a few words: its state as a whole, then
 * "part of it is …" for each other state among its parts, e.g. 施行中；部分状态未知（二）.
 */
export function headlineWords(h: InstrumentStatus, locale: 'zh-CN' | 'en', clauseLabel: (id: string) => string = (id) => id): string {
  const en = locale === 'en';
  const whole = badgeOf(h.status.state, h.status.unverified, locale);
  const byState = new Map<State, string[]>();
  for (const p of h.parts.filter((x) => x.status.state !== h.status.state)) (byState.get(p.status.state) ?? byState.set(p.status.state, []).get(p.status.state)!).push(clauseLabel(p.clause.id));
  const parts = [...byState].map(([state, labels]) => {
    const b = badgeOf(state, false, locale);
    return en ? `part ${b.words} (${labels.join(', ')})` : `部分${b.words}（${labels.join('、')}）`;
  });
  return [`${whole.words}${whole.unverified ?? ''}`, ...parts].join(en ? '; ' : '；');
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

