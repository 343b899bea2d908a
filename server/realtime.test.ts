import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import type { Notification } from '../system/index.js';
import { MedAssistClient } from './client/MedAssistClient.js';
import { Subscription } from './client/Subscription.js';
import type { ServerFrame } from './realtime/frames.js';
import { startTestServer, type TestServer } from './startTestServer.js';

const EMERGENCY = "I can't breathe and my lips are turning blue";

let t: TestServer;
let api: MedAssistClient;
let nurse: string;
let patient: string;
let conversationId: string;
const open: Array<Subscription | WebSocket> = [];

/** Starts a server with an admin, a nurse and a patient signed in. */
async function start(retention?: { maxPerRecipient: number }): Promise<void> {
  t = await startTestServer(retention ? { retention } : {});
  api = new MedAssistClient(t.server.url);
  const admin = { username: 'admin', password: 'admin-pass' };
  await api.execute({ type: 'bootstrapAdmin', ...admin, displayName: 'A' });
  const a = await api.execute({ type: 'signIn', ...admin });
  const n = { username: 'nurse', password: 'nurse-pass' };
  const session = a.ok ? a.value.session : '';
  await api.execute({ type: 'createStaff', session, ...n, displayName: 'N', role: 'nurse' });
  const ns = await api.execute({ type: 'signIn', ...n });
  nurse = ns.ok ? ns.value.session : '';
  const p = { username: 'pat', password: 'pat-pass1' };
  await api.execute({ type: 'registerPatient', ...p, displayName: 'P' });
  const ps = await api.execute({ type: 'signIn', ...p });
  patient = ps.ok ? ps.value.session : '';
}

beforeEach(() => start());

afterEach(async () => {
  for (const s of open.splice(0)) s instanceof Subscription ? await s.close() : s.terminate();
  api.close();
  await t.close();
});

/** Starts a conversation and sends an emergency in it: one notification for the nurse. */
async function emergency(): Promise<void> {
  const c = await api.execute({ type: 'startConversation', session: patient });
  conversationId = c.ok ? c.value.conversationId : '';
  const sent = await api.execute({
    type: 'sendMessage',
    session: patient,
    conversationId,
    text: EMERGENCY,
  });
  expect(sent.ok).toBe(true);
}

function subscribe(lastAcked?: number) {
  const got: Notification[] = [];
  const frames: ServerFrame[] = [];
  const sub = new Subscription({
    url: t.server.wsUrl,
    session: nurse,
    ...(lastAcked === undefined ? {} : { lastAcked }),
    onNotification: (n) => got.push(n),
    onFrame: (f) => frames.push(f),
    reconnect: null,
  });
  open.push(sub);
  return { sub, got, frames };
}

/** A raw socket and the frames it received. */
async function rawSocket(): Promise<{
  ws: WebSocket;
  frames: ServerFrame[];
  next: () => Promise<ServerFrame>;
}> {
  const ws = new WebSocket(t.server.wsUrl);
  open.push(ws);
  const frames: ServerFrame[] = [];
  const waiting: Array<(f: ServerFrame) => void> = [];
  ws.on('message', (data) => {
    const frame = JSON.parse(data.toString()) as ServerFrame;
    const w = waiting.shift();
    if (w) w(frame);
    else frames.push(frame);
  });
  await new Promise((resolve) => ws.once('open', resolve));
  const next = () =>
    frames.length > 0
      ? Promise.resolve(frames.shift()!)
      : new Promise<ServerFrame>((resolve) => waiting.push(resolve));
  return { ws, frames, next };
}

