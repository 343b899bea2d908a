import type { CommandError } from '../domain/commandError.js';

/** A token bucket's size and how fast it refills: one token every `refillMs`. */
export interface BucketLimit {
  capacity: number;
  refillMs: number;
}

/**
 * What an unauthenticated request that would hash a password (sign-in, sign-up, bootstrap)
 * must get past, on the system's clock.
 */
export interface SignInLimits {
  /** Per peer (the client's IP address); commands run in-process have none and skip it. */
  perPeer: BucketLimit;
  /** Per account: the username the request names, whether or not it exists. */
  perAccount: BucketLimit;
  /**
   * After `threshold` failed sign-ins in a row an account is locked for `baseMs`, doubled at
   * every further failure up to `maxMs`; a success ends it, and failures older than
   * `forgetAfterMs` are forgotten.
   */
  lockout: { threshold: number; baseMs: number; maxMs: number; forgetAfterMs: number };
  /** The most buckets and lockouts held; the least recently touched are dropped past it. */
  maxEntries: number;
  /**
   * The most of these hashes running at once, whoever asked, and memory stays bounded (128 MiB
   * a hash at production cost). One address holds all but one of them at most, so a sign-in
   * from another address never waits for a flood's hash to end (the next free slot goes to
   * the peer with the fewest running).
   */
  maxConcurrentHashes: number;
}

/**
 * The production limits. Why these: a person signs in a few times an hour, a clinic behind one
 * address a few times a minute; a hash costs 128 MiB and up to a second and a half of a core,
 * so one address may cost at most a burst of 10 and then one every 3 s, one account a burst of
 * 5 and then one every 12 s. Five wrong passwords lock for 1 s, then 2, 4 ... up to 15 min.
 */
export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perPeer: { capacity: 10, refillMs: 3_000 },
  perAccount: { capacity: 5, refillMs: 12_000 },
  lockout: { threshold: 5, baseMs: 1_000, maxMs: 15 * 60_000, forgetAfterMs: 24 * 3_600_000 },
  maxEntries: 100_000,
  maxConcurrentHashes: 2,
};

/**
 * Limits no test or benchmark meets: for setups that sign hundreds of users in at one instant
 * of a virtual clock, from one address.
 * WARNING: never in production; the server would hash for anyone, as often as asked.
 */
export const NO_SIGN_IN_LIMITS: SignInLimits = {
  perPeer: { capacity: 1e9, refillMs: 1 },
  perAccount: { capacity: 1e9, refillMs: 1 },
  lockout: { threshold: 1e9, baseMs: 1, maxMs: 1, forgetAfterMs: 1 },
  maxEntries: 100_000,
  maxConcurrentHashes: 1e9,
};

/**
 * A token bucket as its theoretical arrival time (GCRA): the instant by which the tokens
 * taken so far have refilled. Integer arithmetic on the clock's milliseconds, so a model can
 * predict every answer exactly.
 */
interface Bucket {
  tat: number;
}

interface Failures {
  count: number;
  lastAt: number;
  lockedUntil: number;
}

/** A refusal of the guard: too many requests, or an account locked by failed sign-ins. */
export type Throttled = Extract<CommandError, { code: 'rate_limited' | 'account_locked' }>;

/**
 * Rate limits and lockout for the requests that would hash a password without a session.
 * In memory (a restart forgives everyone, which an attacker cannot cause), on the injected
 * clock, so properties are deterministic. Each account's sign-ins run one at a time, so a
 * burst against one account is judged in arrival order, each seeing the failures before it.
 */
export class SignInGuard {
  readonly #peers = new Map<string, Bucket>();
  readonly #accounts = new Map<string, Bucket>();
  readonly #failures = new Map<string, Failures>();
  readonly #queues = new Map<string, Promise<unknown>>();
  readonly #slots: FairSlots;

  constructor(private readonly limits: SignInLimits) {
    this.#slots = new FairSlots(limits.maxConcurrentHashes);
  }

  /**
   * Runs a hash when a slot is free: at most `maxConcurrentHashes` at once, all but one at
   * most for any one address, the next free slot to the peer with the fewest running.
   * Commands in-process (tests, the command line) share one peer that has no such cap.
   */
  async hashing<T>(peer: string | undefined, task: () => Promise<T>): Promise<T> {
    const release = await this.#slots.acquire(peer ?? IN_PROCESS);
    try {
      return await task();
    } finally {
      release();
    }
  }

  /**
   * Takes a token from the peer's bucket (if the request has a peer) and the account's, or
   * neither: a refusal here costs nothing but a map lookup.
   */
  admit(peer: string | undefined, account: string, now: number): Throttled | null {
    const peerBucket = peer === undefined ? null : this.#touch(this.#peers, peer);
    const accountBucket = this.#touch(this.#accounts, account);
    const retryAfterMs = Math.max(
      peerBucket === null ? 0 : this.#wait(peerBucket, now, 'perPeer'),
      this.#wait(accountBucket, now, 'perAccount'),
    );
    if (retryAfterMs > 0) return { code: 'rate_limited', retryAfterMs };
    if (peerBucket) peerBucket.tat = Math.max(peerBucket.tat, now) + this.limits.perPeer.refillMs;
    accountBucket.tat = Math.max(accountBucket.tat, now) + this.limits.perAccount.refillMs;
    return null;
  }

