import { z } from 'zod';

const issue = z.object({ path: z.string(), message: z.string() });

/** A command's answer as the API sends it, checked at the client's boundary. */
export const AnswerSchema = z.union([
  z.object({
    ok: z.literal(true),
    value: z.unknown(),
    correlationId: z.string(),
    emergencyAdvice: z.string().optional(),
  }),
  z.object({
    ok: z.literal(false),
    error: z.looseObject({ code: z.string(), issues: z.array(issue).optional() }),
    correlationId: z.string(),
    emergencyAdvice: z.string().optional(),
  }),
]);

/** An outbox read or ack as the API sends it (no correlation id: neither is a command). */
export const DeliveryAnswerSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.looseObject({ code: z.string() }) }),
]);

/** Thrown when the server answers with something that is not an answer (5xx, no route). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`the API answered ${status}: ${JSON.stringify(body)}`);
    this.name = 'ApiFailure';
  }
}
