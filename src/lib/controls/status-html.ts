/** The markup of every status a page prints, as HTML strings from the model's pure functions: the build and pages' scripts print the same. */
// Badges, headlines, the status-date line, the status box's sentence and parts, the timeline's status-date marker: the
// build's components print these strings, and a page's script prints them for a date the reader picks. One markup.
import { dateIn, describeStatus, describeStatusEn, instrumentNamer } from './labels.ts';
import type { ControlsCore } from './model.ts';
import { sameStatus, type InstrumentStatus, type State, type Status } from './status.ts';
import { clauseHeadingEn, clauseLabelEn } from './clause-labels.ts';
import { chineseOnly, linkTo, type Locale } from '../site/locale-paths.ts';
import { instrumentUrl } from '../site/urls.ts';

export type Lang = Locale;

/** Interface words the markup needs (from the translation files: the build reads them with t(), a page's script from the page). */
export interface StatusWords {
  /** 状态截至 / Status as of */
  asOf: string;
  /** {{what}}，状态截至 / {{what}}: status as of */
  whatAsOf: string;
  /** （本站生成之日） / (the day this site was built) */
  builtDay: string;
  /** （所选日期） / (the date you chose) */
  chosenDay: string;
  /** ；本站资料检索至{{date}}，此后的变化未经核实 */
  horizon: string;
  /** 见 / See */
  see: string;
  listSep: string;
  inChinese: string;
  fullStop: string;
  /** The timeline's marker of the build day, and of a chosen date. */
  markerBuilt: string;
  markerChosen: string;
}

/** What a link from the page to a path is: its href, and whether it leads to a page in Chinese only (English pages). */
export type LinkOf = (path: string) => { href: string; hreflang?: string | undefined; chineseOnly?: boolean | undefined };

export { badgeHtml, esc } from './badge-html.ts';
import { badgeHtml, esc } from './badge-html.ts';

const fill = (s: string, vars: Record<string, string>): string => s.replace(/\{\{(\w+)\}\}/g, (_, k: string) => vars[k] ?? '');

/** Each other state among an instrument's parts, with the labels of the clauses in it, in the order the parts come. */
export function partStates(h: InstrumentStatus): [State, { id: string; label: string }[]][] {
  const byState = new Map<State, { id: string; label: string }[]>();
  for (const p of h.parts.filter((x) => x.status.state !== h.status.state)) (byState.get(p.status.state) ?? byState.set(p.status.state, []).get(p.status.state)!).push(p.clause);
  return [...byState];
}

/** The inside of an instrument's headline: the whole's badge, then a badge for each other state among its parts. */
export function headlineInnerHtml(h: InstrumentStatus, lang: Lang): string {
  const en = lang === 'en';
  return badgeHtml(h.status.state, h.status.unverified, lang) + partStates(h)
      .map(([state, clauses]) => ` ${badgeHtml(state, false, lang, clauses.map((c) => c.label).join(en ? ', ' : '、'), en ? 'zh-CN' : undefined, en ? clauses.map((c) => ({ en: clauseLabelEn(c), zh: c.label })) : undefined)}`)
      .join('');
}

/** The states a headline shows, as its data-states attribute says them. */
export const headlineStatesAttr = (h: InstrumentStatus): string => [h.status.state, ...partStates(h).map(([s]) => s)].join(' ');

/** An instrument's status in a few words, for list rows and headlines (HeadlineStatus.astro prints it). */
export const headlineHtml = (h: InstrumentStatus, instrument: string, lang: Lang): string =>
  `<span class="headline-status" data-status-of="instrument:${esc(instrument)}" data-states="${headlineStatesAttr(h)}">${headlineInnerHtml(h, lang)}</span>`;

/** How the status date is given: the build day, or a date the reader chose. */
export interface AsOf {
  date: string;
  /** How far the sources were searched: said beside the date when the date is after it. */
  horizon: string;
  chosen?: boolean | undefined;
  /** What the status is of (an item, a code's use): 本物项，状态截至 … */
  what?: string | undefined;
}

/** "状态截至 <date>（本站生成之日）" with the verification horizon beside it. */
export function asOfHtml(a: AsOf, lang: Lang, w: StatusWords): string {
  const lead = a.what ? fill(w.whatAsOf, { what: a.what }) : w.asOf;
  return (
    `<span class="status-as-of" data-testid="status-as-of" data-horizon="${esc(a.horizon)}">${esc(lead)}<time datetime="${esc(a.date)}">${esc(dateIn(a.date, lang))}</time>${esc(a.chosen ? w.chosenDay : w.builtDay)}` +
    (a.horizon && a.horizon < a.date ? `<span data-testid="status-horizon">${esc(fill(w.horizon, { date: dateIn(a.horizon, lang) }))}</span>` : '') +
    '</span>'
  );
}

/** The instruments that decide a status: the suspension or repeal, or those behind each reason it is unknown. */
export const decidingInstruments = (s: Status): string[] =>
  [...new Set([s.relation?.by, ...s.unknown.map((u) => u.relation?.by)].filter((x): x is string => x !== undefined))];

/** The sentence itself names the horizon (a dated state after it): the status-date line then does not repeat it. */
export const sentenceSaysHorizon = (s: Status): boolean => s.unverified && ['in-force', 'suspended', 'not-in-force'].includes(s.state);

