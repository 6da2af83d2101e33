/** The language switch keeps the reader's place: the same anchor and the same query string go along to the other language. */
function carry(): void {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    const base = a.getAttribute('href')!.split(/[?#]/)[0]!;
    a.setAttribute('href', `${base}${location.search}${location.hash}`);
  }
}
carry();
addEventListener('hashchange', carry);
