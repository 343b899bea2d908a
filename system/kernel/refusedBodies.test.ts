import { expect, test } from 'vitest';
import { createSystem, openSqliteStore, type Store, StoreUnavailable } from '../index.js';

// Why every shape: the boundary must refuse what is not a command object at all, not only
// commands with a wrong field, and audit it without reading fields from it.
test('a body that is not a command object is refused as invalid and audited as unknown', async () => {
  const system = createSystem({ seed: 1 });
  for (const body of [null, 42, 'sendMessage', [], true]) {
    const answer = await system.executeUnknown(body);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_command' } });
    expect(system.lastAuditEvent()).toMatchObject({
      subtype: 'unknown',
      outcome: { label: 'failed' },
      correlationId: answer.correlationId,
    });
  }
});

// Why: a refusal is audited too, so a store that fails while auditing it must answer
// `unavailable` like any other command, not throw at the caller.
test('a refusal the store cannot audit is answered unavailable', async () => {
  const store = openSqliteStore(':memory:');
  const failing = new Proxy(store, {
    get(target, name, receiver) {
      if (name === 'appendAudit')
        return () => {
          throw new StoreUnavailable('disk full');
        };
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as Store;
  const system = createSystem({ seed: 1, store: failing });
  const answer = await system.execute({ type: 'signOut', session: 'sess_nonesuch' });
  expect(answer).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  expect(answer).not.toHaveProperty('emergencyAdvice');
});
