import { z } from 'zod';

const index = z.number().int().min(0);

/** A malformed frame a client may send. */
export const GarbageKind = z.enum([
  'not-json',
  'unknown-type',
  'negative-ack',
  'future-ack',
  'hello-again',
]);
export type GarbageKind = z.infer<typeof GarbageKind>;

/**
 * One step of a real-time trace: work that notifies (emergencies, review cases, decisions,
 * SLA expiries, a command failing under a store fault) and what the network and the server
 * do to the clients (disconnect, partition, reconnect, heartbeat, garbage, restart).
 */
export const RealtimeStep = z.discriminatedUnion('type', [
  z.object({ type: z.literal('EMERGENCY'), patient: index }),
  z.object({ type: z.literal('REVIEW'), patient: index }),
  z.object({ type: z.literal('DECIDE'), case: index }),
  z.object({ type: z.literal('EXPIRE') }),
  z.object({ type: z.literal('FAULTY_EMERGENCY'), patient: index }),
  z.object({ type: z.literal('DISCONNECT'), client: index }),
  z.object({ type: z.literal('PARTITION'), client: index }),
  z.object({ type: z.literal('RECONNECT'), client: index }),
  z.object({ type: z.literal('HEARTBEAT') }),
  z.object({ type: z.literal('GARBAGE'), client: index, kind: GarbageKind }),
  z.object({ type: z.literal('RESTART') }),
]);
export type RealtimeStep = z.infer<typeof RealtimeStep>;

/** Who is in the real-time world, by index: two patients, a nurse, a charge nurse. */
export const REALTIME_ROSTER = [
  { name: 'p0', role: 'patient' },
  { name: 'p1', role: 'patient' },
  { name: 'n0', role: 'nurse' },
  { name: 'cn', role: 'charge_nurse' },
] as const;

/** The staff notified of escalations and new cases; the charge nurse of re-escalations. */
export const STAFF = [2, 3] as const;
export const CHARGE = 3;

/** The retention the real-time property runs with: small, so resyncs happen. */
export const REALTIME_RETENTION = { maxAgeMs: 60 * 60_000, maxPerRecipient: 3 };

/** How far an EXPIRE step moves the clock: past every acknowledgement SLA. */
export const EXPIRE_MS = 11 * 60_000;

/** A step as one line of a script. */
export function printRealtimeStep(step: RealtimeStep): string {
  switch (step.type) {
    case 'EMERGENCY':
    case 'REVIEW':
    case 'FAULTY_EMERGENCY':
      return `${step.type.toLowerCase()}(p${step.patient})`;
    case 'DECIDE':
      return `decide(k${step.case})`;
    case 'GARBAGE':
      return `garbage(c${step.client}, ${step.kind})`;
    case 'DISCONNECT':
    case 'PARTITION':
    case 'RECONNECT':
      return `${step.type.toLowerCase()}(c${step.client})`;
    default:
      return step.type.toLowerCase();
  }
}
