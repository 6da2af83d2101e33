/** The statuses a search card shows, carried in the index (encoded here, decoded by the search page). */
// Each announcement and item page gives Pagefind a `states` meta with the status of the whole and of every clause, so
// that a card pointing to a clause shows that clause's own status, and a card for the whole page "part of it is …".
import type { Instrument } from './model.ts';
import { STATES, type InstrumentStatus, type State, type Status } from './status.ts';

/** One status as a card shows it. `part` marks a state some parts have, beside the whole's. */
export interface CardState {
  state: State;
  unverified: boolean;
  part?: boolean;
}

const one = (s: Pick<Status, 'state' | 'unverified'>): string => `${s.state}${s.unverified ? '!' : ''}`;

/** The `states` meta of an announcement page: `*=<whole>` then `<clause anchor>=<state>` for every clause (`!` = not verified since). Pagefind meta values may hold neither commas nor newlines; these hold neither. */
export function pageStatesMeta(inst: Instrument, headline: InstrumentStatus, clauses: Map<string, Status>): string {
  return [`*=${one(headline.status)}`, ...inst.clauses.map((c) => `${c.anchor}=${one(clauses.get(c.id)!)}`)].join(';');
}

/** The `states` meta of an item page: its own status only. */
export const itemStatesMeta = (s: Status): string => `*=${one(s)}`;

/** Reads a `states` meta back; unknown tokens are dropped (an old or damaged index never shows a wrong state). */
export function readStatesMeta(meta: string | undefined): Map<string, CardState> {
  const out = new Map<string, CardState>();
  for (const token of (meta ?? '').split(';')) {
    const m = /^([^=]+)=([a-z-]+)(!?)$/.exec(token.trim());
    if (m && (STATES as readonly string[]).includes(m[2]!)) out.set(m[1]!, { state: m[2] as State, unverified: m[3] === '!' });
  }
  return out;
}

/**
 * What a card shows: for a hit inside a clause (`anchor`), that clause's status; for the page as a whole, the whole's
 * status followed by each other state its clauses have, marked as parts. Empty when the meta holds nothing usable.
 */
export function cardStates(meta: string | undefined, anchor?: string): CardState[] {
  const states = readStatesMeta(meta);
  if (anchor && states.has(anchor)) return [states.get(anchor)!];
  const whole = states.get('*');
  if (!whole) return [];
  const parts = [...new Set([...states].filter(([k, v]) => k !== '*' && v.state !== whole.state).map(([, v]) => v.state))];
  return [whole, ...parts.map((state) => ({ state, unverified: false, part: true }))];
}
