/** The timeline's filter by regime and year (`?regime=…&year=…`, shareable): hides the other events; without it every event is listed. */
import './lang-switch.ts';

const form = document.querySelector<HTMLFormElement>('form[data-timeline-filter]');
if (form) {
  const words = JSON.parse(form.dataset.words ?? '{}') as { shown?: string };
  const params = new URLSearchParams(location.search);
  const regime = params.get('regime') ?? '';
  const year = params.get('year') ?? '';
  const set = (name: string, value: string) => {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    // Only a value the page offers is applied: anything else leaves the list whole.
    if (select && [...select.options].some((o) => o.value === value)) select.value = value;
    return select?.value ?? '';
  };
  const r = set('regime', regime);
  const y = set('year', year);
  const items = [...document.querySelectorAll<HTMLElement>('[data-testid="site-timeline"] li[data-regime]')];
  let shown = 0;
  for (const li of items) {
    const keep = (!r || li.dataset.regime === r) && (!y || li.dataset.year === y);
    li.hidden = !keep;
    if (keep) shown++;
  }
  for (const section of document.querySelectorAll<HTMLElement>('[data-testid="site-timeline"] section[data-year]')) {
    section.hidden = !section.querySelector('li[data-regime]:not([hidden])');
  }
  const message = form.querySelector<HTMLElement>('[data-filter-message]');
  if (message && (r || y)) message.textContent = (words.shown ?? '').replace('{{n}}', String(shown)).replace('{{total}}', String(items.length));
}
