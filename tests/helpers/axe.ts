/** axe-core in headless Chromium at WCAG 2.2 AA: injected over the DevTools protocol, so the page's CSP stays as it is. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** WCAG 2.2 AA and axe's best-practice rules (landmarks named and unique, headings in order, one main…). */
export const WITH_BEST_PRACTICE = [...WCAG_22_AA, 'best-practice'];

/**
 * The rules that read colours. In the dark scheme only these run: what else axe checks (names, roles, structure,
 * landmarks) is the same markup as in the light scheme, which every test that runs the dark one also runs.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type RunOnly = { type: 'tag' | 'rule'; values: string[] };

/** Runs axe (injected once per document) on the page as it is now: one line per failing rule and element. */
async function runAxe(p: Page, runOnly: RunOnly): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's policy (no inline scripts) is left as it is.
  if (!(await p.evaluate(() => 'axe' in window))) await p.evaluate(AXE_SOURCE);
  const results = (await p.evaluate(
    (runOnly) => (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe.run(document, { runOnly, resultTypes: ['violations'] }),
    runOnly,
  )) as AxeResults;
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
}

/** Loads `url` in the page `p` as it is (its viewport, its scheme) and runs axe with the rules of `tags`: one line per failing rule and element. */
export async function axeOnPage(p: Page, url: string, tags: string[] = WCAG_22_AA): Promise<string[]> {
  await p.goto(url, { waitUntil: 'load' });
  return runAxe(p, { type: 'tag', values: tags });
}

/**
 * Both colour schemes on one load of `url` in `p`: the light scheme with the rules of `tags`, then the page switched to
 * the dark scheme (the stylesheet's prefers-color-scheme, emulated) with the colour rules. One load instead of two: the
 * state `ready` brought the page to (search results, an opened control) is the same in both. Throws if the page did
 * not really change scheme.
 */
export async function axeLightAndDark(p: Page, url: string, ready?: (p: Page) => Promise<void>, tags: string[] = WCAG_22_AA): Promise<{ light: string[]; dark: string[] }> {
  await p.emulateMedia({ colorScheme: 'light' });
  await p.goto(url, { waitUntil: 'load' });
  await ready?.(p);
  const background = () => p.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const lightBackground = await background();
  const light = await runAxe(p, { type: 'tag', values: tags });
  await p.emulateMedia({ colorScheme: 'dark' });
  if ((await background()) === lightBackground) throw new Error(`${url}: the page did not change colour scheme (background ${lightBackground} in both)`);
  const dark = await runAxe(p, { type: 'rule', values: COLOUR_RULES });
  return { light, dark };
}
