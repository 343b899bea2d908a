import { afterAll, beforeAll, expect, test } from 'vitest';
import { type LaunchedChromium, launchChromium } from '../web/launchChromium.js';
import { browserClinic } from './support/browserClinic.js';
import { VIEWPORTS } from './support/checkPageSeen.js';
import { CLINIC_TEXTS } from './support/clinicTexts.js';
import { expectSeenWell } from './support/expectSeenWell.js';
import { openConversation } from './support/openConversation.js';

let chromium: LaunchedChromium;
beforeAll(async () => {
  chromium = await launchChromium();
});
afterAll(async () => {
  await chromium?.close();
});

/** What changed in the queue's DOM while it was watched, as the page's MutationObserver saw it. */
interface QueueChanges {
  /** Deliveries with any change: one per tick. */
  batches: number;
  /** Elements or text nodes added or removed (a re-render), and attributes written. */
  childList: number;
  attributes: string[];
  /** Text written: where (the cell's class) and whether it read differently after. */
  texts: Array<{ cell: string; changed: boolean; row: number }>;
  /** Text cells in the queue, and rows. */
  cells: number;
  rows: number;
}

// Why this test: each second the ticker replaced the text node of every time cell that moved
// and rewrote every overdue cell's mark, and a rebuild of the whole list would look the same to
// a nurse; with a thousand rows, each is a thousand rows' layout. Without timing anything, the
// DOM's own record says what each tick did (the old ticker: 120 nodes replaced in 3 ticks; a
// rebuild of the rows each tick: caught as well). Then the skipped rows' remembered size,
// which made a phone's board too wide.
test("the queue's ticker changes only the text of the time cells whose time changed, in every row, and nothing else; the rows skipped off screen fit a phone after a PC drew them", async () => {
  // Two cases opened two hours ago, an hour overdue: `Waiting 2 h 00 min`, `Overdue by 1 h
  // 00 min` read the same for most of a minute.
  let shiftMs = 2 * 3600_000 + 5_000;
  const clock = { now: () => Date.now() - shiftMs };
  const c = await browserClinic(chromium, {
    clock,
    staff: [{ name: 'nina', role: 'nurse' }],
  });
  try {
    const conversation = await openConversation(c.server.system, c.patient!);
    for (let i = 0; i < 2; i++) await conversation.send(CLINIC_TEXTS.review);
    // Then 40 opened now, whose `Waiting 3 s` moves every second; most rows are off screen.
    shiftMs = 0;
    for (let i = 0; i < 40; i++) await conversation.send(CLINIC_TEXTS.review);
    const nina = await c.open('/dashboard', 'nina');
    await nina.locator('#queue-rows li:nth-child(42)').waitFor({ state: 'attached' });
    expect(await nina.locator('#queue-rows .due[data-overdue="true"]').count()).toBe(2);

    await nina.evaluate(() => {
      const list = document.getElementById('queue-rows')!;
      const rows = [...list.children];
      const seen: QueueChanges = {
        batches: 0,
        childList: 0,
        attributes: [],
        texts: [],
        cells: list.querySelectorAll('.waiting, .due').length,
        rows: rows.length,
      };
      (window as unknown as { seen: QueueChanges }).seen = seen;
      new MutationObserver((records) => {
        seen.batches++;
        for (const r of records) {
          if (r.type === 'childList') seen.childList++;
          else if (r.type === 'attributes') seen.attributes.push(r.attributeName ?? '');
          else {
            const cell = r.target.parentElement!;
            seen.texts.push({
              cell: cell.className,
              changed: r.oldValue !== r.target.textContent,
              row: rows.indexOf(cell.closest('li')!),
            });
          }
        }
      }).observe(list, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
        characterDataOldValue: true,
      });
    });
    const seen = () => nina.evaluate(() => (window as unknown as { seen: QueueChanges }).seen);
    await expect.poll(async () => (await seen()).batches, { timeout: 10_000 }).toBeGreaterThan(2);
    const changes = await seen();

    expect(changes.rows).toBe(42);
    // No element was added, removed or replaced, and no attribute written.
    expect(changes.childList).toBe(0);
    expect(changes.attributes).toEqual([]);
    // Every text written reads differently after: no cell is written with what it showed.
    expect(changes.texts.every((t) => t.changed)).toBe(true);
    // Each fresh row's waiting time moved, on screen or not, once a tick at most; its due time
    // ('Due by 7:37 PM') was left alone.
    const fresh = changes.texts.filter((t) => t.row >= 2);
    expect(new Set(fresh.map((t) => t.cell))).toEqual(new Set(['waiting']));
    const rows = [...new Set(fresh.map((t) => t.row))].sort((a, b) => a - b);
    expect(rows).toEqual(Array.from({ length: 40 }, (_, i) => i + 2));
    expect(fresh.length).toBeLessThanOrEqual(40 * changes.batches);
    // The overdue rows' two times change once a minute: written once at most while watched.
    expect(changes.texts.filter((t) => t.row < 2).length).toBeLessThanOrEqual(4);

    // Rows off screen are skipped by the browser until they come near it, at the size they
    // were last drawn at: drawn on a PC, then looked at on a phone, the board must still fit
    // (a remembered width once made a phone's board 663 px wide).
    const drawn = () =>
      nina.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    await nina.setViewportSize(VIEWPORTS.desktop);
    await nina.locator('#queue-rows li').last().scrollIntoViewIfNeeded();
    await drawn();
    await nina.evaluate(() => window.scrollTo(0, 0));
    await nina.setViewportSize(VIEWPORTS.phone);
    await drawn();
    expect(await nina.evaluate(() => document.documentElement.scrollWidth)).toBe(
      VIEWPORTS.phone.width,
    );
    await expectSeenWell(nina, 'dashboard-queue-ticking');
  } finally {
    await c.close();
  }
});
