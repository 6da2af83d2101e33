/** The states and a badge's words for each, importing nothing: the search page needs these, not labels.ts or status.ts. */

/** Every state a status can have, in the order of a reader's life of an instrument. */
export const STATES = ['not-published', 'not-in-force', 'in-force', 'suspended', 'repealed', 'spent', 'unknown'] as const;
export type State = (typeof STATES)[number];

/** The shape mark carries the meaning without colour. */
export const STATE_LABEL: Record<State, { mark: string; zh: string; en: string }> = {
  'not-published': { mark: '·', zh: '尚未发布', en: 'not yet published' },
  'not-in-force': { mark: '○', zh: '尚未施行', en: 'not yet in force' },
  'in-force': { mark: '●', zh: '施行中', en: 'in force' },
  suspended: { mark: '‖', zh: '暂停实施', en: 'suspended' },
  repealed: { mark: '✕', zh: '已废止', en: 'repealed' },
  spent: { mark: '⊘', zh: '期限已届满', en: 'period ended' },
  unknown: { mark: '?', zh: '状态未知', en: 'status unknown' },
};

/** The mark a badge carries after the state when the date lies after the day the sources were searched up to. */
export const UNVERIFIED_LABEL = { zh: '（此后未核实）', en: ' (not verified since)' };

/** What a status badge says: a shape mark, the state's words, and the "not verified since" mark where it applies. */
export function badgeOf(state: State, unverified: boolean, locale: 'zh-CN' | 'en'): { mark: string; words: string; unverified?: string; en?: string } {
  const l = STATE_LABEL[state];
  const showUnverified = unverified && state !== 'unknown' && state !== 'spent';
  return {
    mark: l.mark,
    words: locale === 'en' ? l.en : l.zh,
    ...(showUnverified && { unverified: locale === 'en' ? UNVERIFIED_LABEL.en : UNVERIFIED_LABEL.zh }),
    ...(locale !== 'en' && { en: l.en }),
  };
}
