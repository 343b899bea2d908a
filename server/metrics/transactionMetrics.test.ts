import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  createSystem,
  openSqliteStore,
  type SqliteStore,
  type System,
} from '../../system/index.js';
import { durableAnswers } from '../durableAnswers.js';
import { PumpMonitor } from '../health/PumpMonitor.js';
import { walGroupCommit } from '../walGroupCommit.js';
import { parsePrometheusText, sampleValue } from './parsePrometheusText.js';
import { ServerMetrics } from './ServerMetrics.js';
import { performanceStopwatch, type Stopwatch } from './Stopwatch.js';
import { timedStore } from './timedStore.js';

let dir = '';
let raw: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'medassist-tx-metrics-'));
  raw = openSqliteStore(join(dir, 'x.db'));
});
afterEach(() => {
  raw.close();
  rmSync(dir, { recursive: true, force: true });
});

const metricsOf = (system: () => System) =>
  new ServerMetrics({
    get system() {
      return system();
    },
    pump: new PumpMonitor({ now: () => 0 }, 3000),
    connections: () => 0,
    processMetrics: false,
  });

async function values(metrics: ServerMetrics) {
  const e = parsePrometheusText((await metrics.scrape()).text);
  return (name: string, labels: Record<string, string> = {}) => sampleValue(e, name, labels);
}

/**
 * A transaction reads the stopwatch before, after its body and after COMMIT: on this one the
 * body takes 10 ms and COMMIT 100 ms, so a mix-up of the two shows.
 */
const steppingStopwatch = (): Stopwatch => {
  let t = 0;
  let reads = 0;
  return { now: () => (t += [1, 10, 100][reads++ % 3]!) };
};

const register = (system: System, i: number) =>
  system.execute({
    type: 'registerPatient',
    username: `patient-${i}`,
    password: `patient-${i}-password`,
    displayName: `Patient ${i}`,
  });

test('under synchronous=FULL each command is one transaction, and its COMMIT step is the fsync', async () => {
  let system!: System;
  const metrics = metricsOf(() => system);
  const store = timedStore(raw, steppingStopwatch(), (ms, commitMs) =>
    metrics.transaction(ms / 1000, commitMs / 1000),
  );
  system = createSystem({ store, config: { passwordCost: { N: 16, r: 1, p: 1 } } });
  for (let i = 0; i < 5; i++) expect((await register(system, i)).ok).toBe(true);
  // A nested transaction is a savepoint of the outer one; a transaction that throws rolled back.
  store.transaction(() => store.transaction(() => store.transaction(() => 1)));
  expect(() =>
    store.transaction(() => {
      throw new Error('rolled back');
    }),
  ).toThrow('rolled back');
  const v = await values(metrics);
  expect(v('medassist_transaction_duration_seconds_count')).toBe(6);
  expect(v('medassist_transaction_duration_seconds_sum')).toBeCloseTo(6 * 0.11, 9);
  expect(v('medassist_fsync_duration_seconds_count', { mode: 'commit' })).toBe(6);
  expect(v('medassist_fsync_duration_seconds_sum', { mode: 'commit' })).toBeCloseTo(6 * 0.1, 9);
  expect(v('medassist_fsync_duration_seconds_count', { mode: 'group' })).toBeUndefined();
});

test('under group commit the shared fsyncs are timed, one sample each, and COMMIT is not', async () => {
  let system!: System;
  const metrics = metricsOf(() => system);
  const store = timedStore(raw, performanceStopwatch, (ms) => metrics.transaction(ms / 1000, null));
  const group = walGroupCommit(raw, join(dir, 'x.db'), {
    stopwatch: performanceStopwatch,
    onFsync: (ms) => metrics.groupFsync(ms / 1000),
  });
  system = durableAnswers(
    createSystem({ store, config: { passwordCost: { N: 16, r: 1, p: 1 } } }),
    group,
  );
  const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => register(system, i)));
  expect(answers.every((a) => a.ok)).toBe(true);
  group.close();
  const v = await values(metrics);
  expect(v('medassist_transaction_duration_seconds_count')).toBe(20);
  expect(v('medassist_fsync_duration_seconds_count', { mode: 'group' })).toBe(group.stats().fsyncs);
  expect(v('medassist_fsync_duration_seconds_sum', { mode: 'group' })).toBeGreaterThan(0);
  expect(v('medassist_fsync_duration_seconds_count', { mode: 'commit' })).toBeUndefined();
});
