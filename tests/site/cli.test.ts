/** `npm run check` and `npm run build` on content trees: bad ones fail naming file, field and reason; dist is kept. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCatalogue } from '../../src/lib/catalogue/catalogue.ts';
import { coverage, coverageTable } from '../../src/lib/catalogue/coverage.ts';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { BAD_CONTENT } from '../helpers/bad-content.ts';
import { fixtureBuild } from '../helpers/fixture-build.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { page, text } from '../helpers/html.ts';
import { ROOT } from '../helpers/site-setup.ts';

const run = (script: string, ...args: string[]) => runWith({}, script, ...args);
/** Runs a script with these environment variables set (an empty string unsets one). */
const runWith = (env: Record<string, string>, script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SITE_URL: '', PUBLISH: '', ...env } });

/** Every text file under a built site, path → content. */
const builtTexts = (dir: string): [string, string][] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(html|json|csv|xml|txt)$/.test(d.name))
    .map((d) => [join(d.parentPath, d.name), readFileSync(join(d.parentPath, d.name), 'utf8')]);

const lineOf = (name: string): string => BAD_CONTENT.find(([n]) => n === name)![1];

/** An output folder holding a marker file, standing for the previous build. */
function previousBuild(): { out: string; parent: string } {
  const parent = mkdtempSync(join(tmpdir(), 'catalogue-build-'));
  const out = join(parent, 'site');
  mkdirSync(out);
  writeFileSync(join(out, 'index.html'), 'previous build');
  return { out, parent };
}

/**
 * The BOM and CRLF tree built without SITE_URL (a local build) into a folder holding a previous build, once for this
 * file: one test reads that it replaced the output, another that its links are local.
 */
/** A test that runs a whole build (a minute on a busy two-core machine, and more). */
const BUILD_TIMEOUT = 240_000;
let bom: (ReturnType<typeof previousBuild> & { r: ReturnType<typeof run> }) | undefined;
function bomBuild(): NonNullable<typeof bom> {
  if (!bom) {
    const prev = previousBuild();
    bom = { ...prev, r: run('scripts/build.ts', '--content', fixtureRoot('bom-crlf'), '--out', prev.out) };
  }
  return bom;
}

/**
 * Every bad fixture is checked in-process (tests/unit/content-errors.test.ts); the build script runs that same check
 * before Astro starts, so spawning the real commands for a representative few covers the wiring without 36 slow runs.
 */
const REPRESENTATIVE = [
  'code-jx-contradicts-part',
  'body-script',
  'body-javascript-link',
  'invalid-yaml',
  'file-outside-folders',
  'date-not-in-calendar',
  'lineage-cycle',
  'amendment-replaces-missing-control-point',
];

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

  test.each(REPRESENTATIVE)('check fails on bad-content/%s with file, field and reason', (name) => {
    const r = run('scripts/check.ts', fixtureRoot(`bad-content/${name}`));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Invalid content (1 problem):\n  ${lineOf(name)}`);
  });

  test.each(REPRESENTATIVE)('build fails on bad-content/%s and leaves the previous output untouched', (name) => {
    const { out, parent } = previousBuild();
    const r = run('scripts/build.ts', '--content', fixtureRoot(`bad-content/${name}`), '--out', out);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`Invalid content (1 problem):\n  ${lineOf(name)}`);
    expect(r.stderr).toContain('Build stopped: fix the content problems above. Nothing was written.');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(parent)).toEqual(['site']);
  });

  test('when Astro itself fails after the check passed, the previous output is untouched and no temporary folder is left', () => {
    // The check does not look for image files a body points to; Astro does, and stops the build.
    const root = fixtureRoot('astro-fails');
    expect(run('scripts/check.ts', root).status).toBe(0);
    const { out, parent } = previousBuild();
    const r = run('scripts/build.ts', '--content', root, '--out', out);
    expect(r.status).not.toBe(0);
    expect(r.stdout + r.stderr).toContain('Could not find requested image `./no-such-picture.png`');
    expect(r.stderr).toContain(`Build failed; ${out} was left as it was.`);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(parent)).toEqual(['site']);
  });

  test('a tree written with a UTF-8 BOM and CRLF line endings passes check and builds with Astro, replacing the output', () => {
    const root = fixtureRoot('bom-crlf');
    expect(run('scripts/check.ts', root).status).toBe(0);
    const { out, parent, r } = bomBuild();
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(parent)).toEqual(['site']);
    const doc = page(out, '/entries/test-a/2001/');
    expect(text(doc.querySelector('h1'))).toBe('测试技术甲');
    expect(text(doc.querySelector('#cp-2'))).toContain('测试技术甲的第二个测试要点');
    expect(doc.querySelectorAll('.prose p').map(text)).toEqual(['虚构条目，仅供测试。', '第二段：文件以 BOM 开头，行尾为 CRLF。']);
    const home = readFileSync(join(out, 'index.html'), 'utf8');
    expect(home).not.toBe('previous build');
    expect(home).not.toContain('\uFEFF');
    expect(existsSync(join(out, 'entries/test-c/2001/index.html'))).toBe(true);
  }, BUILD_TIMEOUT);
});

describe('the site configuration decides every absolute link', () => {
  test('a build for publishing refuses to run without a real origin, says how to set it, and writes nothing', () => {
    const { out, parent } = previousBuild();
    const bom = fixtureRoot('bom-crlf');
    const none = runWith({ REPORT_URL: 'mailto:errors@example.org' }, 'scripts/build.ts', '--publish', '--content', bom, '--out', out);
    expect(none.status).toBe(1);
    expect(none.stderr).toContain('A build for publishing needs SITE_URL, the origin the site is published at, e.g. SITE_URL=https://export-controls.example.org npm run build -- --publish\n\nBuild stopped: nothing was written.');
    const local = runWith({ SITE_URL: 'http://localhost:4321', REPORT_URL: 'mailto:errors@example.org' }, 'scripts/build.ts', '--publish', '--content', bom, '--out', out);
    expect(local.stderr).toContain('SITE_URL is "http://localhost:4321": a build for publishing needs the real https origin of the site, not a local, test or example address');
    const noReport = runWith({ SITE_URL: 'https://reference.org' }, 'scripts/build.ts', '--publish', '--content', bom, '--out', out);
    expect(noReport.stderr).toContain('A build for publishing needs REPORT_URL, where readers report errors');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(parent)).toEqual(['site']);
  });

  test('a local build links to http://localhost:4321; a build with SITE_URL carries that origin and no other', () => {
    const local = bomBuild();
    expect(local.r.status).toBe(0);
    const cite = text(page(local.out, '/entries/test-a/2001/').querySelector('.cite-text'));
    expect(cite).toContain('http://localhost:4321/entries/test-a/2001/');
    // Shared with tests/site/content-root.test.ts (tests/helpers/fixture-build.ts): one build per run.
    const site = fixtureBuild('basics', { SITE_URL: 'https://example.org' });
    expect(site.status, site.stderr).toBe(0);
    const texts = builtTexts(site.out);
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter(([, t]) => /export-tech-catalogue\.example|localhost:4321/.test(t)).map(([f]) => f)).toEqual([]);
    expect(texts.filter(([, t]) => t.includes('https://example.org/')).length).toBeGreaterThan(5);
  }, BUILD_TIMEOUT);
});
