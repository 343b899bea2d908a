import { describe, expect, test } from 'vitest';
import { createSystem, type System, seededIds, VirtualClock } from '../system/index.js';
import {
  signUpPatient,
  signUpStaff,
  TEST_BOOTSTRAP_TOKEN,
  TEST_PASSWORD_COST,
} from './support/signUp.js';

const EMERGENCY = "I can't breathe and my lips are turning blue";

/** A nurse, a patient, and a way to send the nurse one notification. */
async function clinic(retention: { maxAgeMs?: number; maxPerRecipient?: number }) {
  const clock = new VirtualClock();
  const system: System = createSystem({
    clock,
    ids: seededIds(9),
    config: { passwordCost: TEST_PASSWORD_COST, sessionTtlMs: 365 * 86_400_000 },
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
    retention,
  });
  const [nurse] = await signUpStaff(system, [{ name: 'n0', role: 'nurse' }]);
  const patient = await signUpPatient(system, 'p0');
  const notify = async () => {
    const c = await system.execute({ type: 'startConversation', session: patient.session });
    if (!c.ok) throw new Error('no conversation');
    const conversationId = c.value.conversationId;
    await system.execute({
      type: 'sendMessage',
      session: patient.session,
      conversationId,
      text: EMERGENCY,
    });
  };
  return { system, clock, nurse: nurse!.session, notify };
}

describe('outbox delivery and retention', () => {
  test('retention keeps the newest M, and always the last, so sequence numbers go on', async () => {
    const { system, clock, nurse, notify } = await clinic({ maxAgeMs: 1000, maxPerRecipient: 2 });
    for (let i = 0; i < 4; i++) await notify();
    expect(system.pruneNotifications()).toBe(2);
    clock.advance(5000);
    expect(system.pruneNotifications()).toBe(1);
    await notify();
    const page = system.notificationsAfter(nurse, 4);
    expect(page.ok && page.value.notifications.map((n) => n.seq)).toEqual([5]);
  });

  test('a position before what retention kept, or past the end, is a resync', async () => {
    const { system, nurse, notify } = await clinic({ maxPerRecipient: 1 });
    for (let i = 0; i < 3; i++) await notify();
    system.pruneNotifications();
    const behind = system.notificationsAfter(nurse, 1);
    expect(behind.ok && behind.value.resync).toEqual({ after: 1, firstAvailable: 3 });
    const ahead = system.notificationsAfter(nurse, 9);
    expect(ahead.ok && ahead.value.resync).toEqual({ after: 9, firstAvailable: 3 });
    const current = system.notificationsAfter(nurse, 2);
    expect(current.ok && current.value.notifications.map((n) => n.seq)).toEqual([3]);
  });

  test('acks never move back, never past the end, and need a live session', async () => {
    const { system, nurse, notify } = await clinic({});
    await notify();
    await notify();
    expect(system.ackNotifications(nurse, 2)).toEqual({ ok: true, value: { acked: 2 } });
    expect(system.ackNotifications(nurse, 1)).toEqual({ ok: true, value: { acked: 2 } });
    expect(system.ackNotifications(nurse, 3).ok).toBe(false);
    expect(system.ackNotifications('tok_forged', 1)).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    const page = system.notificationsAfter(nurse, null);
    expect(page.ok && page.value.acked).toBe(2);
  });

  test('onCommit hears of committed notifications only', async () => {
    const heard: string[][] = [];
    const system = createSystem({
      ids: seededIds(9),
      config: { passwordCost: TEST_PASSWORD_COST },
      bootstrapToken: TEST_BOOTSTRAP_TOKEN,
      onCommit: (r) => heard.push([...r]),
    });
    const [nurse] = await signUpStaff(system, [{ name: 'n0', role: 'nurse' }]);
    const patient = await signUpPatient(system, 'p0');
    expect(heard).toEqual([]);
    const c = await system.execute({ type: 'startConversation', session: patient.session });
    const conversationId = c.ok ? c.value.conversationId : '';
    await system.execute({
      type: 'sendMessage',
      session: patient.session,
      conversationId,
      text: EMERGENCY,
    });
    expect(heard).toEqual([[nurse!.userId]]);
  });
});
