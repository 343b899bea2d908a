import { check } from '../../harness/InvariantViolation.js';
import type { RunProbe } from '../../harness/PropertyDefinition.js';
import { runTrace } from '../../harness/runTrace.js';
import { EXPIRE_MS, REALTIME_ROSTER, type RealtimeStep } from '../../models/realtimeStep.js';
import { type RealtimeWorld, realtimeWorld } from '../../models/realtimeWorld.js';
import { MedAssistClient } from '../../server/client/MedAssistClient.js';
import type { Notification, Store } from '../../system/index.js';
import { checkDelivery } from './checkDelivery.js';
import { CLINIC_TEXTS, REASON } from './clinicTexts.js';
import { RealtimeClient } from './RealtimeClient.js';
import { RealtimeServer } from './RealtimeServer.js';
import { signUpOverHttp } from './signUpOverHttp.js';

/** What a run maps from model indices to system ids. */
interface Memory {
  sessions: string[];
  userIds: string[];
  escalations: Map<string, number>;
  cases: string[];
}

/**
 * Runs one real-time trace over real sockets: every user holds a WebSocket subscription
 * behind a partition proxy, work goes in over HTTP, and after every step (once each connected
 * client has synced) invariants 15 and 16 are checked for every client, the away ones too.
 * No sleeps: every wait is for an explicit event (a frame, a close, a welcome).
 */
export async function runRealtimeTrace(
  steps: readonly RealtimeStep[],
  variant: ((store: Store) => Store) | undefined,
  probe: RunProbe,
): Promise<void> {
  const server = new RealtimeServer(variant);
  await server.start();
  const http = new MedAssistClient(() => server.server.url);
  const clients: RealtimeClient[] = [];
  try {
    const users = await signUpOverHttp(http, REALTIME_ROSTER);
    const memory: Memory = {
      sessions: users.map((u) => u.session),
      userIds: users.map((u) => u.userId),
      escalations: new Map(),
      cases: [],
    };
    for (const u of users) clients.push(new RealtimeClient(u.session, () => server.server.port));
    await Promise.all(clients.map((c) => c.start()));
    await runTrace(
      steps,
      {
        model: realtimeWorld,
        // Why no answer: a real-time step is judged by what every client then holds.
        async perform(step, verdict, before, i) {
          if (verdict.accepted)
            await perform(step, { server, http, clients, memory, world: before }, i);
          return undefined;
        },
        expectedCode: () => null,
        async check({ step, verdict, after, i }) {
          if (!verdict.accepted) return;
          for (const [c, client] of clients.entries())
            if (after.clients[c]!.link === 'connected') await client.subscription.sync();
          const subjectOf = (n: Notification) => subject(n, memory);
          for (const [c, client] of clients.entries())
            checkDelivery(REALTIME_ROSTER[c]!.name, client, after.clients[c]!, subjectOf, i);
          probe.digest(`${realtimeWorld.print(step)} ${clients.map((c) => c.delivered.length)}\n`);
          probe.label('step', step.type);
        },
      },
      probe,
    );
    for (const client of clients) probe.label('resyncs per client', client.resyncs);
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    http.close();
    await server.close();
  }
}

interface Run {
  server: RealtimeServer;
  http: MedAssistClient;
  clients: RealtimeClient[];
  memory: Memory;
  world: RealtimeWorld;
}

