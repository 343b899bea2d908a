import { afterDurable, durableAnswers } from '../../server/durableAnswers.js';
import { walGroupCommit } from '../../server/walGroupCommit.js';
import {
  createSystem,
  cryptoIds,
  openSqliteStore,
  type System,
  systemClock,
} from '../../system/index.js';
import { closedLoop } from './closedLoop.js';
import { inParallel } from './inParallel.js';
import type { LatencySummary } from './LatencySummary.js';

/** Where and how: a fresh database file, and whether commits are grouped. */
export interface InProcessPlan {
  db: string;
  groupCommit: boolean;
  /** Commands in flight (one signed-in patient each). */
  workers: number;
}

/**
 * Audited commands on a file database with no HTTP in between: `workers` patients start
 * conversations back to back (one row and one audit event per transaction), through the
 * system's own API, as `npm start` builds it (wall clock, random ids; group commit if asked).
 * Returns the function that runs it for a while, and the one that closes it.
 */
export async function inProcessCommands(plan: InProcessPlan): Promise<{
  run: (durationMs: number) => Promise<LatencySummary>;
  close: () => void;
}> {
  const store = openSqliteStore(plan.db);
  const group = plan.groupCommit ? walGroupCommit(store, plan.db) : null;
  const inner = createSystem({
    store,
    clock: systemClock,
    ids: cryptoIds(),
    config: { passwordCost: { N: 1024, r: 1, p: 1 } },
    ...(group
      ? {
          onCommit: afterDurable(
            group,
            () => undefined,
            () => undefined,
          ),
        }
      : {}),
  });
  const system: System = group ? durableAnswers(inner, group) : inner;
  const sessions = await inParallel(8, plan.workers, async (i) => {
    const username = `inproc-patient-${i}`;
    const password = 'bench-user-password';
    await system.execute({ type: 'registerPatient', username, password, displayName: 'P' });
    const signedIn = await system.execute({ type: 'signIn', username, password });
    if (!signedIn.ok) throw new Error(`signIn refused: ${JSON.stringify(signedIn.error)}`);
    return signedIn.value.session;
  });
  return {
    run: (ms) =>
      closedLoop(plan.workers, ms, async (w) => {
        const answer = await system.execute({ type: 'startConversation', session: sessions[w]! });
        return answer.ok;
      }),
    close: () => {
      store.close();
      group?.close();
    },
  };
}
