/**
 * The one script of the pages with small reader features (entry versions, announcements, items, the lists with a date
 * form): copy-citation buttons, the check of the address's anchor, the print date, the language switch that keeps the
 * reader's place, and the loaders of "status on a date" and "compare two dates".
 * One file, one request: each part acts only where its elements are on the page, and the code for a date is fetched
 * only when the address asks for one (`?date=`, `?from=`/`?to=`).
 */
import './copy-citation.ts';
import './fragment-check.ts';
import './print-date.ts';
// Imported under a name of its own (the query), so that the bundler gives this script its own copy of the few lines
// instead of a chunk shared with the search page's script: a second request on every entry page.
import './lang-switch.ts?reader';

const query = new URLSearchParams(location.search);
if (query.has('date')) {
  // An entry version's form carries the editions (where its edition stood); every other date form, the statuses.
  if (document.querySelector('form[data-date-control][data-editions]')) void import('./standing-on-date-run.ts');
  else if (document.querySelector('form[data-date-control]')) void import('./status-on-date-run.ts');
}
if ((query.has('from') || query.has('to')) && document.querySelector('form[data-compare]')) void import('./compare-dates-run.ts');
