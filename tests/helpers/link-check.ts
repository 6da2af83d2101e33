/** Crawls a served site from its home page with linkinator: broken links and #fragments, and pages never reached. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { check, LinkState } from 'linkinator';
import { parse } from 'node-html-parser';
import { isRedirectPage } from '../../src/lib/site/published-urls.ts';
import { htmlPages } from './site-files.ts';

export interface LinkReport {
  /** `url (on parent): status or reason` for every internal link or fragment that does not resolve. */
  broken: string[];
  /** Site paths of built pages that no chain of links from the home page reaches. */
  unreachable: string[];
  /** Distinct internal URLs checked (linkinator lists a URL with a fragment only when the fragment is broken). */
  checked: number;
  /** Links with a #fragment in the built pages, all of which the crawl verified (a report over nothing passes too easily). */
  fragmentLinks: number;
}

/** The site path of a URL on `base`, decoded: `/industries/畜牧业/`. */
const pathOf = (url: string): string => decodeURIComponent(new URL(url).pathname);

/**
 * Checks every link found by crawling `base` from `/`. Links to other sites are not fetched (the tests run offline
 * and other sites are not ours to test); every link on this site and every `#fragment` must resolve. Pages in
 * `siteDir` that the crawl never reached are unreachable. 404.html and en/404.html are served for unknown paths and
 * are exempt, and so are redirect pages (old addresses kept by content/redirects.md).
 * linkinator follows links, not forms: the targets of the home pages' forms (the search box; /en/search/ from /en/)
 * count as reached from the home pages, and must exist.
 */
export async function checkLinks(base: string, siteDir: string): Promise<LinkReport> {
  const origin = new URL(base).origin;
  const result = await check({
    path: `${base}/`,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 10_000,
    linksToSkip: async (link) => {
      try {
        return new URL(link).origin !== origin;
      } catch {
        return false;
      }
    },
  });
  const internal = result.links.filter((l) => l.state !== LinkState.SKIPPED);
  const broken = [...new Set(internal
    .filter((l) => l.state === LinkState.BROKEN)
    .map((l) => {
      const why = (l.failureDetails ?? []).map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ');
      return `${decodeURI(l.url)} (on ${l.parent ? pathOf(l.parent) : 'start'}): ${l.status ?? ''} ${why}`.trim();
    }))];
  const reached = new Set(internal.filter((l) => l.state === LinkState.OK).map((l) => pathOf(l.url)));
  // Redirect pages (content/redirects.md) stand at old addresses that links from elsewhere reach, never our own links.
  const built = htmlPages(siteDir)
    .filter(([, file]) => !isRedirectPage(readFileSync(file, 'utf8')))
    .map(([path]) => path);
  for (const home of ['index.html', 'en/index.html'].filter((f) => existsSync(join(siteDir, f)))) {
    for (const form of parse(readFileSync(join(siteDir, home), 'utf8')).querySelectorAll('form[action]')) {
      const target = pathOf(new URL(form.getAttribute('action')!, `${base}/`).href);
      if (built.includes(target)) reached.add(target);
      else broken.push(`${target} (form on /${home.replace('index.html', '')}): no such page`);
    }
  }
  const unreachable = built.filter((path) => path !== '/404.html' && path !== '/en/404.html' && !reached.has(path));
  const fragmentLinks = htmlPages(siteDir)
    .flatMap(([, file]) => parse(readFileSync(file, 'utf8')).querySelectorAll('a[href*="#"]'))
    .filter((a) => !/^[a-z]+:/i.test(a.getAttribute('href')!)).length;
  return { broken, unreachable, checked: internal.length, fragmentLinks };
}
