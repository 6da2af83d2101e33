/** `npm run mutation` covers all of src/lib/: every file is in exactly one group, and a stray file is named. */
import { describe, expect, test } from 'vitest';
import { GROUPS, groupProblems, libFiles } from '../../scripts/mutation.ts';

describe('mutation groups', () => {
  test('every file of src/lib/ is in exactly one group', () => {
    expect(groupProblems(libFiles())).toEqual([]);
  });

  test('a file in no group, or in two, is named with the fix', () => {
    const groups = { a: ['src/lib/x/**/*.ts'], b: ['src/lib/x/two.ts'] };
    expect(groupProblems(['src/lib/x/one.ts', 'src/lib/x/two.ts', 'src/lib/y/three.ts'], groups)).toEqual([
      'src/lib/x/two.ts is in more than one group (a, b) of scripts/mutation.ts',
      'src/lib/y/three.ts is in no group of scripts/mutation.ts: add it to one',
    ]);
  });

  test('the four target areas have groups of their own or are inside one', () => {
    const all = Object.values(GROUPS).flat();
    for (const f of ['src/lib/site/published-urls.ts', 'src/lib/catalogue/downloads.ts', 'src/lib/catalogue/standing.ts']) expect(all).toContain(f);
    expect(all).toContain('src/lib/controls/**/*.ts');
  });
});
