import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { formatFailure } from '../harness/formatReport.js';
import { readPropsOptions } from '../harness/PropsOptions.js';
import { replayShrinkLog } from '../harness/replayShrinkLog.js';
import { ShrinkLog } from '../harness/ShrinkLog.js';
import { PROPERTIES } from './registry.js';

const DIR = 'shrink-logs';

/** Every committed shrink log, in a stable order. */
function committedLogs(): string[] {
  if (!existsSync(DIR)) return [];
  return readdirSync(DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(DIR, f))
    .sort();
}

const options = readPropsOptions();
const logs = options.replay === undefined ? committedLogs() : [];

// Why: committed shrink logs are regression cases. Each is replayed from its stored steps
// against the real system (whatever variant it was found on) and must pass; a log that no
// longer reads under the current schemas fails loudly instead of being skipped.
test.each(logs.length > 0 ? logs : ['(none committed)'])('regression case %s', async (file) => {
  if (file === '(none committed)') return;
  const log = ShrinkLog.parse(JSON.parse(readFileSync(file, 'utf8')));
  const def = PROPERTIES.get(log.property);
  expect(def, `shrink log ${file} names unknown property ${log.property}`).toBeDefined();
  const report = await replayShrinkLog(file, def!, null);
  if (report.failure) throw new Error(`regression ${file} fails again\n${formatFailure(report)}`);
});
