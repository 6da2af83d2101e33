/** Helpers to read fixture content trees under tests/fixtures/. */
import { fileURLToPath } from 'node:url';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import type { Catalogue } from '../../src/lib/model.ts';
import { readContent } from '../../src/lib/read-content.ts';

export const fixtureRoot = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export const loadFixture = (name: string): Catalogue => buildCatalogue(readContent(fixtureRoot(name)));

/** The message a fixture's content fails with, or undefined if it is valid. */
export function fixtureError(name: string): string | undefined {
  try {
    loadFixture(name);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
}
