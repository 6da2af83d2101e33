/** The interface words of the status markup (status-html.ts) in one language, from the translation files (build side: pages print them for their script too). */
import type { StatusWords } from './status-html.ts';
import { useTranslations, type Locale } from '../site/i18n.ts';

/** StatusWords for a page in `locale`. */
export function statusWords(locale: Locale): StatusWords {
  const t = useTranslations(locale);
  return {
    asOf: t('ctl.status.asOf'),
    whatAsOf: t('ctl.status.whatAsOf', { what: '{{what}}' }),
    builtDay: t('ctl.status.builtDay'),
    chosenDay: t('ctl.status.chosenDay'),
    horizon: t('ctl.status.horizon', { date: '{{date}}' }),
    see: t('ctl.status.see'),
    listSep: t('ctl.listSep'),
    inChinese: t('ctl.inChinese'),
    fullStop: t('ctl.fullStop'),
    markerBuilt: t('ctl.timeline.today'),
    markerChosen: t('ctl.timeline.chosen'),
  };
}
