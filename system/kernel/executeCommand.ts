import { hash } from 'node:crypto';
import { COMMAND_ACTIONS, isAllowed } from '../access/policy.js';
import { appendAuditEvent } from '../audit/appendAuditEvent.js';
import { canonicalJson } from '../audit/canonicalJson.js';
import { Command } from '../domain/command.js';
import { auditOutcomeOf, type CommandError } from '../domain/commandError.js';
import { err, type Result } from '../domain/result.js';
import type { Actor } from '../domain/user.js';
import { resolveSession } from '../identity/resolveSession.js';
import { isStoreUnavailable } from '../store/StoreUnavailable.js';
import { applyCommand } from './applyCommand.js';
import type { Handled } from './Handled.js';
import type { KernelDeps, RequestSource } from './KernelDeps.js';
import type { Prepared } from './Prepared.js';
import { prepareCommand } from './prepareCommand.js';

/**
 * A command's answer, with the correlation id its audit event carries, and emergency advice
 * when a refused message showed a red flag.
 */
export type Answer<T> = Result<T, CommandError> & {
  correlationId: string;
  emergencyAdvice?: string;
};

/**
 * Runs one command: parse at the boundary, authenticate and authorize, slow preparation
 * outside the transaction, then one transaction holding the state change, its audit event,
 * its notifications and its idempotency record. A refused command's transaction is rolled
 * back whole, so it never leaves half its writes behind, and its audit event is committed in
 * a transaction of its own.
 * A store that fails (I/O, disk full) rolls back everything and the answer is `unavailable`,
 * with emergency advice if the message showed a red flag; any other exception is a bug and
 * propagates.
 */
export async function executeCommand(
  deps: KernelDeps,
  raw: unknown,
  onCommit?: () => void,
  source: RequestSource = {},
): Promise<Answer<unknown>> {
  const parsed = Command.safeParse(raw);
  if (!parsed.success) return refuseMalformed(deps, raw, parsed.error.issues);
  const cmd = parsed.data;
  // Stryker disable next-line StringLiteral: a generated id's prefix names its kind for a reader; the counter makes it unique
  const correlationId = cmd.correlationId ?? deps.ids.next('corr');
  const now = deps.clock.now();
  const authorize = (): { actor: Actor | null; refusal: Handled<unknown> | null } => {
    const action = COMMAND_ACTIONS[cmd.type];
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a command that needs no session has no session field once parsed, so both tests name the same commands
    if (action === null || !('session' in cmd)) return { actor: null, refusal: null };
    const session = resolveSession(deps.store, cmd.session, now);
    if (!session.ok)
      return { actor: null, refusal: { result: session, action: 'E', entity: 'Session' } };
    if (!isAllowed(deps.policy, session.value.role, action)) {
      const error = {
        code: 'forbidden',
        actor: session.value.userId,
        action,
        entity: cmd.type,
      } as const;
      return {
        actor: session.value,
        refusal: { result: err(error), action: 'E', entity: `Action/${action}` },
      };
    }
    return { actor: session.value, refusal: null };
  };

  const early = authorize();
  const prepared = early.refusal ? null : await prepareCommand(cmd, early.actor, deps, source);
  // Why only for a signed-in user: a key is scoped to whoever sent it, and without a session
  // nobody is; shared by all anonymous senders, one could replay another's sign-in (session
  // token included) or have a refusal replayed instead of audited.
  // Why not scoped by command type: a key names one request (Stripe's rule), so the same key
  // on another command is a conflict, never a second, independent use.
  const replayKey =
    cmd.idempotencyKey === undefined || early.actor === null
      ? undefined
      : `${early.actor.userId}\u0000${cmd.idempotencyKey}`;
  const fingerprint = replayKey === undefined ? '' : requestFingerprint(cmd);
  let conflict = false;

  /** The audit event and idempotency record that seal a command's answer. */
  const seal = (handled: Handled<unknown>, actor: Actor | null): Answer<unknown> => {
    const answer: Answer<unknown> = {
      ...handled.result,
      correlationId,
      // Stryker disable next-line ConditionalExpression: an undefined field is the same answer, and JSON drops it
      ...(handled.emergencyAdvice === undefined
        ? {}
        : { emergencyAdvice: handled.emergencyAdvice }),
    };
    // Why the only command without its event: see `Handled.nothingHappened`.
    if (handled.nothingHappened) return answer;
    appendAuditEvent(deps.store, deps.ids, {
      subtype: cmd.type,
      action: handled.action,
      recorded: now,
      agent: {
        who: handled.agent ?? actor?.userId ?? 'anonymous',
        role: handled.agentRole ?? actor?.role ?? 'anonymous',
      },
      entity: { what: handled.entity },
      outcome: handled.result.ok ? ACCEPTED : auditOutcomeOf(handled.result.error),
      correlationId,
      purposeOfUse: handled.breakGlassReason
        ? { code: 'BTG', reason: handled.breakGlassReason }
        : null,
    });
    // Why not on a conflict: the key keeps naming the request it was first used for.
    if (replayKey !== undefined && !conflict)
      deps.store.putIdempotent(replayKey, { fingerprint, response: JSON.stringify(answer) }, now);
    return answer;
  };

  const commit = (): Answer<unknown> => {
    try {
      const answer = deps.store.transaction(() => {
        // Stryker disable next-line ConditionalExpression: the store holds no answer under an undefined key
        if (replayKey !== undefined) {
          const first = deps.store.getIdempotent(replayKey);
          if (first !== undefined && first.fingerprint === fingerprint)
            return JSON.parse(first.response) as Answer<unknown>;
          if (first !== undefined) {
            conflict = true;
            const refusal = idempotencyConflict(cmd, first.fingerprint, prepared);
            throw new Refused(refusal, early.actor);
          }
        }
        // Why again inside: the session may have ended while the model was thinking.
        const { actor, refusal } = prepared ? authorize() : early;
        if (refusal || !prepared) throw new Refused(refusal ?? early.refusal!, actor);
        const ctx = {
          store: deps.store,
          ids: deps.ids,
          clock: deps.clock,
          config: deps.config,
          now,
        };
        const handled = applyCommand(ctx, actor ? { ...ctx, actor } : null, cmd, prepared);
        // Stryker disable next-line ConditionalExpression: handlers refuse before they write, so sealing a refusal in this transaction stores the same; the throw guards handlers to come
        if (!handled.result.ok) throw new Refused(handled, actor);
        return seal(handled, actor);
      });
      // Why after the transaction: a listener must hear only of notifications that committed.
      onCommit?.();
      return answer;
    } catch (e) {
      if (!(e instanceof Refused)) throw e;
      return deps.store.transaction(() => seal(e.handled, e.actor));
    }
  };

  try {
    return commit();
  } catch (e) {
    if (!isStoreUnavailable(e)) throw e;
    // Why unaudited: the store that would hold the audit event is the part that failed; the
    // command changed nothing and can be retried. Emergency advice is still given.
    const advice = prepared?.emergencyAdvice ?? null;
    return {
      ...err({ code: 'unavailable' }),
      correlationId,
      ...(advice === null ? {} : { emergencyAdvice: advice }),
    };
  }
}

