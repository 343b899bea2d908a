import { check } from '../../harness/InvariantViolation.js';
import type { ClinicNotice } from '../../models/clinicNotices.js';
import { CLINIC_ROSTER } from '../../models/clinicRoster.js';
import type { System } from '../../system/index.js';
import { decidedAdvice } from './decidedAdvice.js';
import type { ClinicMemory } from './runClinicTrace.js';

/** The invariant a missing or unexpected notification of a kind breaks. */
const INVARIANT: Record<string, string> = {
  'escalation.raised': '5',
  'escalation.reEscalated': '5',
  'escalation.acknowledged': '5',
  'escalation.resolved': '5',
  'escalation.lowered': '6',
  'case.created': '7',
  'case.decided': '9',
};

/** The body fields the dashboards and the patient app read, by kind. */
const FIELDS: Record<string, readonly string[]> = {
  'escalation.raised': ['escalationId', 'acuity', 'ackDeadline'],
  'escalation.reEscalated': ['escalationId', 'acuity', 'ackDeadline'],
  'escalation.acknowledged': ['escalationId', 'acknowledgedBy', 'acknowledgedByName'],
  'escalation.resolved': ['escalationId'],
  'escalation.lowered': ['escalationId', 'acuity'],
  'case.created': ['caseId', 'acuity'],
  'case.decided': ['caseId', 'advice'],
};

/**
 * Reads each actor's outbox as a run goes and checks that every step sent exactly the
 * notifications the model says (`clinicNotices`), to exactly the actors it says, each with the
 * kind, the body fields and the time the model expects. Extra body fields are allowed; extra,
 * missing or misaddressed notifications are not.
 */
export class ClinicOutbox {
  readonly #seen: number[];
  #total: number;

  private constructor(seen: number[], total: number) {
    this.#seen = seen;
    this.#total = total;
  }

  /** Starts reading after what the actors' outboxes already hold. */
  static open(system: System, memory: Pick<ClinicMemory, 'actors'>): ClinicOutbox {
    const seen = memory.actors.map((a) => {
      const page = system.notificationsAfter(a.session, 0, 1);
      if (!page.ok) throw new Error(`setup: no outbox for ${a.userId}`);
      return page.value.latest;
    });
    return new ClinicOutbox(seen, system.counts().notifications);
  }

  /**
   * Checks what step `i` added to the outboxes against `expected`; `start` is the system time
   * the model's time 0 stands for, `now` the model's time after the step.
   */
  check(
    system: System,
    expected: readonly ClinicNotice[],
    memory: ClinicMemory,
    { start, now }: { start: number; now: number },
    i: number,
  ): void {
    const total = system.counts().notifications;
    const sent = total - this.#total;
    this.#total = total;
    // Why not every outbox: when as many were sent as expected, any sent amiss leaves an
    // expected recipient short, so reading the expected recipients' outboxes is enough.
    const recipients = new Set(expected.map((n) => n.to));
    if (sent === expected.length && recipients.size === 0) return;
    memory.actors.forEach((actor, a) => {
      if (sent === expected.length && !recipients.has(a)) return;
      const page = system.notificationsAfter(actor.session, this.#seen[a]!);
      check(page.ok, 'model', i, () => `cannot read the outbox of ${CLINIC_ROSTER[a]?.name}`);
      const { notifications, latest } = page.value;
      this.#seen[a] = latest;
      // Each notification as its kind, time and the body fields of its kind, in a fixed order.
      const got = notifications.map((n) => {
        const body = (n.body ?? {}) as Record<string, unknown>;
        const fields = (FIELDS[n.kind] ?? []).map((f) => [f, body[f] ?? null]);
        return JSON.stringify({ kind: n.kind, at: n.createdAt, ...Object.fromEntries(fields) });
      });
      const want = expected
        .filter((n) => n.to === a)
        .map((n) => JSON.stringify({ kind: n.kind, at: start + now, ...bodyOf(n, memory, start) }));
      const missing = difference(want, got);
      const extra = difference(got, want);
      const wrong = missing[0] ?? extra[0];
      check(
        wrong === undefined,
        INVARIANT[(JSON.parse(wrong ?? '{}') as { kind?: string }).kind ?? ''] ?? '5',
        i,
        () => `${CLINIC_ROSTER[a]?.name} was not sent ${list(missing)} but was sent ${list(extra)}`,
        () => ({ expected: want.map((x) => JSON.parse(x)), actual: got.map((x) => JSON.parse(x)) }),
      );
    });
  }
}

/** A notice's body fields in the system's terms, in the order of `FIELDS`. */
function bodyOf(n: ClinicNotice, memory: ClinicMemory, start: number): Record<string, unknown> {
  switch (n.kind) {
    case 'escalation.raised':
    case 'escalation.reEscalated':
      return {
        escalationId: memory.escalations[n.escalation],
        acuity: n.acuity,
        ackDeadline: start + n.ackDeadline,
      };
    case 'escalation.acknowledged':
      return {
        escalationId: memory.escalations[n.escalation],
        acknowledgedBy: memory.actors[n.by]?.userId,
        acknowledgedByName: CLINIC_ROSTER[n.by]?.name,
      };
    case 'escalation.resolved':
      return { escalationId: memory.escalations[n.escalation] };
    case 'escalation.lowered':
      return { escalationId: memory.escalations[n.escalation], acuity: n.acuity };
    case 'case.created':
      return { caseId: memory.cases[n.case], acuity: n.acuity };
    case 'case.decided':
      return { caseId: memory.cases[n.case], advice: decidedAdvice(n.decision) };
  }
}

const list = (items: readonly string[]): string => `[${items.join(', ')}]`;

/** The items of `a` not matched one for one in `b`. */
function difference(a: readonly string[], b: readonly string[]): string[] {
  const left = [...b];
  return a.filter((x) => {
    const k = left.indexOf(x);
    if (k === -1) return true;
    left.splice(k, 1);
    return false;
  });
}
