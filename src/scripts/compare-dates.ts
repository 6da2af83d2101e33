/** Compare two dates (`?from=…&to=…`): loads compare-dates-run.ts only when the address asks for a comparison. */
import './lang-switch.ts';

const q = new URLSearchParams(location.search);
if (q.has('from') || q.has('to')) void import('./compare-dates-run.ts');
