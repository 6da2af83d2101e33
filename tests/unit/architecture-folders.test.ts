/** Architecture rules as tests: which folder of src/lib may import which, nothing in src/lib imports the site's markup, no import circle. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { readContent } from '../../src/lib/shared/read-content.ts';
import { CONTENT_SCHEMAS, unreadCollections } from '../../src/lib/site/content-schemas.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LIB = join(ROOT, 'src', 'lib');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));

/** Every import of a module (static, type-only, re-export, dynamic), as written, read by TypeScript's own pre-processor. */
const importsOf = (file: string): string[] => ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => i.fileName);

/** `src/lib/site/urls.ts` → `site/urls.ts`. */
const libPath = (file: string): string => relative(LIB, file).split('\\').join('/');

/** Each module of src/lib with the modules of src/lib it imports and the other things it imports. */
const GRAPH = files(LIB)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => {
    const specs = importsOf(f);
    const local = specs.filter((s) => s.startsWith('.')).map((s) => resolve(dirname(f), s));
    return {
      module: libPath(f),
      lib: local.filter((t) => t.startsWith(LIB + '/')).map(libPath),
      outside: [...local.filter((t) => !t.startsWith(LIB + '/')).map((t) => relative(ROOT, t).split('\\').join('/')), ...specs.filter((s) => !s.startsWith('.'))],
    };
  });

/** The modules of the site folder the regimes build on: every URL, the UI strings, the languages' paths. They import only shared/. */
const SITE_BASE = ['site/urls.ts', 'site/i18n.ts', 'site/locale-paths.ts'];

/** What each part of src/lib may import besides itself. The order is the layering: nothing imports what comes after it. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  shared: [],
  'site base': ['shared'],
  catalogue: ['shared', 'site base'],
  controls: ['shared', 'site base', 'catalogue'],
  search: ['shared', 'site base', 'catalogue', 'controls'],
  importer: ['shared', 'site base', 'catalogue'],
  site: ['shared', 'site base', 'catalogue', 'controls', 'search'],
};

/** The part of src/lib a module belongs to: its folder, or "site base" for the three modules above. */
const partOf = (module: string): string => (SITE_BASE.includes(module) ? 'site base' : module.split('/')[0]!);

/** The forbidden imports of a graph: "from → to (from's part may not import to's part)". */
function forbiddenImports(graph: readonly { module: string; lib: readonly string[] }[]): string[] {
  return graph.flatMap(({ module, lib }) =>
    lib
      .filter((to) => partOf(to) !== partOf(module) && !(MAY_IMPORT[partOf(module)] ?? []).includes(partOf(to)))
      .map((to) => `${module} → ${to} (${partOf(module)} may not import ${partOf(to)})`),
  );
}

/** Every import circle of a graph, each as the path that closes it (a → b → a); empty when there is none. */
function importCircles(graph: readonly { module: string; lib: readonly string[] }[]): string[] {
  const next = new Map(graph.map((g) => [g.module, g.lib]));
  const state = new Map<string, 'open' | 'done'>();
  const circles: string[] = [];
  const visit = (m: string, path: string[]): void => {
    if (state.get(m) === 'done') return;
    if (state.get(m) === 'open') {
      circles.push([...path.slice(path.indexOf(m)), m].join(' → '));
      return;
    }
    state.set(m, 'open');
    for (const to of next.get(m) ?? []) visit(to, [...path, m]);
    state.set(m, 'done');
  };
  for (const m of [...next.keys()].sort()) visit(m, []);
  return circles;
}

describe('the folders of src/lib', () => {
  test('src/lib holds only the folders the README names', () => {
    const folders = readdirSync(LIB, { withFileTypes: true });
    expect(folders.filter((d) => !d.isDirectory()).map((d) => d.name)).toEqual([]);
    expect(folders.map((d) => d.name).sort()).toEqual(Object.keys(MAY_IMPORT).filter((p) => p !== 'site base').sort());
  });

  test('the graph sees the imports (a module known to import three folders)', () => {
    const siteContent = GRAPH.find((g) => g.module === 'site/site-content.ts')!;
    expect(new Set(siteContent.lib.map(partOf))).toEqual(new Set(['catalogue', 'controls', 'search', 'shared', 'site']));
  });

  test('each folder imports only the folders below it', () => {
    expect(forbiddenImports(GRAPH)).toEqual([]);
  });

  test('the rules catch a forbidden import', () => {
    expect(forbiddenImports([{ module: 'shared/dates.ts', lib: ['catalogue/model.ts', 'shared/errors.ts'] }])).toEqual([
      'shared/dates.ts → catalogue/model.ts (shared may not import catalogue)',
    ]);
    expect(forbiddenImports([{ module: 'catalogue/queries.ts', lib: ['site/urls.ts', 'site/site-content.ts'] }])).toEqual([
      'catalogue/queries.ts → site/site-content.ts (catalogue may not import site)',
    ]);
  });

  test('nothing in src/lib imports the views, components, pages, layouts, page data or scripts, nor Astro', () => {
    const offenders = GRAPH.flatMap(({ module, outside }) =>
      outside.filter((o) => /^(src\/(views|components|pages|layouts|data|scripts|integrations)\/|astro$|astro[:/]|@astrojs\/)/.test(o)).map((o) => `${module} → ${o}`),
    );
    expect(offenders).toEqual([]);
    // What src/lib does read from outside it: the UI strings, and packages.
    expect([...new Set(GRAPH.flatMap((g) => g.outside).filter((o) => o.startsWith('src/')))].sort()).toEqual(['src/translations/en.json', 'src/translations/zh-CN.json']);
  });

  test('no import circle in src/lib', () => {
    expect(importCircles(GRAPH)).toEqual([]);
  });

  test('the circle check finds a circle', () => {
    expect(
      importCircles([
        { module: 'site/published-urls.ts', lib: ['site/site-content.ts'] },
        { module: 'site/site-content.ts', lib: ['site/redirects.ts'] },
        { module: 'site/redirects.ts', lib: ['site/published-urls.ts'] },
      ]),
    ).toEqual(['site/published-urls.ts → site/site-content.ts → site/redirects.ts → site/published-urls.ts']);
  });
});

describe('the one entry point of the content schemas', () => {
  test('npm run check reads every collection the entry point names', () => {
    expect(unreadCollections(readContent(ROOT))).toEqual([]);
    expect(unreadCollections({ editions: [] })).toEqual(Object.keys(CONTENT_SCHEMAS).filter((c) => c !== 'editions'));
  });

  test('src/content.config.ts takes every schema from it', () => {
    const config = readFileSync(join(ROOT, 'src', 'content.config.ts'), 'utf8');
    expect([...config.matchAll(/schema: CONTENT_SCHEMAS\.(\w+)/g)].map((m) => m[1]).sort()).toEqual(Object.keys(CONTENT_SCHEMAS).sort());
    expect(importsOf(join(ROOT, 'src', 'content.config.ts')).filter((s) => s.startsWith('./lib/'))).toEqual(['./lib/site/content-schemas.ts']);
  });
});
