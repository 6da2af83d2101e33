/** axe-core in headless Chromium at WCAG 2.2 AA: injected over the DevTools protocol, so the page's CSP stays as it is. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** WCAG 2.2 AA and axe's best-practice rules (landmarks named and unique, headings in order, one main…). */
export const WITH_BEST_PRACTICE = [...WCAG_22_AA, 'best-practice'];

/**
 * The rules that read colours. In the dark scheme only these run: what else axe checks (names, roles, structure,
 * landmarks) is the same markup as in the light scheme, which every test that runs the dark one also runs.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Opens `url` in a new page of `context`, waits for `ready` (for pages that render after load, such as search
 * results), runs axe with the rules of `tags` (WCAG 2.2 AA unless told; in a dark context, the colour rules of those
 * tags) and returns one line per failing rule and element.
 */
export async function axeViolations(context: BrowserContext, url: string, ready?: (p: Page) => Promise<void>, tags: string[] = WCAG_22_AA): Promise<string[]> {
  const p = await context.newPage();
  try {
    await p.goto(url, { waitUntil: 'load' });
    await ready?.(p);
    // Evaluated through the DevTools protocol, so the page's policy (no inline scripts) is left as it is.
    await p.evaluate(AXE_SOURCE);
    const results = (await p.evaluate(
      ([tags, colourRules]) => {
        const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<unknown> } }).axe;
        const dark = matchMedia('(prefers-color-scheme: dark)').matches;
        const runOnly = dark ? { type: 'rule', values: colourRules } : { type: 'tag', values: tags };
        return axe.run(document, { runOnly, resultTypes: ['violations'] });
      },
      [tags, COLOUR_RULES] as const,
    )) as AxeResults;
    return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));
  } finally {
    await p.close();
  }
}
