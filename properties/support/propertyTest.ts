import { test } from 'vitest';
import { formatGoals } from '../../harness/formatGoals.js';
import { formatFailure, formatStatistics } from '../../harness/formatReport.js';
import { isPropertySelected } from '../../harness/isPropertySelected.js';
import type { PropertyDefinition } from '../../harness/PropertyDefinition.js';
import { readPropsOptions } from '../../harness/PropsOptions.js';
import { runFromOptions } from '../../harness/runFromOptions.js';
import { shrinkLogProperty } from '../../harness/shrinkLogProperty.js';
import { writePropertyReport } from '../../harness/writePropertyReport.js';
import { PROPERTIES } from '../registry.js';

/** The seed of `npm test` when none is given: bounded runs in CI are reproducible. */
export const DEFAULT_SEED = 20261125;

/** The run count of `npm test` when none is given. */
export const DEFAULT_RUNS = 100;

/** Where shrink logs are written, and where the committed ones are read back. */
export const SHRINK_LOG_DIR = 'shrink-logs';

/**
 * Registers a vitest test that runs a property with the options `npm run props` handed over
 * (or the bounded defaults of `npm test`), replaying the committed shrink logs first; it
 * writes the report and coverage maps, attaches them to the test (JUnit properties, HTML
 * report), and fails with the shrunk trace and the command that replays it.
 */
export function propertyTest<S>(def: PropertyDefinition<S>): void {
  const options = readPropsOptions();
  const replayed = options.replay === undefined ? null : shrinkLogProperty(options.replay);
  const selected = isPropertySelected(def.name, options, [...PROPERTIES.keys()], replayed);
  test.runIf(selected)(def.name, async ({ annotate }) => {
    const report = await runFromOptions(def, options, {
      defaultSeed: DEFAULT_SEED,
      defaultRuns: DEFAULT_RUNS,
      shrinkLogDir: SHRINK_LOG_DIR,
    });
    for (const c of report.coverage) {
      await annotate(
        `model ${c.machine}: states ${c.states.covered}/${c.states.total}, edges ${c.edges.covered}/${c.edges.total}, ` +
          `pairs ${c.pairs.covered}/${c.pairs.total}, refusals ${c.refusals.seen}/${c.refusals.total}`,
        'coverage',
      );
    }
    for (const line of formatGoals(report.goals)) await annotate(line, 'goals');
    for (const line of formatStatistics(report.statistics)) await annotate(line, 'statistics');
    if (options.reportDir) {
      for (const map of await writePropertyReport(options.reportDir, report)) {
        await annotate(`coverage map of ${map.machine} (${map.file})`, 'coverage-map', {
          contentType: 'image/svg+xml',
          body: Buffer.from(map.svg).toString('base64'),
        });
      }
    }
    if (report.failure) throw new Error(`property ${def.name} failed\n${formatFailure(report)}`);
  });
}
