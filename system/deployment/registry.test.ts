import { expect, test } from 'vitest';
import {
  createSystem,
  DEFAULT_GATE_POLICY,
  memoryArtifactStore,
  type ReferenceSet,
} from '../index.js';
import { shippedArtifacts } from './shippedArtifacts.js';

const COST = { passwordCost: { N: 16, r: 1, p: 1 } };
const { good: shipped, corrupted } = shippedArtifacts();
const GOOD = shipped.version;
const CORRUPTED = corrupted.version;

async function engineerOn(artifacts: unknown[], referenceSet?: () => ReferenceSet) {
  const system = createSystem({
    seed: 2,
    config: COST,
    bootstrapToken: 'registry-test',
    deployment: {
      artifacts: memoryArtifactStore(artifacts),
      ...(referenceSet ? { referenceSet } : {}),
    },
  });
  const admin = { username: 'admin', password: 'admin-password' };
  await system.execute({
    type: 'bootstrapAdmin',
    ...admin,
    displayName: 'Admin',
    bootstrapToken: 'registry-test',
  });
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
  const { system, register, session, admin } = await engineerOn([shipped, corrupted]);
  await system.execute({
    type: 'setGatePolicy',
    session: admin,
    maxOverTriage: 1,
    maxNegativeFlips: 1_000_000,
    maxRecallDrop: 1,
    maxSelfCare: 1_000_000,
    minEmergencies: 0,
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

const TWO: ReferenceSet = {
  name: 'two',
  cases: [
    {
      id: 'e1',
      text: 'crushing chest pain going down my left arm and I am sweating',
      family: 'acs',
      escalate: true,
      acuity: 2,
    },
    {
      id: 'b1',
      text: 'can I move my appointment to Tuesday?',
      family: 'none',
      escalate: false,
      acuity: null,
    },
  ],
};
const LAX = {
  maxOverTriage: 1,
  maxNegativeFlips: 1_000_000,
  maxRecallDrop: 1,
  maxSelfCare: 1_000_000,
  minEmergencies: 0,
};

// Why: a verdict nobody can read back is no evidence; the figures, what they were measured
// against and the policy stay with the version.
test('a version that passes the release gate keeps its figures, against whom, and the policy', async () => {
  const { system, register, session, admin } = await engineerOn([shipped, corrupted], () => TWO);
  const policy = { ...DEFAULT_GATE_POLICY, minEmergencies: 1 };
  await system.execute({ type: 'setGatePolicy', session: admin, ...policy });
  await register(GOOD);
  const release = {
    candidate: GOOD,
    against: null,
    referenceSet: 'two',
    cases: 2,
    figures: { emergencies: 1, atRequired: 1, selfCare: 0, benign: 1, overTriaged: 0 },
    production: { emergencies: 1, atRequired: 1, selfCare: 0, benign: 1, overTriaged: 0 },
    negativeFlips: [],
    policy,
  };
  expect(await system.execute({ type: 'validateModel', session, version: GOOD })).toMatchObject({
    ok: true,
    value: { state: 'validated', release },
  });
  expect(system.deployment().versions[0]!.release).toEqual(release);
  for (const type of ['stageModel', 'startCanary', 'promoteModel'] as const)
    expect((await system.execute({ type, session, version: GOOD })).ok).toBe(true);
  await system.execute({ type: 'setGatePolicy', session: admin, ...LAX });
  await register(CORRUPTED);
  const next = await system.execute({ type: 'validateModel', session, version: CORRUPTED });
  expect(next).toMatchObject({ ok: true, value: { release: { against: GOOD, policy: LAX } } });
});

test('a refused version stays registered, and the refusal is audited with its reasons', async () => {
  const { system, register, session } = await engineerOn([shipped], () => TWO);
  await register(GOOD);
  const reason = 'the reference set "two" holds 1 emergencies (at least 100 needed)';
  expect(await system.execute({ type: 'validateModel', session, version: GOOD })).toEqual({
    ok: false,
    error: { code: 'gate_failed', entity: `ModelVersion/${GOOD}`, reasons: [reason] },
    correlationId: expect.any(String),
  });
  expect(system.deployment().versions[0]).toMatchObject({ state: 'registered', release: null });
  expect(system.lastAuditEvent()).toMatchObject({
    action: 'E',
    entity: { what: `ModelVersion/${GOOD}` },
    outcome: { label: 'failed', detail: `gate_failed: ${reason}` },
  });
});
