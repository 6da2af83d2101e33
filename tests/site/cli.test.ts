/** `npm run check` and `npm run build` on a broken content tree: both fail naming file, field and reason; dist is kept. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue.ts';
import { coverage, coverageTable } from '../../src/lib/coverage.ts';
import { readContent } from '../../src/lib/read-content.ts';
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
    expect(r.stdout).toContain(coverageTable(coverage(buildCatalogue(readContent(ROOT)))));
  });

  test('npm run import: usage on missing arguments; a real run on a temporary copy of a fixture tree', () => {
    expect(run('scripts/import.ts').status).toBe(2);
    const root = mkdtempSync(join(tmpdir(), 'catalogue-import-'));
    cpSync(join(fixtureRoot('import'), 'content'), join(root, 'content'), { recursive: true });
    const args = ['--root', root, '--edition', '2001', '--source-url', 'https://example.org/t.pdf', join(fixtureRoot('import'), 'catalogue-2001.txt')];
    const r = run('scripts/import.ts', ...args);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('3 new entry files, 2 updated, 0 unchanged; content/editions/2001.md marked complete.');
    expect(run('scripts/import.ts', ...args).stdout).toContain('Nothing to change: the content already matches the text.');
    rmSync(root, { recursive: true, force: true });
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
