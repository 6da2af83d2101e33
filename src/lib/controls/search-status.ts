/** The statuses a search card shows, carried in the index (encoded here, decoded by the search page). */
// Each announcement and item page gives Pagefind a `states` meta with the status of the whole and of every clause, so
// that a card pointing to a clause shows that clause's own status, and a card for the whole page "part of it is …".
import type { Instrument } from './model.ts';
import { STATES, type State } from './state-labels.ts';
import type { InstrumentStatus, Status } from './status.ts';

/** One status as a card shows it. `part` marks a state some parts have, beside the whole's; `labels` names those parts (their Chinese labels, as the headline does). */
export interface CardState {
  state: State;
  unverified: boolean;
  part?: boolean;
  labels?: string[];
}

/** A clause label as a meta value may carry it: without the separators of the meta (; = @), commas or line breaks. */
const safeLabel = (label: string): string => label.replace(/[;=@,\n\r]/g, ' ').trim();

const one = (s: Pick<Status, 'state' | 'unverified'>): string => `${s.state}${s.unverified ? '!' : ''}`;

/**
 * The `states` meta of an announcement page: `*=<whole>` then `<clause anchor>=<state>` for every clause (`!` = not
 * verified since); a clause the headline names as a part of another state adds `@<its label>`. Pagefind meta values
 * may hold neither commas nor newlines; these hold neither.
 */
export function pageStatesMeta(inst: Instrument, headline: InstrumentStatus, clauses: Map<string, Status>): string {
  const named = new Set(headline.parts.filter((p) => p.status.state !== headline.status.state).map((p) => p.clause.id));
  return [`*=${one(headline.status)}`, ...inst.clauses.map((c) => `${c.anchor}=${one(clauses.get(c.id)!)}${named.has(c.id) ? `@${safeLabel(c.label)}` : ''}`)].join(';');
}

/** The `states` meta of an item page: its own status only. */
export const itemStatesMeta = (s: Status): string => `*=${one(s)}`;

/** Reads a `states` meta back; unknown tokens are dropped (an old or damaged index never shows a wrong state). */
export function readStatesMeta(meta: string | undefined): Map<string, CardState & { label?: string }> {
  const out = new Map<string, CardState & { label?: string }>();
  for (const token of (meta ?? '').split(';')) {
    const m = /^([^=@]+)=([a-z-]+)(!?)(?:@([^;=@]+))?$/.exec(token.trim());
    if (m && (STATES as readonly string[]).includes(m[2]!)) out.set(m[1]!, { state: m[2] as State, unverified: m[3] === '!', ...(m[4] && { label: m[4] }) });
  }
  return out;
}

/**
 * What a card shows: for a hit inside a clause (`anchor`), that clause's status; for the page as a whole, what its
 * headline shows: the whole's status, then each other state among the parts it names, with their labels. An index
 * without labels gives each other state its clauses have, unnamed. Empty when the meta holds nothing usable.
 */
export function cardStates(meta: string | undefined, anchor?: string): CardState[] {
  const states = readStatesMeta(meta);
  if (anchor && states.has(anchor)) {
    const { state, unverified } = states.get(anchor)!;
    return [{ state, unverified }];
  }
  const whole = states.get('*');
  if (!whole) return [];
  const others = [...states].filter(([k, v]) => k !== '*' && v.state !== whole.state).map(([, v]) => v);
  const named = others.filter((v) => v.label !== undefined);
  const byState = new Map<State, string[]>();
  for (const v of named.length ? named : others) (byState.get(v.state) ?? byState.set(v.state, []).get(v.state)!).push(...(v.label ? [v.label] : []));
  return [{ state: whole.state, unverified: whole.unverified }, ...[...byState].map(([state, labels]) => ({ state, unverified: false, part: true, ...(labels.length && { labels }) }))];
}
