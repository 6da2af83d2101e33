/** Short state names for badges, in a module of their own: the search page's script needs these words and nothing else of labels.ts. */
import type { State } from './status.ts';

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
