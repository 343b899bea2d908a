import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createSystem, openSqliteStore, type SqliteStore } from '../system/index.js';
import { durableAnswers } from './durableAnswers.js';
import { walGroupCommit } from './walGroupCommit.js';

let dir = '';
let store: SqliteStore;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'medassist-group-commit-'));
  store = openSqliteStore(join(dir, 'x.db'));
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('callers share fsyncs: one running, one queued behind it for everyone who came later', async () => {
  const group = walGroupCommit(store, join(dir, 'x.db'));
  expect(store.db.pragma('synchronous', { simple: true })).toBe(1);
  const first = group.durable();
  const later = Array.from({ length: 50 }, () => group.durable());
  await Promise.all([first, ...later]);
  expect(group.stats()).toEqual({ fsyncs: 2, waits: 51 });
  await group.durable();
  expect(group.stats().fsyncs).toBe(3);
  group.close();
});

test('answers wait for a shared fsync, and what they acknowledged is on file', async () => {
  const group = walGroupCommit(store, join(dir, 'x.db'));
  const system = durableAnswers(
    createSystem({ store, config: { passwordCost: { N: 16, r: 1, p: 1 } } }),
    group,
  );
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      system.execute({
        type: 'registerPatient',
        username: `patient-${i}`,
        password: 'patient-password',
        displayName: 'P',
      }),
    ),
  );
  expect(answers.every((a) => a.ok)).toBe(true);
  expect(group.stats().waits).toBe(20);
  expect(group.stats().fsyncs).toBeLessThan(20);
  expect(system.verifyAudit().ok).toBe(true);
  group.close();
  store.close();
  store = openSqliteStore(join(dir, 'x.db'));
  expect(store.counts().users).toBe(20);
});

test('refuses a database in memory', () => {
  const memory = openSqliteStore(':memory:');
  expect(() => walGroupCommit(memory, ':memory:')).toThrow(/file database/);
  memory.close();
});
