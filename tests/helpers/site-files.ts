/** Lists the built site's HTML files and the URL path each one is served at. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every .html file under `siteDir`, as [site path, file]: `/entries/uav/2023/` or `/404.html`. */
export function htmlPages(siteDir: string): [string, string][] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : d.name.endsWith('.html') ? [join(dir, d.name)] : []));
  return walk(siteDir)
    .map((file): [string, string] => {
      const rel = relative(siteDir, file).split(sep).join('/');
      return [rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`, file];
    })
    .sort(([a], [b]) => a.localeCompare(b));
}

/**
 * The template a page is built from, found from its path: the language, the section and the depth (every page of
 * /entries/<key>/<edition>/ shares one, as do /controls/<id>/items/<item>/ and /codes/<code>/).
 */
export const pageTemplate = (path: string): string => {
  const segs = path.split('/').filter(Boolean);
  const lead = segs[0] === 'en' ? 2 : 1;
  return `/${segs.map((s, i) => (i < lead ? s : '…')).join('/')}/`;
};

/**
 * Of each template, the page with the most markup (the worst case of its kind): for the browser tests that walk the
 * site, so that they grow with the templates, not with the number of entries (5 or 5 000).
 */
export function largestPerTemplate(pages: [string, string][]): [string, string][] {
  const largest = new Map<string, [string, string, number]>();
  for (const [path, file] of pages) {
    const size = statSync(file).size;
    const t = pageTemplate(path);
    if ((largest.get(t)?.[2] ?? -1) < size) largest.set(t, [path, file, size]);
  }
  const kept = new Set([...largest.values()].map(([path]) => path));
  return pages.filter(([path]) => kept.has(path));
}
