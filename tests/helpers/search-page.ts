/** Waiting on the search page: it marks which query the shown results answer (data-query) and whether it is busy. */
import type { Page } from 'playwright-core';

/** Waits until the results shown answer `q` exactly as the box held it, and no search is running. */
export async function searchSettled(page: Page, q: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const list = document.getElementById('search-results');
      return list?.dataset.query === q && list.getAttribute('aria-busy') === 'false';
    },
    q,
    { timeout: 10_000 },
  );
}

/** Waits until a search page opened at `url` shows the results for the query the address holds. */
export async function searchSettledFromUrl(page: Page): Promise<void> {
  await searchSettled(page, await page.locator('#search-q').inputValue());
}
