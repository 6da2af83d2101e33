/** Read-only questions the pages ask of the instruments: the text with its gaps, clause statuses, technologies, codes. */
import type { ControlClause, ControlItem, Controls, Instrument } from './model.ts';
import type { InstrumentData } from './schemas.ts';

type Gap = InstrumentData['notHeld'][number];

/** The operative text in reading order: each clause, and each gap we know of where it stands. Gaps without a place are left out. */
export function textWithGaps(inst: Instrument): ({ kind: 'clause'; clause: ControlClause } | { kind: 'gap'; gap: Gap })[] {
  const gaps = inst.data.notHeld;
  const out: ({ kind: 'clause'; clause: ControlClause } | { kind: 'gap'; gap: Gap })[] = [];
  for (const gap of gaps.filter((g) => g.after === 'start')) out.push({ kind: 'gap', gap });
  for (const clause of inst.clauses) {
    out.push({ kind: 'clause', clause });
    for (const gap of gaps.filter((g) => g.after === clause.id)) out.push({ kind: 'gap', gap });
  }
  return out;
}

/** Gaps that concern the instrument as a whole (no place in the text). */
export const generalGaps = (inst: Instrument): Gap[] => inst.data.notHeld.filter((g) => g.after === undefined);

/** How far the sources of every announcement were searched (the earliest of their days); empty when none is held. */
export const horizonOf = (controls: Controls): string => controls.instruments.map((i) => i.data.checkedThrough).sort()[0] ?? '';

/** Items grouped by the clause that holds them. */
export const itemsOfClause = (inst: Instrument, clauseId: string): ControlItem[] => inst.items.filter((it) => it.clause.id === clauseId);

/** Every item of kind technology, instrument by instrument. */
export const technologyItems = (controls: Controls): ControlItem[] => controls.items.filter((it) => it.kind === 'technology');

/** Gaps that hide controlled technologies (e.g. 2025 No.58's graphite-anode technologies), with their instrument. */
export const hiddenTechnologies = (controls: Controls): { inst: Instrument; gap: Gap }[] =>
  controls.instruments.flatMap((inst) => inst.data.notHeld.filter((g) => g.items === 'technology' || g.items === 'both').map((gap) => ({ inst, gap })));

/** The instrument an item belongs to. */
export const instrumentOf = (controls: Controls, item: ControlItem): Instrument => controls.byId.get(item.instrument)!;
