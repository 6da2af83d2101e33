/**
 * The one script of the pages with small reader features (entry versions, announcements, items): copy-citation
 * buttons, the check of the address's anchor, the print date and the language switch that keeps the reader's place.
 * One file, one request: each part acts only where its elements are on the page.
 */
import './copy-citation.ts';
import './fragment-check.ts';
import './print-date.ts';
// Imported under a name of its own (the query), so that the bundler gives this script its own copy of the few lines
// instead of a chunk shared with the search page's script: a second request on every entry page.
import './lang-switch.ts?reader';
