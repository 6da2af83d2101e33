/**
 * Worker thread of src/integrations/precompress.ts: writes the compressed copies of the files it is given
 * (precompress-copies.mjs) and posts the totals back. Plain JavaScript, so that Node runs it as it is inside Astro's
 * build (a worker is not compiled by Vite). Compressing synchronously in a few workers costs about half the CPU of
 * Node's asynchronous zlib calls for the same bytes (their stream machinery runs on the main thread for every file),
 * and keeps the file writes off the main thread.
 */
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { writeCompressedCopies } from './precompress-copies.mjs';

/** @type {{ dir: string, paths: string[] }} */
const { dir, paths } = workerData;
const totals = { files: 0, raw: 0, gz: 0, br: 0, skipped: 0 };
for (const path of paths) {
  const written = writeCompressedCopies(join(dir, path));
  totals.files++;
  totals.raw += written.raw;
  totals.gz += written.gz;
  totals.br += written.br;
  totals.skipped += (written.gz ? 0 : 1) + (written.br ? 0 : 1);
}
parentPort?.postMessage(totals);
