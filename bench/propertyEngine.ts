import type { PropertyDefinition } from '../harness/PropertyDefinition.js';
import { runProperty } from '../harness/runProperty.js';
import { accessProperty } from '../properties/accessProperty.js';
import { clinicProperty } from '../properties/clinicProperty.js';
import { conversationProperty } from '../properties/conversationProperty.js';
import { faultProperty } from '../properties/faultProperty.js';
import { httpProperty } from '../properties/httpProperty.js';
import { createSystem, openSqliteStore } from '../system/index.js';
import { type BenchRow, benchRow } from './BenchRow.js';

const REPEATS = 3;

/** Steps per second of a property against the real system, in-process, `REPEATS` times. */
async function stepsPerSecond(def: PropertyDefinition<never>, runs: number): Promise<number[]> {
  const rates: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const report = await runProperty(def, { seed: 100 + r, runs, shrinkLogDir: null });
    if (report.failure)
      throw new Error(`${def.name} failed while benchmarked: ${report.failure.error}`);
    rates.push(report.stepsPerSecond);
  }
  return rates;
}

/** The property engine's figures: throughput, a fresh system, and each planted bug found. */
export async function propertyEngineRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const def of [
    conversationProperty,
    clinicProperty,
    faultProperty,
  ] as PropertyDefinition<never>[]) {
    rows.push(
      benchRow(
        `property engine, ${def.name}, in-process`,
        '(none)',
        '20,000+ steps/s',
        // Why 200 runs: enough for a steady rate, and `npm run bench` must end in 5 minutes.
        await stepsPerSecond(def, 200),
        'steps/s',
        (m) => m >= 20_000,
      ),
    );
  }
  rows.push(
    benchRow(
      'property engine, http: each step in-process and over a loopback socket, compared',
      '(none)',
      '5,000+ steps/s (in-process request)',
      await stepsPerSecond(httpProperty as PropertyDefinition<never>, 50),
      'steps/s',
      (m) => m >= 5000,
    ),
  );
  const store = openSqliteStore(':memory:');
  const fresh: number[] = [];
  for (let r = 0; r < REPEATS; r++) {
    const restore = store.checkpoint();
    const t0 = performance.now();
    for (let i = 0; i < 10_000; i++) {
      restore();
      createSystem({ store });
    }
    fresh.push(((performance.now() - t0) * 1000) / 10_000);
  }
  store.close();
  rows.push(
    benchRow(
      'fresh system per run (restore + createSystem)',
      '(none)',
      '< 1 ms',
      fresh,
      'us',
      (m) => m < 1000,
    ),
  );
  for (const def of [
    conversationProperty,
    clinicProperty,
    accessProperty,
    faultProperty,
  ] as PropertyDefinition<never>[]) {
    for (const variant of def.variants) {
      const times: number[] = [];
      let length = 0;
      for (let r = 0; r < REPEATS; r++) {
        const t0 = performance.now();
        const report = await runProperty(def, {
          seed: 42 + r,
          runs: 2000,
          variant,
          shrinkLogDir: null,
        });
        times.push((performance.now() - t0) / 1000);
        length = Math.max(length, report.failure?.steps.length ?? Number.NaN);
      }
      rows.push(
        benchRow(
          `planted bug ${def.name}/${variant}: find + shrink (shrunk to ${length} steps)`,
          '(none)',
          '< 5 s',
          times,
          's',
          (m) => m < 5,
        ),
      );
    }
  }
  return rows;
}
