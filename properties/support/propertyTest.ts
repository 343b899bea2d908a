import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'vitest';
import { formatFailure } from '../../harness/formatReport.js';
import type { PropertyDefinition } from '../../harness/PropertyDefinition.js';
import { readPropsOptions } from '../../harness/PropsOptions.js';
import { replayShrinkLog } from '../../harness/replayShrinkLog.js';
import { type PropertyReport, runProperty } from '../../harness/runProperty.js';

/** The seed of `npm test` when none is given: bounded runs in CI are reproducible. */
export const DEFAULT_SEED = 20261125;

/** The run count of `npm test` when none is given. */
export const DEFAULT_RUNS = 100;

/**
 * Registers a vitest test that runs a property with the options `npm run props` handed over
 * (or the bounded defaults of `npm test`), writes its report, and fails with the shrunk
 * trace and the command that replays it.
 */
export function propertyTest<S>(def: PropertyDefinition<S>): void {
  const options = readPropsOptions();
  const selected = options.property === undefined || def.name.includes(options.property);
  const replaying = options.replay !== undefined;
  test.runIf(selected && (!replaying || options.replay!.includes(`/${def.name}`)))(
    def.name,
    async () => {
      const report = replaying
        ? await replayShrinkLog(options.replay!, def)
        : await runProperty(def, {
            seed: options.seed ?? DEFAULT_SEED,
            ...(options.path !== undefined ? { path: options.path } : {}),
            ...(options.runs !== undefined || options.time === undefined
              ? { runs: options.runs ?? DEFAULT_RUNS }
              : {}),
            ...(options.time !== undefined ? { timeMs: options.time * 1000 } : {}),
            ...(options.maxSteps !== undefined ? { maxSteps: options.maxSteps } : {}),
            ...(options.variant !== undefined ? { variant: options.variant } : {}),
            shrinkLogDir: 'shrink-logs',
          });
      if (options.reportDir) writeReport(options.reportDir, report);
      if (report.failure) throw new Error(`property ${def.name} failed\n${formatFailure(report)}`);
    },
  );
}

function writeReport(dir: string, report: PropertyReport): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${report.property}.json`), JSON.stringify(report, null, 2));
}
