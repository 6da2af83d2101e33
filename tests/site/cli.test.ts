/** `npm run check` and `npm run build` on a broken content tree: both fail naming file, field and reason; dist is kept. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/site-setup.ts';

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8' });

const LINE = 'content/entries/2001/test-a.md — code: ends in J, which marks a 禁止 entry, but part is 限制';

describe('command line', () => {
  test('check passes on the real content and prints the coverage table', () => {
    const r = run('scripts/check.ts');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^edition\s+part\s+official\s+held\s+complete\s+partial\s+name-only/);
    expect(r.stdout).toContain('Content OK');
  });

  test('check fails on bad content with file, field and reason', () => {
    const r = run('scripts/check.ts', fixtureRoot('bad-content/code-jx-contradicts-part'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(LINE);
  });

  test('build fails on bad content and leaves the previous output untouched', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'catalogue-build-')), 'site');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'previous build');
    const r = run('scripts/build.ts', '--content', fixtureRoot('bad-content/code-jx-contradicts-part'), '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(LINE);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
  });
});
