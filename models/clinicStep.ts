import { z } from 'zod';

/** What kind of message a patient sends in the clinic world (each has a fixed text). */
export const MessageKind = z.enum(['emergency1', 'emergency2', 'review', 'routine']);
export type MessageKind = z.infer<typeof MessageKind>;

const index = z.number().int().min(0);

/**
 * The index a step gives an escalation or case that was never raised (no trace raises so
 * many), to see it refused as not found. Any index past the last one raised is judged so.
 */
export const NEVER_RAISED = 99;

/**
 * One step of a clinic-world trace. Actors, escalations and cases are named by their index in
 * the run (a0, e0, k0), never by system ids, so a stored trace replays on a new system. An
 * index past the last escalation or case raised so far names one that does not exist.
 */
export const ClinicStep = z.discriminatedUnion('type', [
  z.object({ type: z.literal('SEND'), patient: index, kind: MessageKind }),
  z.object({ type: z.literal('READ_HISTORY'), patient: index }),
  z.object({
    type: z.literal('READ_QUEUE'),
    actor: index,
    /** Filters: one case status, one acuity, one assignee (by roster index); null shows all. */
    status: z.enum(['pending', 'claimed', 'approved', 'rejected', 'modified']).nullable(),
    acuity: z.number().int().min(1).max(5).nullable(),
    assignee: index.nullable(),
  }),
  z.object({ type: z.literal('READ_CASE'), actor: index, case: index }),
  z.object({ type: z.literal('ACKNOWLEDGE'), actor: index, escalation: index }),
  z.object({ type: z.literal('RESOLVE'), actor: index, escalation: index }),
  z.object({
    type: z.literal('DEESCALATE'),
    actor: index,
    escalation: index,
    acuity: z.number().int().min(1).max(5),
  }),
  z.object({ type: z.literal('CLAIM'), actor: index, case: index }),
  z.object({ type: z.literal('RELEASE'), actor: index, case: index }),
  z.object({ type: z.literal('REASSIGN'), actor: index, case: index, to: index }),
  z.object({
    type: z.literal('DECIDE'),
    actor: index,
    case: index,
    outcome: z.enum(['approve', 'reject', 'modify']),
    breakGlass: z.boolean(),
    advice: z.boolean(),
  }),
  z.object({ type: z.literal('ADVANCE_CLOCK'), ms: z.number().int().min(0) }),
  /** A nurse reads the patient's conversation behind a case (k) or an escalation (e). */
  z.object({
    type: z.literal('READ_CONVERSATION'),
    actor: index,
    about: z.enum(['case', 'escalation']),
    index,
  }),
  z.object({ type: z.literal('READ_ESCALATIONS'), actor: index }),
  z.object({ type: z.literal('LIST_STAFF'), actor: index }),
  z.object({ type: z.literal('LIST_CONVERSATIONS'), patient: index }),
]);
export type ClinicStep = z.infer<typeof ClinicStep>;
