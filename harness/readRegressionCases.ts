import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { PropertyDefinition } from './PropertyDefinition.js';
import { readShrinkLog, StaleShrinkLog } from './replayShrinkLog.js';

/** A committed shrink log's steps, read under the current schemas, to run before new traces. */
export interface RegressionCase<S> {
  file: string;
  steps: S[];
}

/** A property's regression cases, and the logs that no longer read (never skipped silently). */
export interface RegressionCases<S> {
  cases: RegressionCase<S>[];
  stale: StaleShrinkLog[];
}

/**
 * Reads every shrink log of a property under `dir`: the folder `<property>` (failures of the
 * real system) and `<property>.<variant>` (failures found on broken variants), sorted by path.
 */
export function readRegressionCases<S>(
  dir: string,
  def: PropertyDefinition<S>,
): RegressionCases<S> {
  const result: RegressionCases<S> = { cases: [], stale: [] };
  if (!existsSync(dir)) return result;
  const folders = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && (d.name === def.name || d.name.startsWith(`${def.name}.`)))
    .map((d) => join(dir, d.name));
  const files = folders
    .flatMap((folder) =>
      readdirSync(folder)
        .filter((f) => f.endsWith('.json'))
        .map((f) => join(folder, f)),
    )
    .sort();
  for (const file of files) {
    try {
      const { log, steps } = readShrinkLog(file, def);
      if (log.property !== def.name)
        throw new StaleShrinkLog(
          file,
          `it names property "${log.property}", but lies in ${def.name}'s folder`,
        );
      result.cases.push({ file, steps });
    } catch (e) {
      if (e instanceof StaleShrinkLog) result.stale.push(e);
      else if (e instanceof SyntaxError)
        result.stale.push(new StaleShrinkLog(file, `not JSON: ${e.message}`));
      else throw e;
    }
  }
  return result;
}
