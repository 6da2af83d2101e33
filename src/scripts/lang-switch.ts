/**
 * The language switch keeps the reader's place: the same anchor and query string go along to the other language.
 * Imported by the scripts of pages that load one anyway (the reader script, search, the browser's comparison); a
 * page that needs no script gets none for this, and its switch is a plain link to the other language's page.
 */
function carry(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    const base = a.getAttribute('href')!.split(/[?#]/)[0]!;
    a.setAttribute('href', `${base}${location.search}${location.hash}`);
  }
}
carry();
addEventListener('hashchange', carry);
