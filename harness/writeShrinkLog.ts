import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCommit } from './readCommit.js';
import type { ShrinkLog } from './ShrinkLog.js';

/** Writes `<dir>/<property>/<seed>.json` and returns its path. */
export function writeShrinkLog(
  dir: string,
  log: Omit<ShrinkLog, 'version' | 'commit' | 'recordedAt'>,
): string {
  const folder = join(dir, log.variant ? `${log.property}.${log.variant}` : log.property);
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `${log.seed}.json`);
  const full: ShrinkLog = {
    ...log,
    version: packageVersion(),
    commit: readCommit() ?? 'unknown',
    // Why the wall clock here: the harness records when a failure was found; the system
    // under test never sees this time.
    recordedAt: new Date().toISOString(),
  };
  writeFileSync(file, `${JSON.stringify(full, null, 2)}\n`);
  return file;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
