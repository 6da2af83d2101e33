/** Helpers to read fixture content trees under tests/fixtures/. */
import { fileURLToPath } from 'node:url';
import type { Catalogue } from '../../src/lib/catalogue/model.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { buildSiteContent, type SiteContent } from '../../src/lib/site/site-content.ts';

export const fixtureRoot = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** Both regimes of a fixture tree, checked as `npm run check` checks them. */
export const loadSiteFixture = (name: string): SiteContent => buildSiteContent(readContent(fixtureRoot(name)));

export const loadFixture = (name: string): Catalogue => loadSiteFixture(name).catalogue;

/** The message a fixture's content fails with, or undefined if it is valid. */
export function fixtureError(name: string): string | undefined {
  try {
    loadFixture(name);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
