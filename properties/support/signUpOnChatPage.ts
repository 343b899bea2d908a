import type { Page } from 'playwright-core';

/** A patient's account as the chat page's sign-up form takes it. */
export interface ChatSignUp {
  name: string;
  username: string;
  password: string;
  /** `YYYY-MM-DD`, optional on the form. */
  birthDate?: string;
}

/** Opens the chat page at `url`, creates the account through its form, and waits until signed in. */
export async function signUpOnChatPage(
  page: Page,
  url: string,
  account: ChatSignUp,
): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Your name').fill(account.name);
  await page.locator('#register-username').fill(account.username);
  await page.getByLabel(/^Password \(at least/).fill(account.password);
  if (account.birthDate !== undefined)
    await page.getByLabel(/^Date of birth/).fill(account.birthDate);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.locator('#signed-in').waitFor({ state: 'visible' });
}
