import { afterEach, expect, test } from 'vitest';
import type { ConversationId } from '../../system/index.js';
import { type OperationsRig, startOperationsRig } from '../operations/operationsRig.js';

let rig: OperationsRig;
afterEach(() => rig?.close());

async function ready(): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${rig.server.url}/health/ready`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const send = (conversationId: ConversationId, text: string) =>
  rig.system.execute({ type: 'sendMessage', session: rig.sessions.patient, conversationId, text });

test('live answers while ready does not', async () => {
  rig = await startOperationsRig();
  rig.store.db.pragma('query_only = ON');
  const live = await fetch(`${rig.server.url}/health/live`);
  expect(live.status).toBe(200);
  expect(await live.json()).toEqual({ live: true });
  expect((await ready()).status).toBe(503);
});

// Why query_only: SQLite itself then refuses every write, as it does on a read-only mount
// or a full disk, and the probe meets that refusal rather than a simulated one.
test('ready turns 503 on the first probe after the database refuses writes, and back after', async () => {
  rig = await startOperationsRig();
  expect(await ready()).toEqual({
    status: 200,
    body: {
      ready: true,
      reasons: [],
      database: { read: 'ok', write: 'ok' },
      pump: { state: 'running', lastTickAgoMs: 0 },
      model: {
        production: null,
        breaker: 'closed',
        serving: [{ version: 'rules-only-v0', weight: 100, breaker: 'closed' }],
      },
    },
  });
  rig.store.db.pragma('query_only = ON');
  const down = await ready();
  expect(down.status).toBe(503);
  expect(down.body).toMatchObject({
    ready: false,
    reasons: ['database write failed: attempt to write a readonly database'],
    database: { read: 'ok', write: 'attempt to write a readonly database' },
  });
  rig.store.db.pragma('query_only = OFF');
  expect((await ready()).status).toBe(200);
});

test('ready turns 503 when the pump misses its ticks, and back on the next tick', async () => {
  rig = await startOperationsRig();
  rig.clock.advance(3001);
  expect(await ready()).toMatchObject({
    status: 503,
    body: { reasons: ['outbox pump stale'], pump: { state: 'stale', lastTickAgoMs: 3001 } },
  });
  await rig.ticks.fire();
  expect(await ready()).toMatchObject({ status: 200, body: { pump: { state: 'running' } } });
});

test('ready turns 503 on the call that opens the breaker, half-open is ready, a good call closes it', async () => {
  rig = await startOperationsRig();
  const version = await rig.promoteModel();
  const started = await rig.system.execute({
    type: 'startConversation',
    session: rig.sessions.patient,
  });
  if (!started.ok) throw new Error('no conversation');
  const { conversationId } = started.value;
  expect(await ready()).toMatchObject({
    status: 200,
    body: { model: { production: version, breaker: 'closed' } },
  });
  rig.failModel(true);
  // The default breaker opens on the third consecutive failure.
  for (const text of ['a sore knee', 'a sore elbow']) await send(conversationId, text);
  expect((await ready()).status).toBe(200);
  await send(conversationId, 'a sore wrist');
  expect(await ready()).toMatchObject({
    status: 503,
    body: {
      reasons: [`model ${version} breaker open`],
      model: { breaker: 'open', serving: [{ version, weight: 100, breaker: 'open' }] },
    },
  });
  rig.clock.advance(30_000);
  await rig.ticks.fire();
  expect(await ready()).toMatchObject({ status: 200, body: { model: { breaker: 'half_open' } } });
  rig.failModel(false);
  await send(conversationId, 'a sore ankle');
  expect(await ready()).toMatchObject({ status: 200, body: { model: { breaker: 'closed' } } });
});
