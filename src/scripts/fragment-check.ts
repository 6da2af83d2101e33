/**
 * On pages with anchored points (entry versions, announcements; marked data-fragment-check): when the address names
 * an anchor the page does not have (#cp-9 where no point 9 is held), say so at the top instead of silently staying
 * there; and keep the reader's place when following the link to the current version of an entry.
 */
const NOTICE_ID = 'fragment-missing';

/** What an anchor names, in words: 控制要点9, 编号未知的控制要点, 条款, 管制物项. */
function describe(id: string): string {
  const cp = /^cp-(\d+)$/.exec(id);
  if (cp) return `控制要点${cp[1]}`;
  if (/^cp-u\d+$/.test(id)) return '一个编号未知的控制要点';
  if (id.startsWith('cl-')) return '这一条款';
  if (id.startsWith('item-')) return '这一管制物项';
  return '这一位置';
}

/** The same in English, for English pages (<html lang="en">). */
function describeEn(id: string): string {
  const cp = /^cp-(\d+)$/.exec(id);
  if (cp) return `control point ${cp[1]}`;
  if (/^cp-u\d+$/.test(id)) return 'such control point (one whose official number is not known)';
  if (id.startsWith('cl-')) return 'such clause';
  if (id.startsWith('item-')) return 'such controlled item';
  return 'such place';
}

/** What the notice says: the anchor is missing, and how many linkable points the page has. */
export function missingMessage(id: string, held: number, lang: string): string {
  if (lang === 'en') {
    return `This page has no ${describeEn(id)} (#${id}). ${held ? `The page has ${held} points or clauses that can be linked to; we do not hold the one you are looking for. Please consult the official text.` : 'We hold no control points or clauses of this page.'}`;
  }
  return `本页没有${describe(id)}（#${id}）。${held ? `本页共有 ${held} 处可链接的要点或条款，本站未持有您要找的那一处；请查阅官方文本。` : '本站未持有本页的控制要点或条款。'}`;
}

function check(): void {
  document.getElementById(NOTICE_ID)?.remove();
  const raw = location.hash.slice(1);
  if (!raw) return;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    id = raw;
  }
  const main = document.getElementById('main');
  if (!main || document.getElementById(id)) return;
  const held = [...document.querySelectorAll<HTMLElement>('[id^="cp-"], [id^="cl-"], [id^="item-"]')].length;
  const p = document.createElement('p');
  p.id = NOTICE_ID;
  p.className = 'notice notice-warn';
  p.setAttribute('role', 'status');
  p.textContent = missingMessage(id, held, document.documentElement.lang);
  main.prepend(p);
  main.scrollIntoView();
}

/** The link to the current version of an entry keeps the anchor the reader came with, when the current version has it. */
function keepPlace(): void {
  const link = document.querySelector<HTMLAnchorElement>('a[data-current-link]');
  if (!link) return;
  const anchors = (link.dataset.anchors ?? '').split(' ');
  const id = location.hash.slice(1);
  const base = (link.getAttribute('href') ?? '').split('#')[0]!;
  link.setAttribute('href', id && anchors.includes(id) ? `${base}#${id}` : base);
}

// Only on the pages that ask for it (src/components/FragmentCheck.astro): other pages of the reader script have
// anchors of their own kind, or none.
if (document.querySelector('[data-fragment-check]')) {
  check();
  keepPlace();
  addEventListener('hashchange', () => {
    check();
    keepPlace();
  });
}
