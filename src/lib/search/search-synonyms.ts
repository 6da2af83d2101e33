/** content/search-synonyms.md: the English search vocabulary (terms a reader may type for the same thing), read and checked. */
import type { RawFile } from '../catalogue/catalogue.ts';
import { type ContentProblem, zodProblems } from '../shared/errors.ts';
import { SearchSynonymsSchema } from '../catalogue/schemas.ts';
import type { SynonymGroup } from './search-match.ts';

export const SEARCH_SYNONYMS_FILE = 'content/search-synonyms.md';

/** The groups of content/search-synonyms.md (absent: none); problems name the file, the field and the reason. */
export function readSearchSynonyms(files: RawFile[], problems: ContentProblem[]): SynonymGroup[] {
  const f = files[0];
  if (!f) return [];
  const r = SearchSynonymsSchema.safeParse(f.data);
  if (!r.success) {
    problems.push(...zodProblems(f.file, r.error));
    return [];
  }
  return r.data.groups.map((g) => g.terms);
}
