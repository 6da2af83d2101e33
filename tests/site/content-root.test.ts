/** `npm run build -- --content <dir>` builds that content tree (fixtures, benchmark catalogues), not the project's. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { fixtureRoot } from '../helpers/fixtures.ts';
import { ROOT } from '../helpers/site-setup.ts';

const dir = mkdtempSync(join(tmpdir(), 'catalogue-content-root-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('build of another content tree', () => {
  const out = join(dir, 'site');
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--content', fixtureRoot('basics'), '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
  });

  test('succeeds with the fixture entries, computed edition and notes, and none of the real ones', () => {
    expect(r.status, r.stderr).toBe(0);
    const page = readFileSync(join(out, 'entries', 'test-a', '2001', 'index.html'), 'utf8');
    expect(page).toContain('测试技术甲');
    expect(page).toContain('虚构条目，仅供测试。');
    expect(existsSync(join(out, 'entries', 'test-a', '2002', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'entries', 'uav'))).toBe(false);
  });
});
