import { join } from 'node:path';
import { cpuUsage } from 'node:process';
import { PumpMonitor } from '../server/health/PumpMonitor.js';
import { ServerMetrics } from '../server/metrics/ServerMetrics.js';
import {
  backupDatabase,
  createSystem,
  openSqliteStore,
  restoreDatabase,
  seededIds,
  VirtualClock,
} from '../system/index.js';
import { type BenchRow, benchRow } from './BenchRow.js';
import { BENCH_ADMIN } from './loads/seedClinic.js';
import { symptomTexts } from './loads/symptomTexts.js';
import { BENCH_PASSWORD_COST, operationsFixture } from './operationsFixture.js';
import { ServerProcess } from './ServerProcess.js';

const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = cpuUsage(since);
  return (d.user + d.system) / 1000;
};

/**
 * Issue 21's operations rows on one fixture database: recovery time (restore of a verified
 * backup, then `npm start` on it, to the first answered command), and what a `/metrics` scrape
 * costs beside the commands it watches, both measured in this run.
 */
export async function operationsRows(dir: string, runs = 3): Promise<BenchRow[]> {
  const fixture = await operationsFixture(join(dir, 'ops.db'), 200, 10);
  const mb = (fixture.bytes / 1_048_576).toFixed(1);
  return [
    ...(await recoveryTimeRows(dir, fixture.path, mb, runs)),
    ...(await scrapeRows(fixture.path, mb)),
  ];
}

async function recoveryTimeRows(dir: string, path: string, mb: string, runs: number) {
  const source = openSqliteStore(path);
  const manifest = await backupDatabase(source.db, join(dir, 'backup'), 0);
  source.close();
  const manifestPath = join(dir, 'backup', `${manifest.file}.manifest.json`);
  const restoreMs: number[] = [];
  const totalS: number[] = [];
  for (let r = 0; r < runs; r++) {
    const target = join(dir, `restored-${r}.db`);
    const t0 = performance.now();
    const outcome = restoreDatabase(manifestPath, target);
    if (!outcome.ok) throw new Error(`restore refused: ${outcome.reason}`);
    restoreMs.push(performance.now() - t0);
    const server = new ServerProcess({ db: target });
    try {
      await server.start();
      // Why bounded: a refusal (415 once JSON bodies had to say so) looped here for ever.
      for (let tries = 0; ; tries++) {
        const reply = await fetch(`${server.url}/api/commands/signIn`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(BENCH_ADMIN),
        }).catch(() => null);
        if (reply?.status === 200) break;
        if (tries > 1000) throw new Error(`the restored server answers ${reply?.status}`);
      }
      totalS.push((performance.now() - t0) / 1000);
    } finally {
      await server.stop();
    }
  }
  return [
    benchRow(
      `restore a verified backup (${mb} MB, checksum + audit chain) to a new file`,
      '-',
      '-',
      restoreMs,
      'ms',
      null,
    ),
    benchRow(
      `recovery time: restore + npm start to the first answered command (${mb} MB)`,
      '< 30 s',
      '< 5 s',
      totalS,
      's',
      (m) => m < 5,
      (m) => m < 30,
    ),
  ];
}

/** CPU of what the server records per command, measured on its own, in milliseconds. */
function recordingCpuMs(metrics: ServerMetrics): number {
  const n = 100_000;
  const c0 = cpuUsage();
  for (let i = 0; i < n; i++) {
    const a = performance.now();
    const b = performance.now();
    metrics.transaction((b - a) / 1000 + 0.0004, 0.0003);
    metrics.command('sendMessage', 'ok', (performance.now() - performance.now()) / 1000 + 0.0005);
  }
  return cpuMs(c0) / n;
}

/**
 * The floor: CPU per sendMessage on a copy of the fixture, in process. Then CPU per scrape of
 * the same records; the share is one scrape a second against 1,000 commands a second.
 */
async function scrapeRows(path: string, mb: string): Promise<BenchRow[]> {
  const store = openSqliteStore(path);
  store.db.pragma('synchronous = OFF');
  try {
    const clock = new VirtualClock();
    const system = createSystem({
      store,
      clock,
      ids: seededIds(9),
      config: { passwordCost: BENCH_PASSWORD_COST, sessionTtlMs: 365 * 86_400_000 },
    });
    const metrics = new ServerMetrics({
      system,
      pump: new PumpMonitor(clock, 3000),
      connections: () => 0,
    });

    const username = 'ops-patient-0';
    const signedIn = await system.execute({
      type: 'signIn',
      username,
      password: `${username}-password`,
    });
    if (!signedIn.ok) throw new Error('no patient');
    const started = await system.execute({
      type: 'startConversation',
      session: signedIn.value.session,
    });
    if (!started.ok) throw new Error('no conversation');
    const texts = symptomTexts();
    const commandMs: number[] = [];
    const scrapeMs: number[] = [];
    const share: number[] = [];
    const recordUs: number[] = [];
    for (let rep = 0; rep < 5; rep++) {
      const c0 = cpuUsage();
      const n = 300;
      for (let i = 0; i < n; i++)
        await system.execute({
          type: 'sendMessage',
          session: signedIn.value.session,
          conversationId: started.value.conversationId,
          text: texts[(rep * n + i) % texts.length]!,
        });
      const perCommand = cpuMs(c0) / n;
      // Why before the scrapes are timed: the histograms then hold samples, as in production.
      const recordMs = recordingCpuMs(metrics);
      recordUs.push(recordMs * 1000);
      const s0 = cpuUsage();
      const scrapes = 10;
      for (let i = 0; i < scrapes; i++) await metrics.scrape();
      const perScrape = cpuMs(s0) / scrapes;
      commandMs.push(perCommand);
      scrapeMs.push(perScrape);
      share.push((100 * (perScrape + 1000 * recordMs)) / (1000 * perCommand));
    }
    return [
      benchRow(
        'floor: CPU of one sendMessage (in process, same records)',
        '-',
        '-',
        commandMs,
        'ms',
        null,
      ),
      benchRow(`CPU of one /metrics scrape (${mb} MB of records)`, '-', '-', scrapeMs, 'ms', null),
      benchRow(
        'CPU of recording one command (its counter, latency, transaction and fsync samples, 4 stopwatch reads)',
        '-',
        '-',
        recordUs,
        'us',
        null,
      ),
      benchRow(
        '/metrics CPU share at 1,000 commands/s: recording each, one scrape a second',
        '-',
        '< 5 %',
        share,
        '%',
        (m) => m < 5,
      ),
    ];
  } finally {
    store.close();
  }
}
