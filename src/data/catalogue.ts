/** The one bridge from Astro's content collections to the pure catalogue model (built once per build). */
import { relative, sep } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalogue, type RawFile } from '../lib/catalogue.ts';
import type { Catalogue } from '../lib/model.ts';

type AnyEntry = CollectionEntry<'editions'> | CollectionEntry<'entries'> | CollectionEntry<'amendments'>;

/** Astro gives paths relative to the project; the model wants them relative to the content root (CATALOGUE_ROOT). */
const rootPrefix = ((r) => (r === '' ? '' : `${r.split(sep).join('/')}/`))(relative(process.cwd(), process.env.CATALOGUE_ROOT ?? '.'));
const contentPath = (p: string): string => (rootPrefix && p.startsWith(rootPrefix) ? p.slice(rootPrefix.length) : p);

const raw = (e: AnyEntry, folder: string): RawFile => ({
  file: e.filePath ? contentPath(e.filePath) : `content/${folder}/${e.id}.md`,
  data: e.data,
  body: e.body ?? '',
});

let cached: Promise<Catalogue> | undefined;

/** The catalogue of this build. Throws ContentError (file, field, reason) on invalid content. */
export function getCatalogue(): Promise<Catalogue> {
  cached ??= (async () =>
    buildCatalogue({
      editions: (await getCollection('editions')).map((e) => raw(e, 'editions')),
      entries: (await getCollection('entries')).map((e) => raw(e, 'entries')),
      amendments: (await getCollection('amendments')).map((e) => raw(e, 'amendments')),
    }))();
  return cached;
}
