/**
 * The `unit` project alone, for StrykerJS (`npm run mutation`): site tests build the site and are too slow per mutant.
 * Modules are not isolated between runs: Stryker switches mutants on at run time, so the model, zod and the content
 * readers load once per worker instead of once per mutant.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { include: ['tests/unit/**/*.test.ts'], isolate: false },
});
