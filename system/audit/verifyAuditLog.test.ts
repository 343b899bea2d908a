import { describe, expect, test } from 'vitest';
import { createSystem } from '../index.js';
import { openSqliteStore, type SqliteStore } from '../store/openSqliteStore.js';

/** A system with a few audited commands, and the raw rows to tamper with. */
async function auditedSystem(): Promise<{
  store: SqliteStore;
  system: ReturnType<typeof createSystem>;
}> {
  const store = openSqliteStore(':memory:');
  const system = createSystem({ store, seed: 7 });
  const patient = await system.execute({ type: 'registerPatient', displayName: 'Ada' });
  if (!patient.ok) throw new Error('setup');
  const conv = await system.execute({ type: 'startConversation', actor: patient.value.patientId });
  if (!conv.ok) throw new Error('setup');
  const conversationId = conv.value.conversationId;
  await system.execute({
    type: 'sendMessage',
    actor: patient.value.patientId,
    conversationId,
    text: 'mild cough',
  });
  await system.execute({ type: 'readHistory', actor: patient.value.patientId, conversationId });
  await system.execute({
    type: 'closeConversation',
    actor: patient.value.patientId,
    conversationId,
  });
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
