/** Where one entry version stands in time: in force from/to, replaced by which edition, since when the entry is held. */
import type { Catalogue, Edition, EntryVersion, Removal } from './model.ts';
import { timeline, versionsIn } from './queries.ts';
import { entryUrl } from '../site/urls.ts';

export interface Standing {
  /** The edition took effect on this day. */
  inForceFrom: string;
  /** The next edition replaced this one from this day (absent for the newest edition). */
  replacedOn?: string;
  replacedBy?: Edition;
  /** True for a version of the newest edition we hold. */
  current: boolean;
  /** For an older version: what became of the entry in the newest edition. */
  now?:
    | { kind: 'present'; version: EntryVersion; url: string }
    | { kind: 'removed'; removal: Removal; url: string }
    /** Not among the newest edition's entries we hold: removed, renamed or simply not held — we cannot tell. */
    | { kind: 'not-held'; edition: Edition };
  /** The first edition in which we hold the entry; `added` when its sources say that edition added it. */
  since: { edition: Edition; added: boolean };
}

/** Where the version of `key` in `editionId` stands (the version or its removal must exist in that edition). */
export function standing(cat: Catalogue, key: string, editionId: string): Standing {
  const i = cat.editions.findIndex((e) => e.id === editionId);
  if (i < 0) throw new Error(`No edition ${editionId}`);
  const edition = cat.editions[i]!;
  const next = cat.editions[i + 1];
  const newest = cat.editions.at(-1)!;
  const steps = timeline(cat, key);
  const first = steps.find((s) => s.version)!;
  const added = first.version!.relativeToPrevious === 'added' || first.version!.origin.kind === 'added';
  const out: Standing = {
    inForceFrom: edition.data.inForce,
    current: !next,
    since: { edition: first.edition, added },
  };
  if (next) {
    out.replacedOn = next.data.inForce;
    out.replacedBy = next;
    const last = steps.find((s) => s.edition.id === newest.id);
    if (last?.version) out.now = { kind: 'present', version: last.version, url: entryUrl(key, newest.id) };
    else if (last?.removal) out.now = { kind: 'removed', removal: last.removal, url: entryUrl(key, newest.id) };
    else {
      const removed = steps.find((s) => s.removal);
      out.now = removed ? { kind: 'removed', removal: removed.removal!, url: entryUrl(key, removed.edition.id) } : { kind: 'not-held', edition: newest };
    }
  }
  return out;
}

/** Editions in which the entry neither stands nor was removed, as far as we hold them: pages that explain its absence. */
export function absentEditions(cat: Catalogue, key: string): Edition[] {
  const present = new Set(timeline(cat, key).map((s) => s.edition.id));
  return cat.editions.filter((e) => !present.has(e.id));
}

/** Held / official entries of an edition, for "what we hold" notices. */
export const heldShare = (cat: Catalogue, e: Edition): { held: number; official: number } => ({
  held: versionsIn(cat, e.id).length,
  official: e.data.totals.禁止 + e.data.totals.限制,
});

