/** Reads built pages from the site folder as parsed HTML. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** The page at a site path such as `/entries/uav/2023/` (percent-encoded paths are decoded). */
export function page(siteDir: string, path: string): HTMLElement {
  const file = join(siteDir, decodeURIComponent(path), path.endsWith('.html') ? '' : 'index.html');
  if (!existsSync(file)) throw new Error(`No built page for ${path} (looked for ${file})`);
  return parse(readFileSync(file, 'utf8'));
}

export const text = (el: HTMLElement | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
