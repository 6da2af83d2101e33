/** Timeline sentences (our words), in a module of their own: the status script of a page needs labels.ts but not these. */
import { dateEn } from '../shared/dates.ts';
import type { Segment } from '../shared/han.ts';
import { dateZh, gradeNote, gradeNoteEn } from './labels.ts';
import type { ControlsCore, RelationCore as Relation } from './model.ts';
import type { ControlEvent } from './status.ts';

/** What a timeline sentence needs beside the event: names and clause labels, in the page's language. */
export interface TimelineContext {
  /** The designation of an instrument (in the sentence's language). */
  nameOf: (id: string) => string;
  /** The (Chinese) label of a clause of an instrument, e.g. 一（一）. */
  clauseLabel: (instrument: string, clause?: string) => string | undefined;
  /** English sentences: the clause as a reference in our English numbering ("clause 1(1)", "the preamble"), the Chinese then beside it. */
  clauseRefEn?: (instrument: string, clause?: string) => string | undefined;
  /** The instrument whose timeline this is. */
  instrument: string;
}

/**
 * What the sentences of an instrument's timeline need, in a language, the same for its own page, the site timeline, the
 * feeds and a comparison of dates: English names a clause by our reference with the Chinese beside it
 * ("clause 2 [二]"), as the pages print it; `nameOf` names an instrument in that language.
 */
export function timelineContext(controls: ControlsCore, nameOf: (id: string) => string, lang: string, instrument = ''): TimelineContext {
  const clauseOf = (instId: string, id?: string) => (id ? controls.byId.get(instId)?.clauses.find((c) => c.id === id) : undefined);
  return {
    nameOf,
    clauseLabel: (instId, id) => (id ? (clauseOf(instId, id)?.label ?? id) : undefined),
    ...(lang === 'en' && { clauseRefEn: (instId: string, id?: string) => clauseOf(instId, id)?.refEn }),
    instrument,
  };
}

/** One timeline event in Chinese (our words), with the grade of its date where it is below B. */
export function timelineEventZh(e: ControlEvent, ctx: TimelineContext): string {
  const r = e.relation;
  const rel = e.related;
  const by = r ? ctx.nameOf(r.by) : '';
  const subject = rel ? `${ctx.nameOf(rel.by)}${rel.clause ? `的“${ctx.clauseLabel(rel.by, rel.clause)}”` : ''}` : '';
  const part = e.clause ? `“${ctx.clauseLabel(rel ? rel.by : ctx.instrument, e.clause)}”` : '';
  const g = gradeNote(e.grade);
  const inside = (d: Relation) => `但该日已在暂停期内：${ctx.nameOf(d.by)}规定自${dateZh(d.from)}起至${dateZh(d.until!)}暂停实施`;
  switch (e.kind) {
    case 'published':
      return `发布${g}`;
    case 'in-force':
      return e.during ? `施行日${g}；${inside(e.during)}` : `施行${g}`;
    case 'clause-in-force':
      return e.during ? `${part}的施行日${g}；${inside(e.during)}` : `${part}施行${g}`;
    case 'suspended':
      if (rel) return `${subject}${rel.via === 'updates-list' ? '（其施行时同步更新本清单）' : ''}被${by}暂停实施，至${dateZh(r!.until!)}${g}`;
      return `${part}被${by}暂停实施，至${dateZh(r!.until!)}（含当日）${g}`;
    case 'suspension-ends':
      if (rel) return `${subject}的暂停期届满${g}；此后情况本站未能核实`;
      return `${part ? `${part}：` : ''}${by}规定的暂停期届满${g}${e.followed ? '' : '；此后是延长、恢复施行还是被取代，本站没有资料'}`;
    case 'repealed':
      return rel ? `${subject}被${by}废止${g}` : `${part}被${by}废止${g}`;
    case 'possibly-repealed':
      return rel
        ? `${by}废止${r!.what}${g}；${subject}是否在其列，本站未能核实`
        : `${by}废止${r!.what}${g}；本公告是否在其列，本站未能核实`;
    case 'disapplied':
      return `${by}使其部分内容不再适用${g}${r!.note ? `（${r!.note}）` : ''}`;
    case 'list-updated':
      if (e.during) {
        const d = e.during;
        return `${by}定于此日施行，两用物项出口管制清单同步更新${g}；但${by}已被${ctx.nameOf(d.by)}自${dateZh(d.from)}起暂停实施，至${dateZh(d.until!)}`;
      }
      return `${by}施行，两用物项出口管制清单同步更新${g}`;
    case 'concerned':
      return `${by}的“${ctx.clauseLabel(r!.by, r!.clause?.id) ?? ''}”对本公告所涉物项另作规定${g}`;
    case 'checked-through':
      return '本站资料检索至此日；此后的事件未经核实';
  }
}

