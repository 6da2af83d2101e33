/** `npm run build -- --content <dir>` builds that content tree (fixtures, benchmark catalogues), not the project's. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fixtureBuild } from '../helpers/fixture-build.ts';

describe('build of another content tree', () => {
  // Shared with tests/site/cli.test.ts, which reads the origin of the same build (tests/helpers/fixture-build.ts).
  const r = fixtureBuild('basics', { SITE_URL: 'https://example.org' });
  const out = r.out;

  test('succeeds with the fixture entries, computed edition and notes, and none of the real ones', () => {
    expect(r.status, r.stderr).toBe(0);
    const page = readFileSync(join(out, 'entries', 'test-a', '2001', 'index.html'), 'utf8');
    expect(page).toContain('测试技术甲');
    expect(page).toContain('虚构条目，仅供测试。');
    expect(existsSync(join(out, 'entries', 'test-a', '2002', 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'entries', 'uav'))).toBe(false);
  });
});
