import type { Page } from 'playwright-core';
import { startTestServer } from '../server/startTestServer.js';
import { systemClock } from '../system/index.js';
import { launchChromium } from './launchChromium.js';
import { seedOpenCases } from './seedOpenCases.js';

/** How fast an emergency reached an open board, per emergency sent. */
export interface EmergencyToBoard {
  /** Open review cases on the board while the emergencies were sent. */
  cases: number;
  /** Each emergency's Send click on the patient's page to its card on the nurse's, in ms. */
  toBoardMs: number[];
  medianMs: number;
}

/** What to measure. */
export interface EmergencyToBoardOptions {
  /** Open cases seeded first, so the board is as loaded as a busy shift's; default 1,000. */
  cases?: number;
  /** Emergencies sent, each in a new conversation; default 10. */
  emergencies?: number;
}

const EMERGENCY_TEXT = 'crushing chest pain going down my left arm';

/**
 * Measures an emergency's way from the patient's Send click to the card on a nurse's open
 * dashboard, in headless Chromium: a fresh server (wall clock), `cases` open cases, a nurse's
 * dashboard signed in and live, a patient's chat in another tab. Each emergency is sent from a
 * new conversation (one open escalation per conversation); the chat page stamps the click
 * (capture phase, before the page's own handler) and the dashboard stamps the first card that
 * appears (a MutationObserver), both on the machine's wall clock (`Date.now()`, shared by the
 * two renderer processes), so no polling of the test driver is counted.
 */
export async function measureEmergencyToBoard(
  options: EmergencyToBoardOptions = {},
): Promise<EmergencyToBoard> {
  const cases = options.cases ?? 1000;
  const emergencies = options.emergencies ?? 10;
  const test = await startTestServer({ clock: systemClock });
  try {
    const { nurse } = await seedOpenCases(test.system, cases);
    const chromium = await launchChromium();
    try {
      const board = await chromium.context.newPage();
      const chat = await chromium.context.newPage();
      board.setDefaultTimeout(30_000);
      chat.setDefaultTimeout(30_000);
      await signIn(board, `${test.server.url}/dashboard`, nurse.username, nurse.password);
      await board.locator(`#queue-rows li:nth-child(${Math.min(cases, 1000)})`).waitFor({
        state: 'attached',
      });
      await board.locator('#connection', { hasText: 'Live' }).waitFor();
      await signIn(chat, `${test.server.url}/chat`, 'patient.0', 'patient.0-password');
      // Why anonymous inline functions: they are serialized into the page, where a
      // transpiler's helpers for named ones (esbuild's `__name`) do not exist.
      await board.evaluate(() => {
        const list = document.getElementById('escalation-list')!;
        const stamps: number[] = [];
        (window as unknown as { cardsAt: number[] }).cardsAt = stamps;
        let seen = list.querySelectorAll('.escalation').length;
        new MutationObserver(() => {
          const now = list.querySelectorAll('.escalation').length;
          for (; seen < now; seen++) stamps.push(Date.now());
        }).observe(list, { childList: true });
      });
      await chat.evaluate(() => {
        const stamps: number[] = [];
        (window as unknown as { sentAt: number[] }).sentAt = stamps;
        const form = document.getElementById('message-form')!;
        form.addEventListener('submit', () => stamps.push(Date.now()), { capture: true });
      });
      const toBoardMs: number[] = [];
      for (let i = 0; i < emergencies; i++) {
        await chat.getByRole('button', { name: 'New conversation' }).click();
        await chat.getByLabel('Describe your symptoms').fill(EMERGENCY_TEXT);
        await chat.getByRole('button', { name: 'Send' }).click();
        await board.waitForFunction(
          (n) => (window as unknown as { cardsAt: number[] }).cardsAt.length > n,
          i,
          { polling: 5 },
        );
        await chat.locator('#emergency-banner').waitFor({ state: 'visible' });
        const sentAt = await chat.evaluate(
          (n) => (window as unknown as { sentAt: number[] }).sentAt[n],
          i,
        );
        const cardAt = await board.evaluate(
          (n) => (window as unknown as { cardsAt: number[] }).cardsAt[n],
          i,
        );
        toBoardMs.push((cardAt ?? Number.NaN) - (sentAt ?? Number.NaN));
      }
      const sorted = [...toBoardMs].sort((a, b) => a - b);
      return { cases, toBoardMs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0 };
    } finally {
      await chromium.close();
    }
  } finally {
    await test.close();
  }
}

async function signIn(page: Page, url: string, username: string, password: string) {
  await page.goto(url);
  await page.locator('#sign-in-username').fill(username);
  await page.locator('#sign-in-password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#signed-in').waitFor({ state: 'visible' });
}
