/** Architecture rules as tests: the catalogue model in src/lib never imports Astro; every URL is made in urls.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));

describe('architecture', () => {
  test('src/lib never imports astro', () => {
    const offenders = files(join(SRC, 'lib')).filter((f) => /from ['"](astro|astro:[^'"]*|@astrojs\/[^'"]*)['"]/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('pages and components build entry URLs only through src/lib/site/urls.ts', () => {
    const offenders = files(SRC)
      .filter((f) => /\.(astro|ts)$/.test(f) && !f.endsWith(join('lib', 'site', 'urls.ts')))
      .filter((f) => /[`'"]\/entries\//.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('every module in src/lib starts with a one-line doc comment', () => {
    const missing = files(join(SRC, 'lib')).filter((f) => !/^\/\*\* .+\*\/\n/.test(readFileSync(f, 'utf8')));
    expect(missing).toEqual([]);
  });
});
