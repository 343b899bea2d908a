import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../properties/support/rawHttp.js';
import { createSystem } from '../system/index.js';
import { MedAssistClient } from './client/MedAssistClient.js';
import { startTestServer, type TestServer } from './startTestServer.js';

let t: TestServer;
let session: string;
let conversationId: string;
beforeAll(async () => {
  t = await startTestServer();
  const api = new MedAssistClient(t.server.url);
  const pat = { username: 'pat', password: 'pat-password' };
  await api.execute({ type: 'registerPatient', ...pat, displayName: 'P' });
  const signedIn = await api.execute({ type: 'signIn', ...pat });
  session = signedIn.ok ? signedIn.value.session : '';
  const started = await api.execute({ type: 'startConversation', session });
  conversationId = started.ok ? started.value.conversationId : '';
  api.close();
});
afterAll(() => t.close());

const HOSTILE_NAMES = [
  'Ann\u0000',
  'Ann\u0007Lee',
  'Ann\nLee',
  'Ann\tLee',
  'Ann\u0085',
  'Ann\uD800',
  '\uDC00Ann',
  'Dr. \u202EnnA',
  'Ann \u2066Lee\u2069',
];

describe('display names and free text are validated like messages', () => {
  it('D12: a display name with NUL, a control, a lone surrogate or a bidi override is refused, never stored', async () => {
    const system = createSystem({ seed: 1, config: { passwordCost: { N: 16, r: 1, p: 1 } } });
    for (const [i, displayName] of HOSTILE_NAMES.entries()) {
      const answer = await system.execute({
        type: 'registerPatient',
        username: `pat${i}`,
        password: 'pat-password',
        displayName,
      });
      expect(answer.ok, JSON.stringify(displayName)).toBe(false);
      if (!answer.ok && answer.error.code === 'invalid_command')
        expect(answer.error.issues.map((x) => x.path)).toEqual(['displayName']);
    }
    expect(system.counts().users).toBe(0);
    for (const displayName of ['Ann Lee', 'Zoë Ó Súilleabháin', 'محمد\u200F', '李雷', 'Ann 👩🏽‍⚕️'])
      expect(
        (
          await system.execute({
            type: 'registerPatient',
            username: `ok${system.counts().users}`,
            password: 'pat-password',
            displayName,
          })
        ).ok,
        displayName,
      ).toBe(true);
  });

  it('D12: a body that is not valid UTF-8 is refused 400 invalid_encoding and audited, never stored with replacement characters', async () => {
    const before = t.system.counts();
    const prefix = Buffer.from(`{"conversationId":"${conversationId}","text":"chest pain `);
    const body = Buffer.concat([prefix, Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]);
    const answer = await rawRequest(t.server.url, {
      path: '/api/commands/sendMessage',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session}` },
      body,
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'invalid_encoding' } });
    const after = t.system.counts();
    expect(after.messages).toBe(before.messages);
    expect(after.auditEvents).toBe(before.auditEvents + 1);
    expect(t.system.lastAuditEvent()).toMatchObject({
      subtype: 'sendMessage',
      outcome: { label: 'failed', detail: 'invalid_encoding' },
    });
  });

  it('D12: a reason with a bidi override is refused like a name', async () => {
    const system = createSystem({ seed: 2, config: { passwordCost: { N: 16, r: 1, p: 1 } } });
    const answer = await system.executeUnknown({
      type: 'abortRollout',
      session: 'tok_x',
      version: 'v1',
      reason: 'looks \u202Efine',
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok && answer.error.code === 'invalid_command')
      expect(answer.error.issues.map((x) => x.path)).toContain('reason');
  });
});
