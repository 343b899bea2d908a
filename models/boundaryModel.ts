/**
 * What each boundary request must get (issue 17): status, typed error code and whether it is
 * audited, from the rules as PROTOCOL states them, written apart from the system's code.
 * The sign-in limits are stated as token counts (tokens times the refill period, so that the
 * arithmetic is exact), the lockout as failures in a row.
 */

/** The limits the world runs with: PROTOCOL's numbers. */
export const BOUNDARY_LIMITS = {
  peer: { capacity: 10, refillMs: 3_000 },
  account: { capacity: 5, refillMs: 12_000 },
  lockout: { threshold: 5, baseMs: 1_000, maxMs: 15 * 60_000, forgetAfterMs: 24 * 3_600_000 },
} as const;

/** The longest list a `readQueue` filter takes. */
export const MAX_FILTER_VALUES = 5;

/** A bucket as tokens times the refill period, and when that was true. */
interface Bucket {
  scaled: number;
  at: number;
}

interface Failures {
  count: number;
  lastAt: number;
  lockedUntil: number;
}

/** What the model remembers between requests. */
export interface BoundaryWorld {
  now: number;
  /** By `<actor>:<key>`: the request the key was first used for. */
  keys: Map<string, { fingerprint: string; firstType: string }>;
  peers: Map<string, Bucket>;
  accounts: Map<string, Bucket>;
  failures: Map<string, Failures>;
}

export const boundaryWorld = (): BoundaryWorld => ({
  now: 0,
  keys: new Map(),
  peers: new Map(),
  accounts: new Map(),
  failures: new Map(),
});

/** What a keyed request must get: run (first use), the first answer again, or a conflict. */
export type KeyedExpectation =
  | { kind: 'first' }
  | { kind: 'replay' }
  | { kind: 'conflict'; firstType: string };

/** A key's use by a patient: the same request (type and fields) replays, any other conflicts. */
export function keyedExpectation(
  world: BoundaryWorld,
  actor: number,
  key: number,
  type: string,
  fields: string,
): KeyedExpectation {
  const slot = `${actor}:${key}`;
  const fingerprint = `${type}:${fields}`;
  const first = world.keys.get(slot);
  if (!first) {
    world.keys.set(slot, { fingerprint, firstType: type });
    return { kind: 'first' };
  }
  return first.fingerprint === fingerprint
    ? { kind: 'replay' }
    : { kind: 'conflict', firstType: first.firstType };
}

/** An answer as status and code (null code: success). */
export interface Expected {
  status: number;
  code: string | null;
}

/** A `readQueue` with a filter of `length` values. */
export const listExpectation = (length: number): Expected =>
  length <= MAX_FILTER_VALUES
    ? { status: 200, code: null }
    : { status: 400, code: 'invalid_command' };

/** A red-flag message refused for `refusal` (or taken). */
export function emergencyExpectation(refusal: string): Expected {
  switch (refusal) {
    case 'too_long':
      return { status: 422, code: 'message_too_long' };
    case 'invalid_characters':
      return { status: 422, code: 'message_invalid_characters' };
    case 'closed':
      return { status: 409, code: 'conversation_closed' };
    case 'not_owner':
      return { status: 403, code: 'forbidden' };
    default:
      return { status: 200, code: null };
  }
}

/** A state-changing request from an origin with a content type, and whether it is audited. */
export function originExpectation(
  command: string,
  origin: string,
  contentType: string,
): Expected & { audited: boolean } {
  const audited = command !== 'ack';
  if (origin === 'foreign' || origin === 'null' || origin === 'cross-site')
    return { status: 403, code: 'cross_origin', audited };
  if (contentType !== 'json') return { status: 415, code: 'unsupported_media_type', audited };
  if (command === 'bootstrapAdmin') return { status: 409, code: 'invalid_state', audited };
  return { status: 200, code: null, audited };
}

const STRICT = /^(0|[1-9][0-9]*)$/;

/** A read of the outbox with one query parameter. */
export function queryExpectation(param: 'after' | 'limit', value: string): Expected {
  const n = Number(value);
  const integer = STRICT.test(value) && n <= Number.MAX_SAFE_INTEGER;
  const ok = integer && (param === 'after' || (n >= 1 && n <= 1000));
  return ok ? { status: 200, code: null } : { status: 400, code: 'invalid_command' };
}

/** One sign-in of a burst: who from, which account, and whether its password is right. */
export interface SignInRequest {
  peer: string;
  account: string;
  /** The password is the account's (false for an unknown account, whatever it is). */
  right: boolean;
}

/** What a sign-in must get, and whether it costs a password check. */
export interface SignInOutcome {
  code: 'ok' | 'invalid_credentials' | 'rate_limited' | 'account_locked';
  retryAfterMs: number | null;
  hashed: boolean;
}

function refill(
  map: Map<string, Bucket>,
  key: string,
  limit: { capacity: number; refillMs: number },
  now: number,
): Bucket {
  const full = limit.capacity * limit.refillMs;
  const old = map.get(key) ?? { scaled: full, at: now };
  const bucket = { scaled: Math.min(full, old.scaled + Math.max(0, now - old.at)), at: now };
  map.set(key, bucket);
  return bucket;
}

/**
 * The answers of sign-ins sent at one instant, in the order the system takes them: each takes
 * a token from its peer's bucket and its account's, or is rate limited; those admitted are
 * checked one at a time per account: a locked account is refused, else the password is
 * checked (a hash) and the outcome moves the lockout.
 */
export function signInOutcomes(
  world: BoundaryWorld,
  requests: readonly SignInRequest[],
): SignInOutcome[] {
  const { peer, account, lockout } = BOUNDARY_LIMITS;
  const now = world.now;
  return requests.map((r): SignInOutcome => {
    const p = refill(world.peers, r.peer, peer, now);
    const a = refill(world.accounts, r.account, account, now);
    const wait = Math.max(peer.refillMs - p.scaled, account.refillMs - a.scaled, 0);
    if (wait > 0) return { code: 'rate_limited', retryAfterMs: wait, hashed: false };
    p.scaled -= peer.refillMs;
    a.scaled -= account.refillMs;
    const f = world.failures.get(r.account);
    if (f && f.lockedUntil > now)
      return { code: 'account_locked', retryAfterMs: f.lockedUntil - now, hashed: false };
    if (r.right) {
      world.failures.delete(r.account);
      return { code: 'ok', retryAfterMs: null, hashed: true };
    }
    const count = f && now - f.lastAt < lockout.forgetAfterMs ? f.count + 1 : 1;
    const lockedUntil =
      count < lockout.threshold
        ? 0
        : now + Math.min(lockout.maxMs, lockout.baseMs * 2 ** (count - lockout.threshold));
    world.failures.set(r.account, { count, lastAt: now, lockedUntil });
    return { code: 'invalid_credentials', retryAfterMs: null, hashed: true };
  });
}

/** The status of a sign-in outcome. */
export const SIGN_IN_STATUS: Record<SignInOutcome['code'], number> = {
  ok: 200,
  invalid_credentials: 401,
  rate_limited: 429,
  account_locked: 429,
};
