/** An entry version on a date the reader picks (`?date=`): whether its edition was in force, not yet, or replaced (src/lib/catalogue/edition-on.ts). */
import { dateIn, readDateParam } from '../lib/shared/dates.ts';
import { editionOn } from '../lib/catalogue/edition-on.ts';

const form = document.querySelector<HTMLFormElement>('form[data-date-control][data-editions]');
const out = document.querySelector<HTMLElement>('[data-testid="standing-on-date"]');
if (form && out) {
  const w = JSON.parse(form.dataset.words ?? '{}') as Record<string, string>;
  const editions = JSON.parse(form.dataset.editions ?? '[]') as { id: string; inForce: string; label: string }[];
  const label = (id: string) => editions.find((e) => e.id === id)?.label ?? id;
  const day = (d: string) => dateIn(d, document.documentElement.lang);
  const fill = (s: string, vars: Record<string, string>) => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');
  const message = form.querySelector<HTMLElement>('[data-date-message]')!;
  const asked = readDateParam(location.search);
  if (asked.kind === 'invalid') {
    message.textContent = fill(w.invalid!, { value: asked.value });
    message.classList.add('date-error');
  } else if (asked.kind === 'date') {
    const date = asked.date;
    const input = form.querySelector<HTMLInputElement>('input[name="date"]');
    if (input) input.value = date;
    form.querySelector<HTMLElement>('[data-date-reset]')?.removeAttribute('hidden');
    const s = editionOn(editions, form.dataset.edition!, date, form.dataset.checked);
    const edition = label(form.dataset.edition!);
    const said =
      s.state === 'not-yet'
        ? fill(w.notYet!, { date: day(date), edition, from: day(s.inForceFrom) })
        : s.state === 'in-force'
          ? fill(w.inForce!, { date: day(date), edition, from: day(s.since) })
          : fill(w.replaced!, { date: day(date), next: label(s.by), on: day(s.on), current: label(s.current) });
    const unverified = s.state !== 'not-yet' && s.unverified ? ` ${fill(w.unverified!, { date: day(form.dataset.checked!) })}` : '';
    out.textContent = `${said}${unverified}`;
    out.hidden = false;
    document.documentElement.dataset.statusDate = date;
  }
}
