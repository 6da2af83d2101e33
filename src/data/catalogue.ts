/** The one bridge from Astro's content collections to the pure catalogue model (built once per build). */
import { relative, resolve, sep } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalogue, type RawFile } from '../lib/catalogue.ts';
import type { Catalogue } from '../lib/model.ts';

type AnyEntry = CollectionEntry<'editions'> | CollectionEntry<'entries'> | CollectionEntry<'amendments'>;

/** Content root of this build (see src/content.config.ts); file names in messages are relative to it, as in `npm run check`. */
const contentRoot = resolve(process.env.CATALOGUE_ROOT ?? '.');

const raw = (e: AnyEntry, folder: string): RawFile => ({
  file: e.filePath ? relative(contentRoot, resolve(e.filePath)).split(sep).join('/') : `content/${folder}/${e.id}.md`,
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
      // The second regime is built in src/data/controls.ts, on top of this catalogue.
      controls: [],
      crossReferences: [],
      related: [],
    }))();
  return cached;
}
