/** `npm run check`: validates content/ without building the site and prints what each edition holds. */
import { fileURLToPath } from 'node:url';
import { coverage, coverageTable } from '../src/lib/catalogue/coverage.ts';
import { ContentError } from '../src/lib/shared/errors.ts';
import { readContent } from '../src/lib/shared/read-content.ts';
import { buildSiteContent, type SiteContent } from '../src/lib/site/site-content.ts';
import { checkCatalogues } from '../src/lib/site/i18n.ts';
import { unreadCollections } from '../src/lib/site/content-schemas.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Reads and validates content under `root` (both regimes); returns it, or prints every problem and returns undefined. */
export function checkContent(root: string = ROOT, log: (s: string) => void = console.error): SiteContent | undefined {
  try {
    // The UI string catalogues (src/translations/) are checked with the content: a missing translation key stops a build too.
    checkCatalogues();
    const raw = readContent(root);
    // Every collection of the one schema entry point must be read here too, or its files would escape the check.
    const unread = unreadCollections(raw);
    if (unread.length) throw new Error(`npm run check reads no files for the collection(s) ${unread.join(', ')} of src/lib/site/content-schemas.ts: add them to readContent (src/lib/shared/read-content.ts)`);
    return buildSiteContent(raw);
  } catch (e) {
    if (e instanceof ContentError) {
      log(e.message);
      return undefined;
    }
    throw e;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = process.argv[2] ?? ROOT;
  const content = checkContent(root);
  if (!content) process.exit(1);
  const { catalogue: cat, controls } = content;
  console.log(coverageTable(coverage(cat)));
  const technologies = controls.items.filter((i) => i.kind === 'technology').length;
  console.log(
    `\nContent OK: ${cat.editions.length} editions, ${cat.amendments.length} amendments; ` +
      `${controls.instruments.length} export-control instruments, ${controls.items.length} controlled items (${technologies} technologies), ${controls.codes.size} control codes.`,
  );
}
