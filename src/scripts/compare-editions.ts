/**
 * The history page's comparison of two editions that are not next to each other: the reader picks a pair ("在本页对照"
 * / "Compare here"), or arrives with its id in the address (#compare-2008-2023, where the old compare pages of such pairs redirect), and
 * the diff of src/lib/catalogue/diff.ts, the same as the compare pages', is made here from the data the page carries
 * (src/components/CompareInBrowser.astro). Text goes in as text, never as markup. Without this script each pair in the
 * list links its two versions.
 */
import { diffCounts, diffVersions, pointBadgeClass, pointStatusWords, type EntryDiff, type PointDiff, type Segment } from '../lib/catalogue/diff.ts';
import type { BROWSER_COMPARE_STRINGS, BrowserCompareData, BrowserPoint, BrowserVersion } from '../lib/catalogue/compare.ts';
import './lang-switch.ts';

type Key = (typeof BROWSER_COMPARE_STRINGS)[number];
type Data = BrowserCompareData & { strings: Record<Key, string> };

const view = document.querySelector<HTMLElement>('[data-compare-view]');
const data = view ? (JSON.parse(view.dataset.compare!) as Data) : undefined;
const en = document.documentElement.lang === 'en';

/** A string of the page's language with its {{placeholders}} filled, as t() fills them on the server. */
const t = (key: Key, vars: Record<string, string | number> = {}): string =>
  data!.strings[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));

/** An element with attributes and children (strings become text nodes). */
function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: (Node | string | false | undefined)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) el.setAttribute(k, v);
  for (const c of children) if (c !== false && c !== undefined) el.append(c);
  return el;
}

/** Official wording: marked as Chinese on English pages. */
const zh = (text: string): Node | string => (en ? h('span', { lang: 'zh-CN' }, text) : text);

/** Our English rendering after a piece of wording, on English pages (src/components/Rendering.astro, inline). */
const rendering = (text: string | undefined): Node | undefined =>
  !en ? undefined
  : text ? h('span', { class: 'rendering rendering-inline', lang: 'en', 'data-rendering': 'unofficial' }, h('span', { class: 'rendering-label' }, t('rendering.label')), ` ${text}`)
  : h('span', { class: 'rendering rendering-missing rendering-inline', lang: 'en', 'data-rendering': 'missing' }, h('span', { class: 'rendering-label' }, t('rendering.missingInline')));

/** A deleted or inserted run inside its visible marker (src/components/DiffText.astro). */
const marked = (kind: 'del' | 'ins', text: Node | string): HTMLElement =>
  h('span', { class: `chg chg-${kind}` }, t('diff.open'), t(kind === 'del' ? 'diff.del' : 'diff.ins'), en ? ' ' : '', h(kind, { lang: en ? 'zh-CN' : undefined }, text), t('diff.close'));

/** One side of a character-level diff: the earlier shows its deletions, the later its insertions. */
function diffSide(segments: Segment[], side: 'before' | 'after'): HTMLElement {
  const shown = segments.filter((s) => s.kind === 'same' || s.kind === (side === 'before' ? 'del' : 'ins'));
  return h('span', { class: 'diff' }, ...shown.map((s) => (s.kind === 'same' ? zh(s.text) : marked(s.kind, s.text))));
}

function summary(d: EntryDiff<BrowserVersion>, A: string, B: string): HTMLElement {
  const c = diffCounts(d);
  const known = d.points.length - c.unknown;
  const { before, after } = d;
  const first = [
    d.nameChanged ? t('cmp.nameChanged') : t('cmp.nameSame'),
    d.codeChanged ? t('cmp.codeChanged', { from: before.code ?? '', to: after.code ?? '' }) : before.code || after.code ? t('cmp.codeSame') : t('cmp.codeUnknown'),
    known === 0 ? t('cmp.pointsUnknown') : t(c.unknown > 0 ? 'cmp.pointsAndUndecided' : 'cmp.points', { changed: c.changed, added: c.added, deleted: c.deleted, same: c.same, n: c.unknown }),
  ].join(en ? ' ' : '');
  const incomplete = [before.completeness !== 'complete' && A, after.completeness !== 'complete' && B].filter(Boolean).join(t('cmp.and'));
  return h(
    'div',
    { class: 'notice', 'data-testid': 'compare-summary' },
    h('p', {}, first),
    !d.sameNumbering && h('p', {}, t('cmp.renumbered')),
    incomplete !== '' && h('p', {}, t('cmp.incomplete', { which: incomplete })),
    h('p', { class: 'muted' }, t('cmp.marks'), en ? ' ' : '', marked('del', t('cmp.marksDel')), ' ', marked('ins', t('cmp.marksIns')), en ? '' : t('cmp.fullStop')),
  );
}

