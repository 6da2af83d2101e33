/**
 * Status on a date the reader picks (`?date=YYYY-MM-DD`): loads /data/status-events.json and reprints every status on
 * the page — badges, headlines and their parts, sentences, the status-date lines, the timeline's marker — with the
 * build's own model (status.ts) and markup (status-html.ts). Nothing here decides a status or writes a sentence.
 */
import { readDateParam } from '../lib/shared/dates.ts';
import { readStatusEvents, type StatusEvents, type StatusEventsModel } from '../lib/controls/status-events.ts';
import { applyStatusDate } from './status-apply.ts';

const form = document.querySelector<HTMLFormElement>('form[data-date-control]');

async function run(f: HTMLFormElement): Promise<void> {
  const words = JSON.parse(f.dataset.words ?? '{}') as Record<string, string>;
  const message = f.querySelector<HTMLElement>('[data-date-message]')!;
  const say = (text: string, error = false) => {
    message.textContent = text;
    message.classList.toggle('date-error', error);
  };
  const asked = readDateParam(location.search);
  if (asked.kind === 'none') return;
  if (asked.kind === 'invalid') {
    say(words.invalid!.replace('{{value}}', asked.value), true);
    return;
  }
  const input = f.querySelector<HTMLInputElement>('input[name="date"]');
  if (input) input.value = asked.date;
  f.querySelector<HTMLElement>('[data-date-reset]')?.removeAttribute('hidden');
  let model: StatusEventsModel;
  try {
    const r = await fetch(f.dataset.events!);
    if (!r.ok) throw new Error(String(r.status));
    model = readStatusEvents((await r.json()) as StatusEvents);
  } catch {
    say(words.failed!, true);
    return;
  }
  const lang = document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
  const shown = applyStatusDate(document, model, asked.date, lang, words as never);
  say(words.showing!.replace('{{date}}', shown));
  document.documentElement.dataset.statusDate = asked.date;
}

if (form) void run(form);
