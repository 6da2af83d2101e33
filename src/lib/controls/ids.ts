/** Ids inside the export-control section: instrument order, anchors of clauses and items, clauses within clauses. */

/** Instrument order: year, then number (2024-9 before 2024-46). */
export function compareInstrumentIds(a: string, b: string): number {
  const [ya, na] = a.split('-').map(Number) as [number, number];
  const [yb, nb] = b.split('-').map(Number) as [number, number];
  return ya - yb || na - nb;
}

/** Fragment ids on an instrument page. */
export const clauseAnchor = (id: string): string => `cl-${id}`;
export const itemAnchor = (id: string): string => `item-${id}`;

/** True when `clause` is `scope` or lies inside it (`1-2` is inside `1`). */
export const clauseWithin = (clause: string, scope: string): boolean => clause === scope || clause.startsWith(`${scope}-`);

/** The order of the relations acting on an instrument: by first day, then by the acting instrument. */
export const compareRelations = (a: { from: string; by: string }, b: { from: string; by: string }): number => a.from.localeCompare(b.from) || compareInstrumentIds(a.by, b.by);