/** One control point: its number(s) and status, then what each edition says (a definition list reads without styles). */
function point(p: PointDiff<BrowserPoint>, d: EntryDiff<BrowserVersion>, A: string, B: string): HTMLElement[] {
  const num = (n?: number) => (n !== undefined ? t('cmp.point', { n }) : t('cmp.pointUnnumbered'));
  const label = p.before && p.after && p.before.n !== p.after.n ? `${num(p.before.n)} → ${num(p.after.n)}` : num((p.after ?? p.before)!.n);
  const badge = h('span', { class: pointBadgeClass(p.status) }, pointStatusWords(p.status, t, A, B));
  // A status can be a sentence: it wraps on a phone (set through the style object, which the page's policy allows).
  badge.style.whiteSpace = 'normal';
  const side = (which: 'before' | 'after'): HTMLElement => {
    const cp = p[which];
    const v = which === 'before' ? d.before : d.after;
    const gone = which === 'before' ? 'deleted' : 'added';
    const content: (Node | string | undefined)[] =
      // As on the compare pages: the later wording keeps its rendering beside the diff, the earlier does not.
      p.status === 'changed' ? [diffSide(p.segments!, which), which === 'after' ? rendering(cp!.en) : undefined]
      : p.status === gone ? [marked(which === 'before' ? 'del' : 'ins', cp!.text ? zh(cp!.text) : t('cmp.wordingNotHeld')), cp!.text && which === 'after' ? rendering(cp!.en) : undefined]
      : cp ? (cp.text ? [zh(cp.text), rendering(cp.en)] : [h('span', { class: 'muted' }, t('cmp.wordingNotHeld'))])
      : [h('span', { class: 'muted' }, p.status === (which === 'before' ? 'added' : 'deleted') ? t('cmp.noSuchPoint') : t('cmp.notHeld'))];
    const link = cp && h('a', { href: `${v.url}#${cp.anchor}` }, t('entry.link'));
    return h('dd', { 'data-side': which }, h('span', { class: 'muted' }, which === 'before' ? A : B, en ? ': ' : '：'), ...content.flatMap((c) => (c ? [c, ' '] : [])), link);
  };
  return [h('dt', { 'data-status': p.status }, h('strong', {}, label), ' ', badge), side('before'), side('after')];
}

/** The comparison of one pair, as a section of the page. */
function comparison(id: string): HTMLElement | undefined {
  const pair = data?.pairs[id];
  const before = pair && data.versions[pair.a];
  const after = pair && data.versions[pair.b];
  if (!pair || !before || !after) return undefined;
  const d = diffVersions(before, after, pair.sameNumbering, pair.direct);
  const A = t('edition.label', { year: pair.a });
  const B = t('edition.label', { year: pair.b });
  const c = diffCounts(d);
  const shown = d.points.filter((p) => p.before?.text || p.after?.text);
  /** Name and code: what each edition says, as the points below. */
  const sides = (what: string, a: Node | string, b: Node | string, testid?: string): HTMLElement[] => [
    h('dt', { 'data-testid': testid }, h('strong', {}, what)),
    h('dd', { 'data-side': 'before' }, h('span', { class: 'muted' }, A, en ? ': ' : '：'), a),
    h('dd', { 'data-side': 'after' }, h('span', { class: 'muted' }, B, en ? ': ' : '：'), b),
  ];
  const code = (v: BrowserVersion) => h('span', { class: 'code' }, v.code ?? t('entry.unknown'));
  return h(
    'section',
    { 'data-testid': 'compare-in-browser', 'data-pair': id, 'aria-labelledby': 'compare-view-title' },
    h('h3', { id: 'compare-view-title', tabindex: '-1' }, en ? h('span', { lang: 'zh-CN' }, after.name) : after.name, ' · ', t('cmp.title', { a: A, b: B })),
    summary(d, A, B),
    h('dl', {}, ...sides(t('cmp.name'), diffSide(d.name, 'before'), diffSide(d.name, 'after'), 'name-row'), ...sides(t('entry.code'), code(before), code(after))),
    h('h4', {}, t('entry.controlPoints')),
    c.blind > 0 && h('p', { class: 'muted', 'data-testid': 'blind-points' }, t('cmp.blind', { n: c.blind })),
    shown.length === 0 ? h('p', { class: 'muted' }, t('cmp.noPoints')) : h('dl', { 'data-testid': 'points' }, ...shown.flatMap((p) => point(p, d, A, B))),
    h('p', {}, t('cmp.inBrowserNote'), ' ', h('a', { href: before.url }, A), ' · ', h('a', { href: after.url }, B)),
  );
}

/** Shows the pair named by the address, if it is one of this page's; `focus` after the reader asked for it. */
function show(id: string, focus: boolean): void {
  const section = comparison(id);
  if (!view || !section) return;
  view.replaceChildren(section);
  if (focus) section.querySelector<HTMLElement>('h3')!.focus();
  section.scrollIntoView();
}

const fromAddress = (): string => {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return location.hash.slice(1);
  }
};

if (view && data) {
  let focusNext = false;
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-compare-open]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const id = button.dataset.compareOpen!;
      // The address names the pair, so that it can be linked and the language switch keeps it.
      if (fromAddress() === id) show(id, true);
      else {
        focusNext = true;
        location.hash = id;
      }
    });
  }
  if (data.pairs[fromAddress()]) show(fromAddress(), false);
  addEventListener('hashchange', () => {
    if (data.pairs[fromAddress()]) show(fromAddress(), focusNext);
    focusNext = false;
  });
}
