import { describe, expect, test } from 'vitest';
import { createSystem, type System, seededIds, VirtualClock } from '../system/index.js';
import { CLINIC_TEXTS } from './support/clinicTexts.js';
import {
  signUpPatient,
  signUpStaff,
  TEST_BOOTSTRAP_TOKEN,
  TEST_PASSWORD_COST,
} from './support/signUp.js';

// Stated here, not read from the system: the clinic's rule for how long a case may wait
// (the Manchester Triage System's longest waits: urgent 60 min).
const URGENT_REVIEW_MS = 60 * 60_000;

/** Two units: a ward's nurse and patient, the emergency department's nurse and patient. */
async function twoUnits() {
  const clock = new VirtualClock();
  const system: System = createSystem({
    clock,
    ids: seededIds(20),
    config: { passwordCost: TEST_PASSWORD_COST, sessionTtlMs: 365 * 86_400_000 },
    bootstrapToken: TEST_BOOTSTRAP_TOKEN,
  });
  const [ward, ed] = await signUpStaff(system, [
    { name: 'wanda', role: 'nurse', unit: 'ward-7' },
    { name: 'eddie', role: 'charge_nurse', unit: 'ed' },
  ]);
  // The virtual clock starts on 1 January 2026: born 2 January 1958, the patient is 67.
  const wardPatient = await signUpPatient(system, 'wp', {
    unit: 'ward-7',
    birthDate: '1958-01-02',
  });
  const edPatient = await signUpPatient(system, 'ep', { unit: 'ed' });
  const say = async (session: string, text: string) => {
    const c = await system.execute({ type: 'startConversation', session });
    if (!c.ok) throw new Error('no conversation');
    const sent = await system.execute({
      type: 'sendMessage',
      session,
      conversationId: c.value.conversationId,
      text,
    });
    if (!sent.ok) throw new Error('not sent');
    return sent.value;
  };
  return { system, clock, ward: ward!, ed: ed!, wardPatient, edPatient, say };
}

describe('units: a nurse sees and reads the patients of their own unit', () => {
  test("the queue and the board list only the unit's patients, with the age when known and each case's due time", async () => {
    const { system, clock, ward, ed, wardPatient, say } = await twoUnits();
    const start = clock.now();
    const review = await say(wardPatient.session, CLINIC_TEXTS.review);
    await say(wardPatient.session, CLINIC_TEXTS.emergency2);
    const queue = await system.execute({ type: 'readQueue', session: ward.session, limit: 10 });
    if (!queue.ok) throw new Error('no queue');
    expect(queue.value.cases.map((c) => c.id)).toEqual([review.caseId]);
    expect(queue.value.ages).toEqual({ [wardPatient.userId]: 67 });
    expect(queue.value.due).toEqual({ [review.caseId!]: start + URGENT_REVIEW_MS });
    const board = await system.execute({ type: 'readEscalations', session: ward.session });
    expect(board.ok && board.value.escalations.length).toBe(1);
    expect(board.ok && board.value.ages).toEqual({ [wardPatient.userId]: 67 });

    // The emergency department's charge nurse sees neither, and was told of neither.
    const other = await system.execute({ type: 'readQueue', session: ed.session, limit: 10 });
    expect(other.ok && other.value.cases).toEqual([]);
    const otherBoard = await system.execute({ type: 'readEscalations', session: ed.session });
    expect(otherBoard.ok && otherBoard.value.escalations).toEqual([]);
    const told = system.notificationsAfter(ed.session, 0);
    expect(told.ok && told.value.notifications).toEqual([]);
    const staff = await system.execute({ type: 'listStaff', session: ward.session });
    expect(staff.ok && staff.value.staff.map((s) => s.name)).toEqual(['wanda']);
  });

  test("a nurse of another unit is refused the patient's conversation and case, audited as a denied read of the record", async () => {
    const { system, ward, ed, wardPatient, edPatient, say } = await twoUnits();
    const review = await say(wardPatient.session, CLINIC_TEXTS.review);
    const caseId = review.caseId!;
    const mine = await system.execute({
      type: 'readConversation',
      session: ward.session,
      about: { caseId },
    });
    expect(mine.ok && mine.value.patient).toEqual({ id: wardPatient.userId, name: 'wp', age: 67 });
    const before = system.counts().auditEvents;
    const refused = await system.execute({
      type: 'readConversation',
      session: ed.session,
      about: { caseId },
    });
    expect(refused.ok ? null : refused.error.code).toBe('forbidden');
    const caseRead = await system.execute({ type: 'readCase', session: ed.session, caseId });
    expect(caseRead.ok ? null : caseRead.error.code).toBe('forbidden');
    const events = [...system.auditLog()].slice(before);
    expect(events.map((e) => [e.entity.what, e.outcome.label])).toEqual([
      [`Patient/${wardPatient.userId}`, 'denied'],
      [`Patient/${wardPatient.userId}`, 'denied'],
    ]);
    // Their own unit's patient, who gave no date of birth: read, age unknown.
    const own = await say(edPatient.session, CLINIC_TEXTS.review);
    const theirs = await system.execute({
      type: 'readCase',
      session: ed.session,
      caseId: own.caseId!,
    });
    expect(theirs.ok && theirs.value.age).toBe(null);
  });

  test("a nurse of another unit is refused every change to the unit's case and emergency, audited as a denial", async () => {
    const { system, ward, ed, wardPatient, say } = await twoUnits();
    const review = await say(wardPatient.session, CLINIC_TEXTS.review);
    const emergency = await say(wardPatient.session, CLINIC_TEXTS.emergency2);
    const caseId = review.caseId!;
    const escalationId = emergency.escalationId!;
    const before = system.counts().auditEvents;
    const tries = [
      await system.execute({ type: 'claimCase', session: ed.session, caseId }),
      await system.execute({ type: 'reassignCase', session: ed.session, caseId, to: ed.userId }),
      await system.execute({ type: 'acknowledgeEscalation', session: ed.session, escalationId }),
      await system.execute({
        type: 'deescalate',
        session: ed.session,
        escalationId,
        acuity: 3,
        reason: 'seen it',
      }),
    ];
    expect(tries.map((t) => (t.ok ? 'ok' : t.error.code))).toEqual([
      'forbidden',
      'forbidden',
      'forbidden',
      'forbidden',
    ]);
    const events = [...system.auditLog()].slice(before);
    expect(events.map((e) => [e.entity.what, e.outcome.label])).toEqual([
      [`Case/${caseId}`, 'denied'],
      [`Case/${caseId}`, 'denied'],
      [`Escalation/${escalationId}`, 'denied'],
      [`Escalation/${escalationId}`, 'denied'],
    ]);
    // The unit's own nurse acts; a charge nurse cannot hand the case to another unit's nurse.
    const ack = await system.execute({
      type: 'acknowledgeEscalation',
      session: ward.session,
      escalationId,
    });
    expect(ack.ok).toBe(true);
    const claimed = await system.execute({ type: 'claimCase', session: ward.session, caseId });
    expect(claimed.ok).toBe(true);
    const resolve = await system.execute({
      type: 'resolveEscalation',
      session: ed.session,
      escalationId,
      note: 'called the patient',
    });
    expect(resolve.ok ? null : resolve.error.code).toBe('forbidden');
  });
});
