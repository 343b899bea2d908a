import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { createSystem, memoryArtifactStore } from '../index.js';

const COST = { passwordCost: { N: 16, r: 1, p: 1 } };
const GOOD = 'lr-0642810fa94f';
const shipped = JSON.parse(readFileSync(`artifacts/${GOOD}.json`, 'utf8')) as {
  metrics: object;
};

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
  const register = (version: string) =>
    system.execute({ type: 'registerModel', session: signedIn.value.session, version });
  return { system, register };
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
