/** The server bundle that renders the pages is built without tree-shaking; the browser's is shaken (src/integrations/render-bundle.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderBundleConfig } from '../../src/integrations/render-bundle.ts';

describe('the render bundle', () => {
  test('the server build gets treeshake: false, the client build nothing', () => {
    expect(renderBundleConfig('server')).toEqual({ build: { rollupOptions: { treeshake: false } } });
    expect(renderBundleConfig('client')).toBeUndefined();
  });

  test("Astro still calls astro:build:setup with target \"server\" for the bundle that renders the pages (a change would silently bring the cost back)", () => {
    const build = readFileSync(join('node_modules', 'astro', 'dist', 'core', 'build', 'static-build.js'), 'utf8');
    expect(build).toMatch(/runHookBuildSetup\(\{[^}]*target: "server"/);
    expect(build).toMatch(/runHookBuildSetup\(\{[^}]*target: "client"/);
  });
});
