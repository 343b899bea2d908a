import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedChromium, launchChromium } from '../web/launchChromium.js';
import { checkPageSeen } from './support/checkPageSeen.js';

let chromium: LaunchedChromium;
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
});

// Why this test: a look at a page that cannot find anything wrong would pass every page; a
// broken page (a 700 px table, a 16 px button, an unlabelled field) must be caught on each count.
test('the look at a page catches overflow at 390 px, small targets and axe violations', async () => {
  const page = await chromium.context.newPage();
  try {
    await page.setContent(`<!doctype html><html lang="en"><head><title>broken</title></head><body>
      <main><h1>Broken</h1><table style="width:700px"><tr><td>wide</td></tr></table>
      <button style="width:16px;height:16px;padding:0;min-height:0">x</button>
      <input id="unlabelled"></main></body></html>`);
    const problems = await checkPageSeen(page, 'variant-broken');
    expect(problems.overflow.some((p) => p.startsWith('phone: the page is'))).toBe(true);
    expect(problems.overflow.some((p) => p.startsWith('desktop'))).toBe(false);
    expect(problems.smallTargets).toContain('desktop: button is 16 x 16 px');
    expect(problems.violations.some((v) => v.includes('label'))).toBe(true);
  } finally {
    await page.close();
  }
});
