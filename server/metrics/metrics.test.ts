import { afterEach, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import type { ConversationId } from '../../system/index.js';
import { type OperationsRig, startOperationsRig } from '../operations/operationsRig.js';
import { type Exposition, parsePrometheusText, sampleValue } from './parsePrometheusText.js';

let rig: OperationsRig;
afterEach(() => rig?.close());

async function scrape(url: string, session?: string): Promise<Response> {
  return fetch(`${url}/metrics`, {
    headers: session === undefined ? {} : { authorization: `Bearer ${session}` },
  });
}

async function exposition(): Promise<Exposition> {
  const response = await scrape(rig.server.url, rig.sessions.nurse);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(await response.text());
}

const fixedStopwatch = () => {
  let t = 0;
  // Each command takes 3 ms on this stopwatch: it is read once before and once after.
  return { now: () => (t += 3) };
};

const PATIENT_WORDS = [
  'crushing chest pain going down my left arm and I am sweating',
  'a sore knee since Tuesday',
];

describe('/metrics', () => {
  test('is for staff sessions: no session is 401, a patient 403, a nurse 200', async () => {
    rig = await startOperationsRig();
    expect((await scrape(rig.server.url)).status).toBe(401);
    expect((await scrape(rig.server.url, 'not-a-session')).status).toBe(401);
    expect((await scrape(rig.server.url, rig.sessions.patient)).status).toBe(403);
    expect((await scrape(rig.server.url, rig.sessions.nurse)).status).toBe(200);
  });

  test('bound to the operator address, it asks no session there and is absent from the API port', async () => {
    rig = await startOperationsRig({ metrics: 'open' });
    expect((await scrape(rig.operator!.url)).status).toBe(200);
    expect((await scrape(rig.server.url, rig.sessions.nurse)).status).toBe(404);
  });

  test('counts commands, escalations, SLA breaches, the queue, model calls, sockets and the outbox', async () => {
    rig = await startOperationsRig({ stopwatch: fixedStopwatch() });
    const version = await rig.promoteModel();
    const { patient, nurse } = rig.sessions;
    const started = await rig.system.execute({ type: 'startConversation', session: patient });
    if (!started.ok) throw new Error('no conversation');
    const conversationId: ConversationId = started.value.conversationId;
    const send = (text: string) =>
      rig.system.execute({ type: 'sendMessage', session: patient, conversationId, text });
    await send(PATIENT_WORDS[0]!);
    // With the model down, triage answers from the rules and a nurse must review the case.
    rig.failModel(true);
    await send(PATIENT_WORDS[1]!);
    await rig.system.execute({ type: 'closeConversation', session: patient, conversationId });
    await rig.system.execute({ type: 'closeConversation', session: patient, conversationId });
    const ws = new WebSocket(rig.server.wsUrl);
    await new Promise((resolve) => ws.once('open', resolve));
    const before = await exposition();
    rig.clock.advance(10 * 60_000 + 1);
    await rig.ticks.fire();
    const after = await exposition();
    ws.close();

    const v = (name: string, labels: Record<string, string> = {}, e = before) =>
      sampleValue(e, name, labels);
    expect(v('medassist_commands_total', { type: 'sendMessage', outcome: 'ok' })).toBe(2);
    expect(v('medassist_commands_total', { type: 'closeConversation', outcome: 'ok' })).toBe(1);
    expect(
      v('medassist_commands_total', { type: 'closeConversation', outcome: 'conversation_closed' }),
    ).toBe(1);
    expect(v('medassist_command_duration_seconds_count', { type: 'sendMessage' })).toBe(2);
    expect(v('medassist_command_duration_seconds_sum', { type: 'sendMessage' })).toBeCloseTo(
      0.006,
      9,
    );
    expect(
      v('medassist_command_duration_seconds_bucket', { type: 'sendMessage', le: '0.0025' }),
    ).toBe(0);
    expect(
      v('medassist_command_duration_seconds_bucket', { type: 'sendMessage', le: '0.005' }),
    ).toBe(2);
    // The chest pain is an emergency of acuity 2 at least; nobody has acknowledged it yet.
    const open = before.samples.filter((s) => s.name === 'medassist_escalations_open');
    expect(open).toHaveLength(1);
    expect(open[0]!.labels.status).toBe('open');
    expect(['1', '2']).toContain(open[0]!.labels.acuity);
    expect(open[0]!.value).toBe(1);
    const acuity = open[0]!.labels.acuity!;
    expect(v('medassist_escalation_oldest_unacknowledged_seconds', { acuity })).toBe(0);
    expect(v('medassist_escalation_ack_sla_seconds', { acuity: '1' })).toBe(120);
    expect(v('medassist_escalation_ack_sla_seconds', { acuity: '2' })).toBe(600);
    expect(v('medassist_escalation_sla_breaches')).toBe(0);
    expect(v('medassist_model_calls', { version, outcome: 'ok' })).toBe(1);
    expect(v('medassist_model_calls', { version, outcome: 'error' })).toBe(1);
    expect(v('medassist_review_queue_depth', { status: 'pending' })).toBe(1);
    expect(v('medassist_model_breaker_state', { version })).toBe(0);
    expect(v('medassist_websocket_connections')).toBe(1);
    expect(v('medassist_ready')).toBe(1);
    // The one nurse was told of the escalation and has not acknowledged it on the socket.
    expect(v('medassist_outbox_depth')).toBeGreaterThanOrEqual(1);
    expect(v('medassist_notifications_acknowledged')).toBe(0);
    expect(before.types.get('medassist_commands_total')).toBe('counter');
    expect(before.types.get('medassist_command_duration_seconds')).toBe('histogram');

    // Ten minutes on: the acknowledgement deadline passed and the escalation went up a level.
    expect(v('medassist_escalation_sla_breaches', {}, after)).toBe(1);
    expect(v('medassist_escalation_oldest_unacknowledged_seconds', { acuity }, after)).toBe(
      600.001,
    );
    expect(v('medassist_commands_total', { type: 'runDueTimers', outcome: 'ok' }, after)).toBe(1);

    // Why: a label is what a monitoring system stores and shows to anyone with a dashboard.
    const phi = [
      ...PATIENT_WORDS,
      'Ada',
      'Lovelace',
      'ada.patient',
      patient,
      nurse,
      conversationId,
    ];
    for (const sample of [...before.samples, ...after.samples])
      for (const value of Object.values(sample.labels))
        for (const secret of phi) expect(value).not.toContain(secret);
  });
});
