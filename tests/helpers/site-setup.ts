/** Global setup of the `site` project: builds the real site once into tests/.out/site and serves it on localhost. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { serveStatic, type StaticServer } from '../../scripts/serve-static.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/**
 * Where the site under test is built; TEST_SITE_DIR lets two test runs on one machine keep apart. It must lie inside
 * the project: Astro's build runs page modules from the output folder, and they find their packages from there.
 */
export const SITE_DIR = process.env.TEST_SITE_DIR ?? fileURLToPath(new URL('../.out/site', import.meta.url));
/** The site under test gives every status for this day (the build's one date input), so the tests do not depend on the clock. */
export const STATUS_DATE = '2026-11-29';
/** The origin the site under test is built for (SITE_URL): every absolute link must carry it. */
export const SITE_URL = 'https://example.org';
/** The error-report address the site under test is built with (REPORT_URL). */
export const REPORT_URL = 'mailto:errors@example.org';

let server: StaticServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out', SITE_DIR], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, STATUS_DATE, REPORT_URL, SITE_URL },
  });
  if (r.status !== 0) throw new Error(`Building the site for tests failed:\n${r.stdout}\n${r.stderr}`);
  server = await serveStatic(SITE_DIR);
  project.provide('baseUrl', server.url);
  project.provide('siteDir', SITE_DIR);
  project.provide('statusDate', STATUS_DATE);
  project.provide('origin', SITE_URL);
  // Fixture builds shared between test files are made once per run (tests/helpers/fixture-build.ts).
  project.provide('runId', `${process.pid}-${Date.now()}`);
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    siteDir: string;
    statusDate: string;
    origin: string;
    runId: string;
  }
}
