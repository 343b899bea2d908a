import { createSystem, cryptoIds, openSqliteStore, systemClock } from '../system/index.js';
import { commitSignal } from './commitSignal.js';
import { afterDurable, durableAnswers } from './durableAnswers.js';
import { monitoredTicks } from './health/monitoredTicks.js';
import { PumpMonitor } from './health/PumpMonitor.js';
import { createLogger } from './logging/createLogger.js';
import { reportError } from './logging/reportError.js';
import { instrumentedSystem } from './metrics/instrumentedSystem.js';
import { ServerMetrics } from './metrics/ServerMetrics.js';
import { performanceStopwatch } from './metrics/Stopwatch.js';
import { startOperatorListener } from './metrics/startOperatorListener.js';
import { mountOperations } from './operations/mountOperations.js';
import { parseServerArgs, SERVER_USAGE } from './parseServerArgs.js';
import type { RunningServer } from './startServer.js';
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
  const log = createLogger();
  const onError = reportError(log, 'scheduler');
  const store = openSqliteStore(args.db);
  const group = args.groupCommit ? walGroupCommit(store, args.db) : null;
  const commits = commitSignal();
  const inner = createSystem({
    store,
    clock: systemClock,
    ids: cryptoIds(),
    onCommit: group
      ? afterDurable(group, commits.onCommit, reportError(log, 'group commit'))
      : commits.onCommit,
    ...(args.insecureFastPasswords ? { config: { passwordCost: { N: 1024, r: 1, p: 1 } } } : {}),
  });
  const durable = group ? durableAnswers(inner, group) : inner;
  // Why three intervals: one slow tick is not an outage; three missed ones are.
  const pump = new PumpMonitor(systemClock, 3000);
  let server: RunningServer | undefined;
  const metrics = new ServerMetrics({
    system: durable,
    pump,
    connections: () => server?.hub.connectionCount ?? 0,
  });
  const system = instrumentedSystem(durable, metrics, performanceStopwatch);
  if (store.counts().users === 0) {
    if (args.admin) {
      const created = await system.execute({
        type: 'bootstrapAdmin',
        ...args.admin,
        displayName: 'Administrator',
      });
      if (!created.ok) throw new Error(`could not create the admin: ${JSON.stringify(created)}`);
      log.info('created the first admin');
    } else {
      log.warn('the database has no user: restart with --admin-username and --admin-password');
    }
  }
  const operations = mountOperations({
    system,
    pump,
    ...(args.metricsAddress ? {} : { staffMetrics: metrics }),
    log: { logger: log, stopwatch: performanceStopwatch },
  });
  server = await startServer({
    system,
    commits,
    port: args.port,
    // Why no onError: the request log reports a request's exception, once, with its stack.
    app: { operations },
  });
  const stopTicking = startTicking(monitoredTicks(system, pump), intervalTimer, {
    intervalMs: 1000,
    onError,
  });
  const operator = args.metricsAddress
    ? await startOperatorListener(args.metricsAddress, { system, pump, metrics })
    : null;
  log.info(
    {
      url: server.url,
      wsUrl: server.wsUrl,
      db: args.db,
      groupCommit: group !== null,
      ...(operator ? { metrics: `${operator.url}/metrics` } : {}),
    },
    // Why the URL in the message too: bench/ServerProcess.ts waits for "MedAssist on <url>".
    `MedAssist on ${server.url}`,
  );
  const stop = async () => {
    stopTicking();
    pump.stop();
    await operator?.close();
    await server?.close();
    store.close();
    group?.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

await main();
