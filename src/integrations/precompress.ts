/**
 * Astro integration: at `astro:build:done`, after Pagefind, writes <file>.gz (gzip, level 6) and <file>.br (brotli,
 * quality 6) beside every text file of the build (src/lib/site/server-config.ts, PRECOMPRESSED_EXTENSIONS), for servers
 * that send precompressed files (nginx gzip_static and brotli_static). A copy that would not be smaller than its file is
 * not written. Each copy gets its file's modification time, so Last-Modified is the same in every encoding.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { isPrecompressed } from '../lib/site/server-config.ts';
import { builtPaths } from './headers-file.ts';
import { writeCompressedCopies } from './precompress-copies.mjs';

export { BROTLI_QUALITY, brotliOptions, gzipOptions } from './precompress-copies.mjs';

export interface PrecompressTotals {
  files: number;
  raw: number;
  gz: number;
  br: number;
  /** Copies not written because they were not smaller than their file. */
  skipped: number;
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
          const worker = new Worker(WORKER, { workerData: { dir, paths } });
          worker.once('message', done).once('error', fail).once('exit', (code) => code !== 0 && fail(new Error(`precompress worker stopped with exit code ${code}`)));
        }),
    ),
  );
  return results.reduce((t, r) => ({ files: t.files + r.files, raw: t.raw + r.raw, gz: t.gz + r.gz, br: t.br + r.br, skipped: t.skipped + r.skipped }), { files: 0, raw: 0, gz: 0, br: 0, skipped: 0 });
}

/** The same for one file written after the build's end (a redirect page): its .gz and .br copies, each only when smaller. */
export function precompressFile(file: string): void {
  writeCompressedCopies(file);
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
