/**
 * Astro integration (build only): the pages read the content store from the JSON file Astro's content sync writes
 * (<cacheDir>/data-store.json), parsed once when the build renders, instead of Astro's module `astro:data-layer-content`,
 * which holds the same JSON turned into one JavaScript literal that Vite and Rollup parse, tree-shake and bundle. That
 * literal grows with the content: at 10 000 entries it was the largest part of the bundling time and memory. The data
 * is the same (Astro unflattens either with devalue); the development server is left as Astro makes it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro 5's virtual module of the content store, and the JSON file it is made from (see astro/dist/content). */
export const DATA_STORE_MODULE = 'astro:data-layer-content';
export const DATA_STORE_FILE = 'data-store.json';
const RESOLVED = '\0catalogue:data-store-json';

/** The module the pages import in its place: the file read and parsed at run time (an empty store when there is none, as Astro's). */
export function dataStoreModule(file: string): string {
  return [
    `import { existsSync, readFileSync } from 'node:fs';`,
    `const file = ${JSON.stringify(file)};`,
    `export default existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : new Map();`,
  ].join('\n');
}

export default function contentStoreIntegration(): AstroIntegration {
  return {
    name: 'catalogue-content-store',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const file = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'catalogue-content-store',
                // Before Astro's own plugin, which resolves the module (its plugin is 'pre' too, and earlier in the list).
                resolveId: { order: 'pre', handler: (id: string) => (id === DATA_STORE_MODULE ? RESOLVED : undefined) },
                load: (id) => (id === RESOLVED ? dataStoreModule(file) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
