/**
 * A fixture tree built once per run of the site tests and shared by the test files that only read the result (an
 * Astro build is the slowest step of a site test). Keyed by the fixture and the environment; a later run rebuilds.
 * A test that watches the build itself (its failure, what it leaves in the output folder) still builds on its own.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { fixtureRoot } from './fixtures.ts';
import { ROOT } from './site-setup.ts';

export interface FixtureBuild {
  /** The built site. */
  out: string;
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `npm run build -- --content tests/fixtures/<name>` with `env` (an empty string unsets a variable), into
 * tests/.out/fixture-builds/ (inside the project, where Astro builds without copying its output).
 */
export function fixtureBuild(name: string, env: Record<string, string> = {}): FixtureBuild {
  const key = `${name}-${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(',').replace(/[^\w.=,-]/g, '_') || 'default'}`;
  const dir = join(ROOT, 'tests', '.out', 'fixture-builds', key);
  const out = join(dir, 'site');
  const stamp = join(dir, 'run.json');
  const run = inject('runId');
  if (existsSync(stamp)) {
    const done = JSON.parse(readFileSync(stamp, 'utf8')) as FixtureBuild & { run: string };
    if (done.run === run) return done;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--content', fixtureRoot(name), '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: '', PUBLISH: '', ...env },
  });
  const built: FixtureBuild = { out, status: r.status, stdout: r.stdout, stderr: r.stderr };
  writeFileSync(stamp, JSON.stringify({ ...built, run }));
  return built;
}
