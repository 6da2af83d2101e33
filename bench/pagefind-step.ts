/**
 * The Pagefind part of a benchmark build, timed on its own.
 *
 * Seam for the Astro integration (astro:build:done): the bench passes PAGEFIND_TIMING_FILE=<path> to the build. An
 * integration that writes `{"ms": <indexing ms>, "pages": <pages indexed>}` to that path is read here, and its time is
 * taken out of the Astro figure. Until then (no file), the bench indexes the built folder itself through Pagefind's
 * Node API, exactly as the integration will, and times that.
 */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { watchMemory, type MemoryPeak } from './measure.ts';

export const PAGEFIND_TIMING_ENV = 'PAGEFIND_TIMING_FILE';

export interface PagefindFigures {
  /** Who ran Pagefind: the site's integration during the build, or the bench after it. */
  by: 'integration' | 'bench';
  ms: number;
  pages?: number;
  /** Peak memory of the Pagefind binary (bench runs only; the integration's is inside the build's figure). */
  memory?: MemoryPeak;
}

/** Reads the timing an integration reported, if any. */
export function reportedTiming(timingFile: string): PagefindFigures | undefined {
  if (!existsSync(timingFile)) return undefined;
  const data = JSON.parse(readFileSync(timingFile, 'utf8')) as { ms?: unknown; pages?: unknown };
  if (typeof data.ms !== 'number') throw new Error(`${timingFile}: expected {"ms": number, "pages"?: number}`);
  return { by: 'integration', ms: data.ms, pages: typeof data.pages === 'number' ? data.pages : undefined };
}

/**
 * Indexes `siteDir` into `<siteDir>/pagefind/` with the Node API, replacing what is there, and times it. `glob` limits
 * the HTML files Pagefind reads (Pagefind's default: every .html file).
 */
export async function runPagefind(siteDir: string, glob?: string): Promise<PagefindFigures> {
  rmSync(join(siteDir, 'pagefind'), { recursive: true, force: true });
  const watch = watchMemory(process.pid);
  const start = performance.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind createIndex failed: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: siteDir, ...(glob ? { glob } : {}) });
  if (added.errors.length) throw new Error(`Pagefind addDirectory failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(siteDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind writeFiles failed: ${written.errors.join('; ')}`);
  const ms = performance.now() - start;
  const memory = watch.stop();
  await pagefind.close();
  return { by: 'bench', ms, pages: added.page_count, memory };
}
