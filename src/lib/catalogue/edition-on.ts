/** Where an edition of the Catalogue stood on a date, from the editions' days of entry into force alone (entry pages' "where it stands" on a chosen date). */

export type EditionOn =
  | { state: 'not-yet'; inForceFrom: string }
  | { state: 'in-force'; since: string; unverified: boolean }
  /** `by` replaced it from `on`; `current` is the edition in force on the date (`by` or a later one). */
  | { state: 'replaced'; by: string; on: string; current: string; unverified: boolean };

/**
 * The standing of `edition` on `date`; `editions` oldest first. The newest edition in force on a day is the one that
 * applies. After `checkedThrough` (how far the Catalogue's sources were searched) the answer is not verified.
 */
export function editionOn(editions: { id: string; inForce: string }[], edition: string, date: string, checkedThrough?: string): EditionOn {
  const i = editions.findIndex((e) => e.id === edition);
  if (i < 0) throw new Error(`No edition ${edition}`);
  const own = editions[i]!;
  const unverified = checkedThrough !== undefined && date > checkedThrough;
  if (date < own.inForce) return { state: 'not-yet', inForceFrom: own.inForce };
  const current = editions.slice(i + 1).filter((e) => e.inForce <= date).at(-1);
  if (current) return { state: 'replaced', by: editions[i + 1]!.id, on: editions[i + 1]!.inForce, current: current.id, unverified };
  return { state: 'in-force', since: own.inForce, unverified };
}
