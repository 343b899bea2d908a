import { connect, type Socket } from 'node:net';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import WebSocket from 'ws';
import {
  type Notification,
  openSqliteStore,
  StoreUnavailable,
  type SystemOptions,
} from '../system/index.js';
import { MedAssistClient } from './client/MedAssistClient.js';
import { Subscription } from './client/Subscription.js';
import type { ServerFrame } from './realtime/frames.js';
import { startTestServer, TEST_BOOTSTRAP_TOKEN, type TestServer } from './startTestServer.js';

const EMERGENCY = "I can't breathe and my lips are turning blue";

let t: TestServer;
let api: MedAssistClient;
let nurse: string;
let patient: string;
let conversationId: string;
const open: Array<Subscription | WebSocket> = [];
/** What a test opened besides the server, closed after it. */
const closeAfter: Array<() => void> = [];

/** Starts a server with an admin, a nurse and a patient signed in. */
async function start(options: Partial<SystemOptions> = {}, pageSize?: number): Promise<void> {
  t = await startTestServer(options, pageSize === undefined ? {} : { pageSize });
  api = new MedAssistClient(t.server.url);
  const admin = { username: 'admin', password: 'admin-pass' };
  await api.execute({
    type: 'bootstrapAdmin',
    ...admin,
    displayName: 'A',
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
  });
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

/** Restarts the server of this test with other options. */
async function restart(options: Partial<SystemOptions>, pageSize?: number): Promise<void> {
  api.close();
  await t.close();
  await start(options, pageSize);
}

beforeEach(() => start());

afterEach(async () => {
  for (const s of open.splice(0)) s instanceof Subscription ? await s.close() : s.terminate();
  api.close();
  await t.close();
  for (const close of closeAfter.splice(0)) close();
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

/** What a raw socket hears: a frame, or (from then on) that it closed. */
type Heard = ServerFrame | { type: 'closed'; code: number; reason: string };

/** A raw socket; `next` is what it heard next, in order, its close included. */
async function rawSocket(options: WebSocket.ClientOptions = {}): Promise<{
  ws: WebSocket;
  next: () => Promise<Heard>;
  send: (frame: object) => void;
}> {
  const ws = new WebSocket(t.server.wsUrl, options);
  open.push(ws);
  const heard: Heard[] = [];
  const waiting: Array<(h: Heard) => void> = [];
  let closed: Heard | null = null;
  const hear = (h: Heard) => {
    const w = waiting.shift();
    if (w) w(h);
    else heard.push(h);
  };
  ws.on('message', (data) => hear(JSON.parse(data.toString()) as ServerFrame));
  ws.on('close', (code, reason) => {
    closed = { type: 'closed', code, reason: reason.toString() };
    for (const w of waiting.splice(0)) w(closed);
  });
  await new Promise((resolve) => ws.once('open', resolve));
  const next = () => {
    const h = heard.shift() ?? closed;
    return h ? Promise.resolve(h) : new Promise<Heard>((resolve) => waiting.push(resolve));
  };
  return { ws, next, send: (frame) => ws.send(JSON.stringify(frame)) };
}

/** A peer that completes the WebSocket handshake, then never answers, not even a close. */
async function frozenPeer(): Promise<Socket> {
  const socket = connect(t.server.port, '127.0.0.1');
  closeAfter.push(() => socket.destroy());
  socket.write(
    [
      'GET /ws HTTP/1.1',
      'Host: 127.0.0.1',
      'Upgrade: websocket',
      'Connection: Upgrade',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      'Sec-WebSocket-Version: 13',
      '\r\n',
    ].join('\r\n'),
  );
  // Why wait for the answer: the hub has the connection once the 101 is written.
  await new Promise((resolve) => socket.once('data', resolve));
  return socket;
}

/** A close reason or message a person can read. */
const SAYS_WHY = expect.stringMatching(/\S/);

/** An error frame of that code, with a message a person can read. */
function expectError(heard: Heard, code: string): void {
  expect(heard).toMatchObject({ type: 'error', code, message: SAYS_WHY });
}

// Why a timeout: a server that breaks a promise here hangs a wait for a frame or a close.
describe('the WebSocket endpoint', { timeout: 10_000 }, () => {
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
    const { ws, next, send } = await rawSocket();
    ws.send('{nope');
    const notJson = await next();
    expectError(notJson, 'invalid_frame');
    // Why no issues: there is no field at fault in what is not JSON.
    expect(notJson).not.toHaveProperty('issues');
    ws.send(Buffer.from(JSON.stringify({ type: 'hello', session: nurse })));
    expectError(await next(), 'invalid_frame');
    send({ type: 'ack', seq: 1 });
    expectError(await next(), 'not_subscribed');
    send({ type: 'hello', session: nurse, lastAcked: 0 });
    expect(await next()).toMatchObject({ type: 'welcome', after: 0, latest: 1 });
    expect(await next()).toMatchObject({ type: 'notification', seq: 1 });
    send({ type: 'ack', seq: -4 });
    const negative = await next();
    expectError(negative, 'invalid_frame');
    expect(negative).toMatchObject({ issues: [{ path: 'seq', message: expect.any(String) }] });
    send({ type: 'ack', seq: 9 });
    expect(await next()).toEqual({
      type: 'error',
      code: 'invalid_state',
      message: 'invalid_state',
    });
    send({ type: 'hello', session: nurse });
    expectError(await next(), 'already_subscribed');
    await emergency();
    expect(await next()).toMatchObject({ type: 'notification', seq: 2 });
  });

  test('an unknown session is refused with 4401, and says why', async () => {
    const { next, send } = await rawSocket();
    send({ type: 'hello', session: 'nope' });
    expect(await next()).toEqual({
      type: 'error',
      code: 'unauthenticated',
      message: 'session unknown',
    });
    expect(await next()).toEqual({ type: 'closed', code: 4401, reason: 'session unknown' });
  });

  test('a session that ends while subscribed is closed with 4401 at its next read', async () => {
    const { next, send } = await rawSocket();
    send({ type: 'hello', session: nurse });
    expect(await next()).toMatchObject({ type: 'welcome' });
    expect((await api.execute({ type: 'signOut', session: nurse })).ok).toBe(true);
    send({ type: 'sync', id: 's1' });
    expect(await next()).toEqual({
      type: 'error',
      code: 'unauthenticated',
      message: 'session ended',
    });
    // Why: a refused read ends the subscription, so the sync is never answered.
    expect(await next()).toEqual({ type: 'closed', code: 4401, reason: 'session ended' });
  });

  test('a backlog longer than a page is replayed whole, before anything else is answered', async () => {
    await restart({}, 2);
    for (let i = 0; i < 5; i++) await emergency();
    const { next, send } = await rawSocket();
    send({ type: 'hello', session: nurse, lastAcked: 0 });
    // Why an ack: unlike a sync it reads nothing, so it is answered after the replay the
    // hello started, and only after it.
    send({ type: 'ack', seq: 5 });
    expect(await next()).toMatchObject({ type: 'welcome', after: 0, latest: 5 });
    for (let seq = 1; seq <= 5; seq++)
      expect(await next()).toMatchObject({ type: 'notification', seq });
    expect(await next()).toEqual({ type: 'acked', seq: 5 });
  });

  test('every connection of a recipient is pushed to, and stays so when another one drops', async () => {
    const a = await rawSocket();
    const b = await rawSocket({ autoPong: false });
    for (const c of [a, b]) c.send({ type: 'hello', session: nurse });
    const welcome = await a.next();
    expect(await b.next()).toMatchObject({ type: 'welcome' });
    const recipient = welcome.type === 'welcome' ? welcome.recipient : '';
    expect(t.server.hub.count(recipient)).toBe(2);
    await emergency();
    // Why an ack: it reads nothing, so a push that happened comes before its answer.
    for (const c of [a, b]) {
      c.send({ type: 'ack', seq: 1 });
      expect(await c.next()).toMatchObject({ type: 'notification', seq: 1 });
      expect(await c.next()).toEqual({ type: 'acked', seq: 1 });
    }
    const pinged = new Promise((resolve) => a.ws.once('ping', resolve));
    await t.heartbeat.fire();
    await pinged;
    a.send({ type: 'sync', id: 'pong-sent' });
    expect(await a.next()).toEqual({ type: 'synced', id: 'pong-sent' });
    await t.heartbeat.fire();
    expect(await b.next()).toMatchObject({ type: 'closed', code: 1006 });
    expect(t.server.hub.count(recipient)).toBe(1);
    await emergency();
    a.send({ type: 'ack', seq: 2 });
    expect(await a.next()).toMatchObject({ type: 'notification', seq: 2 });
    expect(await a.next()).toEqual({ type: 'acked', seq: 2 });
  });

  test('a connection whose outbox read fails is dropped, and its client loses nothing', async () => {
    const base = openSqliteStore(':memory:');
    closeAfter.push(() => base.close());
    let failing = false;
    await restart({
      store: {
        ...base,
        notificationsAfter: (...args) => {
          if (failing) throw new StoreUnavailable('injected read fault');
          return base.notificationsAfter(...args);
        },
      },
    });
    const { next, send } = await rawSocket();
    send({ type: 'hello', session: nurse });
    expect(await next()).toMatchObject({ type: 'welcome', latest: 0 });
    failing = true;
    await emergency();
    failing = false;
    // Why an ack: it reads nothing, so it would be answered if the connection had stayed.
    send({ type: 'ack', seq: 1 });
    expect(await next()).toMatchObject({ type: 'closed', code: 1006 });
    const again = await rawSocket();
    again.send({ type: 'hello', session: nurse, lastAcked: 0 });
    expect(await again.next()).toMatchObject({ type: 'welcome', after: 0, latest: 1 });
    expect(await again.next()).toMatchObject({ type: 'notification', seq: 1 });
  });

  // Why: a frame is handled in a setImmediate callback, where a throw would be uncaught and
  // take the whole server down with every other nurse's connection.
  test('a connection whose ack cannot be written is dropped, and the server goes on', async () => {
    const base = openSqliteStore(':memory:');
    closeAfter.push(() => base.close());
    let failing = false;
    await restart({
      store: {
        ...base,
        recordAck: (...args) => {
          if (failing) throw new StoreUnavailable('injected write fault (disk full)');
          base.recordAck(...args);
        },
      },
    });
    const { next, send } = await rawSocket();
    send({ type: 'hello', session: nurse });
    expect(await next()).toMatchObject({ type: 'welcome', latest: 0 });
    await emergency();
    expect(await next()).toMatchObject({ type: 'notification', seq: 1 });
    failing = true;
    send({ type: 'ack', seq: 1 });
    expect(await next()).toMatchObject({ type: 'closed', code: 1006 });
    failing = false;
    const again = await rawSocket();
    again.send({ type: 'hello', session: nurse });
    expect(await again.next()).toMatchObject({ type: 'welcome', after: 0, latest: 1 });
    expect(await again.next()).toMatchObject({ type: 'notification', seq: 1 });
    again.send({ type: 'ack', seq: 1 });
    expect(await again.next()).toEqual({ type: 'acked', seq: 1 });
  });

  test('a frame over 64 KiB closes its connection with 1009, and the server goes on', async () => {
    const { ws, next } = await rawSocket();
    ws.send('x'.repeat(65 * 1024));
    expect(await next()).toMatchObject({ type: 'closed', code: 1009 });
    const { sub } = subscribe();
    await sub.connect();
    await sub.sync();
  });

  test('heartbeats drop a peer that does not answer pings, and one that never says hello', async () => {
    const silent = await rawSocket({ autoPong: false });
    const mute = await rawSocket();
    silent.send({ type: 'hello', session: nurse });
    expect(await silent.next()).toMatchObject({ type: 'welcome' });
    const { sub } = subscribe();
    await sub.connect();
    const first = new Promise((resolve) => {
      mute.ws.once('ping', () => resolve('ping'));
      mute.ws.once('close', () => resolve('close'));
    });
    await t.heartbeat.fire();
    // Why: a connection opened just before a heartbeat still has a whole one to say hello.
    expect(await first).toBe('ping');
    // Why two syncs: the first makes sure the ping reached the live client, the second that
    // its pong reached the server.
    await sub.sync();
    await sub.sync();
    await t.heartbeat.fire();
    expect(await silent.next()).toMatchObject({ type: 'closed', code: 1006 });
    expect(await mute.next()).toEqual({ type: 'closed', code: 4408, reason: SAYS_WHY });
    expect(t.server.hub.count()).toBe(1);
  });

  test('closing the hub closes every connection with 1001, then turns new ones away', async () => {
    const live = await rawSocket();
    live.send({ type: 'hello', session: nurse });
    expect(await live.next()).toMatchObject({ type: 'welcome' });
    const greeting = await rawSocket();
    await t.server.hub.close(0);
    expect(t.server.hub.count()).toBe(0);
    for (const c of [live, greeting])
      expect(await c.next()).toEqual({ type: 'closed', code: 1001, reason: SAYS_WHY });
    const late = await rawSocket();
    late.send({ type: 'hello', session: nurse });
    expect(await late.next()).toEqual({ type: 'closed', code: 1001, reason: SAYS_WHY });
  });

  test('closing does not wait past its grace for a peer that never answers', async () => {
    const frozen = await frozenPeer();
    const gone = new Promise((resolve) => frozen.once('close', resolve));
    expect(t.server.hub.count()).toBe(1);
    await t.server.hub.close(20);
    expect(t.server.hub.count()).toBe(0);
    await gone;
  });

  test('past retention a reconnect gets an explicit resync, never a silent recovery', async () => {
    await restart({ retention: { maxPerRecipient: 2 } });
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
