import { expect, test } from 'vitest';
import { createSystem, openSqliteStore, type Store } from '../index.js';

const COST = { passwordCost: { N: 16, r: 1, p: 1 } };

/** A store whose `method` throws a programming error (not the store being unavailable). */
function brokenAt(method: keyof Store): Store {
  const store = openSqliteStore(':memory:');
  return new Proxy(store, {
    get(target, name, receiver) {
      if (name === method)
        return () => {
          throw new TypeError(`bug in ${String(name)}`);
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
