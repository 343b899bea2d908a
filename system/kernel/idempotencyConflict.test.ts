import { describe, expect, it } from 'vitest';
import { refusedAdviceProblem } from '../../models/triageAdvice.js';
import { createSystem, type System } from '../index.js';

const COST = { passwordCost: { N: 16, r: 1, p: 1 } };

async function patient(system: System, name: string) {
  const credentials = { username: name, password: `${name}-password` };
  await system.execute({ type: 'registerPatient', ...credentials, displayName: name });
  const signedIn = await system.execute({ type: 'signIn', ...credentials });
  if (!signedIn.ok) throw new Error('sign-in failed');
  const session = signedIn.value.session;
  const started = await system.execute({ type: 'startConversation', session });
  if (!started.ok) throw new Error('no conversation');
  return { session, conversationId: started.value.conversationId };
}

// Issue 17, D1: the same key with a chest-pain text replayed the answer to an earlier rash
// message ("book an appointment"): the emergency was neither stored nor escalated.
describe('an idempotency key names one request', () => {
  it('D1: a reused key with a different body is refused as a conflict, audited, and the emergency is not hidden', async () => {
    const system = createSystem({ seed: 1, config: COST });
    const { session, conversationId } = await patient(system, 'pat');
    const send = (text: string) =>
      system.execute({ type: 'sendMessage', session, conversationId, text, idempotencyKey: 'm-1' });
    const rash = await send('I have had a mild itchy rash on my arm for two days');
    expect(rash.ok).toBe(true);
    const before = system.counts();
    const chest = await send('crushing chest pain going down my left arm');
    expect(chest.ok).toBe(false);
    if (chest.ok) return;
    expect(chest.error).toEqual({
      code: 'idempotency_conflict',
      idempotencyKey: 'm-1',
      firstType: 'sendMessage',
    });
    // Nothing stored, nothing escalated; exactly one audit event, a failure naming the patient.
    const after = system.counts();
    expect({ ...after, auditEvents: before.auditEvents }).toEqual(before);
    expect(after.auditEvents).toBe(before.auditEvents + 1);
    const event = system.lastAuditEvent()!;
    expect(event.outcome).toMatchObject({ label: 'failed', detail: 'idempotency_conflict' });
    expect(event.agent.role).toBe('patient');
    expect(event.subtype).toBe('sendMessage');
    // The patient still hears what to do now, and that the message was not sent.
    expect(chest.emergencyAdvice).toBeDefined();
    expect(refusedAdviceProblem(chest.emergencyAdvice!)).toBeNull();
    // The key still names the first request: a retry of it is still replayed.
    const retry = await send('I have had a mild itchy rash on my arm for two days');
    expect(retry).toEqual(rash);
  });

  it('D1: a reused key on a different command type is refused as a conflict', async () => {
    const system = createSystem({ seed: 2, config: COST });
    const { session, conversationId } = await patient(system, 'pat');
    const read = await system.execute({
      type: 'readHistory',
      session,
      conversationId,
      idempotencyKey: 'k',
    });
    expect(read.ok).toBe(true);
    const closed = await system.execute({
      type: 'closeConversation',
      session,
      conversationId,
      idempotencyKey: 'k',
    });
    expect(closed.ok).toBe(false);
    if (!closed.ok)
      expect(closed.error).toMatchObject({
        code: 'idempotency_conflict',
        firstType: 'readHistory',
      });
    expect(system.counts().closedConversations).toBe(0);
  });

  it('D1: the same key with the same request replays, whatever its correlation id, field order or defaults', async () => {
    const system = createSystem({ seed: 3, config: COST });
    const { session, conversationId } = await patient(system, 'pat');
    const first = await system.execute({
      type: 'readHistory',
      session,
      conversationId,
      idempotencyKey: 'k',
      correlationId: 'c-1',
    });
    const events = system.counts().auditEvents;
    const again = await system.executeUnknown({
      limit: 20,
      afterSeq: 0,
      conversationId,
      type: 'readHistory',
      session,
      idempotencyKey: 'k',
      correlationId: 'c-2',
    });
    expect(again).toEqual(first);
    expect(system.counts().auditEvents).toBe(events);
  });

  it('D1: keys are still scoped to their user: another patient may use the same key', async () => {
    const system = createSystem({ seed: 4, config: COST });
    const ada = await patient(system, 'ada');
    const bob = await patient(system, 'bob');
    const a = await system.execute({
      type: 'sendMessage',
      ...ada,
      text: 'mild sore throat since yesterday',
      idempotencyKey: 'same',
    });
    const b = await system.execute({
      type: 'sendMessage',
      ...bob,
      text: 'a small cut on my finger',
      idempotencyKey: 'same',
    });
    expect(a.ok && b.ok).toBe(true);
  });
});
