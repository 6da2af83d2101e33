/** Everything the site publishes, built from content/: the catalogue, the export-control instruments, and the links between them. */
import { buildCatalogue, type RawContent } from './catalogue.ts';
import { buildControls } from './controls/build.ts';
import type { Controls } from './controls/model.ts';
import { buildCrossReferences, type CrossReference } from './cross-references.ts';
import { ContentError, type ContentProblem } from './errors.ts';
import type { Catalogue } from './model.ts';

export interface SiteContent {
  catalogue: Catalogue;
  controls: Controls;
  crossReferences: CrossReference[];
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
  if (problems.length) throw new ContentError(problems);
  return { catalogue, controls, crossReferences };
}
