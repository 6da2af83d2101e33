/**
 * Compares two built sites file by file (byte for byte): which pages are the same, which changed, which are only in
 * one of them, grouped by the kind of page. For a change meant to leave most pages as they were, build before and
 * after with the same SITE_URL and STATUS_DATE, then
 *
 *   npx tsx bench/compare-dist.ts <before-dir> <after-dir> [--all]     (--all: every file, not only .html)
 */
import { readFileSync } from 'node:fs';
import { sitePaths } from '../src/integrations/headers-file.ts';

/** The kind of page a path is, for grouping: /entries/x/2023/ → /entries/*\/<edition>/. */
export function pageKind(path: string): string {
  return path
    .replace(/^\/en\//, '/en/')
    .replace(/\/entries\/[^/]+\/compare\/[^/]+\//, '/entries/*/compare/*/')
    .replace(/\/entries\/[^/]+\/\d{4}\//, '/entries/*/<edition>/')
    .replace(/\/entries\/[^/]+\/index\.html$/, '/entries/*/index.html')
    .replace(/\/(codes|industries|amendments|changes|editions|related|parts)\/[^/]+\//, '/$1/*/')
    .replace(/\/controls\/codes\/[^/]+\//, '/controls/codes/*/')
    .replace(/\/controls\/\d{4}-\d+\/items\/[^/]+\//, '/controls/*/items/*/')
    .replace(/\/controls\/\d{4}-\d+\//, '/controls/*/');
}

export interface DistComparison {
  same: number;
  changed: string[];
  onlyBefore: string[];
  onlyAfter: string[];
}

export function compareDist(before: string, after: string, all = false): DistComparison {
  const pick = (dir: string) => new Set(sitePaths(dir).filter((p) => all || p.endsWith('.html')));
  const a = pick(before);
  const b = pick(after);
  const out: DistComparison = { same: 0, changed: [], onlyBefore: [], onlyAfter: [] };
  for (const p of a) {
    if (!b.has(p)) out.onlyBefore.push(p);
    else if (readFileSync(`${before}/${p}`).equals(readFileSync(`${after}/${p}`))) out.same++;
    else out.changed.push(p);
  }
  for (const p of b) if (!a.has(p)) out.onlyAfter.push(p);
  return out;
}

function main(): void {
  const [before, after] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!before || !after) {
    console.error('usage: npx tsx bench/compare-dist.ts <before-dir> <after-dir> [--all]');
    process.exit(2);
  }
  const r = compareDist(before, after, process.argv.includes('--all'));
  const byKind = (paths: string[]) => {
    const m = new Map<string, string[]>();
    for (const p of paths) (m.get(pageKind(p)) ?? m.set(pageKind(p), []).get(pageKind(p))!).push(p);
    return [...m].sort((x, y) => y[1].length - x[1].length).map(([k, ps]) => `  ${String(ps.length).padStart(5)}  ${k}   e.g. ${ps.slice(0, 3).join(' ')}`);
  };
  console.log(`byte-identical: ${r.same}; changed: ${r.changed.length}; only before: ${r.onlyBefore.length}; only after: ${r.onlyAfter.length}`);
  for (const [label, list] of [['changed', r.changed], ['only before', r.onlyBefore], ['only after', r.onlyAfter]] as const) {
    if (list.length) console.log(`${label}:\n${byKind(list).join('\n')}`);
  }
}

if (process.argv[1]?.endsWith('compare-dist.ts')) main();
