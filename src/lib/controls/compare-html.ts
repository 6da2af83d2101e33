/** The markup of a comparison of two dates (compare.ts): each change with its badges and sentence, then the events in between. */
import type { Segment } from '../shared/han.ts';
import { dateIn } from './labels.ts';
import { clauseEn, timelineContext, timelineEventEn, timelineEventZh } from './timeline-labels.ts';
import type { ChangeKind, StatusChange } from './compare.ts';
import type { ControlsCore } from './model.ts';
import type { ControlEvent } from './status.ts';
import { badgeHtml, esc, sentenceHtml, type Lang, type SentenceContext, type StatusWords } from './status-html.ts';

/** The words a comparison needs beside StatusWords (from the translation files, printed into the page). */
export interface CompareWords extends StatusWords {
  changes: string;
  none: string;
  events: string;
  noEvents: string;
  before: string;
  after: string;
  kinds: Record<ChangeKind, string>;
}

const segments = (parts: Segment[]) => parts.map((s) => (typeof s === 'string' ? esc(s) : `<span lang="zh-CN">${esc(s.zh)}</span>`)).join('');

/** Every change of status between two dates, then every event in between, as a page shows them. */
export function compareHtml(
  x: { from: string; to: string; changes: StatusChange[]; events: { instrument: string; event: ControlEvent }[] },
  controls: ControlsCore,
  lang: Lang,
  w: CompareWords,
  ctx: SentenceContext,
): string {
  const en = lang === 'en';
  const link = (inst: string, anchor?: string) => {
    const l = ctx.instrumentLink(ctx.instrumentPath(inst));
    return `<a href="${esc(l.href)}${anchor ? `#${esc(anchor)}` : ''}"${l.hreflang ? ` hreflang="${esc(l.hreflang)}"` : ''}>${esc(ctx.nameOf(inst))}</a>${l.chineseOnly ? esc(w.inChinese) : ''}`;
  };
  const head = w.changes.replace('{{from}}', dateIn(x.from, lang)).replace('{{to}}', dateIn(x.to, lang));
  const changes = x.changes.length
    ? `<ul class="compare-list" data-testid="compare-changes">${x.changes
        .map((c) => {
          // The clause as the timeline names it: “二” in Chinese, "clause 2 [二]" in English.
          const tctx = timelineContext(controls, ctx.nameOf, lang, c.instrument);
          const clause = c.clause ? (en ? `, ${segments(clauseEn(tctx, c.instrument, c.clause))}` : ` <span lang="zh-CN">${esc(tctx.clauseLabel(c.instrument, c.clause)!)}</span>`) : '';
          const anchor = c.clause ? controls.byId.get(c.instrument)?.clauses.find((k) => k.id === c.clause)?.anchor : undefined;
          return (
            `<li data-change="${c.kind}" data-subject="${c.clause ? `clause:${esc(c.instrument)}:${esc(c.clause)}` : `instrument:${esc(c.instrument)}`}">` +
            `<p>${link(c.instrument, anchor)}${clause}${en ? ': ' : '：'}<strong>${esc(w.kinds[c.kind])}</strong></p>` +
            `<p>${esc(w.before)} ${badgeHtml(c.before.state, c.before.unverified, lang)} → ${esc(w.after)} ${badgeHtml(c.after.state, c.after.unverified, lang)}</p>` +
            `<p class="cp-note">${sentenceHtml(c.after, lang, w, ctx)}</p></li>`
          );
        })
        .join('')}</ul>`
    : `<p data-testid="compare-changes">${esc(w.none)}</p>`;
  const events = x.events.length
    ? `<ol class="control-timeline" data-testid="compare-events">${x.events
        .map(({ instrument, event }) => {
          const tctx = timelineContext(controls, ctx.nameOf, lang, instrument);
          const said = en ? segments(timelineEventEn(event, tctx)) : esc(timelineEventZh(event, tctx));
          return `<li data-kind="${event.kind}"><time datetime="${esc(event.date)}">${esc(dateIn(event.date, lang))}</time><span>${link(instrument)}${en ? ': ' : '：'}${said}</span></li>`;
        })
        .join('')}</ol>`
    : `<p data-testid="compare-events">${esc(w.noEvents)}</p>`;
  return `<h2>${esc(head)}</h2>${changes}<h3>${esc(w.events)}</h3>${events}`;
}
