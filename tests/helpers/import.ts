/** Helpers for importer tests: temporary copies of fixture content trees, snapshots, and running the CLI in-process. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { main } from '../../scripts/import.ts';
import { readContentFiles } from '../../src/lib/shared/read-content.ts';
import { fixtureRoot } from './fixtures.ts';

const made: string[] = [];
afterAll(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh temporary project holding a copy of `tests/fixtures/<name>/content` (or of any folder with a content/). */
export function tempCopy(fromRoot: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'import-test-'));
  made.push(dir);
  cpSync(join(fromRoot, 'content'), join(dir, 'content'), { recursive: true });
  return dir;
}

export const tempFixture = (name: string): string => tempCopy(fixtureRoot(name));

/** Every content file of a project, path → text. */
export const snapshot = (root: string): Record<string, string> => Object.fromEntries(readContentFiles(root));

export const fixtureFile = (scenario: string, file: string): string => join(fixtureRoot(scenario), file);
export const readFixture = (scenario: string, file: string): string => readFileSync(fixtureFile(scenario, file), 'utf8');

/** Runs `npm run import -- …` in-process against `root`; returns the exit code and the printed report. */
export async function runImport(root: string, args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main([...args, '--root', root], (s) => lines.push(s));
  return { code, out: lines.join('\n') };
}
