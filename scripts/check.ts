/** `npm run check`: validates content/ without building the site and prints what each edition holds. */
import { fileURLToPath } from 'node:url';
import { buildCatalogue } from '../src/lib/catalogue.ts';
import { ContentError } from '../src/lib/errors.ts';
import type { Catalogue } from '../src/lib/model.ts';
import { editionLabel, heldCounts, versionsIn, versionsOfPart } from '../src/lib/queries.ts';
import { readContent } from '../src/lib/read-content.ts';
import { PARTS } from '../src/lib/schemas.ts';

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

/** The coverage table as plain text, one row per edition and part. */
export function coverageTable(cat: Catalogue): string {
  const rows = [['edition', 'part', 'official', 'held', 'complete', 'partial', 'name-only']];
  for (const e of cat.editions) {
    for (const part of PARTS) {
      const h = heldCounts(versionsOfPart(versionsIn(cat, e.id), part));
      rows.push([editionLabel(e.id), part, String(e.data.totals[part]), String(h.total), String(h.complete), String(h.partial), String(h.nameOnly)]);
    }
  }
  const width = (s: string) => [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const cols = rows[0]!.map((_, i) => Math.max(...rows.map((r) => width(r[i]!))));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(cols[i]! - width(c))).join('  ')).join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = process.argv[2] ?? ROOT;
  const cat = checkContent(root);
  if (!cat) process.exit(1);
  console.log(coverageTable(cat));
  console.log(`\nContent OK: ${cat.editions.length} editions, ${cat.amendments.length} amendments.`);
}
