/**
 * Worker thread of src/integrations/precompress.ts: writes the .gz and .br copies of the files it is given, each only
 * when smaller than its file, with the file's modification time, and posts the totals back. Plain JavaScript, so that
 * Node runs it as it is inside Astro's build (a worker is not compiled by Vite). Compressing synchronously in a few
 * workers costs about half the CPU of Node's asynchronous zlib calls for the same bytes (their stream machinery runs on
 * the main thread for every file), and keeps the file writes off the main thread.
 */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @type {{ dir: string, paths: string[], gzipLevel: number, brotliQuality: number }} */
const { dir, paths, gzipLevel, brotliQuality } = workerData;
const totals = { files: 0, raw: 0, gz: 0, br: 0, skipped: 0 };
for (const path of paths) {
  const file = join(dir, path);
  const raw = readFileSync(file);
  const { mtime } = statSync(file);
  const copies = [
    ['.gz', gzipSync(raw, { level: gzipLevel })],
    [
      '.br',
      brotliCompressSync(raw, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: brotliQuality,
          [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      }),
    ],
  ];
  totals.files++;
  totals.raw += raw.length;
  for (const [ext, data] of copies) {
    if (data.length >= raw.length) {
      totals.skipped++;
      continue;
    }
    writeFileSync(file + ext, data);
    utimesSync(file + ext, mtime, mtime);
    totals[ext === '.gz' ? 'gz' : 'br'] += data.length;
  }
}
parentPort?.postMessage(totals);
