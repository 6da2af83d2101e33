/** The one bridge from Astro's content collections to the pure catalogue model (built once per build). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildCatalogue } from '../lib/catalogue/catalogue.ts';
import type { RawFile } from '../lib/shared/read-content.ts';
import type { Catalogue } from '../lib/catalogue/model.ts';

type AnyEntry = CollectionEntry<'editions'> | CollectionEntry<'entries'> | CollectionEntry<'amendments'>;

/** Content root of this build (see src/content.config.ts); file names in messages are relative to it, as in `npm run check`. */
const contentRoot = resolve(process.env.CATALOGUE_ROOT ?? '.');

const raw = (e: AnyEntry, folder: string): RawFile => ({ file: `content/${folder}/${e.id}.md`, data: e.data, body: e.body ?? '' });

/**
 * Entries whose file is in this build's content root. Astro keeps its data store between builds: an entry whose file
 * has the same id and bytes in another tree keeps that tree's filePath, so the file name is made from the id (the path
 * below the collection's folder); and a collection whose glob matches no file keeps the other tree's entries, so an
 * entry counts only when its file exists here.
 */
export const inContentRoot = <T extends { id: string }>(entries: T[], file: (id: string) => string): T[] =>
  entries.filter((e) => existsSync(resolve(contentRoot, file(e.id))));
const load = async <C extends 'editions' | 'entries' | 'amendments'>(collection: C): Promise<RawFile[]> =>
  inContentRoot(await getCollection(collection), (id) => `content/${collection}/${id}.md`).map((e) => raw(e as AnyEntry, collection));

let cached: Promise<Catalogue> | undefined;

/** The catalogue of this build. Throws ContentError (file, field, reason) on invalid content. */
export function getCatalogue(): Promise<Catalogue> {
  cached ??= (async () =>
    buildCatalogue({
      editions: await load('editions'),
      entries: await load('entries'),
      amendments: await load('amendments'),
      // The second regime is built in src/data/controls.ts, on top of this catalogue.
      controls: [],
      crossReferences: [],
      related: [],
      redirects: [],
      glossary: [],
    }))();
  return cached;
}
