/** Everything the site publishes, built from content/: the catalogue, the export-control instruments, and the links between them. */
import { buildCatalogue } from '../catalogue/catalogue.ts';
import type { RawContent } from '../shared/read-content.ts';
import { buildControls } from '../controls/build.ts';
import type { Controls } from '../controls/model.ts';
import { RelatedInstrumentSchema, type RelatedInstrumentData } from '../controls/schemas.ts';
import { buildCrossReferences, type CrossReference } from './cross-references.ts';
import { checkBody } from '../shared/body-check.ts';
import { ContentError, type ContentProblem, zodProblems } from '../shared/errors.ts';
import type { Catalogue } from '../catalogue/model.ts';
import { checkRenderings, checkSpelling, readGlossary, type Glossary } from './glossary.ts';
import en from '../../translations/en.json';
import { readRedirects, type Redirect } from './redirects.ts';
import { readSearchSynonyms } from '../search/search-synonyms.ts';
import type { SynonymGroup } from '../search/search-match.ts';

export interface SiteContent {
  catalogue: Catalogue;
  controls: Controls;
  crossReferences: CrossReference[];
  /** Instruments known only by facts (content/related/). */
  related: (RelatedInstrumentData & { file: string; body: string })[];
  /** Pages that moved (content/redirects.md). Astro does not read them: scripts/build.ts writes the redirect pages. */
  redirects: Redirect[];
  /** The translation glossary (content/glossary.md); every English rendering has been checked against it. */
  glossary: Glossary;
  /** The English search vocabulary (content/search-synonyms.md): groups of terms searched together. */
  searchSynonyms: SynonymGroup[];
}

/** Builds both regimes, collecting the problems of both before throwing one ContentError (`catalogue`: one already built). */
export function buildSiteContent(raw: RawContent, prebuilt?: Catalogue): SiteContent {
  const problems: ContentProblem[] = [];
  const attempt = <T>(build: () => T): T | undefined => {
    try {
      return build();
    } catch (e) {
      if (e instanceof ContentError) problems.push(...e.problems);
      else throw e;
      return undefined;
    }
  };
  const catalogue = prebuilt ?? attempt(() => buildCatalogue(raw));
  const controls = attempt(() => buildControls(raw.controls));
  if (!catalogue || !controls) throw new ContentError(problems);
  const crossReferences = buildCrossReferences(raw.crossReferences, catalogue, controls, problems);
  const related: SiteContent['related'] = [];
  for (const f of raw.related) {
    problems.push(...checkBody(f.file, f.body));
    const r = RelatedInstrumentSchema.safeParse(f.data);
    if (!r.success) problems.push(...zodProblems(f.file, r.error));
    else if (`content/related/${r.data.id}.md` !== f.file) problems.push({ file: f.file, field: 'id', reason: `is ${r.data.id} but the file is ${f.file}` });
    else related.push({ ...r.data, file: f.file, body: f.body });
  }
  const redirects = readRedirects(raw.redirects, problems);
  const glossary = readGlossary(raw.glossary, problems);
  const searchSynonyms = readSearchSynonyms(raw.searchSynonyms ?? [], problems);
  const files = [...raw.editions, ...raw.entries, ...raw.amendments, ...raw.controls, ...raw.related, ...raw.crossReferences];
  checkRenderings(glossary, files, problems);
  // One spelling convention (British) and one English per glossary term, in every English field and the English interface strings.
  checkSpelling(glossary, [...files, ...raw.glossary, { file: 'src/translations/en.json', data: en, english: true }], problems);
  // The English of a Markdown body (bodyEn) follows the body's rules: no raw HTML, no unsafe links, no off-site images.
  for (const f of files) {
    const bodyEn = (f.data as Record<string, unknown> | null)?.['bodyEn'];
    if (typeof bodyEn === 'string') problems.push(...checkBody(f.file, bodyEn).map((p) => ({ ...p, field: p.field.replace(/^body/, 'bodyEn') })));
  }
  if (problems.length) throw new ContentError(problems);
  return { catalogue, controls, crossReferences, related, redirects, glossary, searchSynonyms };
}
