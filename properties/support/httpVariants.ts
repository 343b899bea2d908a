import type { RequestSource, System } from '../../system/index.js';

/** Drops a field from what the server passes to the system. */
const without =
  (field: string) =>
  (system: System): System => {
    const strip = (command: unknown, source?: RequestSource) => {
      if (typeof command !== 'object' || command === null)
        return system.executeUnknown(command, source);
      const { [field]: _, ...rest } = command as Record<string, unknown>;
      return system.executeUnknown(rest, source);
    };
    return { ...system, execute: strip as System['execute'], executeUnknown: strip };
  };

/**
 * Deliberately broken HTTP layers, each a wrapper of what the server calls, that the
 * differential property must catch.
 */
export const HTTP_VARIANTS: Record<string, (system: System) => System> = {
  /** Invariant 21 over HTTP: the Idempotency-Key header is lost, so a retry runs again. */
  'drops-idempotency-key': without('idempotencyKey'),
  /** Invariant 17: the X-Correlation-Id header is lost, so the audit event names another. */
  'loses-correlation-id': without('correlationId'),
  /** Invariant 17: a refused command is retried once by the server, so it is audited twice. */
  'retries-refusals': (system) => {
    const twice = async (command: unknown, source?: RequestSource) => {
      const first = await system.executeUnknown(command, source);
      return first.ok ? first : system.executeUnknown(command, source);
    };
    return { ...system, execute: twice as System['execute'], executeUnknown: twice };
  },
};
