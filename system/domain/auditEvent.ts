import { z } from 'zod';

/** What an audited command did, as FHIR AuditEvent.action: create, read, update, delete, execute. */
export const AuditAction = z.enum(['C', 'R', 'U', 'D', 'E']);
export type AuditAction = z.infer<typeof AuditAction>;

/**
 * How a command ended, after FHIR AuditEvent.outcome: 0 success (accepted), 4 minor failure
 * (refused by a domain rule or bad input), 8 serious failure (denied by access control).
 */
export const AuditOutcome = z.discriminatedUnion('label', [
  z.object({ code: z.literal('0'), label: z.literal('accepted'), detail: z.null() }),
  z.object({ code: z.literal('4'), label: z.literal('failed'), detail: z.string() }),
  z.object({ code: z.literal('8'), label: z.literal('denied'), detail: z.string() }),
]);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

/**
 * One entry of the tamper-evident audit log, shaped after FHIR AuditEvent. `hash` is the
 * sha256 of `prevHash` and every other field in a fixed order (see hashAuditEvent), so each
 * entry seals the whole log before it.
 */
export const AuditEvent = z.object({
  seq: z.number().int().positive(),
  id: z.string().min(1),
  type: z.literal('command'),
  subtype: z.string().min(1),
  action: AuditAction,
  recorded: z.number().int(),
  agent: z.object({ who: z.string().min(1), role: z.string().min(1) }),
  entity: z.object({ what: z.string().min(1) }),
  outcome: AuditOutcome,
  correlationId: z.string().min(1),
  /** Set when access broke the glass (HL7 purpose of use "BTG"), with the reason given. */
  purposeOfUse: z.object({ code: z.literal('BTG'), reason: z.string().min(1) }).nullable(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

/** The hash that precedes the first event. */
export const GENESIS_HASH = '0'.repeat(64);
