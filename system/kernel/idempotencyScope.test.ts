import { expect, test } from 'vitest';
import { createSystem } from '../index.js';

const COST = { passwordCost: { N: 16, r: 1, p: 1 } };

// Why: an idempotency key shared by anonymous senders once let a second user's sign-in replay
// the first user's answer, session token included.
test('two users signing in with the same idempotency key each get their own session', async () => {
  const system = createSystem({ seed: 3, config: COST });
  for (const name of ['ada', 'bob'])
    await system.execute({
      type: 'registerPatient',
      username: name,
      password: `${name}-pw-1`,
      displayName: name,
    });
  const signIn = (name: string) =>
    system.execute({
      type: 'signIn',
      username: name,
      password: `${name}-pw-1`,
      idempotencyKey: 'same',
    });
  const [ada, bob] = [await signIn('ada'), await signIn('bob')];
  expect(ada.ok && bob.ok).toBe(true);
  if (!ada.ok || !bob.ok) return;
  expect(bob.value.session).not.toBe(ada.value.session);
  expect(bob.value.userId).not.toBe(ada.value.userId);
});
