import { z } from 'zod';
import { Acuity } from '../domain/acuity.js';

/**
 * How a call to a version ended: answered (`ok`), answered from the response cache, refused
 * by its open circuit breaker, or failed (error, timeout, malformed answer).
 */
export const CallOutcome = z.enum([
  'ok',
  'cached',
  'short_circuit',
  'error',
  'timeout',
  'malformed',
]);
export type CallOutcome = z.infer<typeof CallOutcome>;

/** The outcomes of calls that reached the model server: what canary analysis judges. */
export const REACHED_SERVER: readonly CallOutcome[] = ['ok', 'error', 'timeout', 'malformed'];

/** One routed call to a model version, as monitoring records it (every prediction names its version). */
export const ModelCall = z.object({
  version: z.string().min(1),
  patientId: z.string().min(1),
  /** When the call started, on the system clock. */
  at: z.int(),
  latencyMs: z.int().min(0),
  outcome: CallOutcome,
  modelAcuity: Acuity.nullable(),
  ruleAcuity: Acuity,
});
export type ModelCall = z.infer<typeof ModelCall>;

/** Counts over the calls that reached a version's server in a window. */
export interface CallStats {
  calls: number;
  errors: number;
  slow: number;
  /** Answers less urgent than 3 or worse where the rules saw an emergency (acuity <= 2). */
  disagreements: number;
}
