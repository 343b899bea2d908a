import { expect, test } from 'vitest';
import { measureDashboardLoad } from '../web/measureDashboardLoad.js';
import { measureEmergencyToBoard } from '../web/measureEmergencyToBoard.js';

// Why no time limit asserted: a shared CI machine's timing is noise for a pass/fail; the
// benchmark (`npm run bench`) owns the target, this prints the figure on every run.
test('the dashboard with 1,000 open cases loads in the browser (time printed)', async () => {
  const load = await measureDashboardLoad({ cases: 1000, loads: 5 });
  console.log(
    `dashboard load, ${load.cases} open cases: median ${load.medianMs.toFixed(0)} ms from navigation start to the queue rendered (loads: ${load.loadsMs.map((ms) => ms.toFixed(0)).join(', ')} ms; seeding took ${(load.seedMs / 1000).toFixed(1)} s)`,
  );
  expect(load.rows).toBe(1000);
  expect(load.loadsMs).toHaveLength(5);
});

// Why so few: this checks that the benchmark's driver works; `npm run bench` times 15
// emergencies over 1,000 open cases.
test('an emergency reaches an open dashboard, timed from the Send click to its card (time printed)', async () => {
  const run = await measureEmergencyToBoard({ cases: 20, emergencies: 3 });
  console.log(
    `emergency to board, ${run.cases} open cases: median ${run.medianMs.toFixed(0)} ms (${run.toBoardMs.map((ms) => ms.toFixed(0)).join(', ')} ms)`,
  );
  expect(run.toBoardMs).toHaveLength(3);
  for (const ms of run.toBoardMs) expect(Number.isFinite(ms) && ms >= 0).toBe(true);
});
