import { startTestServer } from '../server/startTestServer.js';
import { systemClock } from '../system/index.js';
import { launchChromium } from './launchChromium.js';
import { seedOpenCases } from './seedOpenCases.js';

/** How the dashboard loaded: the time from navigation start to the queue rendered, per load. */
export interface DashboardLoad {
  /** Open cases in the system (and in the queue: the dashboard shows up to 1,000). */
  cases: number;
  /** Rows the queue showed. */
  rows: number;
  /** Each reload's navigation start to the `queue-rendered` mark, in ms. */
  loadsMs: number[];
  medianMs: number;
  /** How long filling the system took (not part of a load). */
  seedMs: number;
}

/** What to measure. */
export interface DashboardLoadOptions {
  /** Open cases to seed; default 1,000. */
  cases?: number;
  /** Reloads measured after the first sign-in; default 5. */
  loads?: number;
}

/**
 * Measures the nurse dashboard's load in headless Chromium with `cases` open cases: a fresh
 * server and system (wall clock, cheap password hashing), a nurse signed in, then `loads`
 * reloads, each timed from navigation start to the queue rendered (the page's
 * `queue-rendered` mark, set a frame after the rows went in). A load includes the page, its
 * script, the WebSocket welcome, the escalations and staff reads, and the queue read.
 * What it excludes: the first bundling of the script (done at sign-in) and the sign-in.
 */
export async function measureDashboardLoad(
  options: DashboardLoadOptions = {},
): Promise<DashboardLoad> {
  const cases = options.cases ?? 1000;
  const loads = options.loads ?? 5;
  const test = await startTestServer({ clock: systemClock });
  try {
    const seedStart = performance.now();
    const { nurse } = await seedOpenCases(test.system, cases);
    const seedMs = performance.now() - seedStart;
    const chromium = await launchChromium();
    try {
      const page = await chromium.context.newPage();
      page.setDefaultTimeout(30_000);
      await page.goto(`${test.server.url}/dashboard`);
      await page.locator('#sign-in-username').fill(nurse.username);
      await page.locator('#sign-in-password').fill(nurse.password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const shown = Math.min(cases, 1000);
      await page.locator(`#queue-rows li:nth-child(${shown})`).waitFor({ state: 'attached' });
      const loadsMs: number[] = [];
      let rows = 0;
      for (let i = 0; i < loads; i++) {
        await page.reload();
        // Why anonymous inline functions: they are serialized into the page, where a
        // transpiler's helpers for named ones (esbuild's `__name`) do not exist; and not
        // strings, which the pages' script policy (no eval) refuses.
        const mark = await page.waitForFunction(
          () => performance.getEntriesByName('queue-rendered')[0]?.startTime,
          undefined,
          { polling: 5 },
        );
        loadsMs.push((await mark.jsonValue()) as number);
        rows = await page.locator('#queue-rows li').count();
      }
      const sorted = [...loadsMs].sort((a, b) => a - b);
      return { cases, rows, loadsMs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0, seedMs };
    } finally {
      await chromium.close();
    }
  } finally {
    await test.close();
  }
}
