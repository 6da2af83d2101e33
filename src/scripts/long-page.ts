/**
 * A long announcement page placed for the screen it is read on. Its contents (src/components/ControlToc.astro) stand
 * open beside the text where the screen is wide enough to hold them there, and shut to one line on a narrower one;
 * parts marked data-shut-narrow (the list of sources) are open as printed and shut to one line on a narrow screen. A
 * link to a place inside a shut part opens it. A reader's own tap opens or shuts any of them.
 */
const WIDE = matchMedia('(min-width: 64rem)');
const NARROW = matchMedia('(max-width: 40rem)');

/** The element the address names, when there is one. */
function target(): HTMLElement | null {
  const raw = location.hash.slice(1);
  if (!raw) return null;
  try {
    return document.getElementById(decodeURIComponent(raw));
  } catch {
    return document.getElementById(raw);
  }
}

/** Opens every shut part around the place the address names, and brings that place into view. */
function reveal(): void {
  const el = target();
  if (!el) return;
  let shut = false;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
    if (!d.open) (d.open = true), (shut = true);
  }
  if (shut) el.scrollIntoView();
}

function place(): void {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('[data-toc] > details')) d.open = WIDE.matches;
  const here = target();
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-shut-narrow]')) d.open = !NARROW.matches || (here !== null && d.contains(here));
}

place();
WIDE.addEventListener('change', place);
NARROW.addEventListener('change', place);
addEventListener('hashchange', reveal);
// On paper every part is printed open.
addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-shut-narrow]')) d.open = true;
});
// A link to the place the address already names changes nothing in the address: open its part all the same.
document.addEventListener('click', (e) => {
  const a = (e.target as Element | null)?.closest?.('a[href^="#"]');
  if (a && a.getAttribute('href') === location.hash) setTimeout(reveal);
});
