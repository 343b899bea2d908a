import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Waits until the page says its WebSocket is live (`#connection` reads `Live`). */
export async function untilLive(page: Page, timeout?: number): Promise<void> {
  await expect
    .poll(() => page.locator('#connection').textContent(), timeout ? { timeout } : {})
    .toBe('Live');
}
