/**
 * StrykerJS over the pure model (src/lib/), unit tests only. Run it with `npm run mutation` (scripts/mutation.ts),
 * which runs one group of files at a time and sets MUTATION_MUTATE and MUTATION_OUT; `npx stryker run` alone mutates
 * all of src/lib/ in one run. Reports: reports/mutation/.
 */
const mutate = process.env.MUTATION_MUTATE ? JSON.parse(process.env.MUTATION_MUTATE) : ['src/lib/**/*.ts'];
const out = process.env.MUTATION_OUT ?? 'reports/mutation/all';

export default {
  mutate,
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts' },
  checkers: ['typescript'],
  tsconfigFile: 'tests/mutation/tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  // A static mutant (module-level code: zod schemas, tables, regular expressions) is active in every test, so each one
  // needs the whole unit suite: hours on two cores. They are counted as ignored, not in the score.
  ignoreStatic: true,
  // Two cores: one type-checker process and one test runner; once every mutant is type-checked, two test runners.
  concurrency: 2,
  incremental: true,
  incrementalFile: `${out}/incremental.json`,
  reporters: ['html', 'json', 'progress'],
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  ignorePatterns: ['dist', 'tests/.out', 'bench/.work', '.cache', '.astro', '.site-build*', 'reports'],
  timeoutMS: 20_000,
  thresholds: { high: 85, low: 75, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
