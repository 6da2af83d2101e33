/** The build reads Astro's content store from its JSON file (src/integrations/content-store.ts): the same data, the module Astro asks for. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { DATA_STORE_FILE, DATA_STORE_MODULE, dataStoreModule } from '../../src/integrations/content-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'content-store-'));
const load = async (file: string, name: string): Promise<unknown> => {
  const mod = join(dir, `${name}.mjs`);
  writeFileSync(mod, dataStoreModule(file));
  return ((await import(pathToFileURL(mod).href)) as { default: unknown }).default;
};

describe('the content store read at run time', () => {
  test('the module exports the JSON of the file as it is (Astro unflattens it), or an empty store without a file', async () => {
    const flattened = [['Map', 1, 2], 'entries', ['Map'], { a: '测试 "quoted" </script>' }];
    const file = join(dir, DATA_STORE_FILE);
    writeFileSync(file, JSON.stringify(flattened));
    expect(await load(file, 'with')).toEqual(flattened);
    expect(await load(join(dir, 'none.json'), 'without')).toEqual(new Map());
  });

  test("it stands in for the module and file Astro's content layer uses (a rename in Astro would silently bypass it)", () => {
    const consts = readFileSync(join('node_modules', 'astro', 'dist', 'content', 'consts.js'), 'utf8');
    expect(consts).toContain(`const DATA_STORE_VIRTUAL_ID = "${DATA_STORE_MODULE}";`);
    expect(consts).toContain(`const DATA_STORE_FILE = "${DATA_STORE_FILE}";`);
    const store = readFileSync(join('node_modules', 'astro', 'dist', 'content', 'data-store.js'), 'utf8');
    // Astro turns the module's default export into its store with devalue's unflatten: the JSON file is that input.
    expect(store).toContain('devalue.unflatten(data.default)');
  });
});
