/**
 * Reads a V8 CPU profile (`node --cpu-prof`, written by `npm run bench -- --profile`) and sums where the time went:
 * self time by function and by file group (our code in src/, Astro, Vite/Rollup, zod, jsdiff, Pagefind, Node…), and
 * inclusive time of our own functions, so a cost paid once per page shows up beside what it calls.
 *
 *   npx tsx bench/profile-summary.ts bench/.work/profiles/synthetic-1000/<file>.cpuprofile [--top 30]
 */
import { readFileSync } from 'node:fs';

interface CallFrame { functionName: string; url: string; lineNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface Profile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

/** The group a script belongs to, from its URL: our source, a package (by name), Node itself, or V8's own entries. */
export function groupOf(url: string): string {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node';
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1]!;
  const src = url.match(/\/(src\/.*)$/);
  if (src) return src[1]!.split('/').slice(0, 2).join('/');
  // Astro's build writes our pages, bundled, into chunks of the output folder (…/.prerender/chunks/…).
  if (/\/(chunks|pages|\.prerender)\//.test(url)) return 'built pages (our code, bundled)';
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

export interface ProfileSummary {
  totalMs: number;
  byGroup: [string, number][];
  selfByFunction: [string, number][];
  inclusiveOurs: [string, number][];
}

/** Self time per function and group, and inclusive time of functions in our bundled or source code. */
export function summarise(profile: Profile, top = 30): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const name = (f: CallFrame) => `${f.functionName || '(anonymous)'} ${groupOf(f.url)}:${f.lineNumber + 1}`;
  const ours = (f: CallFrame) => /\/src\/|\/chunks\/|\.prerender/.test(f.url) && !f.url.includes('node_modules');

  const group = new Map<string, number>();
  const fn = new Map<string, number>();
  const incl = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const f = byId.get(id)!.callFrame;
    group.set(groupOf(f.url), (group.get(groupOf(f.url)) ?? 0) + us);
    fn.set(name(f), (fn.get(name(f)) ?? 0) + us);
    // Inclusive: each of our frames on the stack once, however deep the recursion.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const cf = byId.get(at)!.callFrame;
      if (!ours(cf)) continue;
      const k = name(cf);
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  const ms = (m: Map<string, number>) => [...m].map(([k, us]) => [k, us / 1000] as [string, number]).sort((a, b) => b[1] - a[1]);
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    byGroup: ms(group).slice(0, top),
    selfByFunction: ms(fn).slice(0, top),
    inclusiveOurs: ms(incl).slice(0, top),
  };
}

function main(): void {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [--top N]');
    process.exit(2);
  }
  const i = process.argv.indexOf('--top');
  const top = i > -1 ? Number(process.argv[i + 1]) : 30;
  const s = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, top);
  const line = ([k, v]: [string, number]) => `${v.toFixed(0).padStart(9)} ms  ${k}`;
  console.log(`profile ${file}: ${(s.totalMs / 1000).toFixed(1)} s sampled\n\nself time by group`);
  console.log(s.byGroup.map(line).join('\n'));
  console.log('\nself time by function');
  console.log(s.selfByFunction.map(line).join('\n'));
  console.log('\ninclusive time of our own functions (src/ and the bundled pages)');
  console.log(s.inclusiveOurs.map(line).join('\n'));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
