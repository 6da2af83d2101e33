/** The Atom feeds (/feed.xml, /en/feed.xml): one entry per event of the timeline a reader wants to hear of, with ids that never change. */
import { createHash } from 'node:crypto';
import { Feed } from 'feed';
import type { Catalogue } from '../catalogue/model.ts';
import type { Controls } from '../controls/model.ts';
import { badgeOf, clauseListLabel, dateIn, headlineWords } from '../controls/labels.ts';
import { esc } from '../controls/status-html.ts';
import { instrumentStatusOn, statusOn } from '../controls/status.ts';
import { clauseEn, timelineContext } from '../controls/timeline-labels.ts';
import { dayAfter } from '../shared/dates.ts';
import { useTranslations, type Locale } from './i18n.ts';
import { linkTo } from './locale-paths.ts';
import { SITE_NAME } from './site-config.ts';
import { siteTimeline, type SiteEvent, type SiteEventKind } from './timeline.ts';
import { eventGrade, eventSentence, eventText } from './timeline-words.ts';
import { absoluteUrl, feedUrl, homeUrl, timelineUrl } from './urls.ts';

/** The events a reader wants to hear of: something new held, something that starts or stops applying, a repeal. */
export const FEED_KINDS: readonly SiteEventKind[] = ['edition-published', 'edition-in-force', 'published', 'in-force', 'clause-in-force', 'list-updated', 'disapplied', 'suspended', 'suspension-ends', 'repealed', 'possibly-repealed'];

/**
 * The entry id of an event in a feed: a name-based UUID (RFC 4122 version 5 layout, SHA-1) of the event's key and the
 * feed's language. It depends on what the event is, never on the build, its time, the order of entries or the host.
 */
export function entryId(key: string, locale: Locale): string {
  const h = createHash('sha1').update(`export-tech-catalogue/event/${locale}/${key}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}

/** The feed's events: those of FEED_KINDS whose day a source gives and which have happened by the status date; newest first. */
export function feedEvents(events: SiteEvent[], statusDate: string): SiteEvent[] {
  return events
    .filter((e) => FEED_KINDS.includes(e.kind) && e.precision === 'day' && e.date <= statusDate)
    // An instrument's entry into force on the day it is published is no news beside its publication.
    .filter((e) => !(e.kind === 'in-force' && e.instrument && e.event && events.some((p) => p.kind === 'published' && p.instrument === e.instrument && p.date === e.date)))
    .filter((e) => !(e.kind === 'edition-in-force' && events.some((p) => p.kind === 'edition-published' && p.edition === e.edition && p.date === e.date)))
    .reverse();
}

/** What the entry says after the event: the status from that day on (the day after a period ends), in a few words, and the horizon. */
function statusAfter(e: SiteEvent, controls: Controls, locale: Locale): string | undefined {
  if (!e.instrument || !e.event) return undefined;
  const inst = controls.byId.get(e.instrument)!;
  const day = e.kind === 'suspension-ends' ? dayAfter(e.date) : e.date;
  const clauseOf = (id: string) => inst.clauses.find((c) => c.id === id);
  const label = (id: string) => { const c = clauseOf(id); return c ? clauseListLabel(c, locale) : id; };
  if (e.event.clause) {
    const s = statusOn(inst, day, e.event.clause);
    const b = badgeOf(s.state, s.unverified, locale);
    // As the event's sentence names the clause (the same function): “二” in Chinese; "Clause 2 [二]" in English.
    const ctx = timelineContext(controls, (id) => id, locale, inst.id);
    const named =
      locale === 'en'
        ? `${clauseEn(ctx, inst.id, e.event.clause, true).map((s) => (typeof s === 'string' ? s : s.zh)).join('')}: `
        : `“${ctx.clauseLabel(inst.id, e.event.clause)}”：`;
    return `${named}${b.words}${b.unverified ?? ''}`;
  }
  return headlineWords(instrumentStatusOn(inst, day), locale, label);
}

/** One feed, Chinese or English, as Atom 1.0 XML. */
export function feedXml(cat: Catalogue, controls: Controls, statusDate: string, origin: string, locale: Locale): string {
  const t = useTranslations(locale);
  const en = locale === 'en';
  const to = linkTo(locale);
  const page = (path: string) => {
    const [p, hash] = path.split('#') as [string, string | undefined];
    return absoluteUrl(`${to(p).href}${hash ? `#${hash}` : ''}`, origin);
  };
  const events = feedEvents(siteTimeline(cat, controls), statusDate);
  // An announcement's event is dated against its own horizon; an edition's against the earliest of them.
  const horizons = [...new Set(controls.instruments.map((i) => i.data.checkedThrough))].sort();
  const horizonOf = (e: SiteEvent) => (e.instrument ? controls.byId.get(e.instrument)?.data.checkedThrough : undefined) ?? horizons[0];
  const kinds = absoluteUrl(to(timelineUrl()).href, origin);
  const newest = events[0]?.date ?? statusDate;
  const feed = new Feed({
    id: absoluteUrl(feedUrl(locale), origin),
    title: t('feed.title'),
    description: t('feed.subtitle'),
    link: absoluteUrl(to(timelineUrl()).href, origin),
    feed: absoluteUrl(feedUrl(locale), origin),
    language: locale,
    updated: new Date(`${newest}T00:00:00Z`),
    generator: false,
    author: { name: en ? SITE_NAME.en : SITE_NAME.zh, link: absoluteUrl(to(homeUrl()).href, origin) },
  });
  for (const e of events) {
    const sentence = eventSentence(e, cat, controls, locale).map((s) => (typeof s === 'string' ? s : s.zh)).join('');
    const after = statusAfter(e, controls, locale);
    const grade = eventGrade(e, locale);
    const day = dateIn(e.date, locale);
    const horizon = horizonOf(e);
    const paragraphs = [
      `${day}${en ? ': ' : '：'}${sentence}`,
      ...(grade ? [grade] : []),
      ...(after ? [t('feed.statusAfter', { status: after })] : []),
      ...(horizon && e.date > horizon ? [t('feed.horizon', { date: dateIn(horizon, locale) })] : []),
    ];
    feed.addItem({
      id: entryId(e.key, locale),
      title: esc(eventText(e, cat, controls, locale)),
      link: page(e.path),
      date: new Date(`${e.date}T00:00:00Z`),
      published: new Date(`${e.date}T00:00:00Z`),
      description: paragraphs.map((p) => `<p>${esc(p)}</p>`).join(''),
      // What kind of event it is, for a reader’s filters: the kinds of the timeline page (its data-kind).
      category: [{ term: e.kind, scheme: kinds }],
    });
  }
  return feed.atom1();
}
