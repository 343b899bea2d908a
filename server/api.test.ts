import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { MedAssistClient } from './client/MedAssistClient.js';
import { startTestServer, TEST_BOOTSTRAP_TOKEN, type TestServer } from './startTestServer.js';

let t: TestServer;
let api: MedAssistClient;
let admin: string;
let patient: string;

beforeAll(async () => {
  t = await startTestServer();
  api = new MedAssistClient(t.server.url);
  await api.execute({
    type: 'bootstrapAdmin',
    username: 'admin',
    password: 'admin-pass',
    displayName: 'A',
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
  });
  const a = await api.execute({ type: 'signIn', username: 'admin', password: 'admin-pass' });
  admin = a.ok ? a.value.session : '';
  await api.execute({
    type: 'registerPatient',
    username: 'pat',
    password: 'pat-pass1',
    displayName: 'P',
  });
  const p = await api.execute({ type: 'signIn', username: 'pat', password: 'pat-pass1' });
  patient = p.ok ? p.value.session : '';
});
afterAll(async () => {
  api.close();
  await t.close();
});

const auditCount = () => t.system.counts().auditEvents;

describe('the HTTP API', () => {
  test('answers exactly what the system answers, with one audit event per request', async () => {
    const before = auditCount();
    const answer = await api.execute({ type: 'startConversation', session: patient });
    expect(answer.ok).toBe(true);
    expect(auditCount()).toBe(before + 1);
    expect(t.system.lastAuditEvent()?.correlationId).toBe(answer.correlationId);
  });

  test('maps error codes to statuses and says why in WWW-Authenticate', async () => {
    const cases: Array<[string, string, string | undefined, number]> = [
      ['startConversation', '{}', undefined, 401],
      ['startConversation', '{}', 'no-such-token', 401],
      [
        'createStaff',
        '{"username":"nnn","password":"nurse-pass","displayName":"N","role":"nurse"}',
        patient,
        403,
      ],
      ['sendMessage', '{"conversationId":"conv_x","text":"hello"}', patient, 404],
      [
        'registerPatient',
        '{"username":"pat","password":"pat-pass1","displayName":"P"}',
        undefined,
        409,
      ],
      ['readQueue', '{"limit":0}', admin, 400],
    ];
    for (const [type, body, session, status] of cases) {
      const before = auditCount();
      const exchange = await api.request('POST', `/api/commands/${type}`, {
        body,
        headers: { session },
      });
      expect([type, exchange.status]).toEqual([type, status]);
      expect(auditCount()).toBe(before + 1);
    }
    const response = await fetch(`${t.server.url}/api/commands/signOut`, {
      method: 'POST',
      headers: { authorization: 'Bearer gone' },
    });
    expect(response.headers.get('www-authenticate')).toContain('error_description="unknown"');
  });

  test('a body that is not a JSON object is refused with 400 and audited once', async () => {
    for (const body of ['{not json', '[1,2]', '"text"', 'null']) {
      const before = auditCount();
      const answer = await api.sendCommand('startConversation', body, { session: patient });
      expect(answer.ok).toBe(false);
      expect(!answer.ok && answer.error.code).toBe('invalid_command');
      expect(auditCount()).toBe(before + 1);
    }
  });

  test('an unknown command type is a 400 audited once; no route and the timers are 404, unaudited', async () => {
    let before = auditCount();
    expect((await api.request('POST', '/api/commands/launchRocket', { body: '{}' })).status).toBe(
      400,
    );
    expect(auditCount()).toBe(before + 1);
    before = auditCount();
    expect((await api.request('POST', '/api/commands/runDueTimers', { body: '{}' })).status).toBe(
      404,
    );
    expect((await api.request('GET', '/api/nothing')).status).toBe(404);
    expect(auditCount()).toBe(before);
  });

  test('Idempotency-Key: a retry gets the first answer and appends no audit event', async () => {
    const before = auditCount();
    const cmd = { type: 'startConversation', session: patient, idempotencyKey: 'k-1' } as const;
    const first = await api.execute(cmd);
    const second = await api.execute(cmd);
    expect(second).toEqual(first);
    expect(auditCount()).toBe(before + 1);
  });

  test('X-Correlation-Id travels to the audit event and back', async () => {
    const answer = await api.execute({
      type: 'startConversation',
      session: patient,
      correlationId: 'req-42',
    });
    expect(answer.correlationId).toBe('req-42');
    expect(t.system.lastAuditEvent()?.correlationId).toBe('req-42');
  });

  test('a session in the body is ignored: the bearer header is the only channel', async () => {
    const exchange = await api.request('POST', '/api/commands/startConversation', {
      body: JSON.stringify({ session: patient }),
    });
    expect(exchange.status).toBe(401);
  });

  test('a body over the limit is refused unread with 413', async () => {
    const exchange = await api.request('POST', '/api/commands/sendMessage', {
      body: JSON.stringify({ text: 'x'.repeat(2 << 20) }),
      headers: { session: patient },
    });
    expect(exchange.status).toBe(413);
  });

  test('the outbox over HTTP: read, ack, and a bad position', async () => {
    const read = await api.notificationsAfter(patient);
    expect(read.ok && read.value.latest).toBe(0);
    const ack = await api.ack(patient, 3);
    expect(!ack.ok && ack.error.code).toBe('invalid_state');
    const bad = await api.request('GET', '/api/notifications?after=-1', {
      headers: { session: patient },
    });
    expect(bad.status).toBe(400);
    expect((await api.request('GET', '/api/notifications')).status).toBe(401);
  });
});
