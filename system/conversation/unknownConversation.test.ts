import { expect, test } from 'vitest';
import { createSystem } from '../index.js';

const COST = { passwordCost: { N: 16, r: 1, p: 1 } };

// Why: an id that names no conversation must be told apart from one that is someone else's
// (forbidden), so a client can tell a stale link from an attempt to read another's record.
test('a conversation id no one holds is not found, for sending, reading and closing', async () => {
  const system = createSystem({ seed: 4, config: COST });
  const credentials = { username: 'ada', password: 'ada-password' };
  await system.execute({ type: 'registerPatient', ...credentials, displayName: 'Ada' });
  const signedIn = await system.execute({ type: 'signIn', ...credentials });
  if (!signedIn.ok) throw new Error('no session');
  const session = signedIn.value.session;
  const conversationId = 'conv_nonesuch';
  const notFound = {
    ok: false,
    error: { code: 'not_found', entity: `Conversation/${conversationId}` },
  };
  expect(
    await system.execute({ type: 'sendMessage', session, conversationId, text: 'I feel dizzy' }),
  ).toMatchObject(notFound);
  expect(
    await system.execute({ type: 'readHistory', session, conversationId, afterSeq: 0, limit: 5 }),
  ).toMatchObject(notFound);
  expect(
    await system.execute({ type: 'closeConversation', session, conversationId }),
  ).toMatchObject(notFound);
});
