/**
 * Reprints a page's statuses for one date: each element the build marked with whose status it shows (data-status-of,
 * data-status-slot, the status-date lines, the timeline's marker) gets the markup status-html.ts makes for that date.
 */
import { dateIn } from '../lib/controls/labels.ts';
import type { StatusEventsModel } from '../lib/controls/status-events.ts';
import {
  asOfHtml,
  clauseSlotHtml,
  headlineHtml,
  itemSlotHtml,
  markerInnerHtml,
  partsListHtml,
  sentenceContext,
  sentenceHtml,
  showsLaterReports,
  statusHeadHtml,
  statusNeedsCheck,
  subjectBadgeHtml,
  type Lang,
  type StatusWords,
} from '../lib/controls/status-html.ts';
import { instrumentStatusOn, itemStatusOn, statusOn, type Status } from '../lib/controls/status.ts';

const all = (root: ParentNode, selector: string): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(selector)];

/** Reprints every status in `doc` for `date`; returns the date as the page writes it. */
export function applyStatusDate(doc: Document, m: StatusEventsModel, date: string, lang: Lang, w: StatusWords): string {
  const ctx = sentenceContext(m, lang);
  const inst = (id: string) => m.byId.get(id);
  /** The status of a subject `instrument:<id>`, `clause:<id>:<clause>` or `item:<id>:<item>` on the date. */
  const statusOf = (subject: string): Status | undefined => {
    const [kind, id = '', local = ''] = subject.split(':');
    const i = inst(id);
    if (!i) return undefined;
    if (kind === 'instrument') return statusOn(i, date);
    if (kind === 'clause') return statusOn(i, date, local);
    const item = m.items.get(`${id}:${local}`);
    return item ? itemStatusOn(m, item, date) : undefined;
  };

  for (const box of all(doc, '[data-testid="status"][data-status-of]')) {
    const subject = box.dataset.statusOf!;
    const id = subject.split(':')[1] ?? '';
    const i = inst(id);
    const headline = subject.startsWith('instrument:') && i ? instrumentStatusOn(i, date) : undefined;
    const status = headline?.status ?? statusOf(subject);
    if (!i || !status) continue;
    const parts = headline?.parts ?? [];
    box.dataset.state = status.state;
    box.dataset.unverified = String(status.unverified);
    const check = statusNeedsCheck([status, ...parts.map((p) => p.status)]);
    box.classList.toggle('notice-warn', check);
    const head = box.querySelector<HTMLElement>('[data-status-head]');
    if (head) head.innerHTML = statusHeadHtml({ headline, status, instrument: id, asOf: { date, horizon: i.data.checkedThrough, chosen: true, what: box.dataset.what } }, lang, w);
    const sentence = box.querySelector<HTMLElement>('[data-testid="status-sentence"]');
    if (sentence) sentence.innerHTML = sentenceHtml(status, lang, w, ctx, parts.length > 0);
    const partsBox = box.querySelector<HTMLElement>('[data-status-parts]');
    if (partsBox && headline) {
      partsBox.hidden = parts.length === 0;
      partsBox.querySelector('ul')!.innerHTML = partsListHtml(headline, id, lang, w, ctx);
    }
    const checkLine = box.querySelector<HTMLElement>('[data-testid="status-check"]');
    if (checkLine) checkLine.hidden = !check;
    const reports = box.querySelector<HTMLElement>('[data-testid="later-reports"]');
    if (reports) reports.hidden = !showsLaterReports(status);
  }

  for (const el of all(doc, '.headline-status[data-status-of]').filter((x) => !x.closest('[data-testid="status"]'))) {
    const id = el.dataset.statusOf!.split(':')[1] ?? '';
    const i = inst(id);
    if (i) el.outerHTML = headlineHtml(instrumentStatusOn(i, date), id, lang);
  }

  for (const slot of all(doc, '[data-status-slot]')) {
    const [kind, id = '', local = ''] = slot.dataset.statusSlot!.split(':');
    const i = inst(id);
    const own = statusOf(slot.dataset.statusSlot!);
    if (!i || !own) continue;
    const whole = statusOn(i, date);
    slot.innerHTML = kind === 'clause' ? clauseSlotHtml(id, local, own, whole, lang) : itemSlotHtml(id, local, own, whole, lang);
  }

  for (const el of all(doc, '[data-subject-badge]').filter((x) => !x.closest('[data-status-slot]'))) {
    const s = statusOf(el.dataset.statusOf!);
    if (s) el.outerHTML = subjectBadgeHtml(el.dataset.statusOf!, s, lang);
  }

  for (const el of all(doc, '.status-as-of').filter((x) => !x.closest('[data-testid="status"]'))) {
    el.outerHTML = asOfHtml({ date, horizon: el.dataset.horizon ?? date, chosen: true }, lang, w);
  }

  const written = dateIn(date, lang);
  for (const t of all(doc, 'time[data-status-date]')) {
    t.setAttribute('datetime', date);
    t.textContent = written;
  }
  for (const el of all(doc, '[data-day-word]')) el.textContent = w.chosenDay;

  for (const list of all(doc, '[data-testid="control-timeline"]')) {
    list.querySelector('li[data-kind="status-date"]')?.remove();
    const marker = doc.createElement('li');
    marker.className = 'today';
    marker.dataset.kind = 'status-date';
    marker.innerHTML = markerInnerHtml(date, true, lang, w);
    const after = all(list, ':scope > li').find((li) => (li.querySelector('time')?.getAttribute('datetime') ?? '') > date);
    list.insertBefore(marker, after ?? null);
  }
  return written;
}
