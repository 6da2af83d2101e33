/** `npm run check`: validates content/ without building the site and prints what each edition holds. */
import { fileURLToPath } from 'node:url';
import { buildCatalogue } from '../src/lib/catalogue.ts';
import { coverage, coverageTable } from '../src/lib/coverage.ts';
import { ContentError } from '../src/lib/errors.ts';
import type { Catalogue } from '../src/lib/model.ts';
import { readContent } from '../src/lib/read-content.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Reads and validates content under `root`; returns the catalogue or prints every problem and returns undefined. */
export function checkContent(root: string = ROOT, log: (s: string) => void = console.error): Catalogue | undefined {
  try {
    return buildCatalogue(readContent(root));
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
  const cat = checkContent(root);
  if (!cat) process.exit(1);
  console.log(coverageTable(coverage(cat)));
  console.log(`\nContent OK: ${cat.editions.length} editions, ${cat.amendments.length} amendments.`);
}
