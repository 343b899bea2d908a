import { describe, expect, test } from 'vitest';
import { createSystem } from '../index.js';
import { openSqliteStore, type SqliteStore } from '../store/openSqliteStore.js';

/** A system with a few audited commands, and the raw rows to tamper with. */
async function auditedSystem(): Promise<{
  store: SqliteStore;
  system: ReturnType<typeof createSystem>;
}> {
  const store = openSqliteStore(':memory:');
  const system = createSystem({ store, seed: 7, config: { passwordCost: { N: 16, r: 1, p: 1 } } });
  const credentials = { username: 'ada', password: 'correct horse' };
  await system.execute({ type: 'registerPatient', ...credentials, displayName: 'Ada' });
  const signedIn = await system.execute({ type: 'signIn', ...credentials });
  if (!signedIn.ok) throw new Error('setup');
  const { session } = signedIn.value;
  const conv = await system.execute({ type: 'startConversation', session });
  if (!conv.ok) throw new Error('setup');
  const conversationId = conv.value.conversationId;
  await system.execute({ type: 'sendMessage', session, conversationId, text: 'mild cough' });
  await system.execute({ type: 'readHistory', session, conversationId });
  return { store, system };
}

const body = (store: SqliteStore, seq: number) =>
  store.db.prepare('SELECT body FROM audit_events WHERE seq = ?').pluck().get(seq) as string;

describe('the audit log is tamper-evident (invariant 18)', () => {
  test('an untouched log verifies', async () => {
    const { system } = await auditedSystem();
    expect(system.verifyAudit()).toMatchObject({ ok: true, length: 5 });
  });

  test('an edited event is detected', async () => {
    const { store, system } = await auditedSystem();
    const edited = body(store, 3).replace('"accepted"', '"denied"');
    store.db.prepare('UPDATE audit_events SET body = ? WHERE seq = 3').run(edited);
    expect(system.verifyAudit()).toMatchObject({ ok: false, seq: 3 });
  });

  test('a removed event is detected', async () => {
    const { store, system } = await auditedSystem();
    store.db.prepare('DELETE FROM audit_events WHERE seq = 2').run();
    expect(system.verifyAudit()).toMatchObject({ ok: false, seq: 2 });
  });

  test('a removed last event is detected by the anchor', async () => {
    const { store, system } = await auditedSystem();
    store.db.prepare('DELETE FROM audit_events WHERE seq = 5').run();
    expect(system.verifyAudit()).toMatchObject({ ok: false, seq: 5 });
  });

  test('two reordered events are detected', async () => {
    const { store, system } = await auditedSystem();
    const [b2, b3] = [body(store, 2), body(store, 3)];
    store.db.prepare('UPDATE audit_events SET body = ? WHERE seq = ?').run(b3, 2);
    store.db.prepare('UPDATE audit_events SET body = ? WHERE seq = ?').run(b2, 3);
    expect(system.verifyAudit()).toMatchObject({ ok: false, seq: 2 });
  });
});
