/** content/search-synonyms.md: the English search vocabulary (terms a reader may type for the same thing), read and checked. */
import { z } from 'zod';
import { type ContentProblem, zodProblems } from '../shared/errors.ts';
import type { RawFile } from '../shared/read-content.ts';
import { ProseEnSchema } from '../shared/schemas.ts';
import type { SynonymGroup } from './search-match.ts';

/** One term of a synonym group: English words as a reader types them (letters, digits, spaces, hyphens, apostrophes). */
export const SynonymTermSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .superRefine((s, ctx) => {
    const reason = /[<>]/.test(s)
      ? 'must not contain raw HTML (< or >)'
      : /\p{Script=Han}/u.test(s)
        ? 'must be English: no Chinese characters (the Chinese stays in its own field)'
        : !/^[A-Za-z0-9][A-Za-z0-9 '’-]*$/.test(s)
          ? 'must be English words: letters, digits, spaces, hyphens or apostrophes only (hyphen and plural forms need no term of their own)'
          : undefined;
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

/**
 * content/search-synonyms.md: groups of terms that mean the same thing to a reader searching in English. A query that
 * holds one term is also searched with the others (src/lib/search/search-match.ts); a term may stand in one group only.
 */
export const SearchSynonymsSchema = z
  .object({
    groups: z
      .array(
        z
          .object({
            terms: z.array(SynonymTermSchema).min(2, 'needs at least two terms: a group says that its terms mean the same thing'),
            /** Our own words: why these terms are searched together. */
            note: ProseEnSchema.optional(),
          })
          .strict(),
      )
      .default([]),
  })
  .strict()
  .superRefine((d, ctx) => {
    /** A term as search compares it: lower case, hyphens read as spaces. */
    const key = (t: string) => t.toLowerCase().replace(/[-’']+/g, ' ').replace(/\s+/g, ' ').trim();
    const seen = new Map<string, string>();
    d.groups.forEach((g, i) =>
      g.terms.forEach((t, j) => {
        const at = seen.get(key(t));
        if (at !== undefined) ctx.addIssue({ code: 'custom', path: ['groups', i, 'terms', j], message: `repeats "${t}", already ${at} (hyphens and case do not make another term)` });
        else seen.set(key(t), `groups[${i}].terms[${j}]`);
      }),
    );
  });
export type SearchSynonymsData = z.infer<typeof SearchSynonymsSchema>;

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
