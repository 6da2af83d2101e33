/** Astro content collections over content/, validated by the schemas src/lib/site/content-schemas.ts gathers. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_SCHEMAS } from './lib/site/content-schemas.ts';

/** Keeps ids exactly as the path below the base, e.g. `2023/uav` (Astro's default would slugify). */
/** Content root: the project by default; CATALOGUE_ROOT points a build at another tree (fixtures, benchmarks). */
const root = (process.env.CATALOGUE_ROOT ?? '.').replace(/\/$/, '');

const pathId = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

export const collections = {
  editions: defineCollection({ loader: glob({ base: `${root}/content/editions`, pattern: '*.md', generateId: pathId }), schema: CONTENT_SCHEMAS.editions }),
  entries: defineCollection({ loader: glob({ base: `${root}/content/entries`, pattern: '*/*.md', generateId: pathId }), schema: CONTENT_SCHEMAS.entries }),
  amendments: defineCollection({ loader: glob({ base: `${root}/content/amendments`, pattern: '*.md', generateId: pathId }), schema: CONTENT_SCHEMAS.amendments }),
  // The second regime: export-control announcements, and the site's cross-references between the two regimes.
  controls: defineCollection({ loader: glob({ base: `${root}/content/controls`, pattern: '*.md', generateId: pathId }), schema: CONTENT_SCHEMAS.controls }),
  related: defineCollection({ loader: glob({ base: `${root}/content/related`, pattern: '*.md', generateId: pathId }), schema: CONTENT_SCHEMAS.related }),
  crossReferences: defineCollection({ loader: glob({ base: `${root}/content`, pattern: 'cross-references.md', generateId: pathId }), schema: CONTENT_SCHEMAS.crossReferences }),
  // The terms every English rendering uses (translations themselves live beside the Chinese, in the files above).
  glossary: defineCollection({ loader: glob({ base: `${root}/content`, pattern: 'glossary.md', generateId: pathId }), schema: CONTENT_SCHEMAS.glossary }),
  // What English readers may type for the same thing: the search page searches a query's synonyms with it.
  searchSynonyms: defineCollection({ loader: glob({ base: `${root}/content`, pattern: 'search-synonyms.md', generateId: pathId }), schema: CONTENT_SCHEMAS.searchSynonyms }),
};
