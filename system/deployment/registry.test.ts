import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { createSystem, memoryArtifactStore } from '../index.js';

const COST = { passwordCost: { N: 16, r: 1, p: 1 } };
const GOOD = 'lr-0642810fa94f';
const CORRUPTED = 'lr-e6def3d6f6c9';
const read = (version: string) =>
  JSON.parse(readFileSync(`artifacts/${version}.json`, 'utf8')) as { metrics: object };
const shipped = read(GOOD);

async function engineerOn(artifacts: unknown[]) {
  const system = createSystem({
    seed: 2,
    config: COST,
    deployment: { artifacts: memoryArtifactStore(artifacts) },
  });
  const admin = { username: 'admin', password: 'admin-password' };
  await system.execute({ type: 'bootstrapAdmin', ...admin, displayName: 'Admin' });
  const adminIn = await system.execute({ type: 'signIn', ...admin });
  if (!adminIn.ok) throw new Error('no admin');
  const engineer = { username: 'eng', password: 'eng-password' };
  await system.execute({
    type: 'createStaff',
    session: adminIn.value.session,
    ...engineer,
    displayName: 'Eng',
    role: 'ml_engineer',
  });
  const signedIn = await system.execute({ type: 'signIn', ...engineer });
  if (!signedIn.ok) throw new Error('no engineer');
  const session = signedIn.value.session;
  const register = (version: string) => system.execute({ type: 'registerModel', session, version });
  return { system, register, session, admin: adminIn.value.session };
}

// Why: a registry that took an edited artifact would serve patients from weights nobody
// evaluated, under the name of one that was.
test('an artifact whose content does not hash to its name is refused, and nothing registered', async () => {
  const tampered = { ...shipped, metrics: { ...shipped.metrics, accuracy: 0.5 } };
  const { system, register } = await engineerOn([tampered]);
  expect(await register(GOOD)).toMatchObject({
    ok: false,
    error: { code: 'invalid_state', entity: `ModelArtifact/${GOOD}`, status: 'unverified' },
  });
  expect(system.deployment().versions).toEqual([]);
  expect(system.lastAuditEvent()).toMatchObject({ outcome: { label: 'failed' } });
});

test('a version no store holds is not found, naming the artifact', async () => {
  const { register } = await engineerOn([shipped]);
  expect(await register('lr-000000000000')).toMatchObject({
    ok: false,
    error: { code: 'not_found', entity: 'ModelArtifact/lr-000000000000' },
  });
  expect(await register(GOOD)).toMatchObject({ ok: true, value: { version: GOOD } });
});

test('every rollout command on a version no store holds is not found, naming the version', async () => {
  const { system, session } = await engineerOn([shipped]);
  const version = 'lr-000000000000';
  const notFound = { ok: false, error: { code: 'not_found', entity: `ModelVersion/${version}` } };
  // The audit event's action: validation executes, a rollout command updates.
  for (const [type, action] of [
    ['validateModel', 'E'],
    ['stageModel', 'U'],
    ['startCanary', 'U'],
    ['advanceCanary', 'U'],
    ['promoteModel', 'U'],
  ] as const) {
    expect(await system.execute({ type, session, version })).toMatchObject(notFound);
    expect(system.lastAuditEvent()).toMatchObject({ action, outcome: { label: 'failed' } });
  }
  for (const type of ['abortRollout', 'rollbackModel'] as const)
    expect(await system.execute({ type, session, version, reason: 'a test' })).toMatchObject(
      notFound,
    );
});

// Why: the deployment walk reaches these refusals only beyond a bounded run's budget.
test('one rollout at a time, and a canary at its last step goes no further', async () => {
  const { system, register, session, admin } = await engineerOn([shipped, read(CORRUPTED)]);
  await system.execute({
    type: 'setGatePolicy',
    session: admin,
    maxEmergencyUnderTriage: 1,
    minEmergencyExamples: 0,
  });
  const run = (
    type: 'validateModel' | 'stageModel' | 'startCanary' | 'advanceCanary',
    version: string,
  ) => system.execute({ type, session, version });
  for (const version of [GOOD, CORRUPTED]) {
    expect((await register(version)).ok).toBe(true);
    expect((await run('validateModel', version)).ok).toBe(true);
  }
  expect((await run('stageModel', GOOD)).ok).toBe(true);
  const busy = {
    ok: false,
    error: { code: 'invalid_state', entity: 'Deployment/triage', status: 'rollout_active' },
  };
  expect(await run('stageModel', CORRUPTED)).toMatchObject(busy);
  expect((await run('startCanary', GOOD)).ok).toBe(true);
  expect(await run('stageModel', CORRUPTED)).toMatchObject(busy);
  expect((await run('advanceCanary', GOOD)).ok).toBe(true);
  expect((await run('advanceCanary', GOOD)).ok).toBe(true);
  expect(system.deployment().canaryWeight).toBe(50);
  expect(await run('advanceCanary', GOOD)).toMatchObject({
    ok: false,
    error: { code: 'invalid_state', entity: `ModelVersion/${GOOD}`, status: 'canary_at_last_step' },
  });
  expect(system.lastAuditEvent()).toMatchObject({
    action: 'U',
    entity: { what: `ModelVersion/${GOOD}` },
  });
  expect(system.deployment().canaryWeight).toBe(50);
});
