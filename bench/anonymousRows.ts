import {
  type Answer,
  createSystem,
  DEFAULT_CONFIG,
  type PasswordCost,
  VirtualClock,
} from '../system/index.js';
import { type BenchRow, benchRow } from './BenchRow.js';

/** How hard the anonymous-request rows push: production scrypt unless told otherwise. */
export interface AnonymousBudget {
  rounds: number;
  /** Sign-ins per round past the address's burst (each refused, unhashed). */
  refused: number;
  /** Anonymous sign-ins kept in flight from one address while a real user signs in. */
  flood: number;
  passwordCost?: PasswordCost;
}

export const ANONYMOUS_BUDGET: AnonymousBudget = { rounds: 3, refused: 2000, flood: 200 };

/** CPU time (user + system, every thread) of `task`, in microseconds. */
async function cpuUs(task: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await task();
  const used = process.cpuUsage(before);
  return used.user + used.system;
}

/**
 * Issue 17's targets for requests without a session (D5): a sign-in the limits refuse costs
 * under 1 ms of CPU (its audit event included: the system in-process on SQLite in memory, no
 * HTTP), and a real user's sign-in, from another address, stays under 1 s while `flood`
 * anonymous sign-ins are kept in flight from one address, with production scrypt.
 */
export async function anonymousRows(
  budget: AnonymousBudget = ANONYMOUS_BUDGET,
): Promise<BenchRow[]> {
  const cost = budget.passwordCost ?? DEFAULT_CONFIG.passwordCost;
  const perRequest: number[] = [];
  const realMs: number[] = [];
  const loneMs: number[] = [];
  for (let round = 0; round < budget.rounds; round++) {
    const system = createSystem({
      // Why a clock that stands still: the buckets refill only when told, so the count of
      // refused requests does not depend on how long the burst's hashes took.
      clock: new VirtualClock(),
      seed: round,
      config: { passwordCost: cost },
      bootstrapToken: 'bench',
    });
    const nurse = { username: 'nurse.bench', password: 'nurse.bench-password' };
    await system.execute({
      type: 'bootstrapAdmin',
      ...nurse,
      displayName: 'N',
      bootstrapToken: 'bench',
    });
    const anonymous = (n: number, peer: string): Promise<Answer<unknown>> =>
      system.executeUnknown(
        { type: 'signIn', username: `nobody.${round}.${n}`, password: 'a-guess-password' },
        { peer },
      );
    // The address's burst goes through (and is hashed), then every request is refused.
    await Promise.all(Array.from({ length: 10 }, (_, n) => anonymous(n, '203.0.113.1')));
    let refused = 0;
    const us = await cpuUs(async () => {
      for (let n = 0; n < budget.refused; n++) {
        const answer = await anonymous(n, '203.0.113.1');
        if (!answer.ok && answer.error.code === 'rate_limited') refused++;
      }
    });
    if (refused !== budget.refused) throw new Error(`only ${refused} of ${budget.refused} refused`);
    perRequest.push(us / budget.refused);

    // The floor: the same real sign-in with nothing else in flight, in the same run.
    const l0 = performance.now();
    const lone = await system.executeUnknown({ type: 'signIn', ...nurse }, { peer: '192.0.2.4' });
    loneMs.push(performance.now() - l0);
    if (!lone.ok) throw new Error(`the lone sign-in was refused: ${JSON.stringify(lone.error)}`);

    // A flood from a fresh address, and a real sign-in from another while it lasts.
    let flooding = true;
    const flooders = Array.from({ length: budget.flood }, async (_, n) => {
      for (let k = 0; flooding; k++) {
        await anonymous(n * 1_000_000 + k, '198.51.100.2');
        // Why: a refused request settles without I/O; over a socket the next one would come
        // in a later turn of the event loop, not in the same one.
        await new Promise((resolve) => setImmediate(resolve));
      }
    });
    await new Promise((resolve) => setImmediate(resolve));
    const t0 = performance.now();
    const real = await system.executeUnknown({ type: 'signIn', ...nurse }, { peer: '192.0.2.3' });
    realMs.push(performance.now() - t0);
    flooding = false;
    await Promise.all(flooders);
    if (!real.ok) throw new Error(`the real sign-in was refused: ${JSON.stringify(real.error)}`);
  }
  return [
    benchRow(
      'unauthenticated request refused by the sign-in limits: CPU per request (in-process, audit event included)',
      '-',
      '< 1 ms',
      perRequest.map((us) => us / 1000),
      'ms',
      (m) => m < 1,
    ),
    benchRow(
      'real sign-in alone, the floor of the next row (production scrypt, same run)',
      '-',
      '-',
      loneMs,
      'ms',
      null,
    ),
    benchRow(
      `real sign-in beside ${budget.flood} anonymous sign-ins in flight from one address (production scrypt)`,
      '-',
      '< 1 s',
      realMs,
      'ms',
      (m) => m < 1000,
    ),
  ];
}
