/** The contents of an announcement page and the source its clauses share (src/lib/controls/toc.ts). */
import { describe, expect, test } from 'vitest';
import { instrumentToc, ownSource, sharedSource } from '../../src/lib/controls/toc.ts';
import type { ControlClause, ControlSource, Instrument } from '../../src/lib/controls/model.ts';
import { loadSiteFixture } from '../helpers/fixtures.ts';

const { controls } = loadSiteFixture('controls-basic');
const inst = controls.byId.get('2001-1')!;

const src = (id: string): ControlSource => ({ id, title: `副本${id}`, grade: 'B' }) as ControlSource;
/** The instrument with its clauses' sources replaced, in order. */
const withSources = (ids: string[]): Instrument => ({ ...inst, clauses: inst.clauses.map((c, i) => ({ ...c, source: src(ids[i]!) })) });

describe('instrumentToc', () => {
  test('every clause in reading order, each with the items whose wording it holds', () => {
    const toc = instrumentToc(inst);
    expect(toc.clauses.map((c) => [c.clause.id, c.items.map((it) => it.id)])).toEqual([['1', []], ['1-1', ['1-1']], ['2', []], ['3', []]]);
  });
  test('the sections the page has, in its order; a section without content is left out', () => {
    expect(instrumentToc(inst).sections).toEqual(['timeline', 'items', 'text', 'notes', 'sources']);
    const bare: Instrument = { ...inst, items: [], body: ' \n' };
    expect(instrumentToc(bare).sections).toEqual(['timeline', 'text', 'sources']);
    const full: Instrument = { ...inst, data: { ...inst.data, quotes: [{}] as never, conflicts: ['出入'] } };
    expect(instrumentToc(full).sections).toEqual(['timeline', 'items', 'text', 'quotes', 'conflicts', 'notes', 'sources']);
  });
});

describe('sharedSource and ownSource', () => {
  test('the source most clauses come from; each clause from another names its own', () => {
    const i = withSources(['b', 'a', 'a', 'b']);
    // A tie: the first in reading order.
    expect(sharedSource(i)?.id).toBe('b');
    const j = withSources(['b', 'a', 'a', 'a']);
    expect(sharedSource(j)?.id).toBe('a');
    expect(j.clauses.map((c: ControlClause) => ownSource(c, sharedSource(j)))).toEqual([true, false, false, false]);
  });
  test('one source for the whole page: no clause names its own', () => {
    expect(inst.clauses.some((c) => ownSource(c, sharedSource(inst)))).toBe(false);
    expect(sharedSource(inst)?.id).toBe('copy');
  });
  test('no clause: no shared source', () => {
    expect(sharedSource({ ...inst, clauses: [] })).toBeUndefined();
  });
});
