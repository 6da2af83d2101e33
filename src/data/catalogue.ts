/** The one bridge from the content to the pure catalogue model (built once per build). */
import { relative, sep } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalogue, type RawFile } from '../lib/catalogue.ts';
import type { Catalogue } from '../lib/model.ts';
import { readContent } from '../lib/read-content.ts';

type AnyEntry = CollectionEntry<'editions'> | CollectionEntry<'amendments'>;

/** Content root: the project by default; CATALOGUE_ROOT points a build at another tree (fixtures, benchmarks). */
const ROOT = process.env.CATALOGUE_ROOT ?? '.';

/** Astro gives paths relative to the project; the model wants them relative to the content root (CATALOGUE_ROOT). */
const rootPrefix = ((r) => (r === '' ? '' : `${r.split(sep).join('/')}/`))(relative(process.cwd(), ROOT));
const contentPath = (p: string): string => (rootPrefix && p.startsWith(rootPrefix) ? p.slice(rootPrefix.length) : p);

const raw = (e: AnyEntry, folder: string): RawFile => ({
  file: e.filePath ? contentPath(e.filePath) : `content/${folder}/${e.id}.md`,
  data: e.data,
  body: e.body ?? '',
});

let cached: Promise<Catalogue> | undefined;

/**
 * The catalogue of this build. Throws ContentError (file, field, reason) on invalid content.
 *
 * Entry files are read with our own reader (the one `npm run check` uses), not through an Astro collection: Astro 5
 * inlines its whole content data store into the server bundle as one object literal that Rollup parses, and at 10 000
 * entries that alone took the build past 2 GB of memory (see bench/ and issue 7's note). Editions and amendments are
 * few and stay collections. In `astro dev` the catalogue is read again on every page request.
 */
export function getCatalogue(): Promise<Catalogue> {
  if (import.meta.env.DEV) cached = undefined;
  cached ??= (async () =>
    buildCatalogue({
      editions: (await getCollection('editions')).map((e) => raw(e, 'editions')),
      entries: readContent(ROOT).entries,
      amendments: (await getCollection('amendments')).map((e) => raw(e, 'amendments')),
    }))();
  return cached;
}
