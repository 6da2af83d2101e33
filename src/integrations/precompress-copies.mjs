/**
 * The compressed copies of one file: its .gz and .br beside it, each only when smaller than the file, each with the
 * file's modification time (so Last-Modified is the same in every encoding). Plain JavaScript, so that the worker
 * threads of precompress.ts (which Vite does not compile) and the build's own code use this one module.
 */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Brotli quality 6 and gzip level 6: compressing is paid on every page of the build, so the levels are where the
 * curve flattens. Measured on this site's 9.3 MB of text (818 files; CPU time on a busy two-core machine): brotli 8
 * gives 2 242 KB in 426 ms, brotli 6 gives 2 269 KB (1.2 % more) in 188 ms, brotli 11 about 11 % less than 8 in
 * 40 times the time; gzip 9 gives 2 645 KB in 379 ms, gzip 6 gives 2 650 KB (0.2 % more) in 180 ms. At 10 000 entries
 * the two levels at 8 and 9 cost about 1.3 ms of CPU per page, more than a third of the budget of 3 ms (issue 22).
 */
export const BROTLI_QUALITY = 6;
export const gzipOptions = { level: 6 };
/** @param {number} bytes the size of the input, Brotli's size hint */
export const brotliOptions = (bytes) => ({
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes,
  },
});

/**
 * Writes `file`'s .gz and .br copies (synchronous zlib); returns the file's size and the bytes written per encoding,
 * 0 for a copy not written because it was not smaller.
 * @param {string} file
 * @returns {{ raw: number, gz: number, br: number }}
 */
export function writeCompressedCopies(file) {
  const raw = readFileSync(file);
  const { mtime } = statSync(file);
  const written = { raw: raw.length, gz: 0, br: 0 };
  for (const [ext, data] of /** @type {const} */ ([
    ['.gz', gzipSync(raw, gzipOptions)],
    ['.br', brotliCompressSync(raw, brotliOptions(raw.length))],
  ])) {
    if (data.length >= raw.length) continue;
    writeFileSync(file + ext, data);
    utimesSync(file + ext, mtime, mtime);
    written[ext === '.gz' ? 'gz' : 'br'] = data.length;
  }
  return written;
}
