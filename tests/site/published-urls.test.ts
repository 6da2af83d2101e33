/**
 * The record of published URLs in real builds of a fixture tree (tests/fixtures/published-urls): a point numbered with
 * its old anchor kept as an alias builds and #cp-u1 still lands on it; a dropped alias or redirect stops the build,
 * naming the URLs; a redirect page sends a removed page's readers on. Also the real site against its own record.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/serve-static.ts';
import { parseRecord, RECORD_FILE, siteUrls, builtSite } from '../../src/lib/site/published-urls.ts';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/security.ts';
import { axeOnPage } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { checkLinks } from '../helpers/link-check.ts';
import { ROOT } from '../helpers/site-setup.ts';

const dir = mkdtempSync(join(tmpdir(), 'catalogue-published-urls-'));
let browser: Browser | undefined;
let server: StaticServer | undefined;
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Builds for https://example.org, so that redirect pages carry a known origin whatever the caller's environment. */
const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, SITE_URL: 'https://example.org', PUBLISH: '' } });
/** A whole Astro build, or several runs of a command that checks content, can take minutes on a loaded machine. */
const SLOW = 300_000;

/** A writable copy of the fixture tree. */
function copyOfFixture(name: string): string {
  const root = join(dir, name);
  cpSync(join(fixtureRoot('published-urls'), 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Every file of a built site, as BuiltFiles. */
const filesOf = (siteDir: string): { path: string; read: () => string }[] => {
  const walk = (d: string, rel: string): { path: string; read: () => string }[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name), `${rel}${e.name}/`) : [{ path: `${rel}${e.name}`, read: () => readFileSync(join(d, e.name), 'utf8') }],
    );
  return walk(siteDir, '');
};

describe('a control point numbered with its old anchor kept, and a redirected page', () => {
  const root = copyOfFixture('kept');
  const out = join(dir, 'kept-site');
  let r: ReturnType<typeof run>;
  beforeAll(async () => {
    r = run('scripts/build.ts', '--content', root, '--out', out);
    if (r.status === 0) {
      server = await serveStatic(out);
      browser = await launchBrowser();
    }
  }, SLOW);

  test('the build passes and says the record is behind (additions are no failure)', () => {
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`Site written to ${out}`);
    expect(r.stdout).toMatch(
      new RegExp(`${RECORD_FILE} is behind the site: \\d+ URLs built are not recorded yet \\(/about/, .+\\)\\. Record them with: npm run urls -- --update --site ${out} --content ${root}`),
    );
  });

  test('#cp-u1 is an empty element inside the numbered point; the other point without a number is still cp-u2', () => {
    const a = readFileSync(join(out, 'entries/test-a/2001/index.html'), 'utf8');
    expect(a).toMatch(/<li id="cp-2"[^>]*>\s*<span id="cp-u1" class="cp-alias"><\/span>/);
    const b = readFileSync(join(out, 'entries/test-b/2001/index.html'), 'utf8');
    expect(b).toMatch(/<li id="cp-3"[^>]*>\s*<span id="cp-u1" class="cp-alias"><\/span>/);
    expect(b).toMatch(/<li id="cp-u2"[^>]*>/);
  });

  test('in Chromium, #cp-u1 scrolls to the numbered point and highlights it, in the grid as the other points', async () => {
    const p = await browser!.newPage({ viewport: { width: 360, height: 320 } });
    await p.goto(`${server!.url}/entries/test-a/2001/#cp-u1`);
    const state = await p.evaluate(() => {
      const li = document.querySelector(':target')!.closest('li')!;
      const box = li.getBoundingClientRect();
      const num = (id: string) => document.querySelector(`#${id} .cp-num`)!.getBoundingClientRect().left;
      return {
        target: document.querySelector(':target')!.id,
        point: li.id,
        outline: getComputedStyle(li).outlineStyle,
        other: getComputedStyle(document.getElementById('cp-1')!).outlineStyle,
        scrolled: window.scrollY,
        inView: box.top >= 0 && box.top < window.innerHeight,
        sameColumn: num('cp-1') === num('cp-2'),
      };
    });
    expect(state).toEqual({ target: 'cp-u1', point: 'cp-2', outline: 'solid', other: 'none', scrolled: expect.any(Number), inView: true, sameColumn: true });
    expect(state.scrolled).toBeGreaterThan(0);
    await p.close();
  });

  test('the page with an alias passes axe at WCAG 2.2 AA while #cp-u1 is targeted', async () => {
    const p = await browser!.newPage();
    expect(await axeOnPage(p, `${server!.url}/entries/test-a/2001/#cp-u1`)).toEqual([]);
    await p.close();
  });

  test('the removed page is a static redirect page: meta refresh, link and canonical to the new page, the CSP, no script', () => {
    const html = readFileSync(join(out, 'entries/test-old/2001/index.html'), 'utf8');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/entries/test-a/2001/">');
    expect(html).toContain('<link rel="canonical" href="https://example.org/entries/test-a/2001/">');
    expect(html).toContain('<a href="/entries/test-a/2001/">https://example.org/entries/test-a/2001/</a>');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<link'));
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;')}"`);
    expect(html).not.toMatch(/<script|<style|\son[a-z]+=/i);
  });

  test('in Chromium, the old address and its recorded anchor land on the new page, with no policy violation', async () => {
    const p = await browser!.newPage();
    const violations: string[] = [];
    p.on('console', (m) => /Content.Security.Policy|Refused/i.test(m.text()) && violations.push(m.text()));
    for (const old of ['/entries/test-old/2001/', '/entries/test-old/2001/#cp-1']) {
      await p.goto(`${server!.url}${old}`);
      await p.waitForURL(`${server!.url}/entries/test-a/2001/`);
      expect(await p.locator('h1').innerText()).toBe('测试技术甲');
    }
    expect(violations).toEqual([]);
    await p.close();
  });

  test('the link checker passes on this site: no broken link or anchor, and the redirect page is no orphan', async () => {
    const report = await checkLinks(server!.url, out);
    expect(report.broken).toEqual([]);
    expect(report.unreachable).toEqual([]);
  });

  test('npm run urls lists the additions; --update appends them and keeps every line; then the record is up to date', () => {
    const before = readFileSync(join(root, RECORD_FILE), 'utf8');
    const listed = run('scripts/urls.ts', '--site', out, '--content', root);
    expect(listed.status, listed.stdout + listed.stderr).toBe(0);
    expect(listed.stdout).toContain(`URL(s) built are not in ${RECORD_FILE}:\n  /about/\n`);
    expect(readFileSync(join(root, RECORD_FILE), 'utf8')).toBe(before);
    const updated = run('scripts/urls.ts', '--update', '--site', out, '--content', root);
    expect(updated.status, updated.stdout + updated.stderr).toBe(0);
    const after = readFileSync(join(root, RECORD_FILE), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const recorded = parseRecord(after).urls;
    const built = siteUrls(builtSite(filesOf(out)));
    expect(recorded).toEqual(expect.arrayContaining([...built, '/entries/test-old/2001/']));
    expect(new Set(recorded).size).toBe(recorded.length);
    expect(updated.stdout).toContain(`Added ${recorded.length - parseRecord(before).urls.length} URL(s) to ${RECORD_FILE}.`);
    expect(run('scripts/urls.ts', '--site', out, '--content', root).stdout).toContain(`${RECORD_FILE} is up to date: every URL built in ${out} is recorded.`);
  }, SLOW);
});

describe('an anchor or page lost without an alias or a redirect', () => {
  const root = copyOfFixture('lost');
  const parent = join(dir, 'lost-site');
  const out = join(parent, 'site');
  let r: ReturnType<typeof run>;
  beforeAll(() => {
    const entry = join(root, 'content/entries/2001/test-a.md');
    writeFileSync(entry, readFileSync(entry, 'utf8').replace('    aliases: [cp-u1]\n', ''));
    rmSync(join(root, 'content/redirects.md'));
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'index.html'), 'previous build');
    r = run('scripts/build.ts', '--content', root, '--out', out);
  }, SLOW);

  test('stops the build, naming the record file, each URL and the reason; the previous site is kept', () => {
    expect(readFileSync(join(root, 'content/entries/2001/test-a.md'), 'utf8')).not.toContain('aliases');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      [
        'Published URLs (3 problems):',
        '  content/published-urls.txt — /entries/test-a/2001/#cp-u1: the page is built but no element on it has the id cp-u1 any more: give the control point it marked aliases: [cp-u1] in content/entries/2001/test-a.md; temporary anchors count the points without a number in order, so a point numbered without keeping its old anchor moves the later ones',
        '  content/published-urls.txt — /entries/test-old/2001/: is no longer built, and content/redirects.md has no redirect from /entries/test-old/2001/: add one (from: /entries/test-old/2001/, to: the page that has its content now)',
        '  content/published-urls.txt — /entries/test-old/2001/#cp-1: its page is no longer built, and content/redirects.md has no redirect from /entries/test-old/2001/: add one (from: /entries/test-old/2001/, to: the page that has its content now)',
        '',
        `Build failed: the new site would lose the published URLs above; ${out} was left as it was.`,
      ].join('\n'),
    );
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(parent)).toEqual(['site']);
  });

  test('npm run urls -- --update on a site that lacks recorded URLs reports them and leaves the record as it was', () => {
    const record = readFileSync(join(root, RECORD_FILE), 'utf8');
    const update = run('scripts/urls.ts', '--update', '--site', out, '--content', root);
    expect(update.status).toBe(1);
    expect(update.stdout).toContain(`  content/published-urls.txt — /data/2001.json: is no longer built; a data file cannot be redirected by a page, so it must stay published`);
    expect(update.stdout).toContain(`The built site in ${out} does not keep every recorded URL; the record was not changed.`);
    expect(readFileSync(join(root, RECORD_FILE), 'utf8')).toBe(record);
  }, SLOW);
});

describe('the real site and its record', () => {
  test(`${RECORD_FILE} exists, and every URL in it is built (or redirected) in the site under test`, () => {
    const siteDir = inject('siteDir');
    const recorded = parseRecord(readFileSync(join(ROOT, RECORD_FILE), 'utf8'));
    expect(recorded.problems).toEqual([]);
    expect(recorded.urls.length).toBeGreaterThan(600);
    const site = builtSite(filesOf(siteDir));
    // A page that moved stands as a redirect page at its old path (content/redirects.md), e.g. a compare page of two
    // editions that are now compared in the browser.
    const built = new Set([...siteUrls(site), ...site.redirectPages]);
    expect(recorded.urls.filter((u) => !built.has(u))).toEqual([]);
    expect(recorded.urls.filter((u) => site.redirectPages.has(u))).toContain('/entries/information-processing/compare/2008...2023/');
    expect(recorded.urls).toEqual(expect.arrayContaining(['/', '/entries/rare-earth/2023/#cp-u1', '/data/2023.json', '/coverage.json']));
  });
});
