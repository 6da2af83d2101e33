/** Three projects: `unit` (pure model, no build), then `site` (builds the site once, serves it, drives Chromium) and `site-builds` (fixture builds). */
import { defineConfig } from 'vitest/config';

/** Site test files that build fixture trees with Astro: one at a time (Astro's cache folder is shared between builds). */
const SITE_BUILDS = ['tests/site/cli.test.ts', 'tests/site/content-root.test.ts', 'tests/site/escaping.test.ts', 'tests/site/prose-en.test.ts', 'tests/site/published-urls.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], maxWorkers: 2, sequence: { groupOrder: 1 } } },
      // The site tests read one build of the real site (tests/helpers/site-setup.ts). Those that only read it or drive
      // Chromium run two files at a time; those that build fixtures with Astro (which shares its cache folder between
      // builds) run one at a time, after them.
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          exclude: SITE_BUILDS,
          globalSetup: ['tests/helpers/site-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'site-builds',
          include: SITE_BUILDS,
          globalSetup: ['tests/helpers/site-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
