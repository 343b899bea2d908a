import net from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { type OperationsRig, startOperationsRig } from '../operations/operationsRig.js';
import { createLogger } from './createLogger.js';

const lines: string[] = [];
let rig: OperationsRig;
beforeAll(async () => {
  rig = await startOperationsRig({
    logger: createLogger({ write: (line: string) => void lines.push(line) }),
  });
});
afterAll(() => rig.close());

const post = (path: string, body: unknown, session?: string) =>
  fetch(`${rig.server.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(session === undefined ? {} : { authorization: `Bearer ${session}` }),
    },
    body: JSON.stringify(body),
  }).then(async (r) => ({
    status: r.status,
    body: (await r.json()) as { value: Record<string, string> },
  }));

// Why a marker: a generated secret must not match a field name or a fixed word by chance.
const secret = fc.stringMatching(/^[a-z]{4,10}$/).map((s) => `zq${s}`);
const trace = fc.record({
  name: secret,
  password: secret,
  texts: fc.array(fc.tuple(secret, fc.constantFrom('', 'my chest hurts and I am sweating ')), {
    minLength: 1,
    maxLength: 3,
  }),
  badToken: secret,
  strayType: secret,
});

test('no log line carries a name, a message, a password, a token or an id from generated traffic', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(trace, async (t) => {
      lines.length = 0;
      const username = `${t.name}.${run++}`;
      const secrets = [t.name, t.password, t.badToken, t.strayType];
      await post('/api/commands/registerPatient', {
        username,
        password: `${t.password}-pw`,
        displayName: `${t.name} Smith`,
      });
      const signedIn = await post('/api/commands/signIn', {
        username,
        password: `${t.password}-pw`,
      });
      const session = signedIn.body.value.session!;
      const started = await post('/api/commands/startConversation', {}, session);
      const conversationId = started.body.value.conversationId!;
      for (const [word, prefix] of t.texts) {
        secrets.push(word);
        await post(
          '/api/commands/sendMessage',
          { conversationId, text: `${prefix}${word}` },
          session,
        );
      }
      await post('/api/commands/readHistory', { conversationId }, t.badToken);
      await post(`/api/commands/${t.strayType}?q=${t.name}`, { text: t.name }, session);
      await fetch(`${rig.server.url}/chat/${t.name}`);
      secrets.push(session, conversationId, signedIn.body.value.userId!);
      expect(lines.length).toBe(6 + t.texts.length);
      for (const line of lines) {
        const parsed = JSON.parse(line) as Record<string, unknown>;
        expect(parsed.msg).toBe('request');
        for (const s of secrets) expect(line).not.toContain(s);
      }
    }),
    { numRuns: 15, seed: 21 },
  );
});

test('one line per request: route, command, status, duration and correlation id', async () => {
  lines.length = 0;
  const answer = await fetch(`${rig.server.url}/api/commands/signIn`, {
    method: 'POST',
    headers: { 'x-correlation-id': 'corr-ops-1', 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'nobody', password: 'wrong-password' }),
  });
  expect(answer.status).toBe(401);
  expect(lines).toHaveLength(1);
  expect(JSON.parse(lines[0]!)).toEqual({
    level: 'info',
    time: expect.any(String),
    service: 'medassist',
    msg: 'request',
    method: 'POST',
    route: '/api/commands/:type',
    command: 'signIn',
    status: 401,
    durationMs: expect.any(Number),
    correlationId: 'corr-ops-1',
  });
});

// Why this test? An aborted upload used to print an 8-line stack trace for a closed tab.
test('an upload the client aborts is one line at info, with no stack', async () => {
  lines.length = 0;
  await new Promise<void>((resolve) => {
    const socket = net.connect(rig.server.port, '127.0.0.1', () => {
      socket.write(
        'POST /api/commands/sendMessage HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n{"text":"he',
      );
      setTimeout(() => socket.destroy(), 50);
    });
    socket.on('close', () => resolve());
  });
  await expect.poll(() => lines.length).toBe(1);
  const line = JSON.parse(lines[0]!) as Record<string, unknown>;
  expect(line).toMatchObject({ level: 'info', msg: 'upload aborted', command: 'sendMessage' });
  expect(line).not.toHaveProperty('err');
});

test('a request that throws is logged once, at error level, with its stack', async () => {
  lines.length = 0;
  // A store gone from under the server: an exception, not a refusal the system answers.
  rig.store.db.close();
  const answer = await fetch(`${rig.server.url}/api/commands/signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'nobody', password: 'wrong-password' }),
  });
  expect(answer.status).toBe(500);
  expect(lines).toHaveLength(1);
  const line = JSON.parse(lines[0]!) as { level: string; msg: string; err: { stack: string } };
  expect(line).toMatchObject({ level: 'error', msg: 'request failed', status: 500 });
  expect(line.err.stack).toMatch(/database connection is not open/);
});