describe('the WebSocket endpoint', () => {
  test('replays from the acked position + 1, then pushes new notifications as they commit', async () => {
    await emergency();
    await emergency();
    const { sub, got, frames } = subscribe(1);
    await sub.connect();
    await sub.sync();
    expect(got.map((n) => n.seq)).toEqual([2]);
    expect(frames[0]).toMatchObject({ type: 'welcome', after: 1, latest: 2 });
    await emergency();
    await sub.sync();
    expect(got.map((n) => n.seq)).toEqual([2, 3]);
    expect(got[1]?.kind).toBe('escalation.raised');
    await sub.sync();
    expect(sub.acked).toBe(3);
  });

  test('a reconnecting subscription resumes where it was and drops nothing', async () => {
    const { sub, got } = subscribe(0);
    await sub.connect();
    await emergency();
    await sub.sync();
    await sub.close();
    await emergency();
    const again = subscribe(sub.position ?? 0);
    await again.sub.connect();
    await again.sub.sync();
    expect([...got, ...again.got].map((n) => n.seq)).toEqual([1, 2]);
  });

  test('malformed frames get an error frame and lose nothing', async () => {
    await emergency();
    const { ws, next } = await rawSocket();
    ws.send('{nope');
    expect(await next()).toMatchObject({ type: 'error', code: 'invalid_frame' });
    ws.send(JSON.stringify({ type: 'ack', seq: 1 }));
    expect(await next()).toMatchObject({ type: 'error', code: 'not_subscribed' });
    ws.send(JSON.stringify({ type: 'hello', session: nurse, lastAcked: 0 }));
    expect(await next()).toMatchObject({ type: 'welcome', after: 0, latest: 1 });
    expect(await next()).toMatchObject({ type: 'notification', seq: 1 });
    ws.send(JSON.stringify({ type: 'ack', seq: -4 }));
    expect(await next()).toMatchObject({ type: 'error', code: 'invalid_frame' });
    ws.send(JSON.stringify({ type: 'ack', seq: 9 }));
    expect(await next()).toMatchObject({ type: 'error', code: 'invalid_state' });
    ws.send(JSON.stringify({ type: 'hello', session: nurse }));
    expect(await next()).toMatchObject({ type: 'error', code: 'already_subscribed' });
    await emergency();
    expect(await next()).toMatchObject({ type: 'notification', seq: 2 });
  });

  test('an unknown session is refused with 4401', async () => {
    const { ws, next } = await rawSocket();
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    ws.send(JSON.stringify({ type: 'hello', session: 'nope' }));
    expect(await next()).toMatchObject({ type: 'error', code: 'unauthenticated' });
    expect(await closed).toBe(4401);
  });

  test('heartbeats drop a peer that does not answer pings, and one that never says hello', async () => {
    const silent = new WebSocket(t.server.wsUrl, { autoPong: false });
    open.push(silent);
    const mute = new WebSocket(t.server.wsUrl);
    open.push(mute);
    await Promise.all([silent, mute].map((ws) => new Promise((r) => ws.once('open', r))));
    silent.send(JSON.stringify({ type: 'hello', session: nurse }));
    const { sub } = subscribe();
    await sub.connect();
    const gone = [silent, mute].map((ws) => new Promise<number>((r) => ws.once('close', r)));
    await t.heartbeat.fire();
    // Why two syncs: the first makes sure the ping reached the live client, the second that
    // its pong reached the server.
    await sub.sync();
    await sub.sync();
    await t.heartbeat.fire();
    expect(await Promise.all(gone)).toEqual([1006, 4408]);
    expect(t.server.hub.count()).toBe(1);
  });

  test('past retention a reconnect gets an explicit resync, never a silent recovery', async () => {
    await t.close();
    await start({ maxPerRecipient: 2 });
    for (let i = 0; i < 4; i++) await emergency();
    expect(t.system.pruneNotifications()).toBe(2);
    const { sub, got, frames } = subscribe(1);
    await sub.connect();
    await sub.sync();
    expect(frames[1]).toMatchObject({ type: 'resync', after: 1, firstAvailable: 3, latest: 4 });
    expect(got).toEqual([]);
    expect(sub.position).toBe(4);
    await emergency();
    await sub.sync();
    expect(got.map((n) => n.seq)).toEqual([5]);
  });
});
