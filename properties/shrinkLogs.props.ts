import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readPropsOptions } from '../harness/PropsOptions.js';
import { readShrinkLog } from '../harness/replayShrinkLog.js';
import { shrinkLogProperty } from '../harness/shrinkLogProperty.js';
import { PROPERTIES } from './registry.js';
import { SHRINK_LOG_DIR } from './support/propertyTest.js';

/** Every committed shrink log, in a stable order. */
function committedLogs(): string[] {
  if (!existsSync(SHRINK_LOG_DIR)) return [];
  return readdirSync(SHRINK_LOG_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(SHRINK_LOG_DIR, f))
    .sort();
}

const options = readPropsOptions();
const logs = options.replay === undefined ? committedLogs() : [];

// Why: committed shrink logs are regression cases, replayed first by their property's run
// (propertyTest). This checks what no property run would: every log belongs to a registered
// property and still reads under that property's schemas; a stale or orphaned log fails
// loudly instead of being skipped.
test.each(logs.length > 0 ? logs : ['(none committed)'])('regression case %s reads', (file) => {
  if (file === '(none committed)') return;
  const property = shrinkLogProperty(file);
  const def = property === null ? undefined : PROPERTIES.get(property);
  expect(def, `shrink log ${file} names unknown property ${property}`).toBeDefined();
  readShrinkLog(file, def!);
});
