/** The bridge from Astro's collections to both regimes and their cross-references (built once per build). */
import { getCollection } from 'astro:content';
import type { RawFile } from '../lib/shared/read-content.ts';
import { readSiteConfig } from '../lib/site/site-config.ts';
import { buildSiteContent, type SiteContent } from '../lib/site/site-content.ts';
import { getCatalogue, inContentRoot } from './catalogue.ts';

type Loaded = { id: string; data: unknown; body?: string | undefined };

/**
 * The entries of a collection whose file is in this build's content root (see inContentRoot: Astro's data store can
 * hold another tree's entries, or this tree's under another tree's path), named by their path in this root.
 */
const ours = (entries: Loaded[], file: (id: string) => string): RawFile[] =>
  inContentRoot(entries, file).map((e) => ({ file: file(e.id), data: e.data, body: e.body ?? '' }));

let cached: Promise<SiteContent> | undefined;

/** Both regimes of this build. Throws ContentError (file, field, reason) on invalid content. */
export function getSiteContent(): Promise<SiteContent> {
  cached ??= (async () => {
    const catalogue = await getCatalogue();
    const controls = ours(await getCollection('controls'), (id) => `content/controls/${id}.md`);
    const crossReferences = ours(await getCollection('crossReferences'), () => 'content/cross-references.md');
    // The catalogue is already built and checked; only the second regime and the links are built here.
    const related = ours(await getCollection('related'), (id) => `content/related/${id}.md`);
    // Redirects are no Astro concern: scripts/build.ts writes their pages after Astro, from content/redirects.md.
    const glossary = ours(await getCollection('glossary'), () => 'content/glossary.md');
    const searchSynonyms = ours(await getCollection('searchSynonyms'), () => 'content/search-synonyms.md');
    const built = buildSiteContent({ editions: [], entries: [], amendments: [], controls, crossReferences, related, redirects: [], glossary, searchSynonyms }, catalogue);
    return built;
  })();
  return cached;
}

let day: string | undefined;

/** The day every status on the site is given for (STATUS_DATE, or the build day in China), read once per build. */
export const statusDate = (): string => (day ??= readSiteConfig().statusDate);