/**
 * A clause of an instrument in English: our reference with the Chinese beside it ("clause 2 [二]"), or without
 * `clauseRefEn` the Chinese alone, quoted; `start` capitalises it at the head of a sentence.
 */
export function clauseEn(ctx: TimelineContext, instrument: string, id: string | undefined, start = false): Segment[] {
  const zh = ctx.clauseLabel(instrument, id) ?? '';
  const ref = ctx.clauseRefEn?.(instrument, id);
  if (!ref) return [{ zh: `“${zh}”` }];
  return [`${start ? ref.charAt(0).toUpperCase() + ref.slice(1) : ref} [`, { zh }, ']'];
}

/**
 * One timeline event in English (our words; the Chinese sentence, fact for fact). A clause is named in our English
 * numbering with the Chinese beside it ("Clause 1(1) [一（一）]"; without `clauseRefEn`, the Chinese alone, quoted); the
 * Chinese and our notes in Chinese come back as { zh } segments, to be marked lang="zh-CN".
 */
export function timelineEventEn(e: ControlEvent, ctx: TimelineContext): Segment[] {
  const r = e.relation;
  const by = r ? ctx.nameOf(r.by) : '';
  const clause = (instrument: string, id: string | undefined, start = false) => clauseEn(ctx, instrument, id, start);
  const rel = e.related;
  const g = gradeNoteEn(e.grade);
  const subject = (start = true): Segment[] => (rel ? (rel.clause ? [...clause(rel.by, rel.clause, start), ` of ${ctx.nameOf(rel.by)}`] : [ctx.nameOf(rel.by)]) : []);
  const part: Segment[] = e.clause ? clause(rel ? rel.by : ctx.instrument, e.clause, true) : [];
  const inside = (d: Relation) => `; but that day already fell within a suspension: ${ctx.nameOf(d.by)} suspends it from ${dateEn(d.from)} to ${dateEn(d.until!)}`;
  switch (e.kind) {
    case 'published':
      return [`Published${g}`];
    case 'in-force':
      return e.during ? [`Date of entry into force${g}${inside(e.during)}`] : [`In force${g}`];
    case 'clause-in-force':
      return e.during ? [...part, `: date of entry into force${g}${inside(e.during)}`] : [...part, ` in force${g}`];
    case 'suspended':
      if (rel) return [...subject(), `${rel.via === 'updates-list' ? ' (which updates this list when it takes effect)' : ''} suspended by ${by} until ${dateEn(r!.until!)}${g}`];
      return part.length ? [...part, ` suspended by ${by} until ${dateEn(r!.until!)} (that day included)${g}`] : [`Suspended by ${by} until ${dateEn(r!.until!)} (that day included)${g}`];
    case 'suspension-ends':
      if (rel) return [...subject(), `: the suspension period ends${g}; what followed we could not verify`];
      return [...(part.length ? [...part, ': '] : []), `${part.length ? 'the' : 'The'} suspension period set by ${by} ends${g}${e.followed ? '' : '; whether it was then extended, the measure applied again or it was replaced, we have no information'}`];
    case 'repealed':
      if (rel) return [...subject(), ` repealed by ${by}${g}`];
      return part.length ? [...part, ` repealed by ${by}${g}`] : [`Repealed by ${by}${g}`];
    case 'possibly-repealed':
      return rel
        ? [`${by} repeals ${r!.whatEn ?? r!.what}${g}; whether `, ...subject(false), ' is among them, we could not verify']
        : [`${by} repeals ${r!.whatEn ?? r!.what}${g}; whether this announcement is among them, we could not verify`];
    case 'disapplied':
      return [`${by} makes part of it no longer apply${g}`, ...(r!.noteEn ? [` (our note: ${r!.noteEn})`] : r!.note ? [' (our note, in Chinese: ', { zh: r!.note }, ')'] : [])];
    case 'list-updated':
      if (e.during) {
        const d = e.during;
        return [`${by} was to take effect on this day, updating the dual-use items export control list${g}; but ${by} had been suspended by ${ctx.nameOf(d.by)} from ${dateEn(d.from)} to ${dateEn(d.until!)}`];
      }
      return [`${by} in force; the dual-use items export control list updated accordingly${g}`];
    case 'concerned':
      return [...clause(r!.by, r!.clause?.id, true), ` of ${by} sets further rules for the items this announcement concerns${g}`];
    case 'checked-through':
      return ['Our sources were searched up to this day; later events are not verified'];
  }
}
