import { appendAuditEvent } from '../audit/appendAuditEvent.js';
import { Command } from '../domain/command.js';
import { auditOutcomeOf, type CommandError } from '../domain/commandError.js';
import { err, type Result } from '../domain/result.js';
import type { Clock } from '../ports/Clock.js';
import type { Ids } from '../ports/Ids.js';
import type { Store } from '../store/Store.js';
import type { TriageDeps } from '../triage/assessMessage.js';
import { applyCommand } from './applyCommand.js';
import type { Handled } from './Handled.js';
import { prepareCommand } from './prepareCommand.js';

/** The ports a command runs against. */
export interface KernelDeps {
  store: Store;
  ids: Ids;
  clock: Clock;
  triage: TriageDeps;
}

/**
 * A command's answer, with the correlation id its audit event carries, and emergency advice
 * when a refused message showed a red flag.
 */
export type Answer<T> = Result<T, CommandError> & {
  correlationId: string;
  emergencyAdvice?: string;
};

/**
 * Runs one command: parse at the boundary, slow preparation outside the transaction, then
 * one transaction holding the state change, its audit event and its idempotency record.
 * A refused command's transaction is rolled back whole, so it can never leave half its
 * writes behind, and its audit event is committed in a transaction of its own.
 * WARNING: an exception (broken infrastructure) rolls back everything, audit included.
 */
export async function executeCommand(deps: KernelDeps, raw: unknown): Promise<Answer<unknown>> {
  const parsed = Command.safeParse(raw);
  if (!parsed.success) return refuseMalformed(deps, raw, parsed.error.issues);
  const cmd = parsed.data;
  const correlationId = cmd.correlationId ?? deps.ids.next('corr');
  const prepared = await prepareCommand(cmd, deps.triage);
  const actor = 'actor' in cmd ? cmd.actor : 'anonymous';
  const replayKey =
    cmd.idempotencyKey === undefined
      ? undefined
      : `${actor}\u0000${cmd.type}\u0000${cmd.idempotencyKey}`;
  const now = deps.clock.now();

  /** The audit event and idempotency record that seal a command's answer. */
  const seal = (handled: Handled<unknown>): Answer<unknown> => {
    const answer: Answer<unknown> = {
      ...handled.result,
      correlationId,
      ...(handled.emergencyAdvice === undefined
        ? {}
        : { emergencyAdvice: handled.emergencyAdvice }),
    };
    appendAuditEvent(deps.store, deps.ids, {
      subtype: cmd.type,
      action: handled.action,
      recorded: now,
      agent: { who: handled.agent ?? actor, role: 'patient' },
      entity: { what: handled.entity },
      outcome: handled.result.ok ? ACCEPTED : auditOutcomeOf(handled.result.error),
      correlationId,
    });
    if (replayKey !== undefined) deps.store.putIdempotent(replayKey, JSON.stringify(answer), now);
    return answer;
  };

  try {
    return deps.store.transaction(() => {
      if (replayKey !== undefined) {
        const first = deps.store.getIdempotent(replayKey);
        if (first !== undefined) return JSON.parse(first) as Answer<unknown>;
      }
      const handled = applyCommand(
        { store: deps.store, ids: deps.ids, clock: deps.clock, now },
        cmd,
        prepared,
      );
      if (!handled.result.ok) throw new Refused(handled);
      return seal(handled);
    });
  } catch (e) {
    if (!(e instanceof Refused)) throw e;
    return deps.store.transaction(() => seal(e.handled));
  }
}

const ACCEPTED = { code: '0', label: 'accepted', detail: null } as const;

class Refused extends Error {
  constructor(readonly handled: Handled<unknown>) {
    super('refused');
  }
}

function refuseMalformed(
  deps: KernelDeps,
  raw: unknown,
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
): Answer<unknown> {
  const field = (name: string): string | undefined => {
    const v =
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[name] : undefined;
    return typeof v === 'string' && v.length > 0 && v.length <= 128 ? v : undefined;
  };
  const correlationId = field('correlationId') ?? deps.ids.next('corr');
  const error: CommandError = {
    code: 'invalid_command',
    issues: issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
  return deps.store.transaction(() => {
    appendAuditEvent(deps.store, deps.ids, {
      subtype: field('type') ?? 'unknown',
      action: 'E',
      recorded: deps.clock.now(),
      agent: { who: field('actor') ?? 'anonymous', role: 'patient' },
      entity: { what: 'Command' },
      outcome: auditOutcomeOf(error),
      correlationId,
    });
    return { ...err(error), correlationId };
  });
}
