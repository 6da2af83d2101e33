/**
 * `npm run fetch-official -- --edition 2023` (or `--amendment 2025-28`): downloads the official document from the
 * addresses the content files list, checks it, keeps it in .cache/official/, and imports it with the importer's own
 * checks (all or nothing). Addresses are tried in order; each attempt is reported.
 *
 * Options: --url <URL> (try this address instead; repeatable), --timeout <s> (whole download of one address,
 * default 60), --dry-run (fetch, check and plan; write no content), --force, --source-title <text>,
 * --text-out <file>, --root <dir> (the project; default this one), --cache <dir> (default <root>/.cache/official).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FETCH, fetchDocument, type FetchOptions } from '../src/lib/importer/fetch-document.ts';
import { planAmendmentImport } from '../src/lib/importer/import-amendment.ts';
import { planCatalogueImport } from '../src/lib/importer/import-catalogue.ts';
import { cacheName, checkDocument, resolveTarget, type OfficialUrl, type Target } from '../src/lib/importer/official.ts';
import { readContentFiles } from '../src/lib/shared/read-content.ts';
import { parseImportArgs } from './import-args.ts';
import { applyPlan } from './import.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const USAGE = `Usage:
  npm run fetch-official -- --edition <year>
  npm run fetch-official -- --amendment <id>
Options: --url <URL> (repeatable; instead of the addresses in the content), --timeout <seconds> (default 60),
  --dry-run, --force, --source-title <text>, --text-out <file>, --root <dir>, --cache <dir>`;

/** Test hooks that the command line cannot set: a connection factory standing for a network that never answers. */
export type FetchOverrides = Partial<Pick<FetchOptions, 'createConnection' | 'connectTimeoutMs'>>;

/** Writes a file by way of a temporary name, so a cache file is either whole or absent. */
function writeWhole(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.part-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** Runs the command; returns the exit code. `log` receives the report. */
export async function main(argv: string[], log: (s: string) => void = console.log, overrides: FetchOverrides = {}): Promise<number> {
  const args = parseImportArgs(argv, { url: { type: 'string', multiple: true }, timeout: { type: 'string' }, cache: { type: 'string' } }, USAGE, log);
  if (!args) return 2;
  const v = args.values;
  const timeout = v.timeout === undefined ? DEFAULT_FETCH.timeoutMs / 1000 : Number(v.timeout);
  if (!Number.isFinite(timeout) || timeout <= 0) {
    log(`--timeout takes a number of seconds above 0, not "${v.timeout}"\n${USAGE}`);
    return 2;
  }
  const root = resolve(v.root ?? ROOT);
  const cacheRoot = resolve(v.cache ?? join(root, '.cache', 'official'));
  const target: Target = v.edition ? { kind: 'edition', id: v.edition } : { kind: 'amendment', id: v.amendment! };
  const files = readContentFiles(root);
  let resolved;
  try {
    resolved = resolveTarget(files, target);
  } catch (e) {
    log(`Cannot fetch: ${(e as Error).message}. Nothing was written.`);
    return 1;
  }
  const urls: OfficialUrl[] = v.url?.length ? v.url.map((url) => ({ label: '--url', url })) : resolved.urls;
  if (urls.length === 0) {
    log(`Cannot fetch: ${resolved.listedIn} lists no officialUrls for ${resolved.name}; add the official address there, or give one with --url. Nothing was written.`);
    return 1;
  }
  const opts: FetchOptions = { ...DEFAULT_FETCH, ...overrides, timeoutMs: timeout * 1000 };
  opts.connectTimeoutMs = Math.min(opts.connectTimeoutMs, opts.timeoutMs);
  log(
    `Fetching the official text of ${resolved.name} (${resolved.instrument}): ${urls.length} address${urls.length === 1 ? '' : 'es'} from ${v.url?.length ? '--url' : `${resolved.listedIn} (officialUrls)`}, tried in order.`,
  );

  for (const [i, u] of urls.entries()) {
    log(`  [${i + 1}] ${u.url}${u.label === '--url' ? '' : ` (${u.label})`}`);
    const got = await fetchDocument(u.url, opts);
    for (const h of got.hops) log(`      redirected (${h.status}) to ${h.to}`);
    if (!got.ok) {
      log(`      failed: ${got.reason}`);
      continue;
    }
    const checked = await checkDocument(got.body, got.contentType, resolved.number);
    if (!checked.ok) {
      log(`      refused: ${checked.reason}`);
      continue;
    }
    if (got.hops.length) log(`      ended at ${got.finalUrl}`);
    log(
      `      ${checked.kind === 'pdf' ? 'PDF' : 'HTML page'}, ${checked.bytes} bytes, sha256 ${checked.sha256.slice(0, 16)}…; announcement number ${resolved.number} found${checked.from ? `; text read from ${checked.from}` : ''}`,
    );
    const dir = join(cacheRoot, `${target.kind}-${target.id}`);
    mkdirSync(dir, { recursive: true });
    const file = join(dir, cacheName(got.finalUrl, checked.kind));
    writeWhole(file, got.body);
    writeWhole(
      `${file}.json`,
      `${JSON.stringify({ url: u.url, finalUrl: got.finalUrl, redirects: got.hops, contentType: got.contentType ?? null, kind: checked.kind, bytes: checked.bytes, sha256: checked.sha256, announcement: resolved.number, fetchedAt: new Date().toISOString() }, null, 2)}\n`,
    );
    const shown = relative(root, file);
    log(`      kept in ${shown.startsWith('..') ? file : shown}`);
    if (v['text-out']) writeFileSync(v['text-out'], checked.text);
    log('');
    const importOpts = { sourceUrl: u.url, sourceTitle: v['source-title'], force: v.force };
    const plan =
      target.kind === 'edition'
        ? planCatalogueImport(files, checked.text, { ...importOpts, edition: target.id })
        : planAmendmentImport(files, checked.text, { ...importOpts, id: target.id });
    return applyPlan(root, plan, v['dry-run'], log);
  }
  log(`\nNo official document could be fetched from ${urls.length === 1 ? 'the address' : `any of the ${urls.length} addresses`}; nothing was written.`);
  return 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
