/** What we hold of each export-control instrument: clauses, gaps, items, and how much of it rests on a Traditional copy. */
import { instrumentName } from './labels.ts';
import type { Controls } from './model.ts';

export interface InstrumentCoverage {
  id: string;
  name: string;
  kind: string;
  clauses: number;
  /** Parts we know exist but do not hold (each notHeld record). */
  gaps: number;
  items: number;
  technologies: number;
  /** Clauses shown from a Traditional-character copy, converted character by character. */
  converted: number;
  /** No gap recorded: every clause the sources show is held. */
  complete: boolean;
}

export function controlsCoverage(controls: Controls): InstrumentCoverage[] {
  return controls.instruments.map((inst) => ({
    id: inst.id,
    name: instrumentName(inst),
    kind: inst.data.kind,
    clauses: inst.clauses.length,
    gaps: inst.data.notHeld.length,
    items: inst.items.length,
    technologies: inst.items.filter((i) => i.kind === 'technology').length,
    converted: inst.clauses.filter((c) => c.converted).length,
    complete: inst.data.notHeld.length === 0 && inst.clauses.length > 0,
  }));
}
