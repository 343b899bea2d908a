import { formatScript } from './formatScript.js';
import type { ShrinkLog } from './ShrinkLog.js';

/** A stored shrink log as a readable script, as `npm run props -- --show FILE` prints it. */
export function formatShrinkLog(file: string, log: ShrinkLog): string {
  const found = log.variant ? ` on variant ${log.variant}` : ' on the real system';
  return [
    `${file}: property ${log.property}${found}, seed ${log.seed}, path ${log.path}`,
    `recorded ${log.recordedAt} at commit ${log.commit.slice(0, 12)} (version ${log.version})`,
    log.error,
    `shrunk trace (${log.steps.length} steps):`,
    ...formatScript(log.script, log.failure),
    `replay: npm run props -- --replay ${file}`,
  ].join('\n');
}
