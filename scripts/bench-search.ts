/**
 * `npm run bench:search [dir]`: serves an already built site (default dist/; build it first with `npm run build`)
 * and prints the search figures of bench/search.ts, for /search/ and /en/search/. Builds nothing itself.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_QUERIES, ENGLISH_BENCH_QUERIES, ENGLISH_SEARCH, measureSearch } from '../bench/search.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from './serve-static.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dir = resolve(ROOT, process.argv[2] ?? 'dist');
if (!existsSync(join(dir, 'pagefind', 'pagefind.js'))) {
  console.error(`No built site with a search index in ${dir}. Run \`npm run build\` first (or pass a built folder).`);
  process.exit(1);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const server = await serveStatic(dir);
const browser = await launchBrowser();
try {
  console.log(`Search benchmark — ${dir}\n`);
  for (const [label, queries, options] of [
    ['Chinese search', BENCH_QUERIES, {}],
    ['English search', ENGLISH_BENCH_QUERIES, ENGLISH_SEARCH],
  ] as const) {
    const f = await measureSearch(server.url, browser, queries, options);
    const s = f.firstSearch;
    const path = options.path ?? '/search/';
    console.log(`${label}`);
    console.log(`First search (${path}?q=${s.query}, cold cache, until the first result shows): ${s.msToFirstResult} ms`);
    console.log(`  all bytes fetched:     ${kb(s.bytes)} as served here (no compression), ${kb(s.gzipBytes)} with gzip`);
    console.log(`  of which search:       ${kb(s.searchBytes)} as served here, ${kb(s.searchGzipBytes)} with gzip   (budget ≤ 120 KB)`);
    for (const r of s.resources) console.log(`    ${r.path.padEnd(60)} ${String(r.bytes).padStart(7)} B  gzip ${String(r.gzipBytes).padStart(7)} B`);
    console.log(`Per query once loaded (${f.perQuery.queries} queries): median ${f.perQuery.medianMs} ms, max ${f.perQuery.maxMs} ms   (budget median ≤ 50 ms)`);
    console.log(`  ${f.perQuery.samples.map((x) => `${x.query} ${x.ms}`).join(' · ')}`);
    console.log(`Folding table: ${f.foldTable.pairs} pairs, ${kb(f.foldTable.bytes)} (${kb(f.foldTable.gzipBytes)} gzip)   (budget ≤ 10 KB)`);
    console.log(`Script bytes on pages without search: ${Object.entries(f.nonSearchScriptBytes).map(([p, b]) => `${p} ${b}`).join(', ')}   (budget 0)\n`);
  }
} finally {
  await browser.close();
  await server.close();
}
