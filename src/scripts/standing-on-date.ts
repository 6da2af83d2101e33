/** An entry version on a date (`?date=`): loads standing-on-date-run.ts only when the address asks for a date, so entry pages stay light. */
import './lang-switch.ts';

if (new URLSearchParams(location.search).has('date')) void import('./standing-on-date-run.ts');
