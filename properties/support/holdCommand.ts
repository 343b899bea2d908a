import type { Page } from 'playwright-core';

/**
 * Holds each of the page's calls of command `type` for `ms` before it goes to the server:
 * what the page shows sooner came from elsewhere (the notifications). Undo with `page.unroute`.
 */
export async function holdCommand(page: Page, type: string, ms: number): Promise<void> {
  await page.route(`**/api/commands/${type}`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => undefined);
  });
}
