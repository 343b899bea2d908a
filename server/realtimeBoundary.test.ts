import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { MedAssistClient } from './client/MedAssistClient.js';
import type { ServerFrame } from './realtime/frames.js';
import { startTestServer, TEST_BOOTSTRAP_TOKEN, type TestServer } from './startTestServer.js';

const TTL = 30 * 60_000;
let t: TestServer;
let api: MedAssistClient;
let nurse: string;
let patient: string;
const sockets: WebSocket[] = [];

beforeEach(async () => {
  t = await startTestServer({
    config: { passwordCost: { N: 16, r: 1, p: 1 }, sessionTtlMs: TTL },
  });
  api = new MedAssistClient(t.server.url);
  const admin = { username: 'admin', password: 'admin-pass' };
  await api.execute({
    type: 'bootstrapAdmin',
    ...admin,
    displayName: 'A',
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
  });
  const a = await api.execute({ type: 'signIn', ...admin });
  const session = a.ok ? a.value.session : '';
  const n = { username: 'nurse', password: 'nurse-pass' };
  await api.execute({ type: 'createStaff', session, ...n, displayName: 'N', role: 'nurse' });
  const ns = await api.execute({ type: 'signIn', ...n });
  nurse = ns.ok ? ns.value.session : '';
  const p = { username: 'pat', password: 'pat-pass1' };
  await api.execute({ type: 'registerPatient', ...p, displayName: 'P' });
  const ps = await api.execute({ type: 'signIn', ...p });
  patient = ps.ok ? ps.value.session : '';
});

afterEach(async () => {
  for (const ws of sockets.splice(0)) ws.terminate();
  api.close();
  await t.close();
});

/** A socket said hello for `session`; `frames` is what it heard, `closed` how it closed. */
async function subscribed(session: string) {
  const ws = new WebSocket(t.server.wsUrl);
  sockets.push(ws);
  const frames: ServerFrame[] = [];
  const closed = new Promise<{ code: number; at: number }>((resolve) =>
    ws.on('close', (code) => resolve({ code, at: performance.now() })),
  );
  ws.on('message', (data) => frames.push(JSON.parse(data.toString()) as ServerFrame));
  await new Promise((resolve) => ws.once('open', resolve));
  ws.send(JSON.stringify({ type: 'hello', session, lastAcked: 0 }));
  await until(() => frames.some((f) => f.type === 'welcome'));
  return { ws, frames, closed };
}

/** Waits until `cond` holds; fails after 10 s. */
async function until(cond: () => boolean): Promise<void> {
  const deadline = performance.now() + 10_000;
  while (!cond()) {
    if (performance.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function emergencies(n: number): Promise<void> {
  const c = await api.execute({ type: 'startConversation', session: patient });
  const conversationId = c.ok ? c.value.conversationId : '';
  for (let i = 0; i < n; i++)
    await api.execute({
      type: 'sendMessage',
      session: patient,
      conversationId,
      text: "I can't breathe and my lips are turning blue",
    });
}

describe('one socket cannot hold the server up', () => {
  it('D9: 10,000 ack frames in one burst are coalesced and yield to other requests', async () => {
    await emergencies(1);
    const { ws, frames } = await subscribed(nurse);
    await until(() => frames.some((f) => f.type === 'notification'));
    const acks = Array.from({ length: 10_000 }, (_, i) => ({ type: 'ack', seq: i % 2 }));
    for (const ack of acks) ws.send(JSON.stringify(ack));
    // The server answers another client while it works through the burst.
    const started = performance.now();
    const health = await fetch(`${t.server.url}/health`);
    const healthMs = performance.now() - started;
    expect(health.status).toBe(200);
    ws.send(JSON.stringify({ type: 'sync', id: 'done' }));
    await until(() => frames.some((f) => f.type === 'synced'));
    const acked = frames.filter((f) => f.type === 'acked');
    const errors = frames.filter((f) => f.type === 'error');
    expect(errors).toEqual([]);
    // Coalesced: far fewer answers (and writes) than frames, the position the largest.
    expect(acked.length).toBeLessThan(1000);
    expect(acked.at(-1)).toEqual({ type: 'acked', seq: 1 });
    const page = await api.notificationsAfter(nurse);
    expect(page.ok && page.value.acked).toBe(1);
    expect(healthMs).toBeLessThan(1000);
  });

  it('D9: acks past the end in a burst are each refused as they would be apart, and the others recorded', async () => {
    await emergencies(1);
    const { ws, frames } = await subscribed(nurse);
    for (const seq of [1, 5, 1]) ws.send(JSON.stringify({ type: 'ack', seq }));
    ws.send(JSON.stringify({ type: 'sync', id: 's' }));
    await until(() => frames.some((f) => f.type === 'synced'));
    const answers = frames.filter((f) => f.type === 'acked' || f.type === 'error');
    expect(answers.map((f) => f.type)).toEqual(['acked', 'error', 'acked']);
  });
});

describe('an idle socket does not outlive its session', () => {
  it('D16: signing out closes the session’s idle socket at once (4401), not at the next notification', async () => {
    const { closed } = await subscribed(nurse);
    const other = await subscribed(patient);
    const out = await api.execute({ type: 'signOut', session: nurse });
    expect(out.ok).toBe(true);
    const signedOutAt = performance.now();
    const close = await closed;
    expect(close.code).toBe(4401);
    expect(close.at - signedOutAt).toBeLessThan(1000);
    expect(other.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('D16: an idle socket is closed (4401) at the first heartbeat after its session expired', async () => {
    const { ws, closed } = await subscribed(nurse);
    t.clock.advance(TTL - 1);
    await t.heartbeat.fire();
    await new Promise((r) => setTimeout(r, 50));
    expect(ws.readyState).toBe(WebSocket.OPEN);
    t.clock.advance(1);
    await t.heartbeat.fire();
    expect((await closed).code).toBe(4401);
  });
});
