/** What search covers of the export-control instruments: their wording for the folding table, their codes for the page. */
import type { Controls } from './model.ts';

/** The wording search covers: titles, clauses, items (as shown, i.e. Simplified) and quotes. */
export function controlTexts(controls: Controls): string[] {
  return controls.instruments.flatMap((inst) => [
    inst.title?.text ?? '',
    ...inst.clauses.map((c) => c.text),
    ...inst.items.map((it) => it.text),
    ...inst.data.quotes.map((q) => q.text),
  ]).filter(Boolean);
}

/** Every control code, space-separated, for the search page to know which codes have a page. */
export const controlCodeList = (controls: Controls): string => [...controls.codes.keys()].join(' ');