/** A status box asks the reader to check the official site: some status it shows is unknown or after the horizon. */
export const statusNeedsCheck = (statuses: Status[]): boolean => statuses.some((s) => s.state === 'unknown' || s.unverified);

/** Reports after the horizon are shown beside a status only when the status is for a date after the horizon. */
export const showsLaterReports = (s: Status): boolean => s.unverified;

/** Names the sentences use, and links to instruments. */
export interface SentenceContext {
  nameOf: (id: string) => string;
  instrumentLink: LinkOf;
  instrumentPath: (id: string) => string;
}

/** Links from a page in `locale`, with whether they lead to a page in Chinese only. */
export const linkOf = (locale: Locale): LinkOf => {
  const to = linkTo(locale);
  return (path) => ({ ...to(path), chineseOnly: chineseOnly(locale, path) });
};

/** What the sentences need on a page in `locale`: instrument names in its language, and links to instruments. */
export function sentenceContext(controls: ControlsCore, locale: Locale): SentenceContext {
  return {
    nameOf: instrumentNamer(controls, locale),
    instrumentLink: linkOf(locale),
    instrumentPath: instrumentUrl,
  };
}

/** The status sentence (our words), then "见 <the deciding instruments>". */
export function sentenceHtml(s: Status, lang: Lang, w: StatusWords, ctx: SentenceContext, parts = false): string {
  const said = lang === 'en' ? describeStatusEn(s, ctx.nameOf, { parts }) : describeStatus(s, ctx.nameOf, { parts });
  const deciding = decidingInstruments(s);
  if (!deciding.length) return esc(said);
  const links = deciding.map((id) => {
    const l = ctx.instrumentLink(ctx.instrumentPath(id));
    return `<a href="${esc(l.href)}"${l.hreflang ? ` hreflang="${esc(l.hreflang)}"` : ''}>${esc(ctx.nameOf(id))}</a>${l.chineseOnly ? esc(w.inChinese) : ''}`;
  });
  return `${esc(said)} ${esc(w.see)}${links.join(esc(w.listSep))}${esc(w.fullStop)}`;
}

/** The inside of a status box's first line: the headline (or the badge) and the status-date line. */
export function statusHeadHtml(x: { headline?: InstrumentStatus | undefined; status: Status; instrument: string; asOf: AsOf }, lang: Lang, w: StatusWords): string {
  const head = x.headline ? headlineHtml(x.headline, x.instrument, lang) : badgeHtml(x.status.state, x.status.unverified, lang);
  return `${head} <span class="muted status-date-line">${asOfHtml({ ...x.asOf, horizon: sentenceSaysHorizon(x.status) ? x.asOf.date : x.asOf.horizon }, lang, w)}</span>`;
}

/** The list of an instrument's parts with a status of their own: each clause's label, badge and sentence. */
export function partsListHtml(h: InstrumentStatus, instrument: string, lang: Lang, w: StatusWords, ctx: SentenceContext): string {
  const en = lang === 'en';
  return h.parts
    .map(
      (p) =>
        `<li data-status-of="clause:${esc(instrument)}:${esc(p.clause.id)}" data-state="${p.status.state}" data-unverified="${String(p.status.unverified)}">` +
        `<a href="#${esc(p.clause.anchor)}">${en ? `${esc(clauseHeadingEn(p.clause))} <span class="label-zh" lang="zh-CN">${esc(p.clause.label)}</span>` : esc(p.clause.label)}</a>${en ? ': ' : '：'}${badgeHtml(p.status.state, p.status.unverified, lang)} ` +
        `<span data-testid="part-sentence">${esc(lang === 'en' ? describeStatusEn(p.status, ctx.nameOf) : describeStatus(p.status, ctx.nameOf))}</span></li>`,
    )
    .join('');
}

/** The inside of the timeline's marker of the status date. */
export const markerInnerHtml = (date: string, chosen: boolean, lang: Lang, w: StatusWords): string =>
  `<time datetime="${esc(date)}">${esc(dateIn(date, lang))}</time><span><strong>${esc(chosen ? w.markerChosen : w.markerBuilt)}</strong></span>`;

/** A subject's badge in a list (codes, technologies): the wrapper says whose status it is. */
export const subjectBadgeHtml = (subject: string, s: Status, lang: Lang): string =>
  `<span data-status-of="${esc(subject)}" data-state="${s.state}" data-subject-badge>${badgeHtml(s.state, s.unverified, lang)}</span>`;

/** Where a clause stands on its announcement's page: its own badge when its status differs from the whole's, else nothing. */
export const clauseSlotHtml = (instrument: string, clause: string, s: Status, whole: Status, lang: Lang): string =>
  sameStatus(s, whole) ? '' : ` ${subjectBadgeHtml(`clause:${instrument}:${clause}`, s, lang)}`;

/** An item in its announcement's list: its clause's badge when that status differs from the whole's, else nothing. */
export const itemSlotHtml = (instrument: string, item: string, s: Status, whole: Status, lang: Lang): string =>
  sameStatus(s, whole) ? '' : `<p class="item-status" data-status-of="item:${esc(instrument)}:${esc(item)}" data-state="${s.state}" data-pagefind-ignore>${badgeHtml(s.state, s.unverified, lang)}</p>`;
