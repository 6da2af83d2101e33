/** The schema of every content collection, by collection: the one entry point of the Astro collections and of `npm run check`. */
import { AmendmentSchema, EditionSchema, EntrySchema } from '../catalogue/schemas.ts';
import { CrossReferencesSchema, InstrumentSchema, RelatedInstrumentSchema } from '../controls/schemas.ts';
import { SearchSynonymsSchema } from '../search/search-synonyms.ts';
import { GlossarySchema } from './glossary.ts';

/**
 * Each collection's schema, under the name src/content.config.ts gives the collection and readContent
 * (src/lib/shared/read-content.ts) gives its files. Each schema lives beside what it describes; this only gathers them.
 */
export const CONTENT_SCHEMAS = {
  editions: EditionSchema,
  entries: EntrySchema,
  amendments: AmendmentSchema,
  controls: InstrumentSchema,
  related: RelatedInstrumentSchema,
  crossReferences: CrossReferencesSchema,
  glossary: GlossarySchema,
  searchSynonyms: SearchSynonymsSchema,
} as const;

export type CollectionName = keyof typeof CONTENT_SCHEMAS;

/** The collections readContent found no place for: `npm run check` would not see their files, so it stops on them. */
export const unreadCollections = (raw: object): CollectionName[] =>
  (Object.keys(CONTENT_SCHEMAS) as CollectionName[]).filter((name) => !(name in raw));
