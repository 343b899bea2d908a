import type { Page } from 'playwright-core';

/** How long a page may take to show an answer before a test gives up on it. */
export const PAGE_TIMEOUT_MS = 10_000;

/**
 * Makes a tab the active one before acting on it. Why: headless Chromium animates only the
 * active window at full rate, and Playwright waits for two animation frames before a click,
 * so a click in another tab took 1-2 s (12 clicks over 3 tabs: 4.5 s without, 0.9 s with).
 */
export const activate = (page: Page): Promise<void> => page.bringToFront();

/** Opens a page of the site and signs in through its form; resolves once signed in. */
export async function signInOnPage(
  page: Page,
  url: string,
  username: string,
  password: string,
): Promise<void> {
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  await activate(page);
  await page.goto(url);
  await page.locator('#sign-in-username').fill(username);
  await page.locator('#sign-in-password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#signed-in').waitFor({ state: 'visible' });
}

/** How many command answers the page has shown (`Announcer` counts them). */
export const answersShown = (page: Page): Promise<number> =>
  page.evaluate(() => Number(document.body.dataset.answers ?? 0));

/**
 * Runs a UI action and waits for the page to show its answer; resolves with the answer's code
 * (`ok` or the error code) as the page recorded it.
 */
export async function answerTo(page: Page, action: () => Promise<void>): Promise<string> {
  await activate(page);
  const before = await answersShown(page);
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.answers ?? 0) > n, before, {
    timeout: PAGE_TIMEOUT_MS,
    // Why poll by time: the default polls on animation frames, which idle tabs get rarely.
    polling: 20,
  });
  return page.evaluate(() => document.body.dataset.lastCode ?? '');
}

/** Opens a case from the dashboard's queue; resolves once its panel shows it. */
export async function openCase(page: Page, caseId: string): Promise<void> {
  await activate(page);
  await page.locator(`button[data-open="${caseId}"]`).click();
  await page.locator(`#case[data-case-id="${caseId}"]`).waitFor({ state: 'visible' });
}

/**
 * Whether a person looking at the screen sees the element now: its middle is on screen and
 * the topmost thing drawn there is the element or inside it (not scrolled out of its panel,
 * not under something else).
 */
export async function isInSight(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    const x = r.left + Math.min(r.width / 2, 20);
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return false;
    const top = document.elementFromPoint(x, y);
    return top !== null && (top === el || el.contains(top));
  });
}

/**
 * Scrolls so that the control sits at the bottom edge of the screen (and of its panel): the
 * worst place a person may press it from, for what appears beneath it.
 */
export const toBottomEdge = (page: Page, selector: string): Promise<void> =>
  page.locator(selector).evaluate((el) => el.scrollIntoView({ block: 'end' }));
