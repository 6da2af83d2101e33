/** What the site timeline and the feeds say of each event, in either language (our words; announcements' events in labels.ts's sentences). */
import type { Catalogue } from '../catalogue/model.ts';
import type { Controls } from '../controls/model.ts';
import { dateIn, instrumentNamer } from '../controls/labels.ts';
import { timelineContext, timelineEventEn, timelineEventZh } from '../controls/timeline-labels.ts';
import type { Segment } from '../shared/han.ts';
import { instrumentEn } from '../catalogue/citation.ts';
import { useTranslations, type Locale } from './i18n.ts';
import type { SiteEvent } from './timeline.ts';

/** The event's date as the page writes it, with "day not known" where only the month or year is held. */
export function eventDate(e: SiteEvent, locale: Locale): string {
  const t = useTranslations(locale);
  if (e.precision === 'day') return dateIn(e.date, locale);
  const written = e.precision === 'month' ? dateIn(e.date, locale) : locale === 'en' ? e.date : `${e.date}年`;
  return `${written}${t('tl.dayUnknown')}`;
}

/** The name of what the event is about: the announcement's designation, or the edition. */
export function eventSubject(e: SiteEvent, controls: Controls, locale: Locale): string {
  const t = useTranslations(locale);
  if (e.instrument) return instrumentNamer(controls, locale)(e.instrument);
  if (e.edition && e.kind !== 'checked-through') return t('edition.label', { year: e.edition });
  return t(e.regime === 'catalogue' ? 'tl.regime.catalogue' : 'tl.regime.controls');
}

/** What happened, in our words: Chinese as a string; English as segments whose Chinese parts are marked { zh }. */
export function eventSentence(e: SiteEvent, cat: Catalogue, controls: Controls, locale: Locale): Segment[] {
  const t = useTranslations(locale);
  const en = locale === 'en';
  if (e.regime === 'controls') {
    if (e.kind === 'checked-through') return [t('tl.controls.checked')];
    if (!e.event) return [t(e.precision === 'month' ? 'tl.publishedMonth' : 'tl.publishedYear')];
    const ctx = timelineContext(controls, instrumentNamer(controls, locale), locale, e.instrument);
    return en ? timelineEventEn(e.event, ctx) : [timelineEventZh(e.event, ctx)];
  }
  if (e.kind === 'checked-through') return [t('tl.catalogue.checked')];
  const edition = t('edition.label', { year: e.edition! });
  const zhName = e.instrumentName ?? '';
  // The issuing instrument's designation is Chinese; English pages give the English designation where one can be made, else the Chinese, marked.
  const name: Segment = en ? (instrumentEn(zhName) ?? { zh: zhName }) : zhName;
  if (e.kind === 'edition-in-force') return [t('tl.edition.inForce', { edition })];
  const key = e.amendment ? 'tl.edition.publishedAmended' : 'tl.edition.published';
  const [before, after] = t(key, { edition, instrument: '\u0001' }).split('\u0001');
  return [before ?? '', name, after ?? ''].filter((x) => x !== '');
}

/** The grade beside the event: the source's grade, or that our content does not record one. */
export function eventGrade(e: SiteEvent, locale: Locale): string | undefined {
  const t = useTranslations(locale);
  if (e.kind === 'checked-through') return undefined;
  if (e.sourceGrade) return t('tl.grade', { grade: e.sourceGrade });
  // Editions' dates are held without the grade of their source; an announcement's event without a source has no date to grade.
  return e.regime === 'catalogue' ? t('tl.gradeNotRecorded') : undefined;
}

/** The whole line as plain text (feeds, titles): subject, then what happened. */
export function eventText(e: SiteEvent, cat: Catalogue, controls: Controls, locale: Locale): string {
  const sentence = eventSentence(e, cat, controls, locale).map((s) => (typeof s === 'string' ? s : s.zh)).join('');
  if (e.kind === 'checked-through' || e.regime === 'catalogue') return sentence;
  return `${eventSubject(e, controls, locale)}${locale === 'en' ? ': ' : '：'}${sentence}`;
}
