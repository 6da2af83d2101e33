/**
 * `npm run build`: checks content, builds into a temporary folder, and replaces the output folder only when
 * everything passed, so a failed build leaves the previous site untouched. `--out <dir>` builds elsewhere than dist/.
 * After Astro, the built site is checked against the record of published URLs (content/published-urls.txt; see
 * scripts/urls.ts): a recorded page, anchor or data file that is gone without a redirect or an alias stops the build.
 * Then the redirect pages of content/redirects.md are written.
 */
import { spawn } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASTRO_NODE_FLAGS } from './astro-node-flags.ts';
import { checkContent } from './check.ts';
import { readSiteConfig, SiteConfigError } from '../src/lib/site/site-config.ts';
import { behindNote, checkPublished, publishedInputs, updateCommand, writeRedirectPages, type PublishedCheck } from './urls.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > -1 ? process.argv[i + 1] : undefined;
};
const out = resolve(ROOT, arg('--out') ?? 'dist');
/** `--content <dir>`: build the content/ folder found under <dir> instead of the project's own. */
const contentRoot = resolve(ROOT, arg('--content') ?? '.');
const tmp = `${out}.building-${process.pid}`;
/** `--publish`: a build for publishing, which refuses to run without a real origin and an error-report address. */
if (process.argv.includes('--publish')) process.env.PUBLISH = '1';

try {
  const config = readSiteConfig();
  console.log(`Building for ${config.origin}${config.publish ? ' (for publishing)' : ''}; statuses as of ${config.statusDate}.`);
} catch (e) {
  if (!(e instanceof SiteConfigError)) throw e;
  console.error(`${e.message}\n\nBuild stopped: nothing was written.`);
  process.exit(1);
}

// Astro starts at once and the content is checked meanwhile (each takes about a second before Astro's own work begins,
// and they run on different cores). Astro's output is held back until the check has passed; when it fails, Astro is
// stopped before it writes anything and only the content problems are printed.
const astro = resolve(ROOT, 'node_modules/astro/astro.js');
const child = spawn(process.execPath, [...ASTRO_NODE_FLAGS, astro, 'build', '--outDir', tmp], {
  cwd: ROOT,
  stdio: ['inherit', 'pipe', 'pipe'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CATALOGUE_ROOT: contentRoot },
});
const finished = new Promise<{ status: number | null }>((done, fail) => child.on('error', fail).on('close', (status) => done({ status })));
const held: [NodeJS.WriteStream, Buffer][] = [];
let holding = true;
for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
  from.on('data', (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk)));
}

let checked: ReturnType<typeof checkContent>;
try {
  checked = checkContent(contentRoot);
} catch (e) {
  child.kill();
  throw e;
}
if (!checked) {
  child.kill();
  await finished;
  rmSync(tmp, { recursive: true, force: true });
  console.error('\nBuild stopped: fix the content problems above. Nothing was written.');
  process.exit(1);
}
// Only what the URL check needs after Astro is kept: Astro builds the content again in its own process, and this one,
// waiting for it without blocking, lets go of the rest (about 150 MB at 10 000 entries).
const content = publishedInputs(checked);
holding = false;
for (const [to, chunk] of held.splice(0)) to.write(chunk);

const r = await finished;
if (r.status !== 0) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(`\nBuild failed; ${out} was left as it was.`);
  process.exit(r.status ?? 1);
}
// Published URLs: every one recorded must still be built, redirected or kept as an alias.
let published: PublishedCheck;
try {
  published = checkPublished(tmp, contentRoot, content);
  if (!published.error) writeRedirectPages(tmp, content.redirects);
} catch (e) {
  rmSync(tmp, { recursive: true, force: true });
  throw e;
}
if (published.error) {
  rmSync(tmp, { recursive: true, force: true });
  console.error(`\n${published.error}\n\nBuild failed: the new site would lose the published URLs above; ${out} was left as it was.`);
  process.exit(1);
}
const old = `${out}.old-${process.pid}`;
const hadOld = existsSync(out);
if (hadOld) renameSync(out, old);
try {
  renameSync(tmp, out);
} catch (e) {
  // Put the previous site back rather than leave no site at all.
  if (hadOld) renameSync(old, out);
  rmSync(tmp, { recursive: true, force: true });
  console.error(`\nCould not move the new build into place (${String(e)}); ${out} was left as it was.`);
  process.exit(1);
}
rmSync(old, { recursive: true, force: true });
console.log(`\nSite written to ${out}`);
if (published.added.length) console.log(behindNote(published, updateCommand(out, contentRoot)));
