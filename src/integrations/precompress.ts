/**
 * Astro integration: at `astro:build:done`, after Pagefind, writes <file>.gz (gzip, level 6) and <file>.br (brotli,
 * quality 6) beside every text file of the build (src/lib/site/server-config.ts, PRECOMPRESSED_EXTENSIONS), for servers
 * that send precompressed files (nginx gzip_static and brotli_static). A copy that would not be smaller than its file is
 * not written. Each copy gets its file's modification time, so Last-Modified is the same in every encoding.
 */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { isPrecompressed } from '../lib/site/server-config.ts';
import { builtPaths } from './headers-file.ts';

/**
 * Brotli quality 6 and gzip level 6: compressing is paid on every page of the build, so the levels are where the
 * curve flattens. Measured on this site's 9.3 MB of text (818 files; CPU time on a busy two-core machine): brotli 8
 * gives 2 242 KB in 426 ms, brotli 6 gives 2 269 KB (1.2 % more) in 188 ms, brotli 11 about 11 % less than 8 in
 * 40 times the time; gzip 9 gives 2 645 KB in 379 ms, gzip 6 gives 2 650 KB (0.2 % more) in 180 ms. At 10 000 entries
 * the two levels at 8 and 9 cost about 1.3 ms of CPU per page, more than a third of the budget of 3 ms (issue 22).
 */
export const BROTLI_QUALITY = 6;
export const gzipOptions = { level: 6 };
export const brotliOptions = (bytes: number) => ({
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes,
  },
});

export interface PrecompressTotals {
  files: number;
  raw: number;
  gz: number;
  br: number;
  /** Copies not written because they were not smaller than their file. */
  skipped: number;
}

/**
 * Writes `file`'s .gz and .br copies, each only when smaller than `raw`, with the file's modification time; returns the
 * bytes written per encoding (0 for a copy not written).
 */
function writeCopies(file: string, raw: Buffer, mtime: Date, gz: Buffer, br: Buffer): { gz: number; br: number } {
  const written = { gz: 0, br: 0 };
  for (const [ext, data] of [['.gz', gz], ['.br', br]] as const) {
    if (data.length >= raw.length) continue;
    writeFileSync(file + ext, data);
    utimesSync(file + ext, mtime, mtime);
    written[ext === '.gz' ? 'gz' : 'br'] = data.length;
  }
  return written;
}

/** The worker that compresses a share of the files (plain JavaScript: see its doc comment). */
const WORKER = new URL('./precompress-worker.mjs', import.meta.url);

/**
 * Compresses every text file under `dir` in worker threads, one per core (at most 4), each given every n-th file of the
 * list; the totals are summed here.
 */
export async function precompress(dir: string): Promise<PrecompressTotals> {
  const all = builtPaths(dir).filter(isPrecompressed);
  const n = Math.max(1, Math.min(availableParallelism(), 4, all.length));
  const shares = Array.from({ length: n }, (_, w) => all.filter((_, i) => i % n === w));
  const results = await Promise.all(
    shares.map(
      (paths) =>
        new Promise<PrecompressTotals>((done, fail) => {
          const worker = new Worker(WORKER, { workerData: { dir, paths, gzipLevel: gzipOptions.level, brotliQuality: BROTLI_QUALITY } });
          worker.once('message', done).once('error', fail).once('exit', (code) => code !== 0 && fail(new Error(`precompress worker stopped with exit code ${code}`)));
        }),
    ),
  );
  return results.reduce((t, r) => ({ files: t.files + r.files, raw: t.raw + r.raw, gz: t.gz + r.gz, br: t.br + r.br, skipped: t.skipped + r.skipped }), { files: 0, raw: 0, gz: 0, br: 0, skipped: 0 });
}

/** The same for one file written after the build's end (a redirect page): its .gz and .br copies, each only when smaller. */
export function precompressFile(file: string): void {
  const raw = readFileSync(file);
  writeCopies(file, raw, statSync(file).mtime, gzipSync(raw, gzipOptions), brotliCompressSync(raw, brotliOptions(raw.length)));
}

export default function precompressIntegration(): AstroIntegration {
  return {
    name: 'catalogue-precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const t = await precompress(fileURLToPath(dir));
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        logger.info(
          `Precompressed ${t.files} text files (${kb(t.raw)}) into .gz (${kb(t.gz)}) and .br (${kb(t.br)}); ${t.skipped} copies not smaller, not written; ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
