import { describe, expect, it } from 'vitest';
import { createSystem, openSqliteStore, type System, VirtualClock } from '../system/index.js';
import { ManualTimer } from './ManualTimer.js';
import { startTicking } from './startTicking.js';

const DAY = 86_400_000;

async function patientOn(system: System, name: string) {
  const credentials = { username: name, password: `${name}-password` };
  await system.execute({ type: 'registerPatient', ...credentials, displayName: name });
  const signedIn = await system.execute({ type: 'signIn', ...credentials });
  if (!signedIn.ok) throw new Error('no sign-in');
  const { session } = signedIn.value;
  const started = await system.execute({ type: 'startConversation', session });
  if (!started.ok) throw new Error('no conversation');
  return { session, conversationId: started.value.conversationId };
}

function world() {
  const store = openSqliteStore(':memory:');
  const clock = new VirtualClock();
  const system = createSystem({
    store,
    clock,
    seed: 3,
    config: { passwordCost: { N: 16, r: 1, p: 1 }, sessionTtlMs: 30 * 60_000 },
  });
  const timer = new ManualTimer();
  startTicking(system, timer);
  const rows = (table: string) =>
    store.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return { store, clock, system, timer, rows };
}

describe('retention of idempotency answers and sessions', () => {
  it('D8: 200 history reads with fresh keys are kept a day, then deleted by the scheduler; a retry after that runs afresh', async () => {
    const { clock, system, timer, rows } = world();
    const pat = await patientOn(system, 'pat');
    for (let i = 0; i < 200; i++)
      await system.execute({ type: 'readHistory', ...pat, idempotencyKey: `k-${i}` });
    expect(rows('idempotency')).toBe(200);
    clock.advance(DAY - 1);
    await timer.fire();
    expect(rows('idempotency')).toBe(200);
    // The patient's session would have expired by now; sign in again to retry.
    clock.advance(2);
    await timer.fire();
    expect(rows('idempotency')).toBe(0);
    const again = await system.execute({
      type: 'signIn',
      username: 'pat',
      password: 'pat-password',
    });
    if (!again.ok) throw new Error('no sign-in');
    const before = system.counts().auditEvents;
    await system.execute({
      type: 'readHistory',
      session: again.value.session,
      conversationId: pat.conversationId,
      idempotencyKey: 'k-0',
    });
    expect(system.counts().auditEvents).toBe(before + 1);
  });

  it('D8: sessions that expired or ended more than a day ago are deleted; live ones stay', async () => {
    const { clock, system, timer, rows } = world();
    const ended = await patientOn(system, 'ada');
    await system.execute({ type: 'signOut', session: ended.session });
    await patientOn(system, 'bob');
    expect(rows('sessions')).toBe(2);
    clock.advance(DAY + 30 * 60_000 - 1);
    await timer.fire();
    expect(rows('sessions')).toBe(1);
    const cy = await patientOn(system, 'cyd');
    clock.advance(2);
    await timer.fire();
    expect(rows('sessions')).toBe(1);
    const read = await system.execute({ type: 'readHistory', ...cy });
    expect(read.ok).toBe(true);
  });
});

describe('the timers write no audit event when nothing is due', () => {
  it('D14: a thousand idle ticks append no audit event; a tick that re-escalates appends one', async () => {
    const { clock, system, timer } = world();
    const pat = await patientOn(system, 'pat');
    const before = system.counts().auditEvents;
    for (let i = 0; i < 1000; i++) {
      clock.advance(1000);
      await timer.fire();
    }
    expect(system.counts().auditEvents).toBe(before);
    const sent = await system.execute({
      type: 'sendMessage',
      ...pat,
      text: "I can't breathe and my lips are turning blue",
    });
    expect(sent.ok && sent.value.escalationId !== null).toBe(true);
    const events = system.counts().auditEvents;
    clock.advance(10 * 60_000);
    const tick = await system.tick();
    expect(tick.ok && tick.value.reEscalated.length).toBe(1);
    expect(system.counts().auditEvents).toBe(events + 1);
    expect(system.lastAuditEvent()!.subtype).toBe('runDueTimers');
  });
});
