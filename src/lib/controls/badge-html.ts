/** A status badge as HTML, in a module of its own: the search page's cards print it without loading the status model. */
import type { Locale as Lang } from '../site/locale-paths.ts';
import { badgeOf, type State } from './state-labels.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or an attribute value made safe for HTML. */
export const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/**
 * A status badge: a shape mark and words carry the state; colour only reinforces it. `part`: the labels of the clauses
 * the badge is for (a headline's "part of it is …"), marked `partLang` when Chinese on an English page; `partEn`, on
 * English pages, names each in our English numbering with the Chinese beside it.
 */
export function badgeHtml(state: State, unverified: boolean, lang: Lang, part?: string, partLang?: string, partEn?: { en: string; zh: string }[]): string {
  const b = badgeOf(state, unverified, lang);
  const en = lang === 'en';
  const cls = `badge status status-${state}${part ? ' status-part' : ''}`;
  const named = partEn ? partEn.map((p) => `${esc(p.en)} <span lang="zh-CN">${esc(p.zh)}</span>`).join(', ') : `<span${partLang ? ` lang="${esc(partLang)}"` : ''}>${esc(part ?? '')}</span>`;
  const which = part ? `<span class="status-part-which">${en ? ` (${named})` : `（${esc(part)}）`}</span>` : '';
  return (
    `<span class="${cls}" data-state="${state}">` +
    (part ? `<span class="status-part-lead">${en ? 'part ' : '部分'}</span>` : '') +
    `<span aria-hidden="true">${esc(b.mark)}</span>${esc(b.words)}${which}` +
    (b.unverified ? `<span class="status-unverified">${esc(b.unverified)}</span>` : '') +
    (b.en ? `<span class="skip" lang="en"> (${esc(b.en)})</span>` : '') +
    '</span>'
  );
}
