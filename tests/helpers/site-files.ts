/** Lists the built site's HTML files and the URL path each one is served at. */
import { readdirSync } from 'node:fs';
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