async function perform(step: RealtimeStep, run: Run, i: number): Promise<void> {
  const { server, http, clients, memory } = run;
  const ok = (answer: { ok: boolean }, what: string) =>
    check(answer.ok, 'model', i, () => `${what} was refused: ${JSON.stringify(answer)}`);
  switch (step.type) {
    case 'EMERGENCY':
    case 'REVIEW':
    case 'FAULTY_EMERGENCY': {
      const session = memory.sessions[step.patient]!;
      const started = await http.execute({ type: 'startConversation', session });
      ok(started, 'startConversation');
      if (!started.ok) return;
      if (step.type === 'FAULTY_EMERGENCY') server.faulty.arm(1_000_000);
      const text = CLINIC_TEXTS[step.type === 'REVIEW' ? 'review' : 'emergency1'];
      const { conversationId } = started.value;
      const sent = await http.execute({ type: 'sendMessage', session, conversationId, text });
      server.faulty.disarm();
      if (step.type === 'FAULTY_EMERGENCY') {
        const code = sent.ok ? 'ok' : sent.error.code;
        return check(code === 'unavailable', 'model', i, () => `a failed store answered ${code}`);
      }
      ok(sent, 'sendMessage');
      if (!sent.ok) return;
      if (sent.value.escalationId)
        memory.escalations.set(sent.value.escalationId, memory.escalations.size);
      if (sent.value.caseId) memory.cases.push(sent.value.caseId);
      return;
    }
    case 'DECIDE': {
      const session = memory.sessions[2]!;
      const caseId = memory.cases[step.case]!;
      ok(await http.execute({ type: 'claimCase', session, caseId }), 'claimCase');
      const decided = await http.execute({
        type: 'decideCase',
        session,
        caseId,
        outcome: 'approve',
        reason: REASON,
      });
      return ok(decided, 'decideCase');
    }
    case 'EXPIRE':
      server.clock.advance(EXPIRE_MS);
      return server.ticks.fire();
    case 'DISCONNECT':
      return clients[step.client]!.disconnect();
    case 'PARTITION':
      return clients[step.client]!.partition();
    case 'RECONNECT':
      return clients[step.client]!.reconnect(
        run.world.clients[step.client]!.link === 'partitioned',
      );
    case 'GARBAGE':
      return garbage(clients[step.client]!, step.kind, run.world.outbox[step.client]!.length, i);
    case 'HEARTBEAT':
      return heartbeat(run, i);
    case 'RESTART': {
      const live = clients.filter((_, c) => run.world.clients[c]!.link === 'connected');
      const closed = live.map((c) => c.subscription.whenClosed());
      await server.restart();
      await Promise.all(closed);
      return;
    }
  }
}

/** A malformed frame, the error code it gets, and the field its issues name (if any). */
type Garbage = [frame: string, code: string, field?: string];

const GARBAGE: Record<string, (latest: number, session: string) => Garbage> = {
  'not-json': () => ['{"type": "ack"', 'invalid_frame'],
  'unknown-type': () => ['{"type":"subscribe"}', 'invalid_frame', 'type'],
  'negative-ack': () => ['{"type":"ack","seq":-1}', 'invalid_frame', 'seq'],
  'future-ack': (latest) => [JSON.stringify({ type: 'ack', seq: latest + 5 }), 'invalid_state'],
  'hello-again': (_, session) => [JSON.stringify({ type: 'hello', session }), 'already_subscribed'],
};

/**
 * Sends a malformed frame: an error frame must come back, saying why and naming the field at
 * fault, and nothing else change.
 */
async function garbage(client: RealtimeClient, kind: string, latest: number, i: number) {
  const [frame, code, field = ''] = GARBAGE[kind]!(latest, client.session);
  const before = client.errors.length;
  client.subscription.sendRaw(frame);
  await client.subscription.sync();
  const errors = client.errors.slice(before);
  const got = errors.map((e) => e.code);
  check(got.join() === code, '15', i, () => `garbage ${kind} answered [${got}], expected ${code}`);
  const said = errors.map((e) => [e.message, (e.issues ?? []).map((f) => f.path).join()]);
  check(
    said.every(([message, fields]) => message !== '' && fields === field),
    '15',
    i,
    () => `garbage ${kind} answered ${JSON.stringify(said)}, expected a message and [${field}]`,
  );
}

/** Two heartbeats, the live clients' pongs in between: only the live connections remain. */
async function heartbeat(run: Run, i: number): Promise<void> {
  const live = run.clients.filter((_, c) => run.world.clients[c]!.link === 'connected');
  await run.server.heartbeat.fire();
  // Why two syncs: the first proves the ping arrived, the second that the pong came back.
  for (const c of live) await c.subscription.sync();
  for (const c of live) await c.subscription.sync();
  await run.server.heartbeat.fire();
  const hub = run.server.server.hub;
  for (const [c, id] of run.memory.userIds.entries()) {
    const want = run.world.clients[c]!.link === 'connected' ? 1 : 0;
    check(
      hub.count(id) === want,
      '15',
      i,
      () => `${hub.count(id)} connections for c${c} after heartbeats, expected ${want}`,
    );
  }
}

function subject(n: Notification, memory: Memory): string {
  const body = (n.body ?? {}) as { escalationId?: string; caseId?: string };
  if (body.escalationId !== undefined) {
    const e = memory.escalations.get(body.escalationId);
    return e === undefined ? `?${body.escalationId}` : `e${e}`;
  }
  const k = body.caseId === undefined ? -1 : memory.cases.indexOf(body.caseId);
  return k < 0 ? `?${body.caseId}` : `k${k}`;
}
