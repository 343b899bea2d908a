import { createSystem, cryptoIds, openSqliteStore, systemClock } from '../system/index.js';
import { commitSignal } from './commitSignal.js';
import { afterDurable, durableAnswers } from './durableAnswers.js';
import { monitoredTicks } from './health/monitoredTicks.js';
import { PumpMonitor } from './health/PumpMonitor.js';
import { mountOperations } from './operations/mountOperations.js';
import { parseServerArgs, SERVER_USAGE } from './parseServerArgs.js';
import { startServer } from './startServer.js';
import { startTicking } from './startTicking.js';
import { intervalTimer } from './Timer.js';
import { walGroupCommit } from './walGroupCommit.js';

/**
 * `npm start`: the system on a file database, served on 127.0.0.1 with the wall clock and
 * unpredictable ids, its timers fired every second, until SIGINT or SIGTERM.
 */
async function main(): Promise<void> {
  let args: ReturnType<typeof parseServerArgs>;
  try {
    args = parseServerArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${SERVER_USAGE}`);
    process.exit(2);
  }
  if (args.help) {
    console.log(SERVER_USAGE);
    return;
  }
  const onError = (error: unknown) => console.error(error);
  const store = openSqliteStore(args.db);
  const group = args.groupCommit ? walGroupCommit(store, args.db) : null;
  const commits = commitSignal();
  const inner = createSystem({
    store,
    clock: systemClock,
    ids: cryptoIds(),
    onCommit: group ? afterDurable(group, commits.onCommit, onError) : commits.onCommit,
    ...(args.insecureFastPasswords ? { config: { passwordCost: { N: 1024, r: 1, p: 1 } } } : {}),
  });
  const system = group ? durableAnswers(inner, group) : inner;
  if (store.counts().users === 0) {
    if (args.admin) {
      const created = await system.execute({
        type: 'bootstrapAdmin',
        ...args.admin,
        displayName: 'Administrator',
      });
      if (!created.ok) throw new Error(`could not create the admin: ${JSON.stringify(created)}`);
      console.log(`created the first admin, ${args.admin.username}`);
    } else {
      console.log('the database has no user: restart with --admin-username and --admin-password');
    }
  }
  // Why three intervals: one slow tick is not an outage; three missed ones are.
  const pump = new PumpMonitor(systemClock, 3000);
  const operations = mountOperations({ system, pump });
  const server = await startServer({
    system,
    commits,
    port: args.port,
    app: { onError, operations },
  });
  const stopTicking = startTicking(monitoredTicks(system, pump), intervalTimer, {
    intervalMs: 1000,
    onError,
  });
  console.log(
    `MedAssist on ${server.url} (WebSocket ${server.wsUrl}), database ${args.db}${group ? ', group commit' : ''}`,
  );
  const stop = async () => {
    stopTicking();
    pump.stop();
    await server.close();
    store.close();
    group?.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
