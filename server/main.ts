import { randomBytes } from 'node:crypto';
import {
  createSystem,
  cryptoIds,
  NO_SIGN_IN_LIMITS,
  openSqliteStore,
  systemClock,
} from '../system/index.js';
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
import { timedStore } from './metrics/timedStore.js';
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
  if (args.passwordOnCommandLine)
    log.warn(
      '--admin-password is visible in ps and echoed by npm; prefer MEDASSIST_ADMIN_PASSWORD or --admin-password-file',
    );
  const raw = openSqliteStore(args.db);
  let metrics: ServerMetrics | undefined;
  // Why the COMMIT step counts as the fsync only without group commit: under NORMAL it
  // writes the WAL and fsyncs nothing; the group's own fsyncs are timed apart.
  const store = timedStore(raw, performanceStopwatch, (ms, commitMs) =>
    metrics?.transaction(ms / 1000, args.groupCommit ? null : commitMs / 1000),
  );
  // Why a token even with the admin's flags: bootstrap takes none without one, so the first
  // admin is made here, in-process, or by whoever can read this process's output; never by
  // any page or client that merely reaches the port.
  const bootstrapToken =
    store.usersWithRole('admin').length === 0 ? randomBytes(24).toString('base64url') : undefined;
  const group = args.groupCommit
    ? walGroupCommit(raw, args.db, {
        stopwatch: performanceStopwatch,
        onFsync: (ms) => metrics?.groupFsync(ms / 1000),
      })
    : null;
  const commits = commitSignal();
  const inner = createSystem({
    store,
    clock: systemClock,
    ids: cryptoIds(),
    onCommit: group
      ? afterDurable(group, commits.onCommit, reportError(log, 'group commit'))
      : commits.onCommit,
    config: {
      ...(args.insecureFastPasswords ? { passwordCost: { N: 1024, r: 1, p: 1 } } : {}),
      ...(args.noSignInLimits ? { signInLimits: NO_SIGN_IN_LIMITS } : {}),
    },
    ...(bootstrapToken === undefined ? {} : { bootstrapToken }),
  });
  const durable = group ? durableAnswers(inner, group) : inner;
  // Why three intervals: one slow tick is not an outage; three missed ones are.
  const pump = new PumpMonitor(systemClock, 3000);
  let server: RunningServer | undefined;
  metrics = new ServerMetrics({
    system: durable,
    pump,
    connections: () => server?.hub.connectionCount ?? 0,
  });
  const system = instrumentedSystem(durable, metrics, performanceStopwatch);
  if (bootstrapToken !== undefined) {
    if (args.admin) {
      const created = await system.execute({
        type: 'bootstrapAdmin',
        ...args.admin,
        displayName: 'Administrator',
        bootstrapToken,
      });
      if (!created.ok) throw new Error(`could not create the admin: ${JSON.stringify(created)}`);
      log.info('created the first admin');
    } else {
      // Why on stdout as its own lines: the operator must be able to copy the token.
      console.log(bootstrapHelp(bootstrapToken));
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
    app: {
      operations,
      onClientAbort: (line) => log.info(line),
      allowedOrigins: args.allowedOrigins,
    },
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

/** What to do on a database without an admin, started without the admin's credentials. */
function bootstrapHelp(token: string): string {
  return [
    'The database has no admin. Restart with MEDASSIST_ADMIN_USERNAME and MEDASSIST_ADMIN_PASSWORD',
    '(or --admin-password-file), or create one with this one-time token, good until an admin',
    'exists or the server stops:',
    `  curl -s http://127.0.0.1:PORT/api/commands/bootstrapAdmin --json '{"username":"admin","password":"...","displayName":"Administrator","bootstrapToken":"${token}"}'`,
  ].join('\n');
}

await main();