  /** Runs `task` after every earlier task of the same account has finished. */
  serialize<T>(account: string, task: () => Promise<T>): Promise<T> {
    const before = this.#queues.get(account) ?? Promise.resolve();
    const run = before.then(task, task);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.#queues.set(account, tail);
    void tail.then(() => {
      if (this.#queues.get(account) === tail) this.#queues.delete(account);
    });
    return run;
  }

  /** The lock on an account at `now`, if any. */
  locked(account: string, now: number): Throttled | null {
    const f = this.#failures.get(account);
    if (!f || f.lockedUntil <= now) return null;
    return { code: 'account_locked', retryAfterMs: f.lockedUntil - now };
  }

  /** A wrong password (or an unknown account): counts towards the lock. */
  failed(account: string, now: number): void {
    const { threshold, baseMs, maxMs, forgetAfterMs } = this.limits.lockout;
    const old = this.#failures.get(account);
    const count = old && now - old.lastAt < forgetAfterMs ? old.count + 1 : 1;
    const over = count - threshold;
    const lockedUntil = over < 0 ? 0 : now + Math.min(maxMs, baseMs * 2 ** Math.min(over, 30));
    this.#failures.delete(account);
    this.#failures.set(account, { count, lastAt: now, lockedUntil });
    this.#trim(this.#failures);
  }

  /** A right password: the account's failures are forgiven. */
  succeeded(account: string): void {
    this.#failures.delete(account);
  }

  /** A key's bucket (a full one if it had none), moved to the end of the map's order. */
  #touch(map: Map<string, Bucket>, key: string): Bucket {
    const bucket = map.get(key) ?? { tat: Number.NEGATIVE_INFINITY };
    // Why delete and set: the map's order is then least recently touched first, for trimming.
    map.delete(key);
    map.set(key, bucket);
    this.#trim(map);
    return bucket;
  }

  /** How long until the bucket has a token at `now` (0: it has one). */
  #wait(bucket: Bucket, now: number, kind: 'perPeer' | 'perAccount'): number {
    const { capacity, refillMs } = this.limits[kind];
    return Math.max(0, Math.max(bucket.tat, now) + refillMs - now - capacity * refillMs);
  }

  #trim(map: Map<string, unknown>): void {
    while (map.size > this.limits.maxEntries) {
      const oldest = map.keys().next().value as string;
      map.delete(oldest);
    }
  }
}

const IN_PROCESS = 'in-process';

/**
 * Slots shared fairly by peers: a free slot goes to the waiting peer with the fewest running,
 * and among those to the one served least recently. A network peer holds all slots but one at
 * most. Why keep one back even when nobody else waits: a hash cannot be interrupted, so
 * without it a sign-in arriving from another address would wait up to a whole hash behind a
 * flood (0.9-2.2 s measured against the 1 s target); the price is that one address (a clinic
 * behind one proxy) hashes on one core at a time.
 */
class FairSlots {
  #free: number;
  #turn = 0;
  readonly #perPeer: number;
  readonly #running = new Map<string, number>();
  readonly #served = new Map<string, number>();
  readonly #waiting = new Map<string, Array<() => void>>();

  constructor(slots: number) {
    this.#free = slots;
    this.#perPeer = Math.max(1, slots - 1);
  }

  async acquire(peer: string): Promise<() => void> {
    await new Promise<void>((resolve) => {
      const queue = this.#waiting.get(peer) ?? [];
      queue.push(resolve);
      this.#waiting.set(peer, queue);
      this.#next();
    });
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#free++;
      const left = (this.#running.get(peer) ?? 1) - 1;
      if (left === 0) this.#running.delete(peer);
      else this.#running.set(peer, left);
      this.#next();
    };
  }

  #mayTake(peer: string): boolean {
    return peer === IN_PROCESS || (this.#running.get(peer) ?? 0) < this.#perPeer;
  }

  #take(peer: string): void {
    this.#free--;
    this.#running.set(peer, (this.#running.get(peer) ?? 0) + 1);
    // Why delete first: the map then holds the least recently served first, for trimming.
    this.#served.delete(peer);
    this.#served.set(peer, ++this.#turn);
    if (this.#served.size > 10_000) this.#served.delete(this.#served.keys().next().value!);
  }

  /** Whether peer `a` should be served before peer `b`. */
  #before(a: string, b: string): boolean {
    const running = (this.#running.get(a) ?? 0) - (this.#running.get(b) ?? 0);
    if (running !== 0) return running < 0;
    return (this.#served.get(a) ?? 0) < (this.#served.get(b) ?? 0);
  }

  #next(): void {
    while (this.#free > 0 && this.#waiting.size > 0) {
      let chosen: string | undefined;
      for (const peer of this.#waiting.keys())
        if (this.#mayTake(peer) && (chosen === undefined || this.#before(peer, chosen)))
          chosen = peer;
      if (chosen === undefined) return;
      const queue = this.#waiting.get(chosen)!;
      const resolve = queue.shift()!;
      if (queue.length === 0) this.#waiting.delete(chosen);
      this.#take(chosen);
      resolve();
    }
  }
}
