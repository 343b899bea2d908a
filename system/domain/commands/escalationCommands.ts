import { z } from 'zod';
import { Acuity } from '../acuity.js';
import { EscalationId } from '../escalation.js';
import { authenticated, envelope, Reason } from './envelope.js';

/** A nurse takes an escalation on: exactly one acknowledgement wins. */
export const AcknowledgeEscalation = z.object({
  type: z.literal('acknowledgeEscalation'),
  escalationId: EscalationId,
  ...authenticated,
});

/** The acknowledging nurse (or a charge nurse) closes the escalation. */
export const ResolveEscalation = z.object({
  type: z.literal('resolveEscalation'),
  escalationId: EscalationId,
  note: Reason,
  ...authenticated,
});

/** A nurse lowers an escalation's urgency, which needs a recorded reason. */
export const Deescalate = z.object({
  type: z.literal('deescalate'),
  escalationId: EscalationId,
  acuity: Acuity,
  reason: Reason,
  ...authenticated,
});

/** Fires the timers that are due (SLA expiries); run by the system's scheduler. */
export const RunDueTimers = z.object({ type: z.literal('runDueTimers'), ...envelope });
