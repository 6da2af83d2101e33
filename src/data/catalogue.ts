/** The one bridge from Astro's content collections to the pure catalogue model (built once per build). */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalogue, type RawFile } from '../lib/catalogue.ts';
import type { Catalogue } from '../lib/model.ts';

type AnyEntry = CollectionEntry<'editions'> | CollectionEntry<'entries'> | CollectionEntry<'amendments'>;

const raw = (e: AnyEntry, folder: string): RawFile => ({
  file: e.filePath ?? `content/${folder}/${e.id}.md`,
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
