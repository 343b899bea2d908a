import { expect, test } from 'vitest';
import { createSystem, openSqliteStore, type Store, StoreUnavailable } from '../index.js';

const COST = { passwordCost: { N: 16, r: 1, p: 1 } };

/** A store whose `method` throws: by default a programming error, not the store failing. */
function brokenAt(
  method: keyof Store,
  error: (name: string) => Error = (name) => new TypeError(`bug in ${name}`),
): Store {
  const store = openSqliteStore(':memory:');
  return new Proxy(store, {
    get(target, name, receiver) {
      if (name === method)
        return () => {
          throw error(String(name));
        };
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

// Why: `unavailable` tells a client to retry later; a bug answered that way would be retried
// forever and never seen. Only the store failing may be answered so.
test('a bug while committing a command surfaces as an error, not as `unavailable`', async () => {
  const system = createSystem({ seed: 1, config: COST, store: brokenAt('insertUser') });
  await expect(
    system.execute({
      type: 'registerPatient',
      username: 'ada',
      password: 'ada-pw-1',
      displayName: 'Ada',
    }),
  ).rejects.toThrow(/bug in insertUser/);
});

test('a bug while refusing a malformed command surfaces as an error too', async () => {
  const system = createSystem({ seed: 1, config: COST, store: brokenAt('appendAudit') });
  await expect(system.executeUnknown({ type: 'noSuchCommand' })).rejects.toThrow(
    /bug in appendAudit/,
  );
});

// Why: a refusal is audited too, so a store that fails while auditing it must answer
// `unavailable` like any other command, not throw at the caller.
test('a refusal the store cannot audit is answered unavailable', async () => {
  const failing = brokenAt('appendAudit', () => new StoreUnavailable('disk full'));
  const system = createSystem({ seed: 1, store: failing });
  const answer = await system.execute({ type: 'signOut', session: 'sess_nonesuch' });
  expect(answer).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  expect(answer).not.toHaveProperty('emergencyAdvice');
});