const ACCEPTED = { code: '0', label: 'accepted', detail: null } as const;

/**
 * Which request a command is: its type and a hash of its checked fields (defaults filled in,
 * unknown fields dropped), without the envelope (session, idempotency key, correlation id),
 * which a retry of the same request may carry differently.
 */
function requestFingerprint(cmd: Command): string {
  const {
    session: _s,
    idempotencyKey: _i,
    correlationId: _c,
    ...fields
  } = cmd as Command & { session?: string };
  return `${cmd.type}:${hash('sha256', canonicalJson(fields), 'hex')}`;
}

/** The refusal of a key that was first used for another request. */
function idempotencyConflict(
  cmd: Command,
  first: string,
  prepared: Prepared | null,
): Handled<unknown> {
  const error = {
    code: 'idempotency_conflict',
    idempotencyKey: cmd.idempotencyKey!,
    firstType: first.slice(0, Math.max(first.indexOf(':'), 0)),
  } as const;
  // Why the advice: a red-flag message refused for its key is still an emergency, and the
  // patient must hear what to do now (and that nothing was sent).
  const advice = prepared?.emergencyAdvice ?? null;
  return {
    result: err(error),
    action: 'E',
    entity: 'Idempotency',
    ...(advice === null ? {} : { emergencyAdvice: advice }),
  };
}

class Refused extends Error {
  constructor(
    readonly handled: Handled<unknown>,
    readonly actor: Actor | null,
  ) {
    // Stryker disable next-line StringLiteral: the message of an error that never leaves the kernel
    super('refused');
  }
}

function refuseMalformed(
  deps: KernelDeps,
  raw: unknown,
  issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>,
): Answer<unknown> {
  const error: CommandError = {
    code: 'invalid_command',
    // Stryker disable next-line StringLiteral: command fields are flat, so an issue's path has one segment
    issues: issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
  return refuseUnchecked(deps, raw, error, 'Command');
}

/**
 * Audits and answers a request refused before it became a command: at the boundary's schema
 * (`Command`), or by the HTTP layer (a foreign origin, a body that is not JSON text). Its type
 * and correlation id are read from `raw` only if they look like ones.
 */
export function refuseUnchecked(
  deps: KernelDeps,
  raw: unknown,
  error: CommandError,
  entity: 'Command' | 'Request',
): Answer<unknown> {
  const field = (name: string): string | undefined => {
    const v =
      // Stryker disable next-line ConditionalExpression: a field of a number, string or boolean reads as undefined too; only null needs the test
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[name] : undefined;
    return typeof v === 'string' && v.length > 0 && v.length <= 128 ? v : undefined;
  };
  // Stryker disable next-line StringLiteral: a generated id's prefix names its kind for a reader; the counter makes it unique
  const correlationId = field('correlationId') ?? deps.ids.next('corr');
  const refuse = () =>
    deps.store.transaction((): Answer<unknown> => {
      appendAuditEvent(deps.store, deps.ids, {
        subtype: field('type') ?? 'unknown',
        action: 'E',
        recorded: deps.clock.now(),
        // Why anonymous: an unchecked command's session cannot be trusted to name its sender.
        agent: { who: 'anonymous', role: 'anonymous' },
        entity: { what: entity },
        outcome: auditOutcomeOf(error),
        correlationId,
        purposeOfUse: null,
      });
      return { ...err(error), correlationId };
    });
  try {
    return refuse();
  } catch (e) {
    // Why: a store that fails must answer `unavailable` here too, never throw at the caller.
    if (!isStoreUnavailable(e)) throw e;
    return { ...err({ code: 'unavailable' }), correlationId };
  }
}
