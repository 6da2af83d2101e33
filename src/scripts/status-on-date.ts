/** Status on a date (`?date=`): loads the code that reprints the page's statuses (status-on-date-run.ts) only when the address asks for a date. */
import './lang-switch.ts';

if (new URLSearchParams(location.search).has('date')) void import('./status-on-date-run.ts');
