import { check } from '../../harness/InvariantViolation.js';
import type { Answer, AuditEvent } from '../../system/index.js';

const clientField = (body: unknown, name: string): string | undefined => {
  const v =
    typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[name] : undefined;
  return typeof v === 'string' && v.length >= 1 && v.length <= 128 ? v : undefined;
};

/**
 * A malformed command is refused whole at the boundary: a typed error listing every defect by
 * field, and one audit event that trusts nothing in it but a well-formed correlation id and
 * command type (the client's correlation id is echoed, so its request can be found).
 */
export function checkMalformed(
  body: unknown,
  answer: Answer<unknown>,
  event: AuditEvent,
  i: number,
): void {
  check(
    !answer.ok &&
      answer.error.code === 'invalid_command' &&
      answer.error.issues.length > 0 &&
      answer.error.issues.every((issue) => issue.message.length > 0),
    'boundary',
    i,
    () => `a malformed command was answered ${JSON.stringify(answer)}`,
  );
  const correlationId = clientField(body, 'correlationId');
  check(
    correlationId === undefined || answer.correlationId === correlationId,
    '17',
    i,
    () => `the client's correlation id ${correlationId} came back as ${answer.correlationId}`,
  );
  const audited = {
    subtype: clientField(body, 'type') ?? 'unknown',
    action: 'E',
    role: 'anonymous',
    entity: 'Command',
  };
  const seen = {
    subtype: event.subtype,
    action: event.action,
    role: event.agent.role,
    entity: event.entity.what,
  };
  check(
    JSON.stringify(seen) === JSON.stringify(audited),
    '17',
    i,
    () =>
      `a malformed command was audited as ${JSON.stringify(seen)}, expected ${JSON.stringify(audited)}`,
  );
}
