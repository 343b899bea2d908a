import type { Page } from 'playwright-core';
import { answerTo } from './browserPages.js';

/** Sends a message from the patient page and waits for the page to show its answer's code. */
export const sendOnChat = (page: Page, text: string): Promise<string> =>
  answerTo(page, async () => {
    await page.getByLabel('Describe your symptoms').fill(text);
    await page.getByRole('button', { name: 'Send' }).click();
  });
