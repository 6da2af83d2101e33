/** Compare two dates (`?from=…&to=…[&id=…]`): the changes of status in between and the events, from /data/status-events.json with compare.ts. */
import { isRealDay } from '../lib/shared/dates.ts';
import { changesBetween, eventsBetween } from '../lib/controls/compare.ts';
import { compareHtml, type CompareWords } from '../lib/controls/compare-html.ts';
import { readStatusEvents, type StatusEvents } from '../lib/controls/status-events.ts';
import { sentenceContext } from '../lib/controls/status-html.ts';

async function run(form: HTMLFormElement): Promise<void> {
  const w = JSON.parse(form.dataset.words ?? '{}') as CompareWords & { invalid: string; order: string; failed: string };
  const message = form.querySelector<HTMLElement>('[data-compare-message]')!;
  const result = document.querySelector<HTMLElement>('[data-compare-result]')!;
  const say = (text: string) => {
    message.textContent = text;
    message.classList.toggle('date-error', text !== '');
  };
  const params = new URLSearchParams(location.search);
  const from = params.get('from')?.trim() ?? '';
  const to = params.get('to')?.trim() ?? '';
  if (!params.has('from') && !params.has('to')) return;
  if (!isRealDay(from) || !isRealDay(to)) return say(w.invalid);
  if (from > to) return say(w.order);
  const set = (name: string, value: string) => {
    const el = form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
    if (el) el.value = value;
  };
  set('from', from);
  set('to', to);
  const only = form.dataset.instrument ?? (params.get('id') || undefined);
  if (!form.dataset.instrument && only) set('id', only);
  try {
    const r = await fetch(form.dataset.events!);
    if (!r.ok) throw new Error(String(r.status));
    const m = readStatusEvents((await r.json()) as StatusEvents);
    const id = only && m.byId.has(only) ? only : undefined;
    const lang = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
    result.innerHTML = compareHtml({ from, to, changes: changesBetween(m, from, to, id), events: eventsBetween(m, from, to, id) }, m, lang, w, sentenceContext(m, lang));
    document.documentElement.dataset.compared = `${from}/${to}`;
  } catch {
    say(w.failed);
  }
}

const form = document.querySelector<HTMLFormElement>('form[data-compare]');
if (form) void run(form);
