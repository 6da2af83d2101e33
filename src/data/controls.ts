/** The bridge from Astro's collections to both regimes and their cross-references (built once per build). */
import { relative, resolve, sep } from 'node:path';
import { getCollection } from 'astro:content';
import type { RawFile } from '../lib/catalogue.ts';
import { readSiteConfig } from '../lib/site-config.ts';
import { buildSiteContent, type SiteContent } from '../lib/site-content.ts';
import { getCatalogue } from './catalogue.ts';

const contentRoot = resolve(process.env.CATALOGUE_ROOT ?? '.');

type Loaded = { id: string; filePath?: string | undefined; data: unknown; body?: string | undefined };
const raw = (e: Loaded, file: (id: string) => string): RawFile => ({
  file: e.filePath ? relative(contentRoot, resolve(e.filePath)).split(sep).join('/') : file(e.id),
  data: e.data,
  body: e.body ?? '',
});

/**
 * Entries loaded from this build's content root only. Astro keeps its data store between builds, and a glob that
 * matches no file (a tree without content/cross-references.md) can leave another tree's entries in it.
 */
const ours = <T extends Loaded>(entries: T[]): T[] => entries.filter((e) => !e.filePath || !relative(contentRoot, resolve(e.filePath)).startsWith('..'));

let cached: Promise<SiteContent> | undefined;

/** Both regimes of this build. Throws ContentError (file, field, reason) on invalid content. */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= (async () => {
    const catalogue = await getCatalogue();
    const controls = ours(await getCollection('controls')).map((e) => raw(e, (id) => `content/controls/${id}.md`));
    const crossReferences = ours(await getCollection('crossReferences')).map((e) => raw(e, () => 'content/cross-references.md'));
    // The catalogue is already built and checked; only the second regime and the links are built here.
    const related = ours(await getCollection('related')).map((e) => raw(e, (id) => `content/related/${id}.md`));
    const built = buildSiteContent({ editions: [], entries: [], amendments: [], controls, crossReferences, related }, catalogue);
    return built;
  })();
  return cached;
}

/** The day every status on the site is given for (STATUS_DATE, or the build day in China). */
export const statusDate = (): string => readSiteConfig().statusDate;
