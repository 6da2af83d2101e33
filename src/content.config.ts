/** Astro content collections over content/, validated by the schemas in src/lib/catalogue/schemas.ts. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { AmendmentSchema, EditionSchema, EntrySchema, SearchSynonymsSchema } from './lib/catalogue/schemas.ts';
import { CrossReferencesSchema, InstrumentSchema, RelatedInstrumentSchema } from './lib/controls/schemas.ts';
import { GlossarySchema } from './lib/site/glossary.ts';

/** Keeps ids exactly as the path below the base, e.g. `2023/uav` (Astro's default would slugify). */
/** Content root: the project by default; CATALOGUE_ROOT points a build at another tree (fixtures, benchmarks). */
const root = (process.env.CATALOGUE_ROOT ?? '.').replace(/\/$/, '');

const pathId = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

export const collections = {
  editions: defineCollection({ loader: glob({ base: `${root}/content/editions`, pattern: '*.md', generateId: pathId }), schema: EditionSchema }),
  entries: defineCollection({ loader: glob({ base: `${root}/content/entries`, pattern: '*/*.md', generateId: pathId }), schema: EntrySchema }),
  amendments: defineCollection({ loader: glob({ base: `${root}/content/amendments`, pattern: '*.md', generateId: pathId }), schema: AmendmentSchema }),
  // The second regime: export-control announcements, and the site's cross-references between the two regimes.
  controls: defineCollection({ loader: glob({ base: `${root}/content/controls`, pattern: '*.md', generateId: pathId }), schema: InstrumentSchema }),
  related: defineCollection({ loader: glob({ base: `${root}/content/related`, pattern: '*.md', generateId: pathId }), schema: RelatedInstrumentSchema }),
  crossReferences: defineCollection({ loader: glob({ base: `${root}/content`, pattern: 'cross-references.md', generateId: pathId }), schema: CrossReferencesSchema }),
  // The terms every English rendering uses (translations themselves live beside the Chinese, in the files above).
  glossary: defineCollection({ loader: glob({ base: `${root}/content`, pattern: 'glossary.md', generateId: pathId }), schema: GlossarySchema }),
  // What English readers may type for the same thing: the search page searches a query's synonyms with it.
  searchSynonyms: defineCollection({ loader: glob({ base: `${root}/content`, pattern: 'search-synonyms.md', generateId: pathId }), schema: SearchSynonymsSchema }),
};
