/**
 * The print date on entry pages: just before the page is printed, the print-only line gets the reader's own date
 * (their clock and time zone), "打印日期：YYYY-MM-DD". Without this script the line keeps the page's build date only.
 */

/** A day as YYYY-MM-DD in the browser's time zone. */
export function localDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function fill(): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-print-date]')) {
    el.textContent = document.documentElement.lang === 'en' ? `Printed on ${localDay(new Date())} · ` : `打印日期：${localDay(new Date())} · `;
    el.hidden = false;
  }
}

// beforeprint is the print dialog (and Save as PDF); the media query also catches print previews that skip it.
window.addEventListener('beforeprint', fill);
const print = window.matchMedia('print');
print.addEventListener('change', () => print.matches && fill());
