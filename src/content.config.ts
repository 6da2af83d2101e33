/**
 * Astro content collections over content/editions and content/amendments, validated by the schemas in src/lib/schemas.ts.
 * Entry files are read by src/data/catalogue.ts with our own reader: as a collection they took a 10 000-entry build past
 * 2 GB of memory (issue 7).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { AmendmentSchema, EditionSchema } from './lib/schemas.ts';

/** Keeps ids exactly as the path below the base, e.g. `2023/uav` (Astro's default would slugify). */
/** Content root: the project by default; CATALOGUE_ROOT points a build at another tree (fixtures, benchmarks). */
const root = (process.env.CATALOGUE_ROOT ?? '.').replace(/\/$/, '');

const pathId = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

export const collections = {
  editions: defineCollection({ loader: glob({ base: `${root}/content/editions`, pattern: '*.md', generateId: pathId }), schema: EditionSchema }),
  amendments: defineCollection({ loader: glob({ base: `${root}/content/amendments`, pattern: '*.md', generateId: pathId }), schema: AmendmentSchema }),
};
